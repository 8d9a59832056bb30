/**
 * Loaded by bundles.test.ts in an iframe whose name holds the case as JSON: loads a built bundle by its
 * URL (as a page on another directory or origin would), gives one <news-timeline> an article, child
 * articles or an EventList or StoryEventList, and reports to the parent what it drew, which files it loaded and which workers it started.
 */
import type { NewsTimeline } from '../../../src/news-timeline.js';

interface Case {
  bundle: string;
  text?: string;
  published?: string;
  src?: string;
  /** Child articles (each a `<template>`), which make a story. */
  articles?: { text: string; published: string; title: string }[];
  workerFrom?: number;
  /** The element's `view` attribute. */
  view?: string;
  /** Other attributes of the element (`max-lanes`, `range-from`…). */
  attributes?: Record<string, string>;
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const workers: string[] = [];
const RealWorker = window.Worker;
window.Worker = class extends RealWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workers.push(String(url));
  }
};

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Whether an inline script runs (a positive control: a page under `default-src 'self'` refuses it). */
async function inlineScriptRuns(): Promise<boolean> {
  const script = document.createElement('script');
  script.textContent = 'window.__inlineRan = true';
  document.head.append(script);
  await new Promise((r) => setTimeout(r, 20));
  violations.length = 0;
  return !!(window as unknown as { __inlineRan?: boolean }).__inlineRan;
}

async function run(): Promise<void> {
  const test = JSON.parse(window.name) as Case;
  try {
    const inlineRuns = await inlineScriptRuns();
    await import(test.bundle);
    const Timeline = customElements.get('news-timeline') as unknown as typeof NewsTimeline;
    if (test.workerFrom !== undefined) Timeline.extractInWorkerFrom = test.workerFrom;
    const el = document.createElement('news-timeline');
    el.setAttribute('opening', 'all');
    if (test.view) el.setAttribute('view', test.view);
    for (const [name, value] of Object.entries(test.attributes ?? {})) el.setAttribute(name, value);
    el.style.width = '800px';
    const errors: unknown[] = [];
    el.addEventListener('news-timeline-error', (e) => errors.push(e.detail));
    if (test.src) el.src = test.src;
    else if (test.articles)
      for (const article of test.articles) {
        const template = document.createElement('template');
        template.setAttribute('published', article.published);
        template.setAttribute('title', article.title);
        template.content.textContent = article.text;
        el.append(template);
      }
    else {
      el.published = test.published ?? null;
      el.text = test.text ?? '';
    }
    document.body.append(el);
    await el.updateComplete;
    for (let i = 0; i < 200 && /Loading|Reading/.test(el.shadowRoot!.textContent ?? ''); i++) {
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    }
    await frame();
    await el.updateComplete;
    const root = el.shadowRoot!;
    const drawn =
      root.querySelectorAll('g.event').length +
      Array.from(root.querySelectorAll('g.cluster .count')).reduce((n, c) => n + Number(c.textContent), 0);
    // A wheel notch over the chart zooms where d3-zoom (its chunk) is attached.
    const before = JSON.stringify(el.visibleRange);
    const chart = root.querySelector('.chart-frame');
    const box = chart?.getBoundingClientRect();
    chart?.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -100,
        clientX: box ? box.left + box.width / 2 : 0,
        clientY: box ? box.top + 60 : 0,
        bubbles: true,
        cancelable: true,
      }),
    );
    await frame();
    await frame();
    await el.updateComplete;
    const wheelZooms = JSON.stringify(el.visibleRange) !== before;
    el.zoomIn();
    await el.updateComplete;
    const methodZooms = JSON.stringify(el.visibleRange) !== before;
    parent.postMessage(
      {
        kind: 'bundle-report',
        inlineRuns,
        drawn,
        storyArticles: el.storyList?.articles.length ?? 0,
        listRows: root.querySelectorAll('[part="list"] tbody tr').length,
        state: root.querySelector('[part="state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        note: root.querySelector('[part="note"]')?.textContent ?? null,
        errors,
        workers,
        resources: performance.getEntriesByType('resource').map((e) => e.name),
        violations,
        wheelZooms,
        methodZooms,
      },
      '*',
    );
  } catch (error) {
    parent.postMessage({ kind: 'bundle-report', error: String(error), violations }, '*');
  }
}
void run();
