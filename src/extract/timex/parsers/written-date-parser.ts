/**
 * Dates written with digits: ISO "2016-10-17" (and "2016-10-17T18:30", a TIME), "2016/10/17",
 * "2016 Oct 17", US "10/17/2016" or "10-17-16", and "10/2016" (a month). The reading is the date as written;
 * a month above 12 with a day of 12 or less is read the other way round ("17/10/2016"). A day and month
 * without a year ("3/4", "2 1/2") is a fraction, not a date.
 */
import { dayPeriod, humanDay, isValidDay, monthPeriod, timePeriod } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading } from '../periods.js';
import { TimexParser, type ParsingContext } from './timex-parser.js';

const MONTH_ABBR = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const PATTERN = new RegExp(
  // 1-5 year-month-day with an optional time ("2016-10-17T18:30:00Z")
  '(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d{1,4})?)?(?:Z|[+-]\\d{2}:?(?:\\d{2})?)?)?(?![\\w-])' +
    // 6-9 year, month (number or capitalised name), day: "2016/10/17", "2016 Oct 17"
    `|(\\d{4})(?:[./](\\d{1,2})[./]|[-./\\s]((?:${MONTH_ABBR})[a-z]*)\\.?[-./\\s])(\\d{1,2})(?![\\w/])` +
    // 10-13 month, separator, day, year: "10/17/2016", "10.17.2016", "10-17-16"
    '|(?<!\\d/?)([0-3]?\\d)([/.-])([0-3]?\\d)\\11(\\d{4}|\\d{2})(?![\\w/]|[.-]\\d)' +
    // 14-15 month/year: "10/2016"
    '|(?<!\\d/?)(0?[1-9]|1[012])/(\\d{4})(?![\\w/])',
);

const MONTH_INDEX: Record<string, number> = Object.fromEntries(
  MONTH_ABBR.toLowerCase()
    .split('|')
    .map((m, i) => [m, i + 1]),
);

/** "16" → 2016, "98" → 1998 (as chrono reads two-digit years). */
const fullYear = (y: string) => (y.length > 2 ? +y : +y > 50 ? 1900 + +y : 2000 + +y);

export class WrittenDateParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly keywords = /\d[/.-]\d|\d{4}\s+[A-Z]/;

  protected read(match: RegExpMatchArray, _context: ParsingContext): Frame | null {
    let y: number;
    let month: number;
    let day: number | null;
    let hour: number | null = null;
    let minute: number | null = null;
    if (match[1]) {
      [y, month, day] = [+match[1], +match[2]!, +match[3]!];
      if (match[4]) [hour, minute] = [+match[4], +match[5]!];
    } else if (match[6]) {
      y = +match[6];
      month = match[7] ? +match[7] : MONTH_INDEX[match[8]!.slice(0, 3).toLowerCase()]!;
      day = +match[9]!;
    } else if (match[10]) {
      if (match[11] === '.' && match[12]!.length === 2 && match[13]!.length === 2) return null; // "1.10.15": a version
      [month, day, y] = [+match[10], +match[12]!, fullYear(match[13]!)];
    } else {
      [month, day, y] = [+match[14]!, null, +match[15]!];
    }
    if (day !== null && month > 12 && day <= 12) [month, day] = [day, month];
    if (month < 1 || month > 12) return null;
    if (day !== null && !isValidDay(y, month, day)) return null;
    if (hour !== null && (hour > 23 || minute! > 59)) hour = null;
    return writtenDateFrame(y, month, day, hour, minute);
  }
}

function writtenDateFrame(y: number, m: number, d: number | null, hour: number | null, minute: number | null): Frame {
  return {
    kind: 'written-date',
    resolve: () => {
      if (d === null) return dateReading(monthPeriod(y, m), 'the month as written');
      if (hour !== null) {
        const reading = dateReading(timePeriod({ y, m, d }, hour, minute), 'the date as written, at the time written');
        reading.type = 'TIME';
        return reading;
      }
      return dateReading(dayPeriod({ y, m, d }), `the date as written: ${humanDay({ y, m, d })}`);
    },
  };
}
