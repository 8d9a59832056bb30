/**
 * The same point of the calendar a unit away from publication: "this time next year", "this time last week", "by this
 * time next month". A reader takes it as about the publication's date that far on or back, not the whole period:
 * "This time next year the bridge will be open", told on 4 December 2024, is about 4 December 2025 (the year alone,
 * 2025, was read). The whole phrase is the span; the words hold their own date and need no tense. Not "this time"
 * alone (present-ref-parser.ts), nor "the same time last year" of a comparison (comparison-refiner.ts).
 */
import { addDays, addMonths, dayPeriod, humanDay } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { startWords, triggers } from '../word-index.js';
import { TimexParser } from './timex-parser.js';

const PATTERN = /this\s+time\s+(?<step>next|last)\s+(?<unit>week|month|year)(?![\w-])/i;

export class ThisTimeParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly triggerWords = triggers('time');
  /** "this  " before "time" */
  override readonly keywordLead = 8;
  protected override readonly startWords = startWords('this');

  protected read(match: RegExpMatchArray): Frame {
    const text = match[0];
    const sign = /^next$/i.test(match.groups!.step!) ? 1 : -1;
    const unit = match.groups!.unit!.toLowerCase();
    return {
      kind: 'this-time',
      resolve: ({ dct }) => {
        if (!dct) return unplacedReading('XXXX-XX-XX', `"${text}" needs the publication date`);
        const day = unit === 'week' ? addDays(dct, 7 * sign) : addMonths(dct, (unit === 'year' ? 12 : 1) * sign);
        return dateReading(
          dayPeriod(day),
          `"${text}": the publication's date (${humanDay(dct)}) a ${unit} ${sign > 0 ? 'on' : 'back'}, ${humanDay(day)}`,
        );
      },
    };
  }
}
