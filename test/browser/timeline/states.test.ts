import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import { NewsTimeline, type NewsTimelineErrorEvent } from '../../../src/news-timeline.js';
import type { EventList } from '../../../src/extract/types.js';
import { $, $$, mount, reutersList, settle } from './helpers.js';

const stateText = (el: NewsTimeline) => $(el, '[part="state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function until(el: NewsTimeline, predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  expect(predicate(), what).to.be.true;
}

const blobUrl = (body: string, type = 'application/json') => URL.createObjectURL(new Blob([body], { type }));

describe('news-timeline: states', () => {
  let rejections: PromiseRejectionEvent[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(e);
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    expect(
      rejections.map((r) => String(r.reason)),
      'no unhandled rejections',
    ).to.deep.equal([]);
  });

  it('with no input: a message, never a blank box', async () => {
    const el = await mount(null);
    expect(stateText(el)).to.contain('No events to show yet');
  });

  it('empty: "No dated events in this article"', async () => {
    const list = await reutersList();
    const el = await mount({ ...list, events: [] });
    expect(stateText(el)).to.contain('No dated events in this article.');
  });

  it('loading, then drawn, from src', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const list = await reutersList();
    el.src = blobUrl(JSON.stringify(list));
    await el.updateComplete;
    expect(stateText(el)).to.contain('Loading events');
    expect($(el, '[part="state"]')!.getAttribute('role')).to.equal('status');
    await until(el, () => $$(el, 'g.event').length > 0, 'events drawn');
  });

  for (const [name, makeSrc, expected] of [
    ['404', () => '/events/no-such-file.json', /no-such-file\.json: the server answered 404/],
    ['HTML instead of JSON', () => '/demo/index.html', /returned an HTML page, not JSON/],
    ['invalid JSON', () => blobUrl('{"version": 1, "events": [', 'application/json'), /is not valid JSON/],
    [
      'a wrong shape',
      () =>
        blobUrl('{"version": 1, "article": {"text": "x", "published": null}, "timexes": [], "events": [{"id": 3}]}'),
      /events\[0\]\.id should be a string, got a number/,
    ],
  ] as [string, () => string, RegExp][]) {
    it(`src error: ${name} shows a message and a Retry button, and fires news-timeline-error`, async () => {
      const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
      const error = oneEvent(el, 'news-timeline-error');
      el.src = makeSrc();
      const event = (await error) as NewsTimelineErrorEvent;
      expect(event.detail.fatal).to.be.true;
      expect(event.detail.message).to.match(expected);
      await el.updateComplete;
      expect($(el, '[part="state"]')!.getAttribute('role')).to.equal('alert');
      expect(stateText(el)).to.match(expected);
      expect($$(el, '[part="state"] button').map((b) => b.textContent)).to.deep.equal(['Retry']);
    });
  }

  it('src error: oversize', async () => {
    const limit = NewsTimeline.maxSourceBytes;
    NewsTimeline.maxSourceBytes = 1000;
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
      el.src = blobUrl(JSON.stringify(await reutersList()));
      await until(el, () => /too large/.test(stateText(el)), 'too large');
      expect(stateText(el)).to.contain('the limit is 1 kB');
    } finally {
      NewsTimeline.maxSourceBytes = limit;
    }
  });

  it('src error: timeout, then Retry loads', async () => {
    const realFetch = window.fetch;
    const timeout = NewsTimeline.fetchTimeout;
    const list = await reutersList();
    let calls = 0;
    NewsTimeline.fetchTimeout = 60;
    // First call never answers (but honours abort), the second answers.
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      if (calls === 1)
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      return Promise.resolve(new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
    };
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline src="/slow.json"></news-timeline>`);
      await until(el, () => /did not answer within/.test(stateText(el)), 'timeout message');
      $<HTMLButtonElement>(el, '[part="state"] button')!.click();
      await until(el, () => $$(el, 'g.event').length > 0, 'drawn after retry');
      expect(calls).to.equal(2);
    } finally {
      window.fetch = realFetch;
      NewsTimeline.fetchTimeout = timeout;
    }
  });

  it('changing src aborts the previous request; the last one wins', async () => {
    const realFetch = window.fetch;
    const signals: AbortSignal[] = [];
    const list = await reutersList();
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      signals.push(init!.signal!);
      if (String(input).includes('slow'))
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      return Promise.resolve(new Response(JSON.stringify(list)));
    };
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline src="/slow.json"></news-timeline>`);
      el.src = '/fast.json';
      await until(el, () => $$(el, 'g.event').length > 0, 'drawn');
      expect(signals[0].aborted).to.be.true;
    } finally {
      window.fetch = realFetch;
    }
  });

  it('validation: a missing field is named in the error state', async () => {
    const list = (await reutersList()) as unknown as { events: Record<string, unknown>[] };
    delete list.events[4].to;
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    setTimeout(() => (el.data = list as unknown as EventList));
    const event = (await oneEvent(el, 'news-timeline-error')) as NewsTimelineErrorEvent;
    expect(event.detail).to.include({ kind: 'validation', field: 'events[4].to', fatal: true });
    await el.updateComplete;
    expect(stateText(el)).to.contain('events[4].to is missing');
    expect($$(el, '[part="state"] button')).to.have.length(0);
  });

  it('impossible dates: skipped, counted in a note and an event, the rest drawn', async () => {
    const list = await reutersList();
    list.events[0].from = '2016-13-45';
    list.events[1].to = '2015-02-29';
    const el = await fixture<NewsTimeline>(html`<news-timeline lang="en-GB" opening="all"></news-timeline>`);
    setTimeout(() => (el.data = list));
    const event = (await oneEvent(el, 'news-timeline-error')) as NewsTimelineErrorEvent;
    expect(event.detail).to.include({ kind: 'skipped-events', skipped: 2, fatal: false });
    await settle(el);
    const note = $(el, '[part="note"]')!.textContent!;
    expect(note).to.contain('2 events were left out: 2 with a date that is not a real day (first: e1');
    expect(note).to.contain('from "2016-13-45" is not a real date');
    expect(event.detail.message).to.equal(note);
    const drawn = $$(el, 'g.event').length + $$(el, 'g.cluster .count').reduce((n, c) => n + Number(c.textContent), 0);
    expect(drawn).to.equal(list.events.length - 2);
  });

  it('data replaces an earlier error and redraws', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    el.data = { version: 99 } as unknown as EventList;
    await el.updateComplete;
    expect(stateText(el)).to.contain('version should be 1 or 2');
    el.data = await reutersList();
    await settle(el);
    expect($$(el, 'g.event').length).to.be.above(0);
  });
});

