/** Periods relative to a day ("last month", "next quarter") and the TIMEX3 placeholders used without a reference. */
import {
  clockText,
  addDays,
  isoDay,
  type Clock,
  addMonths,
  centuryPeriod,
  decadePeriod,
  dayPeriod,
  epochDay,
  fromEpochDay,
  halfPeriod,
  humanDay,
  monthPeriod,
  quarterPeriod,
  seasonOf,
  seasonPeriod,
  weekendPeriod,
  weekPeriod,
  yearPeriod,
  type Day,
  type Period,
  type Season,
} from './calendar.js';
import type { Anchor, Frame, Reading, ResolveContext, Tense } from './frame.js';
import type { Unit } from './words.js';
import type { TimexMod } from '../types.js';

export type PeriodUnit =
  'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

const SEASONS: Season[] = ['SP', 'SU', 'FA', 'WI'];

/** The period of `unit` holding `day`, moved by `offset` units ("last month" = offset -1). */
export function periodAt(unit: PeriodUnit, day: Day, offset: number): Period {
  switch (unit) {
    case 'day':
      return dayPeriod(addDays(day, offset));
    case 'week':
      return weekPeriod(addDays(day, offset * 7));
    case 'weekend':
      return weekendPeriod(addDays(day, offset * 7));
    case 'month': {
      const d = addMonths({ y: day.y, m: day.m, d: 1 }, offset);
      return monthPeriod(d.y, d.m);
    }
    case 'quarter': {
      const q = day.y * 4 + Math.floor((day.m - 1) / 3) + offset;
      return quarterPeriod(Math.floor(q / 4), (((q % 4) + 4) % 4) + 1);
    }
    case 'half': {
      const h = day.y * 2 + Math.floor((day.m - 1) / 6) + offset;
      return halfPeriod(Math.floor(h / 2), (((h % 2) + 2) % 2) + 1);
    }
    case 'season': {
      const s = seasonOf(day);
      const k = s.y * 4 + SEASONS.indexOf(s.s) + offset;
      return seasonPeriod(Math.floor(k / 4), SEASONS[((k % 4) + 4) % 4]!);
    }
    case 'year':
      return yearPeriod(day.y + offset);
    case 'decade':
      return decadePeriod(Math.floor(day.y / 10) + offset);
    case 'century':
      return centuryPeriod(Math.floor(day.y / 100) + offset);
  }
}

/** TIMEX3 value of a period that cannot be placed (no publication date). */
export function unknownValue(unit: PeriodUnit): string {
  switch (unit) {
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
      return 'XXXX-WXX';
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'half':
      return 'XXXX-HX';
    case 'season':
      return 'XXXX-XX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
  }
}

/** A DATE reading for a placed period, with an optional mod. */
export function dateReading(period: Period, why: string, mod?: TimexMod): Reading {
  const reading: Reading = { type: 'DATE', value: period.value, period, granularity: period.granularity, why };
  if (mod) reading.mod = mod;
  return reading;
}

/** A reading that cannot be placed: X-filled value, no from/to. */
export function unplacedReading(value: string, why: string, mod?: TimexMod, type: Reading['type'] = 'DATE'): Reading {
  const reading: Reading = { type, value, why, anchorable: false };
  if (mod) reading.mod = mod;
  return reading;
}

/**
 * The part of a period a mod points at: START the first third, MID the middle third, END the last third.
 * "earlier this month" runs from the start of the month to the publication day, "later this year" from the
 * day after it to the end.
 */
