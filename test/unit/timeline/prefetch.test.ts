import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INDEX_THRESHOLD, prepareLevel, zoomLevel } from '../../../src/timeline/layout/clusters.js';
import { CLUSTER_PX, EDGE_MARGIN_PX, layoutFrame, type FrameLayout } from '../../../src/timeline/layout/frame.js';
import { estimateTextWidth } from '../../../src/timeline/layout/labels.js';
import { FRAME_OVERHEAD, prefetchTasks } from '../../../src/timeline/layout/prefetch.js';
import { prepareTimeline } from '../../../src/timeline/layout/prepare.js';
import { baseScale, fitDomain, screenMapping, type ZoomState } from '../../../src/timeline/layout/scale.js';
import { eventList, iso, type Spec } from './helpers.js';

const WIDTH = 1000;
const options = { lanes: 8, measure: estimateTextWidth(12), lang: 'en-GB' };

/** 6,000 events of a day, a month or a year over 40 years: wide views need the level index. */
function denseSpecs(n = 6000): Spec[] {
  const t0 = Date.UTC(1976, 0, 1);
  const lengths = [1, 1, 1, 30, 30, 365];
  return Array.from({ length: n }, (_, i) => {
    const day = (i * 7919) % (40 * 365);
    return {
      from: iso(t0 + day * 864e5),
      to: iso(t0 + (day + lengths[i % lengths.length]) * 864e5),
      label: `Event ${i}`,
    };
  });
}

const setup = () => {
  const model = prepareTimeline(eventList(denseSpecs()));
  const base = baseScale(fitDomain(model.extent!), WIDTH);
  return { model, base };
};

/** What a reader sees of a frame: marks, their places and labels. */
const view = (frame: FrameLayout) =>
  frame.marks.map((m) => `${m.key}@${m.lane}:${m.x0.toFixed(3)}-${m.x1.toFixed(3)}:${m.label}`).join('\n');

/** Zoom by `factor` around screen x `cx` (as d3-zoom's scaleBy does). */
const zoomBy = (z: ZoomState, factor: number, cx: number): ZoomState => ({
  k: z.k * factor,
  x: cx - (cx - z.x) * factor,
});

const START: ZoomState = { k: 1.6, x: -300 };
const NEXT: [string, ZoomState][] = [
  ['button in', zoomBy(START, 2, WIDTH / 2)],
  ['wheel in at the left', zoomBy(START, 1.32, 40)],
  ['wheel in at the right', zoomBy(zoomBy(START, 1.32, 960), 1.32, 960)],
  ['button out', zoomBy(START, 0.5, WIDTH / 2)],
  ['wheel out at the right', zoomBy(START, 1 / 1.32, 990)],
];

test('prefetch tasks change no frame: the next frames are the same with and without them', () => {
  const plain = setup();
  const prefetched = setup();
  for (const task of prefetchTasks(prefetched.model, prefetched.base, START, options)) task.run();
  for (const [name, zoom] of NEXT) {
    const expected = view(layoutFrame(plain.model, plain.base, zoom, options));
    assert.equal(view(layoutFrame(prefetched.model, prefetched.base, zoom, options)), expected, name);
  }
});

test('after the prefetch, the zoom levels one or two steps in and out need no clustering in their frames', () => {
  const { model, base } = setup();
  const tasks = prefetchTasks(model, base, START, options);
  assert.deepEqual(
    tasks.map((t) => t.name),
    ['level +2', 'level +1', 'zoom-in frame', 'level -1', 'level -2'],
  );
  assert.ok(tasks.every((t) => t.cost > 0 && Number.isFinite(t.cost)));
  // Before: the frames' windows at those levels are not covered (the test would pass vacuously otherwise).
  const needed = NEXT.map(([name, zoom]) => {
    const { a, from, to } = screenMapping(base, zoom);
    return { name, level: zoomLevel(a), from: from - EDGE_MARGIN_PX / a, to };
  });
  const uncovered = setup();
  assert.ok(
    needed.some((w) => prepareLevel(uncovered.model, w.level, CLUSTER_PX, w.from, w.to)),
    'some level had to be built without the prefetch',
  );
  for (const task of tasks) task.run();
  for (const w of needed)
    assert.equal(prepareLevel(model, w.level, CLUSTER_PX, w.from, w.to), false, `${w.name}: level ${w.level} ready`);
});

test('the zoom-in frame is handed over (for date texts) and skipped at the deepest zoom', () => {
  const { model, base } = setup();
  const frames: FrameLayout[] = [];
  const tasks = prefetchTasks(model, base, START, options, Infinity, (f) => frames.push(f));
  tasks.find((t) => t.name === 'zoom-in frame')!.run();
  assert.equal(view(frames[0]), view(layoutFrame(model, base, NEXT[0][1], options)));
  const deepest = prefetchTasks(model, base, START, options, START.k * 1.5);
  assert.ok(!deepest.some((t) => t.name === 'zoom-in frame'));
});

test('task costs follow the events in view: a deep zoom plans cheap tasks, the whole timeline dear ones', () => {
  const { model, base } = setup();
  const cost = (zoom: ZoomState, name: string) =>
    prefetchTasks(model, base, zoom, options).find((t) => t.name === name)!.cost;
  const deep = zoomBy(START, 400, WIDTH / 2);
  for (const task of prefetchTasks(model, base, deep, options))
    assert.ok(
      task.cost <= INDEX_THRESHOLD + (task.name === 'zoom-in frame' ? FRAME_OVERHEAD : 0),
      `${task.name} ${task.cost}`,
    );
  // Fitted (k = 1): a level covers the view, so every event; zooming out covers up to three views.
  assert.ok(cost({ k: 1, x: 0 }, 'level +2') >= model.events.length * 0.9);
  assert.ok(cost({ k: 1, x: 0 }, 'level -1') >= cost({ k: 1, x: 0 }, 'level +2'));
});
