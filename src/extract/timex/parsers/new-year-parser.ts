/**
 * "the new year" after a preposition of time: "talks will resume in the new year", told in December, is early next
 * year; "Rovers have won seven games since the new year", told in February, runs from the start of this one. Its value
 * is the year the New Year nearest publication by tense opens, with mod START, as "early next year" (the first months:
 * what is done "in the new year" is seldom done on 1 January, which the holiday "New Year" is). Not "a new year", "the
 * new year's resolutions", "the Lunar New Year" (the holiday parser's), nor "the new year" that no preposition of time
 * governs ("the new year began quietly") or that a noun follows ("the new year budget").
 */
import { humanDay, type Day } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, narrowed, nearestByTense, periodAt, unplacedReading } from '../periods.js';
import { triggers } from '../word-index.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = /the\s+new\s+year(?![\w'’-])/i;

/** A preposition of time that governs it ("in", "since", "after", "early in", "by"). */
const TIME_PREPOSITION_BEFORE =
  /\b(?:in|into|since|after|until|till|by|before|from|over|during|through|around|for|ahead\s+of)\s+$/i;
/** What ends its phrase: a mark, a line's end, a conjunction or a preposition; not a noun ("the new year budget"). */
const PHRASE_ENDS = /^(?:\s*(?:[,.;:!?)"”’]|$)|\s*\n|\s+(?:and|or|but|to|in|at|on|when|as|with|for|until|after)\b)/i;

/** The first day of year `y`. */
const newYearsDay = (y: number): Day => ({ y, m: 1, d: 1 });

export class NewYearParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly triggerWords = triggers('year');
  /** "the new " */
  override readonly keywordLead = 12;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    if (!TIME_PREPOSITION_BEFORE.test(textBefore(context, index, 14))) return null;
    if (!PHRASE_ENDS.test(textAfter(context, index + match[0].length, 10))) return null;
    const text = match[0];
    return {
      kind: 'new-year',
      resolve: ({ dct, tense }) => {
        if (!dct) return unplacedReading('XXXX', `"${text}" needs the publication date`, 'START');
        // a clear past runs from the last New Year, a clear future to the next; no tense, the nearer of them
        const clear = tense === 'past' || tense === 'future';
        const y = nearestByTense(dct, tense, (year) => periodAt('day', newYearsDay(year), 0), clear);
        const period = periodAt('year', newYearsDay(y), 0);
        return {
          ...dateReading(
            period,
            `"${text}": the first months of ${y}, opened by the New Year nearest ${humanDay(dct)} by tense`,
            'START',
          ),
          ...narrowed(period, 'START'),
        };
      },
    };
  }
}
