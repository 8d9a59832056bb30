/**
 * A range of days written without a year: "from Dec. 28 to Jan. 2", "from 2 July to 10 July", "between March 30 and
 * April 2". Read alone, each end took its own year by tense and the range could end before it began ("the fair ran
 * from Dec. 28 to Jan. 2", told in October: this December and last January). The last end is read by tense; the first
 * is the latest such day on or before it, so a range whose last day is not over is the one under way ("meet me from 2
 * July to 10 July", told on 10 July, is this July's). An end written with a year or with "last", "next", "this" is
 * read as written.
 *
 * A range whose first end has its year and whose last has none ("from Jan. 3, 2017 to Feb. 1", "ran March 30, 2015 -
 * April 2") closes on the first such day on or after its opening: the year written once holds for both ends (read
 * alone, the last end took a year by tense and the range ran from 2017 to a February near publication).
 */
import { dayPeriod, humanDay, isValidDay } from '../calendar.js';
import type { Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';
import { DAY_ORDINAL_WORD } from '../words.js';
import {
  announcedRange,
  closingDay,
  firstOnOrAfter,
  joinRangePairs,
  keepOpeningDay,
  latestOnOrBefore,
  readAsMove,
  runsOnAhead,
} from './range-pairs.js';

/**
 * A day of a month with no year, in either order: "Dec. 28", "January 2nd", "28 December", "2 july", "the first of
 * July", "August fifth".
 */
const DAY_OF_MONTH = new RegExp(
  `^(?:[\\p{L}.]+\\s+(?:\\d{1,2}(?:st|nd|rd|th)?|${DAY_ORDINAL_WORD})|(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?|${DAY_ORDINAL_WORD})\\s+(?:of\\s+)?[\\p{L}.]+)$`,
  'iu',
);
/** The same with its year: "Jan. 3, 2017", "3 January 2017", "the 3rd of January, 2017". */
const DAY_OF_MONTH_YEAR =
  /^(?:[\p{L}.]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[\p{L}.]+),?\s+\d{4}$/iu;

export class DayRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    joinRangePairs(
      context,
      results,
      'month',
      (a, b, first, last) => {
        if (!DAY_OF_MONTH.test(b.text)) return false;
        if (DAY_OF_MONTH.test(a.text)) {
          // "declared a state of emergency from March 3 to March 20", told on March 10: the past verb is the
          // declaring; the range is the emergency's, the one nearest publication
          if (last.tense === 'past' && announcedRange(context.text, a.index)) last.tense = 'near';
          openBefore(first, last, a.text);
        } else if (DAY_OF_MONTH_YEAR.test(a.text) && !runsOnAhead(context.text, a, b)) {
          // (a run that goes on ahead, "opened on July 12, 2014, and will close on July 20", closes by its own tense)
          closeAfter(first, last, b.text);
        } else return false;
        return true;
      },
      (a, b, first, last) => {
        if (DAY_OF_MONTH.test(a.text) && DAY_OF_MONTH.test(b.text)) readAsMove(first, last, a.text);
      },
    );
    return results;
  }
}

/** Makes `first` the latest of its day on or before the day `last` is read on (runs after the tense refiner). */
function openBefore(first: Frame, last: Frame, text: string): void {
  const resolveFirst = first.resolve;
  first.resolve = (ctx) => {
    const own = resolveFirst(ctx);
    const end = closingDay(last, ctx);
    if (own?.period?.granularity !== 'day' || !end) return own;
    const { m, d } = own.period.first;
    const period = latestOnOrBefore(end, (y) => (isValidDay(y, m, d) ? dayPeriod({ y, m, d }) : null));
    if (!period || period.value === own.period.value) return own;
    return dateReading(period, `${text}: the one that opens the range closing on ${humanDay(end)}`);
  };
}

/** Makes `last` the first of its day on or after the day `first` is read on (frames resolve in document order). */
function closeAfter(first: Frame, last: Frame, text: string): void {
  const opening = keepOpeningDay(first);
  const resolveLast = last.resolve;
  last.resolve = (ctx) => {
    const own = resolveLast(ctx);
    const start = opening();
    if (own?.period?.granularity !== 'day' || !start) return own;
    const period = firstOnOrAfter(own.period.first, start);
    if (!period || period.value === own.period.value) return own;
    return dateReading(period, `${text}: the first one on or after ${humanDay(start)}, where the range opens`);
  };
}
