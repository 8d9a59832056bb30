import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, extractStory, type StoryEvent } from '../../../../src/extract/index.js';
import { STORY_ARTICLES } from './articles.js';

const byId = new Map(STORY_ARTICLES.map((a) => [a.id, a]));
const articlesOf = (e: StoryEvent) => [...new Set(e.mentions.map((m) => m.article))].sort();

test('one happening reported by several articles is one event that lists every mention', () => {
  const list = extractStory(STORY_ARTICLES);
  const collapse = list.events.find((e) => e.label.includes('collapsed') && e.articles >= 3);
  assert.ok(collapse, JSON.stringify(list.events.map((e) => [e.label, articlesOf(e)])));
  assert.deepEqual(articlesOf(collapse), ['blog', 'gazette', 'late', 'wire']);
  // The blog has no date: it is merged by what it says, and its "Tuesday" stays unplaced.
  const blog = collapse.mentions.find((m) => m.article === 'blog')!;
  assert.equal(blog.timex.value, 'XXXX-WXX-2');
  assert.equal(blog.from, undefined);
  // The late article places it a day later: the event says so and keeps both dates.
  assert.equal(collapse.date, 'disagree');
  assert.deepEqual(
    collapse.dates!.map((d) => [d.from, d.articles.sort()]),
    [
      ['2024-03-05', ['gazette', 'wire']],
      ['2024-03-06', ['late']],
    ],
  );
  assert.equal(collapse.from, '2024-03-05');
  assert.equal(collapse.to, '2024-03-07');

  const inquiry = list.events.find((e) => e.label.includes('inquiry'));
  assert.ok(inquiry);
  assert.deepEqual(articlesOf(inquiry), ['gazette', 'wire']);
  assert.equal(inquiry.date, 'agree');
  assert.equal(inquiry.from, '2024-03-06');
  // Different happenings stay apart: the collapse, the inquiry, the building of the bridge, the warning.
  assert.ok(!collapse.mentions.some((m) => m.sentence.includes('inquiry')));
  const built = list.events.find((e) => e.mentions.some((m) => m.timex.text === '1931'))!;
  assert.equal(built.articles, 1);
});

test("each mention points at its sentence and carries its own article's label and event", () => {
  const list = extractStory(STORY_ARTICLES);
  for (const e of list.events) {
    for (const m of e.mentions) {
      const article = byId.get(m.article)!;
      assert.equal(article.text.slice(m.start, m.end), m.sentence);
      assert.equal(article.text.slice(m.timex.start, m.timex.end), m.timex.text);
      assert.ok(m.start <= m.timex.start && m.timex.end <= m.end);
      if (m.event === undefined) continue;
      const own = extract(article.text, article.published ? { published: article.published } : {});
      const event = own.events.find((x) => x.id === m.event)!;
      assert.equal(m.label, event.label);
      assert.deepEqual([m.from, m.to, m.granularity], [event.from, event.to, event.granularity]);
    }
  }
});

test('articles resolve against their own date, their dateline, or stay unplaced', () => {
  const list = extractStory(STORY_ARTICLES);
  const info = new Map(list.articles.map((a) => [a.id, a]));
  assert.deepEqual([info.get('wire')!.published, info.get('wire')!.publishedFrom], ['2024-03-06', 'option']);
  assert.equal(info.get('gazette')!.publishedFrom, 'dateline');
  assert.equal(info.get('gazette')!.published, '2024-03-06');
  assert.deepEqual([info.get('blog')!.published, info.get('blog')!.publishedFrom], [null, 'none']);
  assert.equal(info.get('wire')!.url, 'https://example.org/wire/norburg-bridge');
  assert.equal(info.get('late')!.source, 'Evening Post');
  const mentions = list.events.flatMap((e) => e.mentions);
  for (const a of list.articles) assert.equal(a.mentions, mentions.filter((m) => m.article === a.id).length, a.id);
  // "until late Tuesday night" in the undated blog: unplaced, but still a mention.
  assert.ok(mentions.some((m) => m.article === 'blog' && m.timex.text.includes('Tuesday night')));
});

test('one article alone: its own events, one story event each', () => {
  for (const article of STORY_ARTICLES.filter((a) => a.published)) {
    const own = extract(article.text, { published: article.published! });
    const story = extractStory([article]);
    assert.equal(story.events.length, own.events.length, article.id);
    assert.deepEqual(story.events.map((e) => e.mentions[0]!.event).sort(), own.events.map((e) => e.id).sort());
    for (const e of story.events) {
      const x = own.events.find((o) => o.id === e.mentions[0]!.event)!;
      assert.deepEqual([e.label, e.from, e.to, e.date, e.articles], [x.label, x.from, x.to, 'agree', 1]);
    }
  }
});

test('events come in time order, undated last, with ids in that order', () => {
  const { events } = extractStory(STORY_ARTICLES);
  assert.deepEqual(
    events.map((e) => e.id),
    events.map((_, i) => `s${i + 1}`),
  );
  const placed = events.filter((e) => e.from !== undefined);
  const firstUndated = events.findIndex((e) => e.from === undefined);
  if (firstUndated >= 0) assert.ok(events.slice(firstUndated).every((e) => e.from === undefined));
  for (let i = 1; i < placed.length; i++) assert.ok(placed[i - 1]!.from! <= placed[i]!.from!);
});

test('pure and deterministic: same input, same output; inputs untouched', () => {
  const copy = JSON.parse(JSON.stringify(STORY_ARTICLES));
  const a = extractStory(STORY_ARTICLES, { story: 7 });
  const b = extractStory(copy, { story: 7 });
  assert.deepEqual(a, b);
  assert.deepEqual(copy, JSON.parse(JSON.stringify(STORY_ARTICLES)));
  assert.equal(a.story, 7);
  assert.equal(a.version, 1);
});

test('bad input: a clear RangeError naming the article', () => {
  const [first] = STORY_ARTICLES;
  assert.throws(() => extractStory([first!, { ...first! }]), /Two articles of the story have the id "wire"/);
  assert.throws(
    () => extractStory([{ id: 'x', text: 'Hello on Monday.', published: '2024-02-31' }]),
    (err: unknown) =>
      err instanceof RangeError && /^Article "x": Invalid published date "2024-02-31"/.test(err.message),
  );
  assert.deepEqual(extractStory([{ id: 'empty', text: '' }]).events, []);
});
