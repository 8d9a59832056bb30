/**
 * Gives chrono's own results (ISO dates "2016-10-17", slash dates "10/17/2016", month-name forms our month
 * parser did not take) a Frame built from their *certain* components only; chrono's implied values (and its
 * Date objects, which live in local time) are never read. Results with no calendar date (weekday-only,
 * casual words, bare times) are dropped: our parsers read those with tense and TimeML spans.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { dayPeriod, humanDay, isValidDay, monthPeriod, timePeriod, yearPeriod } from '../calendar.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import { pickYear } from '../parsers/month-parser.js';
import { dateReading, unplacedReading } from '../periods.js';

const WRITTEN_DATE = /\d{1,4}[/.-]\d{1,2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d/;

export class ChronoReadingRefiner implements Refiner {
  refine(_context: unknown, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      if (getFrame(r)) {
        out.push(r);
        continue;
      }
      const c = r.start;
      if (!c.isCertain('month')) continue;
      const month = c.get('month')!;
      const day = c.isCertain('day') ? c.get('day') : null;
      const year = c.isCertain('year') ? c.get('year') : null;
      if (day === null && year === null) continue;
      if (/^[a-z]/.test(r.text.replace(/^\W+/, ''))) continue; // "march 5" the verb; news capitalises months
      if (!WRITTEN_DATE.test(r.text)) continue; // chrono's relative readings ("within one month") are ours to make
      if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim())) continue; // "2 1/2", "3/4": fractions, not days without a year
      const hour = c.isCertain('hour') ? c.get('hour') : null;
      const minute = c.isCertain('minute') ? c.get('minute') : null;
      const frame: Frame = {
        kind: 'chrono',
        resolve: ({ dct, tense }) => {
          let y = year;
          let why = 'the date as written';
          if (y === null) {
            if (!dct)
              return unplacedReading(
                `XXXX-${String(month).padStart(2, '0')}${day ? `-${String(day).padStart(2, '0')}` : ''}`,
                'a date of an unknown year',
              );
            const picked = pickYear(dct, month, day, undefined, frame.tense ?? tense);
            y = picked.y;
            why = picked.why;
          }
          if (day !== null && !isValidDay(y, month, day)) return null;
          if (day !== null && hour !== null) {
            const reading = dateReading(
              timePeriod({ y, m: month, d: day }, hour, minute),
              `${why}, at the time written`,
            );
            reading.type = 'TIME';
            return reading;
          }
          const period =
            day !== null ? dayPeriod({ y, m: month, d: day }) : month ? monthPeriod(y, month) : yearPeriod(y);
          return dateReading(period, day !== null ? `${why}: ${humanDay({ y, m: month, d: day })}` : why);
        },
      };
      out.push(setFrame(r, frame));
    }
    return out;
  }
}
