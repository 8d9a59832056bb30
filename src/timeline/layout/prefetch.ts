/**
 * Work the next zoom frames will need, planned for idle time. The first frame at a new zoom level
 * clusters every event of its window, measures labels it has not met and formats their dates; done
 * while the reader looks at the current frame, that work leaves the zoom frame. A reader zooms from
 * where they are: in by one or two levels (a wheel notch is about 1.3×, a button 2×) to a window inside
 * the view, out by one or two to a window at most twice as wide around a point of the view.
 *
 * Pure planning: tasks only fill the caches frames read (cluster levels, label widths, date texts), so
 * running them, in any order or not at all, changes no frame. Each carries its cost in events to scan,
 * for the scheduler to run only what fits an idle period.
 */
import { countInWindow, INDEX_THRESHOLD, prepareLevel, zoomLevel } from './clusters.js';
import { CLUSTER_PX, EDGE_MARGIN_PX, layoutFrame, type FrameLayout, type FrameOptions } from './frame.js';
import type { PreparedTimeline } from './prepare.js';
import { screenMapping, type TimeScale, type ZoomState } from './scale.js';

export interface PrefetchTask {
  /** What it prepares, for tests and profiles. */
  name: string;
  /** Events it may scan: the scheduler's estimate of its duration. */
  cost: number;
  run: () => void;
}

/** Work a frame does per mark beyond scanning events (labels, dates), in events' worth. */
export const FRAME_OVERHEAD = 3_000;

/**
 * @param maxK the deepest zoom (the predicted frame is skipped beyond it)
 * @param onFrame receives the predicted frame of the zoom-in button, to prepare what only the host
 *   knows how to (its marks' date texts)
 */
export function prefetchTasks(
  model: PreparedTimeline,
  base: TimeScale,
  zoom: ZoomState,
  options: FrameOptions,
  maxK = Infinity,
  onFrame?: (frame: FrameLayout) => void,
): PrefetchTask[] {
  const width = base.range()[1];
  const { a, from, to } = screenMapping(base, zoom);
  const span = to - from;
  const clusterPx = options.clusterPx ?? CLUSTER_PX;
  // Frames also read a margin left of the view, where a mark still shows at the edge (frame.ts).
  const edgeSpan = EDGE_MARGIN_PX / a;
  const level = zoomLevel(a);

  const levelTask = (target: number, start: number, end: number): PrefetchTask => ({
    name: `level ${target - level > 0 ? '+' : ''}${target - level}`,
    cost: countInWindow(model, start, end),
    run: () => void prepareLevel(model, target, clusterPx, start, end),
  });
  const tasks = [levelTask(level + 2, from - edgeSpan, to), levelTask(level + 1, from - edgeSpan, to)];
  if (2 * zoom.k <= maxK) {
    const zoomIn = { k: 2 * zoom.k, x: 2 * zoom.x - width / 2 };
    tasks.push({
      name: 'zoom-in frame',
      cost:
        Math.min(countInWindow(model, from + span / 4 - edgeSpan / 2, to - span / 4), INDEX_THRESHOLD) + FRAME_OVERHEAD,
      run: () => {
        const frame = layoutFrame(model, base, zoomIn, options);
        onFrame?.(frame);
      },
    });
  }
  tasks.push(
    levelTask(level - 1, from - span - 2 * edgeSpan, to + span),
    levelTask(level - 2, from - span - 2 * edgeSpan, to + span),
  );
  return tasks;
}
