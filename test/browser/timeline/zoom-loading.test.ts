// d3-zoom is no part of the first load: its module (zoom-behaviour.ts, a chunk in the bundles) is
// loaded once a chart is drawn and the page is idle, or when the reader reaches for the chart, and the
// view moves by buttons and methods before it arrives. This file runs in a page of its own, so the module
// has not been loaded by another test.
import { expect, nextFrame } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import type { NewsTimeline } from '../../../src/news-timeline.js';
import { $, reutersList } from './helpers.js';

/** d3-zoom keeps its transform on the element it is attached to. */
const attached = (el: NewsTimeline) => '__zoom' in el.shadowRoot!.querySelector('.chart-frame')!;
const zoomModuleLoaded = () =>
  performance.getEntriesByType('resource').some((e) => /\/zoom-behaviour\.js|\/d3-zoom\//.test(e.name));

async function until(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 250 && !predicate(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(predicate(), what).to.be.true;
}

describe('news-timeline: d3-zoom is loaded after the first view', () => {
  const idle: (() => void)[] = [];
  const realIdle = window.requestIdleCallback;
  before(() => {
    // Idle periods come when the test says so.
    window.requestIdleCallback = (callback) =>
      idle.push(() => callback({ didTimeout: false, timeRemaining: () => 50 })) as number;
  });
  after(() => (window.requestIdleCallback = realIdle));

  async function drawn(): Promise<NewsTimeline> {
    const el = document.createElement('news-timeline');
    el.setAttribute('opening', 'all');
    el.style.width = '800px';
    el.data = await reutersList();
    document.body.append(el);
    for (let i = 0; i < 3; i++) await nextFrame();
    expect($(el, 'g.event'), 'drawn').to.exist;
    return el;
  }

  it('the first view draws without it; the buttons zoom; the reader reaching for the chart loads it', async () => {
    const el = await drawn();
    expect(zoomModuleLoaded()).to.be.false;
    expect(attached(el)).to.be.false;
    const before = el.visibleRange!;
    $<HTMLButtonElement>(el, 'button[aria-label="Zoom in"]')!.click();
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(el.visibleRange).to.not.deep.equal(before);
    expect(zoomModuleLoaded()).to.be.false;
    el.shadowRoot!.querySelector('.chart')!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    await until(zoomModuleLoaded, 'd3-zoom loaded on pointerover');
    await until(() => attached(el), 'd3-zoom attached');
    // Now the wheel zooms, from the window the button left.
    const zoomed = el.visibleRange!;
    const box = el.shadowRoot!.querySelector('.chart-frame')!.getBoundingClientRect();
    el.shadowRoot!.querySelector('.chart')!.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -100,
        clientX: box.left + 400,
        clientY: box.top + 60,
        bubbles: true,
        cancelable: true,
      }),
    );
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    expect(Date.parse(el.visibleRange!.to) - Date.parse(el.visibleRange!.from)).to.be.below(
      Date.parse(zoomed.to) - Date.parse(zoomed.from),
    );
    el.remove();
  });

  it('an idle page loads it for a chart nobody touched', async () => {
    // (The page has the module since the test above: here it is attached only when idle.)
    idle.length = 0;
    const el = await drawn();
    await new Promise((r) => setTimeout(r, 50));
    expect(attached(el)).to.be.false;
    // The idle callbacks asked for (d3-zoom's, and the prefetch of zoom levels).
    for (const callback of idle.splice(0)) callback();
    await until(() => attached(el), 'd3-zoom attached when idle');
    expect(zoomModuleLoaded()).to.be.true;
    el.remove();
  });
});
