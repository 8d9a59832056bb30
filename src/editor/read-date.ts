/**
 * Dates the author types, read with the extraction's own engine against the publication date, and the
 * calendar unit holding a date (for a change of granularity).
 */
import { findTimexes } from '../extract/index.js';
import type { Granularity, Timex } from '../extract/types.js';
import {
  addDays,
  centuryPeriod,
  dayPeriod,
  decadePeriod,
  halfPeriod,
  monthPeriod,
  parseIsoDay,
  partOfDayPeriod,
  quarterPeriod,
  seasonOf,
  seasonPeriod,
  timePeriod,
  weekPeriod,
  yearPeriod,
  type Period,
} from '../extract/timex/calendar.js';
import type { DateReading } from './types.js';

/** Longest text read as a date: a phrase, not an article. */
const MAX_PHRASE = 200;
const FINER_THAN_DAY: ReadonlySet<Granularity> = new Set(['partOfDay', 'hour', 'minute']);
const RANGE_JOINER = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;
const SINCE = /^\s*since\b/i;

export type DateReadingResult = { ok: true; reading: DateReading } | { ok: false; message: string };

const placeable = (t: Timex) =>
  t.from !== undefined && t.to !== undefined && t.type !== 'SET' && !t.value.endsWith('_REF') && t.from < t.to;

/** The day after `published` (the end of an ongoing interval), in the format of `granularity`. */
function endOfPublication(published: string, granularity: Granularity): string | null {
  const day = parseIsoDay(published);
  if (!day) return null;
  const next = dayPeriod(day).to;
  return FINER_THAN_DAY.has(granularity) ? `${next}T00:00` : next;
}

/**
 * Reads a date or a time phrase ("mid-2013", "the Saturday before", "15 June 2013", "since March")
 * as extraction would, against `published`. Two dates joined by "to" or "and" make one interval
 * ("from 2001 to 2003"). Never throws: what cannot be read gets a message for people.
 */
export function readDate(phrase: string, published: string | null): DateReadingResult {
  const text = phrase.trim();
  if (!text) return { ok: false, message: 'Type a date or a phrase, such as “mid-2013” or “last Monday”.' };
  if (text.length > MAX_PHRASE)
    return { ok: false, message: `That is too long for a date (${MAX_PHRASE} characters at most).` };
  const timexes = findTimexes(text, published);
  const placed = timexes.filter(placeable);
  if (!placed.length) {
    const found = timexes[0];
    if (!found) return { ok: false, message: `No date found in “${text}”.` };
    if (found.type === 'SET') return { ok: false, message: `“${found.text}” repeats: it is not one date.` };
    if (!published && /X/.test(found.value))
      return { ok: false, message: `“${found.text}” needs the publication date, which this article does not give.` };
    return { ok: false, message: `“${found.text}” is not a place on the time axis (${found.why}).` };
  }
  const first = placed[0]!;
  const second = placed[1];
  const reading: DateReading = {
    phrase: text,
    matched: first.text,
    value: first.value,
    from: first.from!,
    to: first.to!,
    granularity: first.granularity ?? (first.from!.includes('T') ? 'minute' : 'day'),
    why: first.why,
  };
  if (first.mod) reading.mod = first.mod;
  if (second && RANGE_JOINER.test(text.slice(first.end, second.start)) && second.to! > first.from!) {
    reading.matched = text.slice(first.start, second.end);
    reading.to = second.to!;
    reading.why = `from ${first.text} (${first.why}) to ${second.text} (${second.why})`;
  } else if (SINCE.test(text) && published) {
    const end = endOfPublication(published, reading.granularity);
    if (end && end > reading.from) {
      reading.to = end;
      reading.ongoing = true;
      reading.why = `since ${first.why}, up to the publication date`;
    }
  }
  return { ok: true, reading };
}

/** The hour and minute of a floating ISO date-time, or null for a date. */
function clock(iso: string): { hour: number; minute: number } | null {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

/**
 * The unit of `granularity` holding the start of an interval (`2016-10-17` as a month is October 2016),
 * with its TIMEX3 value; null when `from` is not a date.
 */
export function unitAt(granularity: Granularity, from: string): Period | null {
  const day = parseIsoDay(from);
  if (!day) return null;
  const { y, m } = day;
  const time = clock(from) ?? { hour: 12, minute: 0 };
  switch (granularity) {
    case 'century':
      return centuryPeriod(Math.floor(y / 100));
    case 'decade':
      return decadePeriod(Math.floor(y / 10));
    case 'year':
      return yearPeriod(y);
    case 'half':
      return halfPeriod(y, m <= 6 ? 1 : 2);
    case 'quarter':
      return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
    case 'season': {
      const season = seasonOf(day);
      return seasonPeriod(season.y, season.s);
    }
    case 'month':
      return monthPeriod(y, m);
    case 'week':
      return weekPeriod(day);
    case 'day':
      return dayPeriod(day);
    case 'partOfDay': {
      const h = time.hour;
      if (h < 6) return partOfDayPeriod(addDays(day, -1), 'NI');
      return partOfDayPeriod(day, h < 12 ? 'MO' : h < 18 ? 'AF' : h < 22 ? 'EV' : 'NI');
    }
    case 'hour':
      return timePeriod(day, time.hour, null);
    case 'minute':
      return timePeriod(day, time.hour, time.minute);
    default:
      return null;
  }
}
