/**
 * Validation of publication dates given by callers. A bad date is an error, never a silent guess:
 * every relative phrase of the article would be resolved against it.
 */

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day name a real calendar day. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** What is wrong with `trimmed` as a publication date, or null when it is an ISO date or date-time. */
function problemOf(trimmed: string): string | null {
  const m = ISO_DATE_TIME.exec(trimmed);
  if (!m) return 'not in ISO 8601 form';
  const [, y, mo, d, h, mi, s, , zh, zm] = m;
  if (!isCalendarDay(Number(y), Number(mo), Number(d))) return 'no such day';
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) {
    return 'no such time of day';
  }
  if (zh !== undefined && (Number(zh) > 14 || Number(zm) > 59)) return 'no such time zone offset';
  return null;
}

/** Whether `value` is a publication date as an EventList carries it: what validatePublished accepts, trimmed. */
export function isPublishedDate(value: string): boolean {
  return problemOf(value) === null;
}

/** At most this many characters of a bad value are quoted in the error (the value may be a whole article). */
const QUOTED_LENGTH = 100;

/** The value as the error message quotes it: a string in quotes, cut to QUOTED_LENGTH characters. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch {
    return `(${typeof value === 'object' ? 'an object' : `a ${typeof value}`} that cannot be shown as text)`;
  }
  const cut = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text;
  return typeof value === 'string' ? JSON.stringify(cut) : cut;
}

/**
 * Returns `value` trimmed when it is an ISO date (`2016-10-17`) or date-time (`2016-10-17T14:30`,
 * seconds, fraction and zone optional); throws a RangeError naming the value (at most its first 100
 * characters) otherwise, whatever the value is.
 */
export function validatePublished(value: unknown): string {
  const problem = (why: string) =>
    new RangeError(
      `Invalid published date ${shown(value)}: ${why}; expected an ISO date like 2016-10-17 or a date-time like 2016-10-17T14:30`,
    );
  if (typeof value !== 'string') throw problem('not a string');
  const trimmed = value.trim();
  const why = problemOf(trimmed);
  if (why) throw problem(why);
  return trimmed;
}
