/**
 * The drawable model of an EventList, computed once per input (never per zoom frame): events parsed to
 * UTC milliseconds, sorted by time, and bucketed by duration so a visible window is found by bisection.
 */
import { bisector } from 'd3-array';
import type { EventList, Granularity, TimelineEvent, TimexMod } from '../../extract/types.js';
import { MS_PER_DAY, parseFloating } from './dates.js';

export interface PreparedEvent {
  /** Position in time order, 0…n-1: unique even when event ids repeat (`eventKey(index)` for the DOM). */
  index: number;
  event: TimelineEvent;
  /** Start and (exclusive) end in UTC ms; `end >= start`; ongoing intervals end at the publication date. */
  start: number;
  end: number;
  granularity: Granularity;
  mod: TimexMod | undefined;
  ongoing: boolean;
  /** Vague edges (drawn soft): "early 2013" has a vague end, "late 2013" a vague start. */
  softStart: boolean;
  softEnd: boolean;
  /** Length (ms) of each soft edge: a third of the stated interval (not of an ongoing extension). */
  softSpan: number;
  /** The date only describes a thing ("the 1930s steel span"): drawn lighter, never frames the story. */
  background: boolean;
  /** In a story's coverage: how many articles report it (set by coverage/; absent for one article). */
  reports?: number;
}

/** Events whose duration is at most `maxDuration`, sorted by start: one bisection bounds the window search. */
interface DurationClass {
  maxDuration: number;
  events: PreparedEvent[];
  /** The events' starts and ends, in the same order: hot loops read these instead of the objects. */
  starts: Float64Array;
  ends: Float64Array;
}

export interface PreparedTimeline {
  /** Sorted by start, then end, then document order. */
  events: PreparedEvent[];
  /** First event with each id (built on first use). */
  byId: () => Map<string, PreparedEvent>;
  /** Every event's end, ascending (built on first use): how many events end before a time, by bisection. */
  sortedEnds: () => Float64Array;
  /** Publication date in UTC ms (the middle of the day for a date without time), or null. */
  published: number | null;
  /** Earliest start and latest end, publication date included; null when there is nothing to draw. */
  extent: [number, number] | null;
  classes: DurationClass[];
}

/**
 * Items grouped by duration class (non-empty classes only, shortest first), each keeping the input order:
 * within a class, everything overlapping a window starts at most the class's longest duration before it.
 */
export function byDurationClass<T extends { start: number; end: number }>(items: readonly T[]): T[][] {
  const buckets: T[][] = CLASS_BOUNDS.map(() => []);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const d = item.end - item.start;
    let c = 0;
    while (d > CLASS_BOUNDS[c]) c++;
    buckets[c].push(item);
  }
  return buckets.filter((b) => b.length);
}

/** Upper bounds of the duration classes: an hour, a day, a week, a month, a quarter, a year, a decade. */
const CLASS_BOUNDS = [
  3.6e6,
  MS_PER_DAY,
  8 * MS_PER_DAY,
  32 * MS_PER_DAY,
  93 * MS_PER_DAY,
  367 * MS_PER_DAY,
  3660 * MS_PER_DAY,
  Infinity,
];

/** DOM-safe unique key of an event (`ev-<index>`): the id of its option element, the `repeat` key. */
export const eventKey = (index: number) => `ev-${index}`;

const byStart = bisector<PreparedEvent, number>((e) => e.start);

// -1, 0 or 1, not a difference of times: a difference of two timestamps is a boxed number, and sorting
// 100,000 events compares them about 1.7 million times.
const byStartThenEnd = (a: PreparedEvent, b: PreparedEvent) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;