export function narrowed(
  period: Period,
  mod: TimexMod | undefined,
  cut?: { relativeToNow?: 'before' | 'after'; dct: Day | null; half?: boolean },
): { from: string; to: string } {
  const first = epochDay(period.first);
  const last = epochDay(parseFloating(period.to));
  // "the first half of the 1990s", "the last half of March": halves, not thirds
  if (cut?.half && (mod === 'START' || mod === 'END') && last - first >= 2 && /^\d{4}-\d{2}-\d{2}$/.test(period.from)) {
    const middle =
      period.granularity === 'year'
        ? epochDay({ y: period.first.y, m: 7, d: 1 })
        : first + Math.round((last - first) / 2);
    return mod === 'START' ? { from: period.from, to: isoOf(middle) } : { from: isoOf(middle), to: period.to };
  }
  if (cut?.relativeToNow && cut.dct) {
    const now = epochDay(cut.dct);
    if (now >= first && now < last) {
      return cut.relativeToNow === 'before'
        ? { from: period.from, to: isoOf(Math.max(first + 1, now)) }
        : { from: isoOf(now + 1), to: period.to };
    }
  }
  if (!mod || !['START', 'MID', 'END'].includes(mod) || last - first < 3 || !/^\d{4}-\d{2}-\d{2}$/.test(period.from)) {
    return { from: period.from, to: period.to };
  }
  // years split into Jan-Apr, May-Aug, Sep-Dec; months into the 1st-10th, 11th-20th, 21st-end
  if (period.granularity === 'year' || period.granularity === 'month') {
    const y = period.first.y;
    const cutA = period.granularity === 'year' ? `${String(y).padStart(4, '0')}-05-01` : `${period.from.slice(0, 8)}11`;
    const cutB = period.granularity === 'year' ? `${String(y).padStart(4, '0')}-09-01` : `${period.from.slice(0, 8)}21`;
    if (mod === 'START') return { from: period.from, to: cutA };
    if (mod === 'END') return { from: cutB, to: period.to };
    return { from: cutA, to: cutB };
  }
  // decades and centuries in whole years: "the early 2000s" is 2000–2002, "the late 1990s" 1997–1999
  if (period.granularity === 'decade' || period.granularity === 'century') {
    const years = Number(period.to.slice(0, 4)) - period.first.y;
    const cut = Math.round(years / 3);
    const yearStart = (y: number) => `${String(y).padStart(4, '0')}-01-01`;
    const cutA = yearStart(period.first.y + cut);
    const cutB = yearStart(period.first.y + years - cut);
    if (mod === 'START') return { from: period.from, to: cutA };
    if (mod === 'END') return { from: cutB, to: period.to };
    return { from: cutA, to: cutB };
  }
  // a week by its working days: "early next week" Monday–Tuesday, "midweek" Wednesday–Thursday, "the end of the
  // week" and "late last week" from Friday (the working week ends then, not on Saturday) to Sunday
  if (period.granularity === 'week' && last - first === 7) {
    if (mod === 'START') return { from: period.from, to: isoOf(first + 2) };
    if (mod === 'END') return { from: isoOf(first + 4), to: period.to };
    return { from: isoOf(first + 2), to: isoOf(first + 4) };
  }
  const third = Math.max(1, Math.round((last - first) / 3));
  if (mod === 'START') return { from: period.from, to: isoOf(first + third) };
  if (mod === 'END') return { from: isoOf(last - third), to: period.to };
  return { from: isoOf(first + third), to: isoOf(last - third) };
}

/**
 * The part of a part of day before (or after) the publication time, when the publication date carries one and
 * it falls inside: "this morning" told in the past at 10:35 runs from 6:00 to 10:35. Null otherwise.
 */
export function cutAtPublication(
  period: Period,
  dct: Day | null,
  clock: Clock | null | undefined,
  side: 'before' | 'after',
): { from: string; to: string } | null {
  if (!dct || !clock || !period.from.includes('T')) return null;
  const now = `${isoDay(dct)}T${clockText(clock)}`;
  if (now <= period.from || now >= period.to) return null;
  return side === 'before' ? { from: period.from, to: now } : { from: now, to: period.to };
}

