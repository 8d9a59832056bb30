/**
 * Calendar arithmetic on plain integers (proleptic Gregorian, UTC): no Date objects in local time,
 * so nothing here depends on the machine's time zone. A day is counted from 1970-01-01 (day 0).
 */
import type { Granularity } from '../types.js';

export interface Day {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's days_from_civil and
 * civil_from_days): integer arithmetic for every year, where Date.UTC reads years 0–99 as 1900–1999 and a
 * Date ends 275,760 years out.
 */
export function epochDay(day: Day): number {
  const y = day.m <= 2 ? day.y - 1 : day.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (day.m + (day.m > 2 ? -3 : 9)) + 2) / 5) + day.d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function fromEpochDay(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(day: Day, n: number): Day {
  return fromEpochDay(epochDay(day) + n);
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 29 Feb). */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const w = (((epochDay(day) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (3 in Monday-based 0..6)
  return w + 1;
}

/** ISO 8601 week: the year that owns the week and its number. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = epochDay({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((epochDay(thursday) - jan1) / 7) + 1 };
}

/** Monday of the ISO week holding `day`. */
export function weekStart(day: Day): Day {
  return addDays(day, 1 - isoWeekday(day));
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function compareDays(a: Day, b: Day): number {
  return epochDay(a) - epochDay(b);
}

/** "00" to "99", by their number. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

export const pad = (n: number, width = 2): string => {
  // (months, days, hours and minutes from a table: every date and time written goes through here)
  if (width === 2 && n >= 0) {
    const two = TWO_DIGITS[n];
    if (two !== undefined) return two;
  }
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

export const isoDay = (day: Day): string =>
  `${day.y >= 1000 && day.y <= 9999 ? day.y : pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Mon 17 Oct 2016", for `why` sentences. */
export function humanDay(day: Day): string {
  return `${WEEKDAY_SHORT[isoWeekday(day) - 1]} ${day.d} ${MONTH_SHORT[day.m - 1]} ${day.y}`;
}

/** A stretch of the time axis with its TIMEX3 value. */
export interface Period {
  value: string;
  granularity: Granularity;
  /** Floating ISO, inclusive. */
  from: string;
  /** Floating ISO, exclusive. */
  to: string;
  /** First day (for anchoring and arithmetic). */
  first: Day;
}

/**
 * The middle day of a period, counted from `first` (its own first day unless told): a length counted from a month
 * moves from its middle, so "a fortnight after" some day of March stays in March, as only the month is told.
 */
export function middleDay(period: Period, first: Day = period.first): Day {
  const end = parseIsoDay(period.to.slice(0, 10));
  return end ? addDays(first, Math.floor((epochDay(end) - epochDay(first)) / 2)) : first;
}

function span(value: string, granularity: Granularity, first: Day, next: Day): Period {
  return { value, granularity, from: isoDay(first), to: isoDay(next), first };
}

export const dayPeriod = (day: Day): Period => span(isoDay(day), 'day', day, addDays(day, 1));

export const monthPeriod = (y: number, m: number): Period =>
  span(`${pad(y, 4)}-${pad(m)}`, 'month', { y, m, d: 1 }, addMonths({ y, m, d: 1 }, 1));

export const yearPeriod = (y: number): Period => span(pad(y, 4), 'year', { y, m: 1, d: 1 }, { y: y + 1, m: 1, d: 1 });

export const quarterPeriod = (y: number, q: number): Period =>
  span(`${pad(y, 4)}-Q${q}`, 'quarter', { y, m: q * 3 - 2, d: 1 }, addMonths({ y, m: q * 3 - 2, d: 1 }, 3));

export const halfPeriod = (y: number, h: number): Period =>
  span(`${pad(y, 4)}-H${h}`, 'half', { y, m: h * 6 - 5, d: 1 }, addMonths({ y, m: h * 6 - 5, d: 1 }, 6));

/** The n-th weekday `wd` (1 = Monday) of a month; n = -1 for the last one. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
}

export function weekPeriod(day: Day): Period {
  const { year, week } = isoWeek(day);
  const first = weekStart(day);
  return span(`${pad(year, 4)}-W${pad(week)}`, 'week', first, addDays(first, 7));
}

export function weekendPeriod(day: Day): Period {
  const { year, week } = isoWeek(day);
  const saturday = addDays(weekStart(day), 5);
  return span(`${pad(year, 4)}-W${pad(week)}-WE`, 'day', saturday, addDays(saturday, 2));
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Meteorological seasons of the northern hemisphere: winter 2016 runs from Dec 2016 to Feb 2017. */
export function seasonPeriod(y: number, s: Season): Period {
  const first = { y, m: SEASON_START[s], d: 1 };
  return span(`${pad(y, 4)}-${s}`, 'season', first, addMonths(first, 3));
}

/** The season holding `day` (January and February belong to the winter of the previous year). */
export function seasonOf(day: Day): { y: number; s: Season } {
  if (day.m <= 2) return { y: day.y - 1, s: 'WI' };
  if (day.m <= 5) return { y: day.y, s: 'SP' };
  if (day.m <= 8) return { y: day.y, s: 'SU' };
  if (day.m <= 11) return { y: day.y, s: 'FA' };
  return { y: day.y, s: 'WI' };
}

/** The 1990s: value `199`, 1990-01-01 to 2000-01-01. */
export const decadePeriod = (decade: number): Period =>
  span(pad(decade, 3), 'decade', { y: decade * 10, m: 1, d: 1 }, { y: decade * 10 + 10, m: 1, d: 1 });

/** The 20th century: value `19` (TimeML's convention: the years 1900–1999). */
export const centuryPeriod = (hundreds: number): Period =>
  span(pad(hundreds, 2), 'century', { y: hundreds * 100, m: 1, d: 1 }, { y: hundreds * 100 + 100, m: 1, d: 1 });

/** Parts of day (TimeML): morning, afternoon, evening, night, with the hours we draw them with. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
const PART_OF_DAY_HOURS: Record<PartOfDay, [number, number]> = {
  MO: [6, 12],
  MI: [11, 13],
  AF: [12, 18],
  EV: [18, 22],
  NI: [20, 30],
  DT: [8, 18],
};

export function partOfDayPeriod(day: Day, part: PartOfDay): Period {
  const [h0, h1] = PART_OF_DAY_HOURS[part];
  const end = h1 >= 24 ? `${isoDay(addDays(day, 1))}T${pad(h1 - 24)}:00` : `${isoDay(day)}T${pad(h1)}:00`;
  return {
    value: `${isoDay(day)}T${part}`,
    granularity: 'partOfDay',
    from: `${isoDay(day)}T${pad(h0)}:00`,
    to: end,
    first: day,
  };
}

/**
 * The small hours of `day`, from midnight to dawn (6 a.m.): the day (or its part: "the early hours of Sunday
 * morning" is `TMO`) with TimeML's START, drawn to the hour.
 */
export function hoursBeforeDawn(day: Day, part?: PartOfDay): Period {
  const period = part ? partOfDayPeriod(day, part) : dayPeriod(day);
  return { ...period, granularity: 'partOfDay', from: `${isoDay(day)}T00:00`, to: `${isoDay(day)}T06:00` };
}

/** A clock time on a day; minute precision when the minutes were given. */
export function timePeriod(day: Day, hour: number, minute: number | null): Period {
  const h = Math.min(hour, 24);
  const start = h === 24 ? addDays(day, 1) : day;
  const hh = h === 24 ? 0 : h;
  const startIso = `${isoDay(start)}T${pad(hh)}:${pad(minute ?? 0)}`;
  const endMinutes = hh * 60 + (minute ?? 0) + (minute === null ? 60 : 1);
  const endDay = endMinutes >= 1440 ? addDays(start, 1) : start;
  const em = endMinutes % 1440;
  const endIso = `${isoDay(endDay)}T${pad(Math.floor(em / 60))}:${pad(em % 60)}`;
  const value = `${isoDay(day)}T${pad(h)}:${pad(minute ?? 0)}`;
  return { value, granularity: minute === null ? 'hour' : 'minute', from: startIso, to: endIso, first: day };
}

/**
 * The publication instant when `published` carries a time: the minute of the publication day on the article's
 * own clock (0–1439) and its UTC offset in minutes (null when the time has no zone: "2019-03-22T10:35").
 */
export interface Clock {
  minute: number;
  offset: number | null;
}

/** Reads the time part of an ISO date-time (`2019-03-22T10:35:00-04:00`): null for a date alone or no valid time. */
export function parseIsoClock(iso: string | null | undefined): Clock | null {
  if (!iso) return null;
  const m = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return { minute: hour * 60 + minute, offset: m[3] === undefined ? null : parseOffset(m[3]) };
}

/** `Z` → 0, `-04:00` / `-0400` / `+08` → minutes east of UTC. */
export function parseOffset(text: string): number {
  if (text === 'Z' || text === 'z') return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** A UTC offset as TIMEX3 values write it after a time: `Z`, `-05:00`, `+08:00`. */
export function offsetSuffix(offset: number | null | undefined): string {
  if (offset === null || offset === undefined) return '';
  if (offset === 0) return 'Z';
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** Minutes since 1970-01-01T00:00 of a minute of a day (on whatever clock the day is read). */
export function epochMinute(day: Day, minute: number): number {
  return epochDay(day) * 1440 + minute;
}

/** The day and minute of day of an epoch minute. */
export function fromEpochMinute(n: number): { day: Day; minute: number } {
  const d = Math.floor(n / 1440);
  return { day: fromEpochDay(d), minute: n - d * 1440 };
}

/** "10:35": a clock's minute of the day as written in why sentences and values. */
export function clockText(clock: Clock): string {
  return `${pad(Math.floor(clock.minute / 60))}:${pad(clock.minute % 60)}`;
}

/** `2019-03-22T08:35`: a floating ISO minute. */
export function isoMinute(n: number): string {
  const { day, minute } = fromEpochMinute(n);
  return `${isoDay(day)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** A stretch of clock time from epoch minute `from` to `to` (exclusive); the value names its first minute. */
export function minutesPeriod(from: number, to: number, granularity: Granularity): Period {
  return {
    value: isoMinute(from),
    granularity,
    from: isoMinute(from),
    to: isoMinute(to),
    first: fromEpochMinute(from).day,
  };
}

/** Parses `YYYY-MM-DD` (optionally followed by a time part) into a Day, or null. */
export function parseIsoDay(iso: string | null | undefined): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}
