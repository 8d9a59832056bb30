import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import type { NewsTimeline, NewsTimelineErrorEvent } from '../../../src/news-timeline.js';
import { $, $$, mount, reutersList, settle } from './helpers.js';

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
    // Why, in the validator's words: counted by reason, the first one quoted.
    expect(note!.textContent).to.contain(
      `3 events were left out: 2 with from not before to, 1 with a span outside the article text (first: ${first!.id}, to "${first!.from}" is before from (${first!.to})).`,
    );
    expect(el.visibleEvents.map((e) => e.id)).to.not.include.members([first!.id, second!.id, third!.id]);
  });

  it('a time phrase with start after end: its events drawn, the phrase unmarked, and a note says so', async () => {
    const list = await reutersList();
    const timex = list.timexes[0]!;
    list.timexes[0] = { ...timex, start: timex.end, end: timex.start };
    const el = await fixture<NewsTimeline>(html`<news-timeline opening="all" style="width:800px"></news-timeline>`);
    const error = oneEvent(el, 'news-timeline-error');
    el.data = list;
    const event = (await error) as NewsTimelineErrorEvent;
    expect(event.detail).to.include({ kind: 'skipped-events', skipped: 0, fatal: false });
    await settle(el);
    const note = $(el, '[part="note"]')!.textContent!;
    expect(note).to.equal(
      `1 time phrase was not marked in the cards: 1 with a span outside the article text (first: ${timex.id}, start ${timex.end} is after end ${timex.start}).`,
    );
    expect(event.detail.message).to.equal(note);
    const count = $$(el, 'g.event').length + $$(el, 'g.cluster .count').reduce((n, c) => n + Number(c.textContent), 0);
    expect(count).to.equal(list.events.length);
  });
});

describe('news-timeline: attribute values that cannot be used are clamped or ignored, with the note', () => {
  it('max-lanes=-5: one lane, a note and a non-fatal event naming the attribute', async () => {
    const list = await reutersList();
    const el = await fixture<NewsTimeline>(
      html`<news-timeline max-lanes="-5" opening="all" style="width:800px"></news-timeline>`,
    );
    const error = oneEvent(el, 'news-timeline-error');
    el.data = list;
    const event = (await error) as NewsTimelineErrorEvent;
    expect(event.detail).to.deep.equal({
      kind: 'attribute',
      field: 'max-lanes',
      message: 'max-lanes is -5, not a whole number of at least 1: 1 lane is used.',
      fatal: false,
    });
    await settle(el);
    expect($(el, '[part="note"]')!.textContent).to.equal(event.detail.message);
    const lanes = new Set($$(el, 'g.event').map((g) => g.getAttribute('transform')!.replace(/^translate\([^,]+,/, '')));
    expect(lanes.size).to.equal(1);
    el.maxLanes = 3;
    await settle(el);
    expect($(el, '[part="note"]')).to.equal(null);
  });

  it('range-from="NaN": the story opens instead, and the note says so', async () => {
    const list = await reutersList();
    const story = await mount(list, 800, 'story');
    const el = await fixture<NewsTimeline>(
      html`<news-timeline range-from="NaN" range-to="2016-10-20" style="width:800px"></news-timeline>`,
    );
    const error = oneEvent(el, 'news-timeline-error');
    el.data = list;
    const event = (await error) as NewsTimelineErrorEvent;
    expect(event.detail).to.include({ kind: 'attribute', field: 'range-from', fatal: false });
    await settle(el);
    expect($(el, '[part="note"]')!.textContent).to.equal(
      'range-from "NaN" and range-to "2016-10-20" are no window (two different dates are needed, such as 2016-10-17 or 2016-10-17T14:30): the timeline opens on its story instead.',
    );
    expect(el.visibleRange).to.deep.equal(story.visibleRange);
    el.rangeFrom = '2016-10-01';
    await settle(el);
    expect($(el, '[part="note"]')).to.equal(null);
    expect(el.visibleRange!.from.slice(0, 10)).to.equal('2016-10-01');
  });
});
