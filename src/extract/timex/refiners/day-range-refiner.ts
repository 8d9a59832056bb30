/**
 * A range of days written without a year: "from Dec. 28 to Jan. 2", "from 2 July to 10 July", "between March 30 and
 * April 2". Read alone, each end took its own year by tense and the range could end before it began ("the fair ran
 * from Dec. 28 to Jan. 2", told in October: this December and last January). The last end is read by tense; the first
 * is the latest such day on or before it, so a range whose last day is not over is the one under way ("meet me from 2
 * July to 10 July", told on 10 July, is this July's). An end written with a year or with "last", "next", "this" is
 * read as written.
 */
import { dayPeriod, humanDay, isValidDay } from '../calendar.js';
import type { Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';
import { closingDay, joinRangePairs, latestOnOrBefore } from './range-pairs.js';

/** A day of a month with no year, in either order: "Dec. 28", "January 2nd", "28 December", "2 july". */
const DAY_OF_MONTH = /^(?:[\p{L}.]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[\p{L}.]+)$/iu;

export class DayRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    joinRangePairs(context, results, 'month', (a, b, first, last) => {
      if (!DAY_OF_MONTH.test(a.text) || !DAY_OF_MONTH.test(b.text)) return false;
      openBefore(first, last, a.text);
      return true;
    });
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
