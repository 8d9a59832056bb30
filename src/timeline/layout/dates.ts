/**
 * Floating ISO dates (no zone) as UTC milliseconds, and back.
 * The EventList contract reads every `from`/`to` as UTC so layout never depends on the reader's zone.
 */

export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const MS_PER_YEAR = 365.2425 * MS_PER_DAY;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): no Date objects. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** UTC milliseconds for a (year, month 1-12, …) tuple, years 0-99 included (Date.UTC maps those to 19xx). */
export function utcMs(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000 + ms;
}

/** Digits of `s` from `start` to `end` as a number, or -1 if any is not a digit. */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm[:ss[.sss]]` (optional trailing `Z`) as UTC.
 * Returns NaN for anything else, including impossible dates such as `2016-13-45` or `2015-02-29`.
 * Hand-rolled (no RegExp, no Date): it runs for every date of 100,000-event lists.
 */
export function parseFloating(value: string): number {
  const length = value.length && value.charCodeAt(value.length - 1) === 90 /* Z */ ? value.length - 1 : value.length;
  const year = digits(value, 0, 4);
  if (year < 0 || (length !== 4 && value[4] !== '-')) return NaN;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  if (length === 4) return utcMs(year);
  if (length !== 7 && length < 10) return NaN;
  month = digits(value, 5, 7);
  if (length > 7) {
    if (value[7] !== '-') return NaN;
    day = digits(value, 8, 10);
    if (length > 10) {
      if (value[10] !== 'T' || value[13] !== ':' || (length !== 16 && (length < 19 || value[16] !== ':'))) return NaN;
      hour = digits(value, 11, 13);
      minute = digits(value, 14, 16);
      if (length > 16) {
        second = digits(value, 17, 19);
        if (length > 19) {
          if (value[19] !== '.' || length > 23 || length === 20) return NaN;
          ms = digits(value, 20, length) * [0, 100, 10, 1][length - 20];
        }
      }
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return NaN;
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
