/**
 * The edge of a month or a year in one word: "by month-end", "at month's end", "by mid-year", "in mid-month",
 * "until midyear", "by mid-year 2012". The publication's month or year (END, MID), the one before when told in the past and already
 * begun after publication, as "year-end" is ("since month-end": the end already past). Only after a preposition:
 * "mid-year exams", "a month-end report" name a kind of thing, not a date.
 */
import { humanDay } from '../calendar.js';
import type { Frame } from '../frame.js';
import type { TimexMod } from '../../types.js';
import { dateReading, narrowed, periodAt, unplacedReading } from '../periods.js';
import { startWords, triggers } from '../word-index.js';
import { edgeShift } from './relative-period-parser.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN =
  /(?:(?<endUnit>month)(?:[-\s]end|['’]s\s+end)|mid-?(?<midUnit>year|month))(?:\s+(?<year>\d{4}))?(?![\w-])/i;

/** Before the phrase: a preposition of time. */
const PREPOSITION_BEFORE = /\b(?:by|in|at|until|till|since|before|after|from|around|toward|towards|through)\s+$/;

/** After it: no noun it qualifies ("by mid-year results", "at month-end prices"). */
const ENDS_HERE =
  /^(?:\s*$|\s*[.,;:!?)"'’”]|\s+[-–—]\s|\s+(?:and|or|but|to|when|at|in|on|for|as|is|was|will|would|could|the|a|an|before|after|if|that|than|he|she|it|they|we)(?![\w]))/;

export class CompoundEdgeParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** "end" of "month-end", "mid" of "mid-year" ("midyear" by its ending). */
  protected override readonly triggerWords = triggers('end mid', 'midyear midmonth');
  /** "month's " before "end" */
  override readonly keywordLead = 8;
  protected override readonly startWords = startWords('month mid midyear midmonth');

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    if (!PREPOSITION_BEFORE.test(textBefore(context, index, 12))) return null;
    if (!ENDS_HERE.test(textAfter(context, index + match[0].length, 12))) return null;
    const unit = (match.groups!.endUnit ?? match.groups!.midUnit)!.toLowerCase() as 'month' | 'year';
    const mod: TimexMod = match.groups!.endUnit ? 'END' : 'MID';
    const year = match.groups!.year ? Number(match.groups!.year) : null;
    if (year !== null && unit !== 'year') return null; // "mid-month 2012" is no phrase
    const since = /\bsince\s+$/.test(textBefore(context, index, 8));
    const text = match[0];
    const frame: Frame = {
      kind: 'relative-period',
      resolve: ({ dct, tense }) => {
        if (year !== null) {
          const written = periodAt('year', { y: year, m: 1, d: 1 }, 0);
          return { ...dateReading(written, `"${text}": the middle of ${year}`, mod), ...narrowed(written, mod) };
        }
        if (!dct) return unplacedReading(unit === 'year' ? 'XXXX' : 'XXXX-XX', `"${text}" of an unknown ${unit}`, mod);
        const shift = edgeShift(unit, dct, mod, frame.tense ?? tense, since);
        const period = periodAt(unit, dct, shift);
        const which = shift < 0 ? `the ${unit} before publication (past tense)` : `the publication ${unit}`;
        return {
          ...dateReading(
            period,
            `"${text}": ${mod === 'END' ? 'the end' : 'the middle'} of ${which}, told ${humanDay(dct)}`,
            mod,
          ),
          ...narrowed(period, mod),
        };
      },
    };
    return frame;
  }
}
