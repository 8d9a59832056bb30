/**
 * "the week of March 6", "the week of 6 March", "the week of Oct. 17, 2016", "the week commencing 12 August",
 * "w/c 19 August": the ISO week that holds the day (TimeML tags the whole
 * phrase as that week, 2000-W10). A day without a year takes its year by tense, like any month and day.
 */
import { addDays, daysInMonth, isoDay, isoWeekday, type Day } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, periodAt, unplacedReading } from '../periods.js';
import { MONTH_NAME, parseMonth } from '../words.js';
import { triggers } from '../word-index.js';
import { pickYear } from './month-parser.js';
import { TimexParser } from './timex-parser.js';

const PATTERN = new RegExp(
  // "the week of March 6", "the week of 6 March", "the week of the 6th of March"; British notices' "the week
  // commencing 12 August", "week beginning Monday 5 August", "w/c 19 August"
  `(?:(?:the\\s+)?week\\s+(?:commencing|beginning|starting)|the\\s+week\\s+of|w\\/c)\\s+(?:(?:mon|monday|sun|sunday)\\.?,?\\s+)?(?:(${MONTH_NAME})\\s*(\\d{1,2})(?:st|nd|rd|th)?|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME}))(?:,?\\s+(\\d{4}))?(?![\\w-])`,
  'i',
);

export class WeekOfParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly triggerWords = triggers('week w');
  /** "the " */
  override readonly keywordLead = 8;

  protected read(match: RegExpMatchArray): Frame | null {
    const [text, monthFirst, dayAfter, dayFirst, monthAfter, yearText] = match;
    const month = parseMonth((monthFirst ?? monthAfter)!);
    const commencing = !/^the\s+week\s+of\b/i.test(text!);
    const d = Number(dayAfter ?? dayFirst);
    if (!month || d < 1 || d > 31) return null;
    const frame: Frame = {
      kind: 'week-of',
      resolve: ({ dct, tense, clearTense }) => {
        let y: number;
        let why: string;
        if (yearText) {
          y = Number(yearText);
          why = `"${text}": the week that holds ${isoDay({ y, m: month, d: Math.min(d, daysInMonth(y, month)) })}`;
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
        return dateReading(periodAt('week', day, 0), why);
      },
    };
    return frame;
  }
}
