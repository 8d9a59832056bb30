/**
 * A day of a month told in the past right after a date written with its year, in the same sentence: "The museum
 * opened on July 12, 2014, and closed on July 13", "Talks were held on July 12, 2014, July 13 and July 14". The
 * year written holds for the days that follow it in a list or a second predicate joined by "and": read alone by
 * tense, "July 13" was the latest July 13 before publication, years after the date the sentence had just told. The
 * day is put on the first such day on or after the written date when that is at most a season later; a day told of
 * what is to come ("and will close on July 20"), one after an aside's main verb, one in another sentence, or one far
 * from the written date keeps its own reading.
 */
import { humanDay, monthPeriod } from '../calendar.js';
import { getFrame, type Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';
import { firstOnOrAfter, keepOpeningDay } from './range-pairs.js';

/** A month with no year, alone ("in May": its first after the written date, within a year). */
const MONTH_ALONE = /^[\p{L}.]+$/u;
/** A day of a month with no year: "July 13", "13 July", "the 13th of July". */
const DAY_OF_MONTH =
  /^(?:[\p{L}.]+\s+\d{1,2}(?:st|nd|rd|th)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[\p{L}.]+)$/iu;
/** A written year in the opening date ("July 12, 2014", "12 July 2014"). */
const WITH_YEAR = /\b\d{4}$/;
/**
 * What may come between the dates: a list ("July 12, 2014, July 13 and July 14") or a second predicate joined by
 * "and" ("opened on July 12, 2014, and closed on July 13"). Not a main verb after an aside ("The law, passed on
 * March 3, 2019, was struck down on June 2": the news is June 2 of the publication year).
 */
const JOINED =
  /^\s*,?\s*(?:(?:and|or)\s+(?:(?:then|later|again)\s+)?(?:[a-z]+\s+){0,2}?(?:on|in|until|till|to|through|by)\s+|(?:and|or)\s+)?$/i;
/** The farthest the day may lie after the written date to take its year. */
const MAX_DAYS = 92;
/** The farthest apart the two phrases may be written. */
const MAX_GAP = 160;

export class WrittenYearRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!;
      if (!WITH_YEAR.test(a.text)) continue;
      const first = getFrame(a);
      if (first?.kind !== 'month' && first?.kind !== 'written-date') continue;
      // the days that follow, each told in the past, one after another in the sentence
      const days: TimexMatch[] = [];
      for (let j = i + 1; j < results.length; j++) {
        const prev = results[j - 1]!;
        const b = results[j]!;
        const gap = context.text.slice(prev.index + prev.text.length, b.index);
        if (gap.length > MAX_GAP || !JOINED.test(gap)) break;
        const last = getFrame(b);
        if (last?.kind !== 'month' || last.tense !== 'past') break;
        if (!DAY_OF_MONTH.test(b.text) && !MONTH_ALONE.test(b.text)) break;
        days.push(b);
      }
      if (days.length) afterWritten(first, days);
    }
    return results;
  }
}

/** Puts each day on the first of it on or after the day `first` is read on, when that is near enough. */
function afterWritten(first: Frame, days: TimexMatch[]): void {
  const opening = keepOpeningDay(first);
  for (const match of days) {
    const last = getFrame(match)!;
    const resolveLast = last.resolve;
    last.resolve = (ctx) => {
      const own = resolveLast(ctx);
      const start = opening();
      if (!start || !own?.period) return own;
      const { granularity, first: day } = own.period;
      // "closed on March 3, 2009 and reopened in May": the first such month after the date, within a year
      const period =
        granularity === 'day'
          ? firstOnOrAfter(day, start, MAX_DAYS)
          : granularity === 'month'
            ? monthPeriod(day.m >= start.m ? start.y : start.y + 1, day.m)
            : null;
      if (!period || period.value === own.period.value) return own;
      return dateReading(period, `${match.text}: told after ${humanDay(start)} in the same sentence, in its year`);
    };
  }
}