describe('news-timeline: article text input', () => {
  it('extracts a child <article> with published and title, and re-extracts when it changes', async () => {
    const original = NewsTimeline.extractor;
    const calls: { text: string; published?: string; title?: string }[] = [];
    const list = await reutersList();
    NewsTimeline.extractor = (text, options) => {
      calls.push({ text, published: options.published, title: options.title });
      return list;
    };
    try {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline>
          <article published="2016-10-17" title="Cairo visit">
            <p>First <b>paragraph</b>.</p>
            <p>Second one.</p>
          </article>
        </news-timeline>`,
      );
      await settle(el);
      expect(calls.at(-1)).to.deep.equal({
        text: 'First paragraph.\n\nSecond one.',
        published: '2016-10-17',
        title: 'Cairo visit',
      });
      expect($$(el, 'g.event').length).to.be.above(0);
      el.querySelector('article p')!.textContent = 'Changed.';
      await new Promise((r) => setTimeout(r));
      await settle(el);
      expect(calls.at(-1)!.text).to.equal('Changed.\n\nSecond one.');
    } finally {
      NewsTimeline.extractor = original;
    }
  });

  it('reads a child <template> and .text with the published attribute', async () => {
    const original = NewsTimeline.extractor;
    const calls: string[] = [];
    NewsTimeline.extractor = (text, options) => {
      calls.push(`${text}|${options.published}`);
      return original!(text, options);
    };
    try {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline
          ><template published="2016-10-17"><p>On Monday, talks began.</p></template></news-timeline
        >`,
      );
      await settle(el);
      expect(calls.at(-1)).to.equal('On Monday, talks began.|2016-10-17');
      el.published = '2016-10-18';
      el.text = 'Talks ended on Tuesday.';
      await settle(el);
      expect(calls.at(-1)).to.equal('Talks ended on Tuesday.|2016-10-18');
      // The real extractor's result is drawn or, with no events, the empty state: never an error.
      expect($(el, '.state.error')).to.equal(null);
    } finally {
      NewsTimeline.extractor = original;
    }
  });

  it('without an extractor (the .data-only build): a clear error', async () => {
    const original = NewsTimeline.extractor;
    NewsTimeline.extractor = null;
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
      el.text = 'On Monday, talks began.';
      await el.updateComplete;
      expect(stateText(el)).to.contain('cannot read article text: load news-timeline.js');
    } finally {
      NewsTimeline.extractor = original;
    }
  });

  it('an extractor that throws shows an error, not an exception', async () => {
    const original = NewsTimeline.extractor;
    NewsTimeline.extractor = () => {
      throw new Error('invalid published date "2016-13-45"');
    };
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
      el.text = 'x';
      await el.updateComplete;
      expect(stateText(el)).to.contain('The article could not be read: invalid published date');
    } finally {
      NewsTimeline.extractor = original;
    }
  });
});
