/** Parts of the publication day and the night before: "this morning", "tonight", "last night", "overnight". */
import { addDays, humanDay, partOfDayPeriod } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { PART_OF_DAY } from './day-ref-parser.js';
import { TimexParser } from './timex-parser.js';

const PATTERN =
  /(?:(early|late|earlier|later|mid-?)\s*)?(?:(this|last)\s+(morning|afternoon|evening|night)|(tonight|overnight)|(morning|afternoon|evening|night)\s+(yesterday|today|tomorrow)|(?<=\b(?:by|in|at|until|since)\s+)(afternoon|midday))/i;

export class PartOfDayParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly keywords = /morning|afternoon|evening|night|midday/i;
  /** "earlier " + "last " */
  override readonly keywordLead = 40;

  protected read(match: RegExpMatchArray): Frame | null {
    const which = match[2]?.toLowerCase() ?? (match[6] ? match[6].toLowerCase() : undefined);
    const partWord = (match[3] ?? match[4] ?? match[5] ?? match[7])!.toLowerCase();
    if (match[7] && !match[1]) return null; // bare "afternoon" only as "mid afternoon", "late afternoon"
    if (which === 'this' && partWord === 'night') return null;
    const part = PART_OF_DAY[partWord]!;
    const offset =
      which === 'last' || which === 'yesterday' || partWord === 'overnight' ? -1 : which === 'tomorrow' ? 1 : 0;
    if (which === 'last' && partWord !== 'night' && partWord !== 'evening') return null;
    const mod = match[1]
      ? /^(early|earlier)$/i.test(match[1])
        ? 'START'
        : /^mid/i.test(match[1])
          ? 'MID'
          : 'END'
      : undefined;
    return {
      kind: 'part-of-day',
      resolve: ({ dct }) => {
        if (!dct) return unplacedReading(`XXXX-XX-XXT${part}`, `"${match[0]}" needs the publication date`, mod, 'TIME');
        const day = addDays(dct, offset);
        const reading = dateReading(
          partOfDayPeriod(day, part),
          `"${match[0]}" relative to the publication date: ${humanDay(day)}`,
          mod,
        );
        reading.type = 'TIME';
        return reading;
      },
    };
  }
}
