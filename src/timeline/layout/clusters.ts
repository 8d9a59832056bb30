/**
 * Proximity clusters per zoom level. Zoom is quantised into levels (scale steps of √2) and, within a
 * level, events merge on a grid of `clusterPx` cells in the level's own pixel space: clusters do not
 * change while panning or zooming within a level (a cell is 1 to 1.41 times `clusterPx` on screen), and split when zooming
 * into the next level.
 *
 * A frame whose window holds few events clusters them directly. A wide window's clusters are cached
 * per level (per model, a few levels kept) with the range they cover, and sliced by bisection while
 * the window stays inside it: panning or zooming within a level, or back to a level already seen,
 * costs the clusters in view instead of the events in view, and no frame clusters more than about
 * two windows' worth of events. Both paths give the same clusters (edge clusters are whole). A frame
 * may also draw a coarser cached level while its own is not clustered yet (`levelToDraw`).
 */
import { bisector } from 'd3-array';
import { byDurationClass, type PreparedEvent, type PreparedTimeline } from './prepare.js';

export interface ClusterGroup {
  /** The earliest first (by time order), the rest in no particular order; never mutated once built (frames copy before merging). */
  members: PreparedEvent[];
  start: number;
  end: number;
  /** Earliest member end and latest member start: whether every member overlaps a window, cheaply. */
  minEnd: number;
  maxStart: number;
}

/** Zoom level of a scale of `pxPerMs`: level L spans [√2^L, √2^(L+1)) px per ms. */
export const zoomLevel = (pxPerMs: number) => Math.floor(2 * Math.log2(pxPerMs));
export const levelScale = (level: number) => Math.pow(2, level / 2);

/** Above this many events in a window, a frame uses the level index instead of clustering directly. */
export const INDEX_THRESHOLD = 1500;
/** Level indexes kept per model and cell size (each holds at most one group per event). */
const MAX_CACHED_LEVELS = 12;

/**
 * Groups the events overlapping [from, to] at level scale `a` (px per ms): an event narrower than a
 * cell is a point in the cell of its middle; a wider one is a bar, grouped with the bars that start
 * and end in the same cells. Events for which `skip` is true are left out. Groups come sorted by
 * start; a group's first member is its earliest (members are otherwise in no particular order).
 *
 * Reads the model's duration classes directly (each sorted by start): consecutive events of a class
 * mostly fall in the same group, so the last group of the class is tried before the maps.
 */
export function clusterWindow(
  model: PreparedTimeline,
  a: number,
  clusterPx: number,
  from: number,
  to: number,
  skip?: (e: PreparedEvent) => boolean,
): ClusterGroup[] {
  const groups: ClusterGroup[] = [];
  // Numeric keys (no string building per event): points by cell; bars by start cell, then end cell.
  const points = new Map<number, ClusterGroup>();
  const bars = new Map<number, Map<number, ClusterGroup>>();
  for (const c of model.classes) clusterClass(c, a / clusterPx, clusterPx / a, from, to, skip, groups, points, bars);
  return groups.sort((p, q) => p.start - q.start || p.members[0].index - q.members[0].index);
}

/**
 * One duration class's share of `clusterWindow`. The first zoom frames run this loop over thousands of
 * events before the JIT has optimised it, so it is a function of its own (optimised whole, instead of
 * a loop inside a loop that Chromium's V8 kept leaving and re-entering), it reads typed arrays, and
 * it touches an event object only to add it to its group. Cells in time: `perCell` cells per ms, an
 * event shorter than `cellMs` is a point.
 */
function clusterClass(
  c: PreparedTimeline['classes'][number],
  perCell: number,
  cellMs: number,
  from: number,
  to: number,
  skip: ((e: PreparedEvent) => boolean) | undefined,
  groups: ClusterGroup[],
  points: Map<number, ClusterGroup>,
  bars: Map<number, Map<number, ClusterGroup>>,
): void {
  const { events, starts, ends } = c;
  const n = events.length;
  let lastKind = 0; // 1: point, 2: bar
  let lastKey = NaN;
  let lastStartCell = NaN;
  let last: ClusterGroup | null = null;
  for (let i = lowerBound(starts, from - c.maxDuration); i < n; i++) {
    const start = starts[i];
    if (start > to) break;
    const end = ends[i];
    if (end < from) continue;
    if (skip && skip(events[i])) continue;
    let group: ClusterGroup | undefined;
    if (end - start < cellMs) {
      const key = Math.floor((start + end) * 0.5 * perCell);
      if (lastKind === 1 && key === lastKey) group = last!;
      else {
        group = points.get(key);
        if (!group) points.set(key, (group = newGroup(events[i], groups)));
        lastKind = 1;
        lastKey = key;
      }
    } else {
      const startCell = Math.floor(start * perCell);
      const key = Math.floor(end * perCell);
      if (lastKind === 2 && key === lastKey && startCell === lastStartCell) group = last!;
      else {
        let inner = bars.get(startCell);
        if (!inner) bars.set(startCell, (inner = new Map()));
        group = inner.get(key);
        if (!group) inner.set(key, (group = newGroup(events[i], groups)));
        lastKind = 2;
        lastKey = key;
        lastStartCell = startCell;
      }
    }
    last = group;
    const members = group.members;
    const e = events[i];
    if (members[0] === e) continue; // just created
    members.push(e);
    if (e.index < members[0].index) {
      members[members.length - 1] = members[0];
      members[0] = e;
    }
    if (start < group.start) group.start = start;
    if (start > group.maxStart) group.maxStart = start;
    if (end > group.end) group.end = end;
    if (end < group.minEnd) group.minEnd = end;
  }
}

