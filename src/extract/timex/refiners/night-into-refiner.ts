/**
 * "Overnight" going on into a day: "temperatures will drop overnight into Sunday", "snow fell overnight and into
 * Tuesday morning". The night is the one that ends on that day, the night of the day before (TimeML: `…TNI` of that
 * day, as "overnight Sunday" is read); read alone, "overnight" was the night by the publication day, told on a
 * Thursday the Thursday night before a Sunday. The day keeps its own reading. Runs after the tense refiner.
 */
import { addDays, humanDay, partOfDayPeriod } from '../calendar.js';
import { getFrame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { dateReading, isDayOrFiner } from '../periods.js';

/** The words between: "into", "and into", "and on into", "into early", "into the early hours of". */
const INTO = /^\s*,?\s+(?:and\s+(?:on\s+)?)?into\s+(?:(?:the\s+)?(?:early|small|wee)(?:\s+hours\s+of)?\s+)?$/i;
/** The longest such gap (", and on into the early hours of "), with room for doubled spaces. */
const MAX_GAP = 36;

export class NightIntoRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!;
      if (!/^overnight$/i.test(a.text)) continue;
      const b = results[i + 1]!;
      const gapStart = a.index + a.text.length;
      if (b.index < gapStart || b.index - gapStart > MAX_GAP || !INTO.test(context.text.slice(gapStart, b.index)))
        continue;
      const night = getFrame(a);
      const day = getFrame(b);
      if (night?.kind !== 'part-of-day' || !day) continue;
      const resolveNight = night.resolve;
      // (frames resolve in document order: the day is read here by its own clause's tense, as it will be on its own)
      night.resolve = (ctx) => {
        const own = resolveNight(ctx);
        if (!ctx.dct) return own;
        const period = day.resolve({
          ...ctx,
          tense: day.tense ?? ctx.tense,
          clearTense: day.clearTense === true,
        })?.period;
        if (!period || !isDayOrFiner(period.granularity)) return own;
        const reading = dateReading(
          partOfDayPeriod(addDays(period.first, -1), 'NI'),
          `"overnight" into ${humanDay(period.first)}: the night before it`,
          own?.mod,
        );
        reading.type = 'TIME';
        return reading;
      };
    }
    return results;
  }
}
