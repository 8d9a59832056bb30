/**
 * Dates agreement: whether two mentions' times can be the same happening's, and the date an event's
 * mentions agree on.
 *
 * A placed mention has an interval. A mention of an article with no publication date keeps what its
 * phrase says for sure: a weekday ("Friday": `XXXX-WXX-5`), a month and day ("March 2"), a month; or
 * nothing at all ("yesterday", "this year").
 */
import { granularityRank, type Granularity } from '../types.js';
import type { DateAgreement, StoryDate, StoryMention } from './types.js';

/** When a mention says its happening took place. */
export type When =
  | { kind: 'interval'; from: string; to: string; granularity: Granularity }
  /** Calendar fields of an unplaced phrase; weekday 1 = Monday … 7 = Sunday. */
  | { kind: 'pattern'; month?: number; day?: number; weekday?: number }
  | { kind: 'unknown' };

/**
 * How two times relate, from surest to none:
 * - `same`: equal intervals, or both name the same calendar fields (two "Friday"s);
 * - `within`: one interval contains the other, or a pattern fits a day ("Friday" and 2013-08-02, a Friday);
 * - `overlap`: intervals that overlap without either containing the other;
 * - `unknown`: nothing says they differ (an unplaced "yesterday"; a weekday and a month);
 * - `apart`: they cannot be the same time.
 */
export type TimeRelation = 'same' | 'within' | 'overlap' | 'unknown' | 'apart';

const PATTERN = /^XXXX-(?:W(?:XX|\d\d)-([1-7])|(\d\d)(?:-(\d\d))?)(?![\d-])/;

/** Granularities no coarser than a day: their interval names one day or a part of one. */
const DAY_OR_FINER = /*#__PURE__*/ new Set<Granularity>(['day', 'partOfDay', 'hour', 'minute']);

export function whenOf(m: StoryMention): When {
  if (m.from !== undefined && m.to !== undefined) {
    return { kind: 'interval', from: m.from, to: m.to, granularity: m.granularity ?? 'day' };
  }
  const p = PATTERN.exec(m.timex.value);
  if (!p) return { kind: 'unknown' };
  if (p[1]) return { kind: 'pattern', weekday: Number(p[1]) };
  const month = Number(p[2]);
  return p[3] ? { kind: 'pattern', month, day: Number(p[3]) } : { kind: 'pattern', month };
}

/** Whether the interval names one calendar day or less. */
export function isDayOrFiner(w: When): boolean {
  return w.kind === 'interval' && DAY_OR_FINER.has(w.granularity);
}

/** Calendar fields of the day an interval starts on (its date part, read as UTC). */
function fieldsOf(from: string): { month: number; day: number; weekday: number } {
  const [y, m, d] = from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return { month: m, day: d, weekday: ((date.getUTCDay() + 6) % 7) + 1 };
}

type Pattern = Extract<When, { kind: 'pattern' }>;
const FIELDS = ['month', 'day', 'weekday'] as const;

function patternVsPattern(a: Pattern, b: Pattern): TimeRelation {
  let shared = 0;
  for (const f of FIELDS) {
    if (a[f] === undefined || b[f] === undefined) continue;
    if (a[f] !== b[f]) return 'apart';
    shared++;
  }
  const sameFields = FIELDS.every((f) => (a[f] === undefined) === (b[f] === undefined));
  return shared > 0 && sameFields ? 'same' : 'unknown';
}

function patternVsInterval(p: Pattern, i: Extract<When, { kind: 'interval' }>): TimeRelation {
  if (!DAY_OR_FINER.has(i.granularity)) {
    // A month or a year: only a month can be checked, and only against an interval inside one month.
    if (p.month !== undefined && i.granularity === 'month' && fieldsOf(i.from).month !== p.month) return 'apart';
    return 'unknown';
  }
  const f = fieldsOf(i.from);
  for (const k of FIELDS) if (p[k] !== undefined && p[k] !== f[k]) return 'apart';
  return 'within';
}

/** How the times of two mentions relate (symmetric). */
export function relateTimes(a: When, b: When): TimeRelation {
  if (a.kind === 'unknown' || b.kind === 'unknown') return 'unknown';
  if (a.kind === 'pattern' && b.kind === 'pattern') return patternVsPattern(a, b);
  if (a.kind === 'pattern') return patternVsInterval(a, b as Extract<When, { kind: 'interval' }>);
  if (b.kind === 'pattern') return patternVsInterval(b, a);
  if (a.from === b.from && a.to === b.to) return 'same';
  if (a.from >= b.to || b.from >= a.to) return 'apart';
  if ((a.from <= b.from && b.to <= a.to) || (b.from <= a.from && a.to <= b.to)) return 'within';
  return 'overlap';
}

/** Granularities that still place a happening closely: a day or less, or a week ("the weekend"). */
const CLOSE = /*#__PURE__*/ new Set<Granularity>(['day', 'partOfDay', 'hour', 'minute', 'week']);

/**
 * What two times say about two mentions being one happening, from most to least:
 * - `close`: both name the same day or week (or, in articles without a date, the same weekday, or
 *   month and day), or one lies within the other;
 * - `days`: both name a day, but which one is not known of one of them ("yesterday" in an article
 *   without a date), so they may be the same;
 * - `loose`: nothing excludes it (a year and a month, "this year" without a date);
 * - `adjacent`: two days next to each other (Thursday and Friday): two reports of one happening can
 *   differ by a day (time zones, late at night), so a strong match of what they say may still merge them;
 * - `apart`: they cannot be the same time.
 */
