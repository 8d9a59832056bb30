/**
 * "the new year" ("the start of the new year") after a preposition of time: "talks will resume in the new year", told in December, is early next
 * year; "Rovers have won seven games since the new year", told in February, runs from the start of this one. Its value
 * is the year the New Year nearest publication by tense opens, with mod START, as "early next year" (the first months:
 * what is done "in the new year" is seldom done on 1 January, which the holiday "New Year" is). Not "a new year", "the
 * new year's resolutions", "the Lunar New Year" (the holiday parser's), nor "the new year" that no preposition of time
 * (or "the first six weeks of") governs ("the new year began quietly") or that a noun follows ("the new year budget"): read as the holiday's name is
 * (holiday-parser.ts TIME_PREPOSITIONS, PHRASE_ENDS).
 */
import { humanDay, type Day } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, narrowed, nearestByTense, periodAt, unplacedReading } from '../periods.js';
import { startWords, triggers } from '../word-index.js';
import { PHRASE_ENDS, TIME_PREPOSITIONS } from './holiday-parser.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

/** "the new year", and "the start of the new year", "the beginning of the new year" (one phrase, as "the start of the year"). */
const PATTERN = /(?:the\s+(?:start|beginning)\s+of\s+)?the\s+new\s+year(?![\w'’-])/i;

/**
 * A preposition of time that governs it: a holiday's ("since", "after", "by", "until"…), and "in", "into", "from",
 * which a period takes ("in the new year") and a day does not.
 */
const TIME_PREPOSITION_BEFORE = new RegExp(`\\b(?:in|into|from|${TIME_PREPOSITIONS})\\s+$`, 'i');

/** The first days, weeks or months of it: "the first six weeks of the new year". */
const PART_OF_BEFORE = /\bfirst\s+(?:[\w-]+\s+)?(?:days|weeks|months)\s+of\s+$/i;

/** The first day of year `y`. */
const newYearsDay = (y: number): Day => ({ y, m: 1, d: 1 });

export class NewYearParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly triggerWords = triggers('year');
  /** "the beginning of the new " */
  override readonly keywordLead = 30;
  /** Every phrase starts with "the" (tried only there, as the lead is long). */
  protected override readonly startWords = startWords('the');

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    if (
      !TIME_PREPOSITION_BEFORE.test(textBefore(context, index, 14)) &&
      !PART_OF_BEFORE.test(textBefore(context, index, 36))
    )
      return null;
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
