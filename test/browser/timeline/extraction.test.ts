// Reading article text: the loading state, aborts, errors, and the extractor news-timeline.js registers
// (extraction imported on first use, a worker for long texts, the main thread when no worker can start).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import { NewsTimeline, type NewsTimelineErrorEvent } from '../../../src/news-timeline.js';
import { extract } from '../../../src/extract/index.js';
import type { EventList } from '../../../src/extract/types.js';
import { lazyExtractor } from '../../../src/timeline/extraction-loader.js';
import { $, $$, mount, reutersList } from './helpers.js';

const stateText = (el: NewsTimeline) => $(el, '[part="state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const drawnCount = (el: NewsTimeline) =>
  $$(el, 'g.event').length + $$(el, 'g.cluster .count').reduce((n, c) => n + Number(c.textContent), 0);
const macrotask = () => new Promise((r) => setTimeout(r));

async function until(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !predicate(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(predicate(), what).to.be.true;
}

let seed: { text: string; published: string } | null = null;
async function seedArticle(): Promise<{ text: string; published: string }> {
  const response = await fetch('/events/reuters-2016-10-17-syria-egypt-mamlouk.json');
  seed ??= ((await response.json()) as EventList).article as { text: string; published: string };
  return seed;
}

/**
 * Replaces `Worker` for a test: records the workers started (their URL) and ended, and with `hold`,
 * keeps their replies until `release()`, so a test can act while a worker is known to have done the work.
 */
function spyOnWorkers({ hold = false } = {}) {
  const Real = window.Worker;
  const spy = {
    started: [] as string[],
    terminated: 0,
    held: [] as (() => void)[],
    release: () => {},
    restore: () => {},
  };
  class SpyWorker extends Real {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      spy.started.push(String(url));
    }
    override set onmessage(listener: ((event: MessageEvent) => void) | null) {
      super.onmessage = hold && listener ? (event) => spy.held.push(() => listener.call(this, event)) : listener;
    }
    override terminate(): void {
      spy.terminated++;
      super.terminate();
    }
  }
  window.Worker = SpyWorker;
  spy.release = () => spy.held.splice(0).forEach((deliver) => deliver());
  spy.restore = () => (window.Worker = Real);
  return spy;
}

describe('news-timeline: reading article text', () => {
  const original = NewsTimeline.extractor;
  const workerFrom = NewsTimeline.extractInWorkerFrom;
  afterEach(() => {
    NewsTimeline.extractor = original;
    NewsTimeline.extractInWorkerFrom = workerFrom;
  });

  it('shows "Reading the article…" until the extractor answers; updateComplete waits for the answer', async () => {
    const list = await reutersList();
    let answer!: (list: EventList) => void;
    NewsTimeline.extractor = () => new Promise((resolve) => (answer = resolve));
    const el = await fixture<NewsTimeline>(html`<news-timeline opening="all" style="width:800px"></news-timeline>`);
    el.text = 'On Monday, talks began.';
    await macrotask();
    expect(stateText(el)).to.equal('Reading the article…');
    expect($(el, '[part="state"]')!.getAttribute('role')).to.equal('status');
    let complete = false;
    const waiting = el.updateComplete.then(() => (complete = true));
    await macrotask();
    expect(complete, 'updateComplete waits for the reading').to.be.false;
    answer(list);
    await waiting;
    expect(drawnCount(el), 'drawn when updateComplete resolves').to.equal(list.events.length);
  });

  it('new text aborts the reading under way, whose late answer is never drawn', async () => {
    const list = await reutersList();
    const readings: { text: string; signal: AbortSignal; answer: (list: EventList) => void }[] = [];
    NewsTimeline.extractor = (text, _options, signal) =>
      new Promise((answer) => readings.push({ text, signal: signal!, answer }));
    const el = await fixture<NewsTimeline>(html`<news-timeline opening="all" style="width:800px"></news-timeline>`);
    el.text = 'first';
    await macrotask();
    el.text = 'second';
    await macrotask();
    expect(readings.map((r) => [r.text, r.signal.aborted])).to.deep.equal([
      ['first', true],
      ['second', false],
    ]);
    readings[1].answer({ ...list, events: list.events.slice(0, 3) });
    readings[0].answer(list);
    await el.updateComplete;
    expect(drawnCount(el)).to.equal(3);
  });

  it('removing the element aborts the reading; putting it back reads again', async () => {
    const signals: AbortSignal[] = [];
    NewsTimeline.extractor = (_text, _options, signal) => (signals.push(signal!), new Promise(() => {}));
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    el.text = 'On Monday, talks began.';
    await macrotask();
    const parent = el.parentElement!;
    el.remove();
    expect(signals.map((s) => s.aborted)).to.deep.equal([true]);
    parent.append(el);
    await macrotask();
    expect(signals.map((s) => s.aborted)).to.deep.equal([true, false]);
    expect(stateText(el)).to.equal('Reading the article…');
  });

  it('a reading that fails: the error state and a fatal news-timeline-error, never an unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    NewsTimeline.extractor = () => Promise.reject(new RangeError('published "2016-13-45" is not a date'));
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
      const error = oneEvent(el, 'news-timeline-error');
      el.text = 'x';
      const event = (await error) as NewsTimelineErrorEvent;
      expect(event.detail).to.include({ kind: 'extraction', fatal: true });
      expect(stateText(el)).to.contain('The article could not be read: published "2016-13-45" is not a date');
      await macrotask();
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe("news-timeline.js's extractor: extraction on first use, a worker for long texts", () => {
  const workerFrom = NewsTimeline.extractInWorkerFrom;
  afterEach(() => (NewsTimeline.extractInWorkerFrom = workerFrom));

  it('by default every text is read in a worker; below extractInWorkerFrom, on the main thread', async () => {
    expect(NewsTimeline.extractInWorkerFrom).to.equal(0);
    const { text, published } = await seedArticle();
    NewsTimeline.extractInWorkerFrom = text.length + 1;
    const workers = spyOnWorkers();
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline opening="all" style="width:800px"></news-timeline>`);
      el.published = published;
      el.text = text;
      await el.updateComplete;
      expect(workers.started).to.deep.equal([]);
      expect(drawnCount(el)).to.equal(extract(text, { published }).events.length);
    } finally {
      workers.restore();
    }
  });

  it('a text is read in a worker started from the extraction module, and the page answers meanwhile', async () => {
    const { text, published } = await seedArticle();
    const workers = spyOnWorkers({ hold: true });
    try {
      const other = await mount(await reutersList());
      const el = await fixture<NewsTimeline>(html`<news-timeline opening="all" style="width:800px"></news-timeline>`);
      el.published = published;
      el.text = text;
      // The worker has read the text; its reply is held, so the element is still waiting for it.
      await until(() => workers.held.length === 1, 'the worker’s reply');
      expect(workers.started).to.have.length(1);
      expect(new URL(workers.started[0]).pathname).to.match(/\/src\/news-timeline-extract\.js$/);
      expect(stateText(el)).to.equal('Reading the article…');
      // Meanwhile the page answers: another timeline's Next button selects its first event.
      $<HTMLButtonElement>(other, 'button[aria-label="Next event"]')!.click();
      await other.updateComplete;
      expect(other.selected, 'selected by the Next button').to.be.a('string');
      workers.release();
      await el.updateComplete;
      expect(drawnCount(el)).to.equal(extract(text, { published }).events.length);
      expect(workers.terminated, 'the worker ends with its text').to.equal(1);
    } finally {
      workers.restore();
    }
  });

  it('an aborted reading ends its worker', async () => {
    const { text, published } = await seedArticle();
    const workers = spyOnWorkers({ hold: true });
    const read = lazyExtractor({
      load: () => import('../../../src/news-timeline-extract.js'),
      url: () => new URL('../../../src/news-timeline-extract.js', import.meta.url),
      workerFrom: () => 0,
    });
    try {
      const controller = new AbortController();
      const reading = Promise.resolve(read(text, { published }, controller.signal));
      await until(() => workers.started.length === 1, 'a worker');
      controller.abort(new DOMException('no longer wanted', 'AbortError'));
      const error = await reading.then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as DOMException).name).to.equal('AbortError');
      expect(workers.terminated).to.equal(1);
    } finally {
      workers.restore();
    }
  });

  it('a worker that cannot start leaves the reading to the main thread, and is not tried again', async () => {
    const { text, published } = await seedArticle();
    const workers = spyOnWorkers();
    const read = lazyExtractor({
      load: () => import('../../../src/news-timeline-extract.js'),
      url: () => new URL('/no-such-worker.js', location.href),
      workerFrom: () => 0,
    });
    try {
      const expected = extract(text, { published });
      expect(await read(text, { published })).to.deep.equal(expected);
      expect(await read(text, { published })).to.deep.equal(expected);
      expect(workers.started).to.have.length(1);
    } finally {
      workers.restore();
    }
  });

  it('extraction code that cannot be loaded: the error state says so', async () => {
    const original = NewsTimeline.extractor;
    const missing = '/no-such-chunk.js';
    NewsTimeline.extractor = lazyExtractor({
      load: () => import(missing),
      url: () => null,
      workerFrom: () => Infinity,
    });
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
      const error = oneEvent(el, 'news-timeline-error');
      el.text = 'On Monday, talks began.';
      const event = (await error) as NewsTimelineErrorEvent;
      expect(event.detail).to.include({ kind: 'extraction', fatal: true });
      await el.updateComplete;
      expect(stateText(el)).to.match(
        /The article could not be read: the extraction code could not be loaded \(.*\/no-such-chunk\.js\)/,
      );
    } finally {
      NewsTimeline.extractor = original;
    }
  });
});