function newGroup(e: PreparedEvent, groups: ClusterGroup[]): ClusterGroup {
  const group = { members: [e], start: e.start, end: e.end, minEnd: e.end, maxStart: e.start };
  groups.push(group);
  return group;
}

/** First position in `sorted` whose value is at least `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const overlaps = (g: ClusterGroup, from: number, to: number) => g.end >= from && g.start <= to;

/**
 * The clusters of one level over a range of time, sorted by start and bucketed by duration so a
 * window inside the range is found by bisection. Groups overlapping the range are whole.
 */
interface LevelIndex {
  level: number;
  clusterPx: number;
  from: number;
  to: number;
  classes: { maxDuration: number; groups: ClusterGroup[] }[];
  /** Group of each event of the range (by event index), built when an event is first pinned. */
  groupOf: Map<number, ClusterGroup> | null;
}

const byStart = bisector<ClusterGroup, number>((g) => g.start);

/** Whether a level index's range holds [from, to]. */
const covers = (index: LevelIndex, from: number, to: number) => from >= index.from && to <= index.to;

function buildIndex(groups: ClusterGroup[], level: number, clusterPx: number, from: number, to: number): LevelIndex {
  const classes = byDurationClass(groups).map((b) => {
    // clusterWindow sorts groups by start, and buckets keep that order.
    let maxDuration = 0;
    for (const g of b) maxDuration = Math.max(maxDuration, g.end - g.start);
    return { maxDuration, groups: b };
  });
  return { level, clusterPx, from, to, classes, groupOf: null };
}

/** Cached level indexes, per model (dropped with it) and cell size; least recently used evicted. */
const indexes = new WeakMap<PreparedTimeline, Map<string, LevelIndex>>();
const levelKey = (level: number, clusterPx: number) => `${level}/${clusterPx}`;

/** Whether frames of this window read the level's index (a window with few events is clustered directly). */
function usesIndex(
  model: PreparedTimeline,
  level: number,
  clusterPx: number,
  from: number,
  to: number,
  threshold: number,
) {
  const margin = (2 * clusterPx) / levelScale(level);
  return countInWindow(model, from - margin, to + margin) > threshold;
}

/**
 * Clusters of the level that overlap [from, to], from the cached index when it covers the window.
 * Otherwise the window is clustered directly and cached: as it is on a first visit to the level (a
 * zoom usually passes through), half a window wider each side on a later one (a pan or a zoom out
 * leaving the cached range tends to go on).
 */
function levelIndex(model: PreparedTimeline, level: number, clusterPx: number, from: number, to: number): LevelIndex {
  let perModel = indexes.get(model);
  if (!perModel) indexes.set(model, (perModel = new Map()));
  const key = levelKey(level, clusterPx);
  let index = perModel.get(key);
  if (index) perModel.delete(key); // re-inserted below: Map order is recency
  if (!index || !covers(index, from, to)) {
    const widen = index ? (to - from) / 2 : 0;
    index = buildIndex(
      clusterRange(model, levelScale(level), clusterPx, from - widen, to + widen),
      level,
      clusterPx,
      from - widen,
      to + widen,
    );
    if (perModel.size >= MAX_CACHED_LEVELS) perModel.delete(perModel.keys().next().value!);
  }
  perModel.set(key, index);
  return index;
}

/** Whole clusters overlapping [from, to], of the events `skip` does not leave out (all, without it). */
function clusterRange(
  model: PreparedTimeline,
  a: number,
  clusterPx: number,
  from: number,
  to: number,
  skip?: (e: PreparedEvent) => boolean,
): ClusterGroup[] {
  // Members of a cluster lie within a cell and a half of each other: two cells of margin make every
  // cluster overlapping the range whole.
  const margin = (2 * clusterPx) / a;
  return clusterWindow(model, a, clusterPx, from - margin, to + margin, skip).filter((g) => overlaps(g, from, to));
}

