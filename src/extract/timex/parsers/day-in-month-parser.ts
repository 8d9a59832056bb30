/**
 * A day counted inside a month: "the first Tuesday in November", "the last Monday of March 2019", "the
 * second Sunday of next month", "the last day of October", "the last weekend of June", "the 20th of next
 * month". The whole phrase is one date (TimeML tags it so); a month without a year takes its year by tense,
 * like "in March"; "next month" counts from publication.
 */
import { addMonths, dayPeriod, daysInMonth, nthWeekday, weekendPeriod, type Day } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { DAY_ORDINAL_WORD, MONTH_NAME, WEEKDAY, parseDayOrdinal, parseMonth, parseWeekday } from '../words.js';
import { triggers } from '../word-index.js';
import { pickYear } from './month-parser.js';
import { TimexParser } from './timex-parser.js';

const NTH = '(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)';
const RELATIVE_MONTH = '(this|last|next)\\s+month';
const PATTERN = new RegExp(
  `(?:the\\s+)?${NTH}\\s+(${WEEKDAY}|day|weekend)\\s+(?:of|in)\\s+` +
    `(?:${RELATIVE_MONTH}|(${MONTH_NAME})(?:,?\\s+(\\d{4}))?)(?![\\w-])` +
    // "the 20th of next month": a day of a month named by publication (a month name is the month parser's)
    `|(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${DAY_ORDINAL_WORD})\\s+(?:day\\s+)?of\\s+${RELATIVE_MONTH}(?![\\w-])`,
  'i',
);

const COUNT: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, final: -1 };
const MONTH_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };

/** The first day of this, last or next month, counted from publication. */
const monthOf = (dct: Day, which: string): Day =>
  addMonths({ y: dct.y, m: dct.m, d: 1 }, MONTH_SHIFT[which.toLowerCase()]!);

export class DayInMonthParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** A weekday ("…day", "Tues."), "day", "weekend" after the count, or "month" after "next". */
  protected override readonly triggerWords = triggers(
    'weekend month mon tue tues wed thu thur thurs fri sat sun',
    'day',
  );
  /** "the twenty-seventh day of next " before "month" */
  override readonly keywordLead = 40;

  protected read(match: RegExpMatchArray): Frame | null {
    const [text, nthText, unitText, which, monthText, yearText, dayText, dayWhich] = match;
    if (dayText) {
      const d = parseDayOrdinal(dayText);
      return d === null ? null : this.dayOfRelativeMonth(text, d, dayWhich!.toLowerCase());
    }
    const n = COUNT[nthText!.toLowerCase()] ?? Number.parseInt(nthText!, 10);
    const unit = unitText!.toLowerCase();
    const weekday = unit === 'day' ? null : unit === 'weekend' ? 6 : parseWeekday(unit);
    if (unit !== 'day' && weekday === null) return null;
    // "the 3rd day of October" is a day of the month (the month parser's): only the first and last day here
    if (unit === 'day' && n !== 1 && n !== -1) return null;
    const month = monthText ? parseMonth(monthText) : null;
    if (monthText && !month) return null;
    const frame: Frame = {
      kind: 'day-in-month',
      resolve: ({ dct, tense, clearTense }) => {
        let y: number;
        let m: number;
        let why: string;
        if (yearText) {
          y = Number(yearText);
          m = month!;
          why = `"${text}" of ${y}`;
        } else if (!dct) {
          return unplacedReading('XXXX-XX-XX', `"${text}" of an unknown year`);
        } else if (which) {
          ({ y, m } = monthOf(dct, which));
          why = `"${text}": ${which.toLowerCase()} month counted from the publication date`;
        } else {
          const picked = pickYear(dct, month!, null, undefined, frame.tense ?? tense, clearTense);
          y = picked.y;
          m = month!;
          why = `"${text}" (${picked.why})`;
        }
        const day: Day = weekday === null ? { y, m, d: n < 0 ? daysInMonth(y, m) : 1 } : nthWeekday(y, m, weekday, n);
        if (day.m !== m) return null; // "the fifth Monday of February 2019" does not exist
        return dateReading(unit === 'weekend' ? weekendPeriod(day) : dayPeriod(day), why);
      },
    };
    return frame;
  }

  private dayOfRelativeMonth(text: string, d: number, which: string): Frame {
    return {
      kind: 'day-in-month',
      resolve: ({ dct }) => {
        if (!dct) return unplacedReading('XXXX-XX-XX', `"${text}" needs the publication date`);
        const { y, m } = monthOf(dct, which);
        if (d > daysInMonth(y, m)) return null;
        return dateReading(dayPeriod({ y, m, d }), `"${text}": ${which} month counted from the publication date`);
      },
    };
  }
}
