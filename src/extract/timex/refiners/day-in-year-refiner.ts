/**
 * A day of a month (or a month) and the year it fell in, written apart: "born on May 5 in 1932", "the first of
 * December in the year 1980", "1st oct in the year '89", "closed in March in 2009". Read apart, the day was the
 * latest May 5 before publication and the year a second date; a reader reads one day of that year. So is a holiday:
 * "planned to marry on Valentine's Day in 2012". Only "in"
 * between them, and the year alone after it: "on March 3 in Congress in 2009" stays two dates. A part of a day
 * between, "on a wet April morning in 1987", "a cold February night in 1998": the month falls in that year, and the month
 * and the year stay two timexes (as TimeML tags them; the part of the day is neither).
 */
import { dayPeriod, isValidDay, monthPeriod } from '../calendar.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';
import { MONTH_NAME } from '../words.js';

/** Between the day and the year: "in", after a comma or not. */
const IN = /^\s*,?\s+in\s+$/i;
/** Between a month and its year, a part of a day and "in": "April morning in", "February night in". */
const PART_OF_DAY_IN = /^\s+(?:day|morning|afternoon|evening|night|weekend)\s+in\s+$/i;
/** The year alone: "1980", "the year 1980", "'89", "the year '89". */
const YEAR_ALONE = /^(?:the\s+year\s+)?(?:\d{4}|['‘’]\d\d)$/i;
/** The day names its month ("May 5", "the first of December", "1st oct"), and no year. */
const NAMES_MONTH = new RegExp(`\\b${MONTH_NAME}(?![\\w])`, 'i');
const HAS_YEAR = /\d{4}|['‘’]\d\d\b/;

export class DayInYearRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const out: TimexMatch[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      // a day or month written without a year, then a year alone close after it
      const frames =
        b &&
        b.index - (a.index + a.text.length) <= 20 &&
        YEAR_ALONE.test(b.text) &&
        (NAMES_MONTH.test(a.text) || getFrame(a)?.kind === 'holiday') &&
        !HAS_YEAR.test(a.text)
          ? { day: getFrame(a), year: getFrame(b), gap: context.text.slice(a.index + a.text.length, b.index) }
          : null;
      if (frames?.day && frames.year && frames.gap.length <= 6 && IN.test(frames.gap)) {
        const merged = context.createParsingResult(a.index, context.text.slice(a.index, b!.index + b!.text.length));
        out.push(setDayInYear(merged, frames.day, frames.year, a.text));
        i++;
        continue;
      }
      // "a wet April morning in 1987": the month read within the year after it, the year its own date
      if (frames?.day && frames.year && frames.gap.length <= 20 && PART_OF_DAY_IN.test(frames.gap)) {
        out.push(setDayInYear(a, frames.day, frames.year, a.text));
        continue;
      }
      out.push(a);
    }
    return out;
  }
}

function setDayInYear(merged: TimexMatch, day: Frame, year: Frame, dayText: string): TimexMatch {
  const frame: Frame = {
    kind: 'day-in-year',
    timeless: true,
    resolve: (ctx) => {
      const y = year.resolve(ctx);
      if (!y?.period || y.period.granularity !== 'year') return day.resolve(ctx);
      // the day read from within its year: its month and day, whatever year publication would give ("Feb. 29"); a
      // holiday, the first one on or after the year's first day ("on Valentine's Day in 2012")
      const d =
        day.kind === 'holiday'
          ? day.resolve({
              ...ctx,
              dct: { y: y.period.first.y, m: 1, d: 1 },
              tense: 'future',
              clock: null,
              anchor: null,
              day: null,
            })
          : day.resolve({ ...ctx, dct: { y: y.period.first.y, m: 7, d: 1 }, clock: null, anchor: null, day: null });
      // a month alone: that month of the year ("closed in March in 2009")
      if (d?.period?.granularity === 'month')
        return dateReading(
          monthPeriod(y.period.first.y, d.period.first.m),
          `${dayText} in the year ${y.period.first.y}`,
        );
      // no such day that year ("Feb. 29 in 2011"): the year alone, as read apart
      if (!d?.period || d.period.granularity !== 'day') return y;
      const on = { y: y.period.first.y, m: d.period.first.m, d: d.period.first.d };
      if (!isValidDay(on.y, on.m, on.d)) return y;
      return dateReading(dayPeriod(on), `${dayText} in the year ${on.y}`);
    },
  };
  return setFrame(merged, frame);
}