function parseFloating(iso: string): Day {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

function isoOf(n: number): string {
  const d = fromEpochDay(n);
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/**
 * Which way an under-specified phrase points: past tense to the most recent one on or before the publication
 * day, future tense (or a deadline: "gave them until Friday") to the next one on or after it; with no cue, news
 * reports what happened (past).
 */
export function direction(tense: Tense | null | undefined): -1 | 0 | 1 {
  if (tense === 'future' || tense === 'deadline') return 1;
  if (tense === 'present' || tense === 'near') return 0;
  return -1;
}

export function tenseWord(tense: Tense | null | undefined): string {
  return tense === 'future'
    ? 'future tense'
    : tense === 'present'
      ? 'present tense'
      : tense === 'past'
        ? 'past tense'
        : tense === 'deadline'
          ? 'a deadline ("until …") after a past verb'
          : tense === 'near'
            ? 'looked ahead to in a past clause (waiting, hoping, asking, calling off)'
            : 'no tense cue (news reports the past)';
}

export const human = humanDay;

/** Days of the time axis against tense: an under-specified date on the wrong side costs this many days. */
export const TENSE_PENALTY_DAYS = 200;

/**
 * Picks the year of a date written without one (a month, a day of a month, a quarter). In a clause whose only
 * cues are past ("disappeared on March 8" in a December story), the latest one begun by publication; up to
 * which something clearly runs ("will last until June" in an August story), the first one not over. Otherwise the candidate nearest to publication, where a candidate on the side the tense rules
 * out counts `TENSE_PENALTY_DAYS` further away: a cue among others is a weak signal ("said it will pay the
 * dividend Dec. 14", "extended the offer to Nov. 20"), so only a clearly nearer date on the other side wins.
 */
export function nearestByTense(
  dct: Day,
  tense: Tense | null | undefined,
  periodOf: (y: number) => Period,
  clearTense = false,
): number {
  const now = epochDay(dct);
  const spans = [dct.y - 1, dct.y, dct.y + 1].map((y) => {
    const p = periodOf(y);
    return { y, start: epochDay(p.first), end: epochDay(parseFloating(p.to)) }; // end exclusive
  });
  if (tense === 'past' && clearTense) return spans.filter((s) => s.start <= now).at(-1)?.y ?? dct.y - 1;
  if (tense === 'future' && clearTense) return spans.find((s) => s.end > now)?.y ?? dct.y + 1;
  let best = dct.y;
  let bestCost = Infinity;
  for (const { y, start, end } of spans) {
    const distance = now < start ? start - now : now >= end ? now - end + 1 : 0;
    const future = now < start;
    const past = now >= end;
    const penalty = (tense === 'past' && future) || (tense === 'future' && past) ? TENSE_PENALTY_DAYS : 0;
    const cost = distance + penalty;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

/** How a date picked by nearestByTense stands to publication, for `why`: "on or before", "after". */
export function sideOf(period: Period, dct: Day): string {
  const now = epochDay(dct);
  if (epochDay(period.first) > now) return 'after';
  return epochDay(parseFloating(period.to)) <= now ? 'before' : 'around';
}

/** Granularities of one day or finer: a date the narrative stands on ("the day", "at 10 p.m.", "the previous day"). */
const DAY_OR_FINER = new Set<string>(['day', 'partOfDay', 'hour', 'minute']);
export const isDayOrFiner = (granularity: string): boolean => DAY_OR_FINER.has(granularity);

/**
 * How close (in characters) the narrative's last day must be to stay the story's day when a coarser date came
 * between ("gains on Friday … shed jobs in March … ending the day"): a few paragraphs.
 */
export const NARRATIVE_DAY_REACH = 1000;

/** The day the narrative is on: its last date when that is a day or finer, else its last day a few paragraphs back. */
export function narrativeDay({ anchor, day, at }: ResolveContext): Anchor | null {
  if (anchor && isDayOrFiner(anchor.period.granularity)) return anchor;
  return day && day.end !== undefined && at !== undefined && at - day.end <= NARRATIVE_DAY_REACH ? day : null;
}

/** The day of `dayFrame`, or null when it does not name a single day. */
export function dayOf(dayFrame: Frame, ctx: ResolveContext): { day: Day; reading: Reading } | null {
  const reading = dayFrame.resolve(ctx);
  if (!reading?.period || !isDayOrFiner(reading.period.granularity)) return null;
  return { day: reading.period.first, reading };
}

/** `day` moved by a number of units (days and weeks exactly; months, quarters and years by the calendar). */
export function moved(day: Day, amount: number, unit: Unit, sign: number): Day | null {
  if (unit === 'day') return addDays(day, sign * amount);
  if (unit === 'week') return addDays(day, sign * amount * 7);
  if (unit === 'month') return addMonths(day, sign * amount);
  if (unit === 'quarter') return addMonths(day, sign * amount * 3);
  if (unit === 'year') return addMonths(day, sign * amount * 12);
  return null;
}
