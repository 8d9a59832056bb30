/**
 * A day counted within a run of days, told of now: "today is the eighth day of the operation", "it's the
 * second day of an offensive", "trading has been suspended for a second consecutive day". TimeML tags the
 * phrase as the day it names: told in the present or the perfect, the publication day. Told in the past
 * ("it was the third straight day") or the future ("on his first day in office") it names a day the phrase
 * alone does not place, and is left alone.
 */
import { dayPeriod, humanDay } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { ORDINAL } from '../words.js';
import { textBefore, TimexParser, type ParsingContext } from './timex-parser.js';
import { triggers } from '../word-index.js';

const PATTERN = new RegExp(
  `(?:the|a|its|their)\\s+(${ORDINAL})\\s+(?:(straight|consecutive|successive|running)\\s+)?day` +
    '(?=\\s+(?:of|in\\s+a\\s+row|since)\\b|(?<=(?:straight|consecutive|successive|running)\\s+day))',
  'i',
);
/** Before the phrase, in its sentence: a present or perfect tense that makes it today ("today is", "has been"). */
const TOLD_OF_NOW = /\b(?:today|now|is|are|it's|has|have|marks?|enters?)\b[^.;!?]*$/i;
/** …unless a past or future verb is nearer to the phrase ("it was", "will be"). */
const TOLD_OF_ANOTHER_TIME = /\b(?:was|were|had|will|would|did)\b(?:(?!\b(?:is|are|has|have)\b)[^.;!?])*$/i;

export class DayCountParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly triggerWords = triggers('day');
  /** "their seventeenth consecutive " */
  override readonly keywordLead = 40;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const before = textBefore(context, index, 100);
    if (!TOLD_OF_NOW.test(before) || TOLD_OF_ANOTHER_TIME.test(before)) return null;
    return {
      kind: 'day-count',
      resolve: ({ dct }) => {
        if (!dct)
          return unplacedReading('XXXX-XX-XX', `"${match[0]}" is told of the publication day, which is unknown`);
        return dateReading(dayPeriod(dct), `"${match[0]}" is told of now: the publication day, ${humanDay(dct)}`);
      },
    };
  }
}
