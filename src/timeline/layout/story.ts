/**
 * The story of a timeline: the window it opens on, the window each step of a story walk shows, and
 * what lies outside a window (the edge markers). Pure functions of the prepared model.
 *
 * The opening window holds the dense core of the events around the publication date. For every count
 * k, `S(k)` is the span of the shortest window that contains the publication date and k whole events;
 * it grows with k, slowly while events are close together and by a jump where the next event is far
 * away (last week's news, then a decade of background). The core is the first such jump once the
 * window holds a third of the events; without one (events spread evenly) the story is all of them.
 * Background events (a date that only describes a thing) never frame the story. At the chart's width,
 * the window is then narrowed, as far as it can without losing any of the core's short marks from view,
 * until its closest marks are far enough apart not to merge into a cluster: a story opens on marks a
 * reader can tell apart.
 */
import { MS_PER_DAY, MS_PER_HOUR } from './dates.js';
import { CLUSTER_PX } from './frame.js';
import type { PreparedEvent, PreparedTimeline } from './prepare.js';

/** Events the core is computed from: at most this many, evenly spread in time order (the cost is quadratic). */
const SAMPLE = 200;
/** A jump: holding one more event takes the window this many times wider. */
const GAP = 2.5;
/** The core holds at least this share of the framing events. */
const CORE_SHARE = 1 / 3;
/** Padding each side of the core, as a share of its span: marks are not drawn on the edges. */
const PADDING = 0.1;
/** The narrowest story window: a lone day event is seen with the days around it. */
export const MIN_STORY_SPAN = 4 * MS_PER_DAY;
/** A story window this close to the whole timeline's span is the whole timeline. */
const NEARLY_ALL = 0.8;
/** Points this far apart (px) never share a cluster cell (cells are 1 to 1.41 CLUSTER_PX on screen). */
const SEPARATION_PX = 2 * CLUSTER_PX;
/** The window is narrowed at most this many times to keep the core's points apart. */
const MAX_NARROWING = 8;

/** The events that frame the story: every foreground event (every event when all are background), sampled. */
function framingEvents(events: readonly PreparedEvent[]): PreparedEvent[] {
  const stride = Math.max(1, events.length / SAMPLE);
  const pick = (foreground: boolean) => {
    const picked: PreparedEvent[] = [];
    for (let i = 0; i < events.length; i += stride) {
      const e = events[Math.floor(i)];
      if (!foreground || !e.background) picked.push(e);
    }
    return picked;
  };
  const foreground = pick(true);
  return foreground.length ? foreground : pick(false);
}

/** Publication date, or (without one) the middle event's middle. */
function anchorOf(model: PreparedTimeline, events: readonly PreparedEvent[]): number {
  if (model.published !== null) return model.published;
  const middles = events.map((e) => (e.start + e.end) / 2).sort((a, b) => a - b);
  return middles[Math.floor(middles.length / 2)];
}

/**
 * For each k, the shortest window [anchor - left[k], anchor + right[k]] holding k whole events: for
 * each left reach (events in order of how far left they reach), the k-th smallest right reach among
 * the events within it. O(m²) for m events.
 */
function shortestWindows(events: readonly PreparedEvent[], anchor: number) {
  const m = events.length;
  const reach = events
    .map((e) => ({ left: Math.max(0, anchor - e.start), right: Math.max(0, e.end - anchor) }))
    .sort((p, q) => p.left - q.left);
  const span = new Float64Array(m + 1).fill(Infinity);
  const left = new Float64Array(m + 1);
  const right = new Float64Array(m + 1);
  const rights: number[] = [];
  for (let j = 0; j < m; j++) {
    const r = reach[j];
    // Insert r.right into the sorted rights.
    let at = rights.length;
    rights.push(r.right);
    while (at > 0 && rights[at - 1] > r.right) {
      rights[at] = rights[at - 1];
      at--;
    }
    rights[at] = r.right;
    for (let k = 1; k <= rights.length; k++) {
      const s = r.left + rights[k - 1];
      if (s < span[k]) {
        span[k] = s;
        left[k] = r.left;
        right[k] = rights[k - 1];
      }
    }
  }
  return { span, left, right };
}

/**
 * Narrows [from, to] so that the two closest of the core's short marks (narrower than a cluster cell at
 * `width` px) are SEPARATION_PX apart once padded, without losing any short mark from view: at most
 * MAX_NARROWING times, never below MIN_STORY_SPAN, holding the anchor where it can. Marks less than an
 * hour apart are not separated (a zoom that parts them shows hardly anything else).
 */
