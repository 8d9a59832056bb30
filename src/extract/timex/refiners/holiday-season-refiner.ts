/**
 * A holiday that names its season beside another date of its sentence: "The Christmas lights were switched on on
 * Sunday", "Thanksgiving travel starts on Tuesday", "Christmas markets open across the city this week". The holiday
 * describes the noun after it ("Christmas lights"); the other date is when what the sentence tells happened. The
 * holiday keeps its value (TimeML tags it) as a point of reference, with no place on the axis and no event of its own.
 * Alone in its sentence, or with a year ("Christmas shopping began early this year"), it still dates it.
 */
import type { Refiner, TimexMatch } from '../match.js';
import { getFrame } from '../frame.js';
import { isHolidayFrame } from '../parsers/holiday-parser.js';
import { SENTENCE_END } from '../clause-bounds.js';

/** Frames that date nothing on their own: lengths, recurrences, "now". */
const UNDATED_KINDS = new Set(['duration', 'set', 'season-set', 'weekday-set', 'present-ref']);

/** How far apart two phrases of one sentence are looked for. */
const REACH = 240;

/** A year, which holds the holiday rather than dating its sentence instead: "Christmas shopping began early this year". */
const YEAR_PHRASE = /\byear$|^\d{4}$/i;

/**
 * Whether `match` dates what a sentence tells, finer than the holiday's year: a date or a time, not a reference, a
 * length or another season.
 */
function dates(match: TimexMatch): boolean {
  const frame = getFrame(match);
  return (
    !!frame &&
    !frame.reference &&
    !UNDATED_KINDS.has(frame.kind) &&
    !(isHolidayFrame(frame) && frame.season === true) &&
    !YEAR_PHRASE.test(match.text)
  );
}

export class HolidaySeasonRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    for (let i = 0; i < results.length; i++) {
      const frame = getFrame(results[i]!);
      if (!isHolidayFrame(frame) || !frame.season || frame.reference) continue;
      const holiday = results[i]!;
      const other = results.find((r) => {
        if (r === holiday || !dates(r)) return false;
        const [a, b] = r.index < holiday.index ? [r, holiday] : [holiday, r];
        const gap = text.slice(a.index + a.text.length, b.index);
        // (no sentence ends between them)
        return gap.length <= REACH && !SENTENCE_END.test(gap);
      });
      if (other)
        frame.reference = `a holiday naming its season ("${holiday.text} …"), not an event: its sentence is dated by "${other.text}"`;
    }
    return results;
  }
}