/** Builds the model. Events whose dates do not parse are left out (the validator reports them). */
export function prepareTimeline(list: EventList): PreparedTimeline {
  const publishedText = list.article.published;
  const publishedMs = publishedText ? parseFloating(publishedText.slice(0, 16)) : NaN;
  // A publication *day* is drawn at its middle (where that day's events sit) and "since X" intervals
  // run to its end; a publication time is drawn where it is.
  const dayOnly = !!publishedText && publishedText.length <= 10;
  const published = Number.isFinite(publishedMs) ? publishedMs + (dayOnly ? MS_PER_DAY / 2 : 0) : null;
  const ongoingEnd = published === null ? null : published + (dayOnly ? MS_PER_DAY / 2 : 0);
  const events: PreparedEvent[] = [];
  // One plain loop, one object per event: this runs once per input, for up to 100,000 events (indexed:
  // a for-of loop allocated an iterator result per event until the JIT had optimised it).
  const input = list.events;
  for (let i = 0; i < input.length; i++) {
    const event = input[i];
    let start = parseFloating(event.from);
    let end = parseFloating(event.to);
    if (start !== start || end !== end) continue; // NaN: reported by the validator
    if (end < start) {
      const t = start;
      start = end;
      end = t;
    }
    const ongoing = event.ongoing === true;
    const softSpan = (end - start) / 3;
    if (ongoing && ongoingEnd !== null && ongoingEnd > end) end = ongoingEnd;
    const mod = event.mod;
    // Vague edges: MID and APPROX both, START ("early 2013") its end, END ("late 2013") its start.
    // An ongoing interval ends at the publication date, which is exact.
    const softStart = mod === 'MID' || mod === 'APPROX' || mod === 'END';
    const softEnd = (mod === 'MID' || mod === 'APPROX' || mod === 'START') && !ongoing;
    events.push({
      index: 0,
      event,
      start,
      end,
      granularity: event.granularity,
      mod,
      ongoing,
      softStart,
      softEnd,
      softSpan,
      background: event.background === true,
    });
  }
  // Array.prototype.sort is stable: equal times keep document order.
  events.sort(byStartThenEnd);
  for (let i = 0; i < events.length; i++) events[i].index = i;
  let byIdCache: Map<string, PreparedEvent> | null = null;
  const byId = () => {
    if (!byIdCache) {
      byIdCache = new Map();
      for (const e of events) if (!byIdCache.has(e.event.id)) byIdCache.set(e.event.id, e);
    }
    return byIdCache;
  };

  let sortedEndsCache: Float64Array | null = null;
  const sortedEnds = () => {
    if (!sortedEndsCache) {
      sortedEndsCache = new Float64Array(events.length);
      for (let i = 0; i < events.length; i++) sortedEndsCache[i] = events[i].end;
      sortedEndsCache.sort();
    }
    return sortedEndsCache;
  };

  let extent: [number, number] | null = null;
  if (events.length) {
    let max = -Infinity;
    for (let i = 0; i < events.length; i++) if (events[i].end > max) max = events[i].end;
    extent = [events[0].start, max];
    if (published !== null) extent = [Math.min(extent[0], published), Math.max(extent[1], published)];
  }

  const classes = byDurationClass(events).map(durationClass);
  return { events, byId, sortedEnds, published, extent, classes };
}

function durationClass(events: PreparedEvent[]): DurationClass {
  // Filled by index (Float64Array.from with a map function goes through an iterator).
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  let maxDuration = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    starts[i] = e.start;
    ends[i] = e.end;
    if (e.end - e.start > maxDuration) maxDuration = e.end - e.start;
  }
  return { maxDuration, events, starts, ends };
}

/**
 * Events that overlap [from, to] (an event overlaps when it starts before `to` and ends after `from`),
 * in time order. Cost: a bisection per duration class plus the events returned (and, per class, those
 * that start less than the class's longest duration before `from`).
 */
export function eventsInWindow(model: PreparedTimeline, from: number, to: number): PreparedEvent[] {
  const { extent } = model;
  if (!extent || to < extent[0] || from > extent[1]) return [];
  if (from <= extent[0] && to >= extent[1]) return model.events;
  const lists: PreparedEvent[][] = [];
  for (const c of model.classes) {
    const lo = byStart.left(c.events, from - c.maxDuration);
    const hi = byStart.right(c.events, to);
    const found: PreparedEvent[] = [];
    for (let i = lo; i < hi; i++) {
      const e = c.events[i];
      if (e.end >= from) found.push(e);
    }
    if (found.length) lists.push(found);
  }
  return mergeByIndex(lists);
}

/** k-way merge of lists each sorted by `index` (k is at most the number of duration classes). */
function mergeByIndex(lists: PreparedEvent[][]): PreparedEvent[] {
  if (lists.length <= 1) return lists[0] ?? [];
  const heads = lists.map(() => 0);
  const total = lists.reduce((n, l) => n + l.length, 0);
  const out: PreparedEvent[] = new Array(total);
  for (let o = 0; o < total; o++) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      if (heads[l] < lists[l].length && (best < 0 || lists[l][heads[l]].index < lists[best][heads[best]].index))
        best = l;
    }
    out[o] = lists[best][heads[best]++];
  }
  return out;
}