export type Closeness = 'close' | 'days' | 'loose' | 'adjacent' | 'apart';

/** Whether a time names (at most) one day, placed or not: "Friday", "yesterday", "March 2", 2013-08-02. */
function namesADay(w: When, value: string): boolean {
  if (w.kind === 'interval') return DAY_OR_FINER.has(w.granularity);
  if (w.kind === 'pattern') return w.weekday !== undefined || w.day !== undefined;
  return /^XXXX-XX-XX/.test(value); // "today", "yesterday", "last night"
}

/** Days from `a` to `b` (ISO dates), by UTC calendar arithmetic. */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
}

/** Two days next to each other: placed days one day apart, or two weekdays one apart. */
function adjacentDays(a: When, b: When): boolean {
  if (a.kind === 'interval' && b.kind === 'interval') {
    if (!DAY_OR_FINER.has(a.granularity) || !DAY_OR_FINER.has(b.granularity)) return false;
    return Math.abs(dayNumber(a.from) - dayNumber(b.from)) === 1;
  }
  const weekdayOf = (w: When) =>
    w.kind === 'pattern'
      ? w.weekday
      : w.kind === 'interval' && DAY_OR_FINER.has(w.granularity)
        ? fieldsOf(w.from).weekday
        : undefined;
  const x = weekdayOf(a);
  const y = weekdayOf(b);
  if (x === undefined || y === undefined || (a.kind === 'interval' && b.kind === 'interval')) return false;
  const gap = Math.abs(x - y);
  return gap === 1 || gap === 6;
}

/** The closeness of two mentions' times (`value`: each one's TIMEX3 value). */
export function timeEvidence(a: When, b: When, valueA = '', valueB = ''): Closeness {
  const relation = relateTimes(a, b);
  if (relation === 'apart') return adjacentDays(a, b) ? 'adjacent' : 'apart';
  if (relation === 'unknown' || relation === 'overlap') {
    return namesADay(a, valueA) && namesADay(b, valueB) ? 'days' : 'loose';
  }
  if (a.kind === 'interval' && b.kind === 'interval') {
    return CLOSE.has(a.granularity) && CLOSE.has(b.granularity) ? 'close' : 'loose';
  }
  if (a.kind === 'pattern' && b.kind === 'pattern') {
    // two "Friday"s, or two "March 2"s; not two "March"es
    return a.weekday !== undefined || a.day !== undefined ? 'close' : 'loose';
  }
  return 'close'; // a weekday, or a month and day, that fits a placed day
}

/** The date of an event: what its placed mentions agree on, or each date they give. */
export interface EventDate {
  date: DateAgreement;
  from?: string;
  to?: string;
  granularity?: Granularity;
  dates?: StoryDate[];
  /** The TIMEX3 value all mentions of an undated event share. */
  value?: string;
}

const contains = (outer: StoryDate, inner: StoryDate) => outer.from <= inner.from && inner.to <= outer.to;
const disjoint = (a: StoryDate, b: StoryDate) => a.to <= b.from || b.to <= a.from;

const byTime = (a: StoryDate, b: StoryDate) =>
  a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0;

/** The span of some dates, at the coarsest of their granularities. */
function span(dates: StoryDate[]): { from: string; to: string; granularity: Granularity } {
  return {
    from: dates.reduce((f, d) => (d.from < f ? d.from : f), dates[0]!.from),
    to: dates.reduce((t, d) => (d.to > t ? d.to : t), dates[0]!.to),
    granularity: dates.reduce(
      (g, d) => (granularityRank(d.granularity) > granularityRank(g) ? d.granularity : g),
      dates[0]!.granularity,
    ),
  };
}

/**
 * The date of an event from its mentions' dates.
 * - Dates that all overlap agree. The event's date is the most specific one they agree on: the
 *   narrowest date that holds every report's date, so that each report is true of it. "Thursday" and
 *   "9 a.m. Thursday" make Thursday (the first report says no more); two reports of "9 a.m. Thursday"
 *   make 9 a.m. Each mention keeps its own date. Dates that overlap without either holding the other
 *   ("Saturday" and "Saturday night") make their span.
 * - Two dates that do not overlap at all (Thursday and Friday) disagree: the event says so, keeps each
 *   date that holds no other one in `dates`, and spans them.
 */
export function agreedDate(mentions: StoryMention[]): EventDate {
  const dates: StoryDate[] = [];
  for (const m of mentions) {
    if (m.from === undefined || m.to === undefined) continue;
    const same = dates.find((d) => d.from === m.from && d.to === m.to);
    if (same) {
      if (!same.articles.includes(m.article)) same.articles.push(m.article);
    } else dates.push({ from: m.from, to: m.to, granularity: m.granularity ?? 'day', articles: [m.article] });
  }
  if (!dates.length) {
    const values = new Set(mentions.map((m) => m.timex.value));
    return values.size === 1 ? { date: 'undated', value: [...values][0]! } : { date: 'undated' };
  }
  if (dates.some((a) => dates.some((b) => disjoint(a, b)))) {
    const specific = dates.filter((d) => !dates.some((o) => o !== d && contains(d, o))).sort(byTime);
    return { date: 'disagree', ...span(specific), dates: specific };
  }
  const holder = dates.find((c) => dates.every((d) => contains(c, d)));
  return holder
    ? { date: 'agree', from: holder.from, to: holder.to, granularity: holder.granularity }
    : { date: 'agree', ...span(dates) };
}
