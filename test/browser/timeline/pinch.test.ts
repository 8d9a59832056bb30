import { expect } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import type { NewsTimeline } from '../../../src/news-timeline.js';
import { chart, mount, reutersList, settle } from './helpers.js';

const WIDTH = 800;

/** The visible window in ms. */
function windowOf(el: NewsTimeline): [number, number] {
  const range = el.visibleRange!;
  return [Date.parse(`${range.from}Z`), Date.parse(`${range.to}Z`)];
}

/** Time under screen x (chart coordinates) in the current view. */
function timeAt(el: NewsTimeline, x: number): number {
  const [from, to] = windowOf(el);
  return from + (x / WIDTH) * (to - from);
}

/**
 * Headless Chromium reports no touch screen, and d3-zoom only listens to touch events where there is
 * one (navigator.maxTouchPoints): report two touch points while the element attaches its zoom.
 */
async function mountTouch(): Promise<NewsTimeline> {
  const own = Object.getOwnPropertyDescriptor(Navigator.prototype, 'maxTouchPoints')!;
  Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { configurable: true, get: () => 2 });
  try {
    return await mount(await reutersList(), WIDTH);
  } finally {
    Object.defineProperty(Navigator.prototype, 'maxTouchPoints', own);
  }
}

function touchEvent(type: string, target: Element, points: [number, number][], changed = points): TouchEvent {
  const box = target.getBoundingClientRect();
  const touch = ([x, id]: [number, number]) =>
    new Touch({ identifier: id, target, clientX: box.left + x, clientY: box.top + 60 });
  return new TouchEvent(type, {
    touches: type === 'touchend' ? [] : points.map(touch),
    targetTouches: type === 'touchend' ? [] : points.map(touch),
    changedTouches: changed.map(touch),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
}

describe('news-timeline: pinch zoom', () => {
  it('two touches moving apart zoom in around their centre', async () => {
    const el = await mountTouch();
    const target = chart(el);
    const [from0, to0] = windowOf(el);
    // Fingers at x = 260 and 340 (centre 300, off the chart's middle), moving apart to 180 and 420.
    const centre = 300;
    const timeAtCentre = timeAt(el, centre);
    target.dispatchEvent(
      touchEvent('touchstart', target, [
        [260, 1],
        [340, 2],
      ]),
    );
    for (const spread of [50, 70, 90, 120]) {
      target.dispatchEvent(
        touchEvent('touchmove', target, [
          [centre - spread, 1],
          [centre + spread, 2],
        ]),
      );
      await settle(el);
    }
    target.dispatchEvent(
      touchEvent(
        'touchend',
        target,
        [],
        [
          [180, 1],
          [420, 2],
        ],
      ),
    );
    await settle(el);
    const [from1, to1] = windowOf(el);
    // The fingers spread three times as far apart: a window a third as wide, pinned at the centre.
    expect((to1 - from1) / (to0 - from0)).to.be.closeTo(1 / 3, 0.01);
    expect(from1).to.be.above(from0);
    expect(to1).to.be.below(to0);
    expect(Math.abs(timeAt(el, centre) - timeAtCentre)).to.be.below((to1 - from1) / WIDTH);
  });

  it('a trackpad pinch (ctrl + wheel) zooms in around the pointer', async () => {
    const el = await mount(await reutersList(), WIDTH);
    const target = chart(el);
    const box = target.getBoundingClientRect();
    const [from0, to0] = windowOf(el);
    const x = 600;
    const timeAtPointer = timeAt(el, x);
    // A trackpad pinch arrives as wheel events with ctrlKey set and small deltas.
    for (let i = 0; i < 4; i++)
      target.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -15,
          ctrlKey: true,
          clientX: box.left + x,
          clientY: box.top + 60,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    await settle(el);
    const [from1, to1] = windowOf(el);
    expect(to1 - from1).to.be.below((to0 - from0) * 0.5);
    expect(Math.abs(timeAt(el, x) - timeAtPointer)).to.be.below((to1 - from1) / WIDTH);
    // Narrowed around the pointer, not the middle: more of the window was cut on the left.
    expect(from1 - from0).to.be.above(to0 - to1);
  });
});
