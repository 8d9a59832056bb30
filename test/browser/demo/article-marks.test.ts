import { expect } from '@open-wc/testing';
import { articleParagraphs, paragraphRoles, paragraphSpans } from '../../../demo/article-marks.js';
import type { EventList } from '../../../src/extract/types.js';

const TEXT =
  'World News\n\nTalks fail\n\nThe talks failed on Saturday evening. Both sides met again last month.\nA second line.';

function list(): EventList {
  const at = (phrase: string) => TEXT.indexOf(phrase);
  const sentence = 'The talks failed on Saturday evening.';
  return {
    version: 1,
    article: { text: TEXT, published: '2016-10-17', title: 'Talks fail' },
    timexes: [
      {
        id: 't1',
        text: 'Saturday evening',
        start: at('Saturday evening'),
        end: at('Saturday evening') + 16,
        type: 'TIME',
        value: '2016-10-15TEV',
        why: '',
      },
      {
        id: 't2',
        text: 'last month',
        start: at('last month'),
        end: at('last month') + 10,
        type: 'DATE',
        value: '2016-09',
        why: '',
      },
    ],
    events: [
      {
        id: 'e1',
        label: 'talks failed',
        timex: 't1',
        from: '2016-10-15T18:00',
        to: '2016-10-16',
        granularity: 'partOfDay',
        sentence: { start: at(sentence), end: at(sentence) + sentence.length, text: sentence },
        actors: [],
      },
    ],
  };
}

describe('demo article marks', () => {
  it('splits paragraphs at blank lines and keeps single line breaks inside them', () => {
    const spans = paragraphSpans(TEXT).map((span) => TEXT.slice(span.start, span.end));
    expect(spans).to.deep.equal(['World News', 'Talks fail', TEXT.slice(TEXT.indexOf('The talks'))]);
  });

  it('cuts the text into sentences with events and marked phrases, losing nothing', () => {
    const paragraphs = articleParagraphs(list());
    for (const paragraph of paragraphs) {
      const joined = paragraph.groups.flatMap((group) => group.runs.map((run) => run.text)).join('');
      expect(joined).to.equal(TEXT.slice(paragraph.start, paragraph.end));
    }
    const body = paragraphs[2]!;
    expect(body.groups.map((group) => group.events)).to.deep.equal([['e1'], []]);
    const runs = body.groups.flatMap((group) => group.runs);
    expect(runs.filter((run) => run.timex).map((run) => [run.text, run.timex, run.events])).to.deep.equal([
      ['Saturday evening', 't1', ['e1']],
      ['last month', 't2', []],
    ]);
  });

  it('survives overlapping and out-of-range spans', () => {
    const broken = list();
    broken.timexes.push({
      ...broken.timexes[0]!,
      id: 't3',
      start: broken.timexes[0]!.start + 3,
      end: TEXT.length + 50,
    });
    const paragraphs = articleParagraphs(broken);
    const joined = paragraphs.map((p) => p.groups.flatMap((g) => g.runs.map((r) => r.text)).join(''));
    expect(joined).to.deep.equal(paragraphSpans(TEXT).map((span) => TEXT.slice(span.start, span.end)));
  });

  it('finds the kicker and headline in the text', () => {
    expect(paragraphRoles(TEXT, paragraphSpans(TEXT), 'Talks fail')).to.deep.equal(['kicker', 'headline', 'body']);
    expect(paragraphRoles(TEXT, paragraphSpans(TEXT), 'Something else')).to.deep.equal(['body', 'body', 'body']);
  });
});