function separateMarks(
  events: readonly PreparedEvent[],
  from: number,
  to: number,
  anchor: number,
  width: number,
): [number, number] {
  const span = to - from;
  // Marks narrower than a cluster cell: points, or bars as short (a day at a season's zoom).
  const shortMs = (span * (1 + 2 * PADDING) * CLUSTER_PX) / width;
  const middles = events
    .filter((e) => e.end - e.start < shortMs && e.start >= from && e.end <= to)
    .map((e) => (e.start + e.end) / 2)
    .sort((a, b) => a - b);
  if (middles.length < 2) return [from, to];
  let gap = Infinity;
  for (let i = 1; i < middles.length; i++) {
    const d = middles[i] - middles[i - 1];
    if (d >= MS_PER_HOUR && d < gap) gap = d;
  }
  const first = middles[0];
  const last = middles[middles.length - 1];
  const wanted = (gap * width) / (SEPARATION_PX * (1 + 2 * PADDING));
  const narrow = Math.max(wanted, last - first, span / MAX_NARROWING, MIN_STORY_SPAN);
  if (!(narrow < span)) return [from, to];
  // Around the short marks, moved to hold the anchor where they leave room, within the core.
  let start = (first + last) / 2 - narrow / 2;
  if (anchor >= from && anchor <= to) start = Math.min(Math.max(start, anchor - narrow), anchor);
  start = Math.min(Math.max(start, last - narrow), first);
  start = Math.min(Math.max(start, from), to - narrow);
  return [start, start + narrow];
}

/**
 * The window a timeline opens on ("story"): the dense core of its events around the publication date,
 * padded; null when that is (nearly) every event, so the whole timeline is the story. With the chart's
 * `width` (px), the core's short marks are kept apart (`separateMarks`).
 */
export function storyWindow(model: PreparedTimeline, width = 0): [number, number] | null {
  if (!model.extent || !model.events.length) return null;
  const events = framingEvents(model.events);
  const anchor = anchorOf(model, events);
  const { span, left, right } = shortestWindows(events, anchor);
  const m = events.length;
  // Below this span jumps do not count: the window is widened to MIN_STORY_SPAN anyway.
  const floor = MIN_STORY_SPAN / 2;
  let core = m;
  for (let k = Math.max(1, Math.ceil(m * CORE_SHARE)); k < m; k++) {
    if (span[k + 1] > GAP * Math.max(span[k], floor)) {
      core = k;
      break;
    }
  }
  let from = anchor - left[core];
  let to = anchor + right[core];
  if (width > 0) [from, to] = separateMarks(events, from, to, anchor, width);
  if (to - from < MIN_STORY_SPAN) {
    const middle = (from + to) / 2;
    from = middle - MIN_STORY_SPAN / 2;
    to = middle + MIN_STORY_SPAN / 2;
  }
  const padding = (to - from) * PADDING;
  from -= padding;
  to += padding;
  const [first, last] = model.extent;
  if (to - from >= NEARLY_ALL * (last - first)) return null;
  return [from, to];
}

/** The narrowest window a story step shows an event in, by how precisely the event is dated. */
function minimumStepSpan(e: PreparedEvent): number {
  switch (e.granularity) {
    case 'minute':
    case 'hour':
      return 24 * MS_PER_HOUR;
    case 'partOfDay':
      return 4 * MS_PER_DAY;
    default:
      return 8 * MS_PER_DAY;
  }
}

/**
 * The window a story step shows `e` in: the event and some time around it, the event a little left
 * of the middle so its label reads to the right.
 */
export function stepWindow(e: PreparedEvent): [number, number] {
  const duration = Math.max(0, e.end - e.start);
  const span = Math.max(duration * 1.6, minimumStepSpan(e));
  const from = e.start - (span - duration) * 0.4;
  return [from, from + span];
}

/** First position in `sorted` whose value is at least `value`. */
function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First event starting after `time` (events are sorted by start). */
function firstStartingAfter(events: readonly PreparedEvent[], time: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].start <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface OutsideCounts {
  /** Events that end before the window starts. */
  earlier: number;
  /** Events that start after the window ends. */
  later: number;
}

/** How many events lie wholly before and wholly after [from, to]: two bisections. */
export function countOutside(model: PreparedTimeline, from: number, to: number): OutsideCounts {
  const events = model.events;
  if (!events.length) return { earlier: 0, later: 0 };
  return {
    earlier: lowerBound(model.sortedEnds(), from),
    later: events.length - firstStartingAfter(events, to),
  };
}

/**
 * The window holding every event wholly before (`side` 'earlier') or after ('later') [from, to], padded
 * like the story window; null when there is none.
 */
export function outsideWindow(
  model: PreparedTimeline,
  from: number,
  to: number,
  side: 'earlier' | 'later',
): [number, number] | null {
  const events = model.events;
  let start = Infinity;
  let end = -Infinity;
  if (side === 'earlier') {
    for (const e of events) {
      if (e.start >= from) break;
      if (e.end < from) {
        start = Math.min(start, e.start);
        end = Math.max(end, e.end);
      }
    }
  } else {
    for (let i = firstStartingAfter(events, to); i < events.length; i++) {
      start = Math.min(start, events[i].start);
      end = Math.max(end, events[i].end);
    }
  }
  if (!(start <= end)) return null;
  const span = Math.max(end - start, MIN_STORY_SPAN);
  const middle = (start + end) / 2;
  const half = (span / 2) * (1 + 2 * PADDING);
  return [middle - half, middle + half];
}
