/**
 * A range between two holidays: "from Thanksgiving through Christmas", "between Christmas and New Year", "from
 * Labor Day to Thanksgiving". Read alone, each end took its own year by tense and the range could end before it
 * began ("expected a strong season from Thanksgiving through Christmas", told on 3 December: next year's
 * Thanksgiving and this year's Christmas). The last end is read by tense; the first is the latest one on or before
 * it. An end written with its year or with "last", "next", "this" is read as written.
 */
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import type { Frame } from '../frame.js';
import { humanDay } from '../calendar.js';
import { dateReading } from '../periods.js';
import { isHolidayFrame, type HolidayFrame } from '../parsers/holiday-parser.js';
import { closingDay, joinRangePairs, latestOnOrBefore } from './range-pairs.js';

/** An end that says which one it is: a year, or "last", "next", "this", "coming", "past". */
const WRITTEN_WHICH = /\d|\b(?:last|next|this|coming|past)\b/i;

export class HolidayRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    joinRangePairs(context, results, 'holiday', (a, b, first, last) => {
      if (!isHolidayFrame(first) || WRITTEN_WHICH.test(a.text) || WRITTEN_WHICH.test(b.text)) return false;
      openBefore(first, last, a.text);
      return true;
    });
    return results;
  }
}

/** Makes `first` the latest of its holiday on or before the day `last` is read on (runs after the tense refiner). */
function openBefore(first: HolidayFrame, last: Frame, name: string): void {
  const resolveFirst = first.resolve;
  first.resolve = (ctx) => {
    const end = closingDay(last, ctx);
    const period = end && latestOnOrBefore(end, first.periodIn);
    if (!end || !period) return resolveFirst(ctx);
    // (the opening of a season is no day the narrative stands on: "… through Christmas. Shares were down at 11:20
    // a.m." is not on Thanksgiving)
    return {
      ...dateReading(period, `${name}: the one that opens the range closing on ${humanDay(end)}`),
      anchorable: false,
    };
  };
}
