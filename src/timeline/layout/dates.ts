/**
 * Floating ISO dates (no zone) as UTC milliseconds, and back.
 * The EventList contract reads every `from`/`to` as UTC so layout never depends on the reader's zone.
 */

const FLOATING_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?)?)?Z?$/;

const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const MS_PER_YEAR = 365.2425 * MS_PER_DAY;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** UTC milliseconds for a (year, month 1-12, …) tuple, years 0-99 included (Date.UTC maps those to 19xx). */
export function utcMs(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm[:ss[.sss]]` (optional trailing `Z`) as UTC.
 * Returns NaN for anything else, including impossible dates such as `2016-13-45` or `2015-02-29`.
 */
export function parseFloating(value: string): number {
  const m = FLOATING_ISO.exec(value);
  if (!m) return NaN;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  return utcMs(year, month, day, hour, minute, second, ms);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DDTHH:mm` (floating, to the nearest minute) for UTC milliseconds. */
export function formatFloating(ms: number): string {
  // Rounded: zoom arithmetic leaves 2016-09-19T23:59:59.998 where 2016-09-20 was asked for.
  const d = new Date(Math.round(ms / 60_000) * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

export { MS_PER_HOUR };
