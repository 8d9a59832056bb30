/**
 * Dates written for people: "October 2016", "Saturday 15 October 2016, evening", "mid-2013",
 * "since mid-2013", "15–17 October 2016". Calendar parts come from Intl in the element's `lang`;
 * the few words around them (mid-, early, since, …) are English.
 */
import type { Granularity, TimexMod } from '../../extract/types.js';
import { MS_PER_DAY } from './dates.js';
import { dateFormat, formatDate, formatDateRange } from './intl.js';

export interface DatedThing {
  start: number;
  end: number;
  granularity: Granularity;
  mod?: TimexMod;
  ongoing?: boolean;
  /**
   * The TIMEX3 value that dates it (`2016-10-12TNI`): a part of the day is named from the value's
   * code, so that the words agree with the hours extraction chose for it (one table, in extraction).
   */
  value?: string;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: 'numeric', minute: '2-digit' };
const RANGE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] ?? s[v] ?? s[0]);
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** TimeML's parts of the day (the code ending a value such as `2016-10-15TEV`), in words. */
const PART_OF_DAY_WORDS: Record<string, string> = {
  MO: 'morning',
  MI: 'midday',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
};

/**
 * "evening" for a value ending in `TEV`. Without such a code (an EventList made by hand) the hours are
 * given instead ("18:00–22:00"): guessing a word from the hours would need a second table of parts of
 * the day, which could disagree with the one that made the value.
 */
function partOfDay(start: number, end: number, lang: string, value: string | undefined): string {
  const code = value ? /T(MO|MI|AF|EV|NI|DT)$/.exec(value)?.[1] : undefined;
  return code ? PART_OF_DAY_WORDS[code] : formatDateRange(start, Math.max(start, end), lang, CLOCK);
}

function season(month: number): string {
  if (month === 12 || month <= 2) return 'winter';
  if (month <= 5) return 'spring';
  if (month <= 8) return 'summer';
  return 'autumn';
}

/**
 * "Saturday 15 October 2016": newer ICU data writes "Saturday, 15 October 2016" for en-GB; the comma
 * after the weekday is dropped when the day number follows it (day-month order), as British style guides do.
 */
function dayText(ms: number, lang: string, options: Intl.DateTimeFormatOptions): string {
  const parts = dateFormat(lang, options).formatToParts(ms);
  if (/^en\b/i.test(lang) && parts[0]?.type === 'weekday' && parts[1]?.value === ', ' && parts[2]?.type === 'day')
    parts[1] = { type: 'literal', value: ' ' };
  return parts.map((p) => p.value).join('');
}

/** The calendar unit itself, without modifiers. */
function describeUnit(
  start: number,
  end: number,
  granularity: Granularity,
  lang: string,
  value: string | undefined,
): string {
  const d = new Date(start);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  switch (granularity) {
    case 'century':
      return `the ${ordinal(Math.floor(year / 100) + 1)} century`;
    case 'decade':
      return `the ${Math.floor(year / 10) * 10}s`;
    case 'year':
      return formatDate(start, lang, YEAR);
    case 'half':
      return `the ${month <= 6 ? 'first' : 'second'} half of ${formatDate(start, lang, YEAR)}`;
    case 'quarter':
      return `Q${Math.floor((month - 1) / 3) + 1} ${formatDate(start, lang, YEAR)}`;
    case 'season':
      return `${season(month)} ${formatDate(start, lang, YEAR)}`;
    case 'month':
      return formatDate(start, lang, MONTH);
    case 'week':
      return `the week of ${formatDate(start, lang, RANGE)}`;
    case 'day':
      return dayText(start, lang, DAY);
    case 'partOfDay':
      return `${dayText(start, lang, DAY)}, ${partOfDay(start, end, lang, value)}`;
    case 'hour':
    case 'minute':
      return dayText(start, lang, TIME);
    default:
      return end > start ? formatDateRange(start, end - 1, lang, RANGE) : formatDate(start, lang, RANGE);
  }
}

/** Nominal length of one unit, to tell "October 2016" from an interval spanning several months. */
const UNIT_DAYS: Partial<Record<Granularity, number>> = {
  day: 1,
  partOfDay: 1,
  week: 7,
  month: 31,
  season: 92,
  quarter: 92,
  half: 184,
  year: 366,
  decade: 3653,
  century: 36525,
};

export function describeDate(thing: DatedThing, lang: string): string {
  const { start, end, granularity, mod, ongoing, value } = thing;
  const unitDays = UNIT_DAYS[granularity];
  // An interval longer than its unit ("15 to 17 October"): a range, unless a modifier or "since" applies.
  if (!mod && !ongoing && unitDays !== undefined && end - start > unitDays * MS_PER_DAY + 1) {
    const options = unitDays >= 365 ? YEAR : unitDays >= 28 ? MONTH : RANGE;
    return formatDateRange(start, end - 1, lang, options);
  }
  const unit = describeUnit(start, end, granularity, lang, value);
  let text: string;
  switch (mod) {
    case 'MID':
      text = `mid-${unit}`;
      break;
    case 'START':
      text = `early ${unit}`;
      break;
    case 'END':
      text = `late ${unit}`;
      break;
    case 'APPROX':
      text = `around ${unit}`;
      break;
    case 'BEFORE':
      text = `before ${unit}`;
      break;
    case 'AFTER':
      text = `after ${unit}`;
      break;
    case 'ON_OR_BEFORE':
      text = `on or before ${unit}`;
      break;
    case 'ON_OR_AFTER':
      text = `on or after ${unit}`;
      break;
    case 'LESS_THAN':
    case 'EQUAL_OR_LESS':
      text = `within ${unit}`;
      break;
    case 'MORE_THAN':
    case 'EQUAL_OR_MORE':
      text = `more than ${unit}`;
      break;
    default:
      text = unit;
  }
  return ongoing ? `since ${text}` : text;
}

/** Creates the formatters of event dates for `lang` ahead of use (see prepareTickFormats). */
export function prepareDateFormats(lang: string): void {
  for (const options of [DAY, MONTH, YEAR, TIME, RANGE, SHORT, CLOCK]) dateFormat(lang, options);
}

/** Short date for the publication marker: "17 Oct 2016". */
export function describeShortDate(ms: number, lang: string): string {
  return formatDate(ms, lang, SHORT);
}

const windowTexts = new Map<string, string>();

/**
 * The visible window for people: "12 Sept – 3 Nov 2016". It names days only, so it is formatted once
 * per pair of days (Intl's formatRange showed in zoom-frame profiles) and cached.
 */
export function describeWindow(from: number, to: number, lang: string): string {
  const fromDay = Math.floor(from / MS_PER_DAY) * MS_PER_DAY;
  const toDay = Math.floor(to / MS_PER_DAY) * MS_PER_DAY;
  const key = `${lang}|${fromDay}|${toDay}`;
  let text = windowTexts.get(key);
  if (text === undefined) {
    text = formatDateRange(fromDay, toDay, lang, SHORT);
    if (windowTexts.size >= 2000) windowTexts.clear();
    windowTexts.set(key, text);
  }
  return text;
}
