/**
 * "The quarter ended Sept. 30", "the quarter ending June 30", "the quarter to March 31": a company's quarter named by
 * the day it ends is the quarter holding that day (`2012-Q2`), not the last completed one. A quarter written with its
 * number ("the fiscal fourth quarter ended Sept. 30"), or one the story named before ("its fiscal first quarter … the
 * quarter ended Sept. 29"), keeps its number, as TimeML tags it.
 */
import { quarterPeriod } from '../calendar.js';
import { getFrame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';
import { ENDS_WITH_NEXT } from '../words.js';

/** The quarter without its number: "the quarter", "the latest quarter", "the fiscal quarter". */
const THE_QUARTER = /^the\s+(?:(?:latest|current|fiscal|recent|most\s+recent)\s+)?quarter$/i;

export class QuarterEndedRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1]!;
      const quarter = getFrame(a);
      const end = getFrame(b);
      if (quarter?.kind !== 'reporting-quarter' || !end || !THE_QUARTER.test(a.text)) continue;
      if (!ENDS_WITH_NEXT.test(context.text.slice(a.index + a.text.length, b.index))) continue;
      const resolveQuarter = quarter.resolve;
      quarter.resolve = (ctx) => {
        // a quarter the story named first ("its fiscal first quarter … the quarter ended Sept. 29") keeps its number
        if (ctx.quarter) return resolveQuarter(ctx);
        const last = end.resolve({ ...ctx, tense: end.tense ?? ctx.tense });
        const period = last?.period;
        if (!period || (period.granularity !== 'day' && period.granularity !== 'month')) return resolveQuarter(ctx);
        const { y, m } = period.first;
        const q = Math.ceil(m / 3);
        return dateReading(
          quarterPeriod(y, q),
          `"${a.text}" ended ${last.value}: the quarter holding that day, ${y}-Q${q}`,
        );
      };
    }
    return results;
  }
}
