import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import type { NewsTimeline, NewsTimelineErrorEvent } from '../../../src/news-timeline.js';
import { $, mount, reutersList } from './helpers.js';

// Served by web-test-runner.config.mjs (a redirect loop, JSON sent as text/html).
describe('news-timeline: src errors that say what happened', () => {
  for (const [name, src, expected] of [
    ['a redirect loop', '/__test__/redirect-loop', /its redirects could not be followed \(a redirect loop/],
    ['JSON served as text/html', '/__test__/json-as-html', /holds JSON but was served as text\/html/],
  ] as const) {
    it(name, async () => {
      const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
      const error = oneEvent(el, 'news-timeline-error');
      el.src = src;
      const event = (await error) as NewsTimelineErrorEvent;
      expect(event.detail.fatal).to.be.true;
      expect(event.detail.message).to.match(expected);
      await el.updateComplete;
      expect($(el, '[part="state"]')!.textContent).to.match(expected);
    });
  }
});

describe('news-timeline: events that cannot be drawn are skipped with the note', () => {
  it('from after to, from equal to to, sentence offsets beyond the text', async () => {
    const list = await reutersList();
    const [first, second, third] = list.events;
    const broken = {
      ...list,
      events: [
        { ...first!, from: first!.to, to: first!.from },
        { ...second!, to: second!.from },
        { ...third!, sentence: { ...third!.sentence, end: list.article.text.length + 10 } },
        ...list.events.slice(3),
      ],
    };
    const el = await mount(broken);
    const note = $(el, '[part="note"]');
    expect(note, 'a note').to.exist;
    expect(note!.textContent).to.match(/\b3 events were left out\b/);
    expect(el.visibleEvents.map((e) => e.id)).to.not.include.members([first!.id, second!.id, third!.id]);
  });
});