/**
 * Makes sure the level's cached index covers [from, to], ahead of the frames that will read it (idle
 * time, see prefetch.ts). Windows with few events are clustered directly by their frames and need no
 * index. Returns whether anything had to be done.
 */
export function prepareLevel(
  model: PreparedTimeline,
  level: number,
  clusterPx: number,
  from: number,
  to: number,
  threshold = INDEX_THRESHOLD,
): boolean {
  if (!usesIndex(model, level, clusterPx, from, to, threshold)) return false;
  const cached = indexes.get(model)?.get(levelKey(level, clusterPx));
  return levelIndex(model, level, clusterPx, from, to) !== cached;
}

/**
 * The level a frame should draw for [from, to] at `level`: `level` itself when its clusters are at hand
 * (a window with few events, or a cached index covering it); otherwise the nearest coarser level whose
 * cached index covers the window, if any. Clustering thousands of events for a level not seen yet is
 * what made the first frames of a zoom slow: they draw the coarser clusters (bigger, never
 * overlapping, just not split yet) and the caller prepares `level` once the zoom rests (`prepareLevel`).
 * Reads the cache, changes nothing.
 */
export function levelToDraw(
  model: PreparedTimeline,
  level: number,
  clusterPx: number,
  from: number,
  to: number,
  threshold = INDEX_THRESHOLD,
): number {
  if (!usesIndex(model, level, clusterPx, from, to, threshold)) return level;
  const perModel = indexes.get(model);
  if (!perModel) return level;
  let best: LevelIndex | null = null;
  for (const index of perModel.values()) {
    if (index.clusterPx !== clusterPx || !covers(index, from, to)) continue;
    if (index.level === level) return level;
    if (index.level < level && (!best || index.level > best.level)) best = index;
  }
  return best ? best.level : level;
}

function groupOf(index: LevelIndex, eventIndex: number): ClusterGroup | undefined {
  if (!index.groupOf) {
    index.groupOf = new Map();
    for (const c of index.classes) for (const g of c.groups) for (const e of g.members) index.groupOf.set(e.index, g);
  }
  return index.groupOf.get(eventIndex);
}

/** About how many events overlap [from, to]: per duration class, those starting in the range that could. */
export function countInWindow(model: PreparedTimeline, from: number, to: number): number {
  let n = 0;
  for (const c of model.classes) n += lowerBound(c.starts, to) - lowerBound(c.starts, from - c.maxDuration);
  return n;
}

/**
 * The clusters at `level` that overlap [from, to], pinned events left out (drawn on their own by the
 * caller). A group is whole even when some of its members lie outside the window.
 */
export function clustersInWindow(
  model: PreparedTimeline,
  level: number,
  clusterPx: number,
  from: number,
  to: number,
  pinned: ReadonlySet<number>,
  threshold = INDEX_THRESHOLD,
): ClusterGroup[] {
  if (!usesIndex(model, level, clusterPx, from, to, threshold)) {
    const skip = pinned.size ? (e: PreparedEvent) => pinned.has(e.index) : undefined;
    return clusterRange(model, levelScale(level), clusterPx, from, to, skip);
  }
  const index = levelIndex(model, level, clusterPx, from, to);
  const found: ClusterGroup[] = [];
  for (const c of index.classes) {
    const lo = byStart.left(c.groups, from - c.maxDuration);
    const hi = byStart.right(c.groups, to);
    for (let i = lo; i < hi; i++) if (c.groups[i].end >= from) found.push(c.groups[i]);
  }
  if (!pinned.size) return found;
  // A pinned event's group is replaced by the same group without it (dropped when nothing is left).
  const withoutPinned = new Map<ClusterGroup, ClusterGroup | null>();
  for (const i of pinned) {
    const g = groupOf(index, i);
    if (!g || withoutPinned.has(g)) continue;
    const rest = g.members.filter((e) => !pinned.has(e.index));
    withoutPinned.set(g, rest.length ? regroup(rest) : null);
  }
  const out: ClusterGroup[] = [];
  for (const g of found) {
    const replaced = withoutPinned.get(g);
    if (replaced === undefined) out.push(g);
    else if (replaced && overlaps(replaced, from, to)) out.push(replaced);
  }
  return out;
}

function regroup(members: PreparedEvent[]): ClusterGroup {
  let start = Infinity;
  let end = -Infinity;
  let minEnd = Infinity;
  let maxStart = -Infinity;
  let first = 0;
  members.forEach((e, i) => {
    start = Math.min(start, e.start);
    maxStart = Math.max(maxStart, e.start);
    end = Math.max(end, e.end);
    minEnd = Math.min(minEnd, e.end);
    if (e.index < members[first].index) first = i;
  });
  [members[0], members[first]] = [members[first], members[0]];
  return { members, start, end, minEnd, maxStart };
}
