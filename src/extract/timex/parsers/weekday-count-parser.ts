/**
 * A weekday counted back or forward in weeks: "two Sundays ago" (the Sunday before last), "three Fridays from
 * now". Counted from the last such weekday before publication (or the first after it): "a Sunday ago" is the
 * last Sunday, "two Sundays ago" the one a week before it. Without "ago", "Sundays" is a set (SetParser).
 */
import { addDays, dayPeriod, humanDay, isoWeekday } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { NUMBER, parseNumber, parseWeekday } from '../words.js';
import { triggers } from '../word-index.js';
import { TimexParser } from './timex-parser.js';

const PATTERN = new RegExp(
  `(${NUMBER})\\s+(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\\s+(ago|from\\s+now|hence)(?![\\w-])`,
  'i',
);

export class WeekdayCountParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** Weekdays in the plural are rare words: "ago" and "now" are everywhere. */
  protected override readonly triggerWords = triggers(
    'mondays tuesdays wednesdays thursdays fridays saturdays sundays',
  );
  /** The count comes before the weekday: "twenty-three ". */
  override readonly keywordLead = 20;

  protected read(match: RegExpMatchArray): Frame | null {
    const [text, amountText, weekdayText, direction] = match;
    const n = parseNumber(amountText!);
    if (n === null || !Number.isInteger(n) || n < 1 || n > 52) return null;
    const weekday = parseWeekday(weekdayText!)!;
    const sign = /^ago$/i.test(direction!) ? -1 : 1;
    return {
      kind: 'weekday-count',
      resolve: ({ dct }) => {
        if (!dct) return unplacedReading('XXXX-XX-XX', `"${text}" needs the publication date`);
        // the nearest such weekday on the side counted, never publication day itself
        let day = addDays(dct, sign);
        while (isoWeekday(day) !== weekday) day = addDays(day, sign);
        day = addDays(day, sign * 7 * (n - 1));
        return dateReading(
          dayPeriod(day),
          `"${text}": counted ${sign < 0 ? 'back' : 'on'} from ${humanDay(dct)}, ${humanDay(day)}`,
        );
      },
    };
  }
}
