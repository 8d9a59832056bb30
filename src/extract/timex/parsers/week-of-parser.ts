/**
 * "the week of March 6", "the week of 6 March", "the week of Oct. 17, 2016", "the week commencing 12 August",
 * "w/c 19 August": the ISO week that holds the day (TimeML tags the whole
 * phrase as that week, 2000-W10). A day without a year takes its year by tense, like any month and day.
 * "the weekend of Aug. 25", "the weekend of 24-25 August" are that week's weekend (`2012-W34-WE`), not the weekend
 * nearest publication with a date beside it; a Monday's is the weekend it closes (a holiday Monday's).
 */
import { addDays, daysInMonth, isoDay, isoWeekday, weekendPeriod, type Day, type Period } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, periodAt, unplacedReading } from '../periods.js';
import { MONTH_NAME, parseMonth, WEEKDAY_ANY_DOT } from '../words.js';
import { triggers } from '../word-index.js';
import { agreeingYear, pickYear } from './month-parser.js';
import { TimexParser } from './timex-parser.js';

/** The weekend's other day written out: "Aug. 24-25", "24 and 25 August" (read() keeps it after "weekend" only). */
const SECOND_DAY = '(?:(?:\\s*[-–]\\s*|\\s+and\\s+)(\\d{1,2})(?:st|nd|rd|th)?)?';

const PATTERN = new RegExp(
  // "the week of March 6", "the week of 6 March", "the week of the 6th of March"; British notices' "the week
  // commencing 12 August", "week beginning Monday 5 August", "w/c 19 August"; "the weekend of Aug. 25", and the
  // weekend's days written out ("the weekend of Aug. 24-25", "the weekend of 24 and 25 August")
  `(?:(?:the\\s+)?week\\s+(?:commencing|beginning|starting)|the\\s+week(end)?s?\\s+of|w\\/c)\\s+(?:(${WEEKDAY_ANY_DOT}),?\\s+)?(?:(${MONTH_NAME})\\s*(\\d{1,2})(?:st|nd|rd|th)?${SECOND_DAY}|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?${SECOND_DAY}\\s+(?:of\\s+)?(${MONTH_NAME}))(?:,?\\s+(\\d{4}))?(?![\\w-])`,
  'i',
);

/** The week that holds a day, or its weekend: a Monday's weekend is the one it closes (a holiday Monday's). */
export function weekOf(day: Day, weekend: boolean): Period {
  if (!weekend) return periodAt('week', day, 0);
  return weekendPeriod(isoWeekday(day) === 1 ? addDays(day, -1) : day);
}

/** "The weekends of March 9, March 16 and March 23": the phrase opens a list of weeks or weekends. */
export const LISTED_WEEKS = /^the\s+week(end)?s\s+of\b/i;

export class WeekOfParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly triggerWords = triggers('week weekend weeks weekends w');
  /** "the " */
  override readonly keywordLead = 8;

  protected read(match: RegExpMatchArray): Frame | null {
    const [text, weekend, weekdayText, monthFirst, dayAfter, secondAfter, dayFirst, secondFirst, monthAfter, yearText] =
      match;
    const month = parseMonth((monthFirst ?? monthAfter)!);
    const commencing = !/^the\s+week(?:end)?s?\s+of\b/i.test(text!);
    const d = Number(dayAfter ?? dayFirst);
    if (!month || d < 1 || d > 31) return null;
    // the weekend's other day follows the first, within Friday to Monday ("Aug. 24-25", not "Aug. 4-25")
    const second = secondAfter ?? secondFirst;
    if (second !== undefined && !(weekend && Number(second) > d && Number(second) - d <= 3)) return null;
    const frame: Frame = {
      kind: 'week-of',
      resolve: ({ dct, tense, clearTense }) => {
        let y: number;
        let why: string;
        const agreeing = dct && weekdayText ? agreeingYear(dct, month, d, weekdayText) : null;
        if (yearText) {
          y = Number(yearText);
          why = `"${text}": the week that holds ${isoDay({ y, m: month, d: Math.min(d, daysInMonth(y, month)) })}`;
        } else if (agreeing !== null) {
          // "the weekend of Monday, May 27": the year near publication whose May 27 is a Monday
          y = agreeing;
          why = `"${text}": the week that holds it, the year when that day is a ${weekdayText.replace(/\.$/, '')}`;
        } else {
          if (!dct) return unplacedReading('XXXX-WXX', `"${text}" of an unknown year`);
          const picked = pickYear(dct, month, d, undefined, frame.tense ?? tense, clearTense);
          y = picked.y;
          why = `"${text}": the week that holds it (${picked.why})`;
        }
        if (d > daysInMonth(y, month)) return null;
        let day: Day = { y, m: month, d };
        // "the week commencing Sunday 4 August": a week that begins on a Sunday is mostly the ISO week after it
        if (commencing && isoWeekday(day) === 7) day = addDays(day, 1);
        return dateReading(
          weekOf(day, !!weekend),
          weekend ? why.replace('the week that holds', 'the weekend of the week that holds') : why,
        );
      },
    };
    return frame;
  }
}
