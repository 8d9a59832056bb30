/**
 * A range of months written without a year: "between October and March", "from November to February", or with the
 * first one's only ("from March 2019 to June", "opened in March 2019 and runs through June"). The
 * last month is the first such month after the first one (a winter's range runs into the next year), and in a
 * past-tense clause the whole range lies before publication. Read alone, "storms were named between October and
 * March", told in January 2024, put October in 2023 and March in 2023: a range that ended before it began.
 */
import { humanDay, monthPeriod, MONTH_NAMES } from '../calendar.js';
import type { Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';
import { parseMonth } from '../words.js';
import { announcedRange, joinRangePairs, readAsMove, runsOnAhead } from './range-pairs.js';

/** A month alone, as the ends of such a range are written ("October", "Oct."): no day, no year. */
const MONTH_ALONE = /^[\p{L}.]+$/u;
/** A month and its year ("March 2019", "Oct. 2020"), as a range's first end may be written. */
const MONTH_YEAR = /^([\p{L}.]+),?\s+\d{4}$/u;

export class MonthRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    joinRangePairs(
      context,
      results,
      'month',
      (a, b, first, last) => {
        if (!MONTH_ALONE.test(b.text)) return false;
        // ("opened in March 2019 and runs through June": a first month with its year, which holds as written)
        const written = MONTH_YEAR.exec(a.text);
        if (!written && !MONTH_ALONE.test(a.text)) return false;
        const from = parseMonth(written ? written[1]! : a.text);
        const to = parseMonth(b.text);
        if (!from || !to || from === to) return false;
        const ahead = runsOnAhead(context.text, a, b);
        joinMonths(
          first,
          last,
          (to - from + 12) % 12,
          written !== null || announcedRange(context.text, a.index),
          ahead,
        );
        return true;
      },
      (a, b, first, last) => {
        if (MONTH_ALONE.test(a.text) && MONTH_ALONE.test(b.text)) readAsMove(first, last, a.text);
      },
    );
    return results;
  }
}

/**
 * Makes `last` the month `length` months after the month `first` is put on; in a past-tense clause, puts `first`
 * a year earlier when the range would otherwise end after publication, unless a past verb issued or announced it
 * (`keepsYear`: "declared a drought from March to June", told in April, is this year's) or its year is written. `first` is resolved first
 * (document order). A range told as a run that goes on after the telling (`ahead`: "opened in May and will run until
 * February", told in January: last May to this February) neither lies before publication nor closes before it.
 */
function joinMonths(first: Frame, last: Frame, length: number, keepsYear: boolean, ahead: boolean): void {
  let opening: { y: number; m: number } | null = null;
  const resolveFirst = first.resolve;
  first.resolve = (ctx) => {
    let reading = resolveFirst(ctx);
    const period = reading?.period;
    if (!reading || !period || period.granularity !== 'month') return reading;
    const m = period.first.m;
    let y = period.first.y;
    const dct = ctx.dct;
    const endsAfter = (year: number) => year * 12 + m - 1 + length > dct!.y * 12 + dct!.m - 1;
    if (dct && !reading.usedAnchor && !keepsYear && !ahead && ctx.tense === 'past' && endsAfter(y)) {
      y -= 1;
      reading = dateReading(
        monthPeriod(y, m),
        `past: the ${MONTH_NAMES[m - 1]} whose range ends by publication (${humanDay(dct)})`,
      );
    }
    opening = { y, m };
    return reading;
  };
  const resolveLast = last.resolve;
  last.resolve = (ctx) => {
    const own = resolveLast(ctx);
    if (!opening || !own?.period) return own;
    let k = opening.y * 12 + opening.m - 1 + length;
    const told = ctx.dct ? ctx.dct.y * 12 + ctx.dct.m - 1 : -Infinity;
    while (ahead && k < told) k += 12;
    const y = Math.floor(k / 12);
    const m = k - y * 12 + 1;
    return dateReading(
      monthPeriod(y, m),
      `the ${MONTH_NAMES[m - 1]} that closes the range opening in ${MONTH_NAMES[opening.m - 1]} ${opening.y}`,
    );
  };
}
