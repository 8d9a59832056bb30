/**
 * The first end of a range of lengths: "between six and nine months", "two to three years", "60-90 days".
 * TimeML tags each end ("six" `P6M` and "nine months" `P9M`): the first end borrows the unit of the second,
 * which the duration parser reads; so does "three or four days", "five or six years ago". Not ranges: scores ("won 3 to
 * 1").
 */
import type { Frame } from '../frame.js';
import { durationValue, NUMBER, parseNumber, parseUnit, QUANTITY_START_WORDS, UNIT, unitCount } from '../words.js';
import { TimexParser, type FrameMatch } from './timex-parser.js';
import { UNIT_WORDS } from './duration-parser.js';
import { startWords, triggers } from '../word-index.js';

const PATTERN = new RegExp(
  `(?:between\\s+)?(${NUMBER})(?=\\s*(?:and|to|or|-|–)\\s*(${NUMBER})\\s+(?:more\\s+|additional\\s+)?(${UNIT})(?![\\w-]))`,
  'i',
);

export class LengthRangeParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The unit of the second end ("and nine months", "-90 days"), from the one scan of the text's words. */
  protected override readonly triggerWords = triggers(UNIT_WORDS);
  /** "between " + "twenty-seven and a half " + "to thirty-one " before the unit */
  override readonly keywordLead = 80;
  /** "between", or the first number: in digits or words (words.ts QUANTITY_START_WORDS holds them all). */
  protected override readonly startWords = startWords(`between ${QUANTITY_START_WORDS}`, true);

  protected read(match: RegExpMatchArray): FrameMatch | null {
    const [whole, firstText, secondText, unitText] = match;
    const first = parseNumber(firstText!);
    const second = parseNumber(secondText!);
    const unit = parseUnit(unitText!);
    if (first === null || second === null || !unit || first >= second || /^(?:a|an)$/i.test(firstText!)) return null;
    const value = durationValue(first * unitCount(unitText!), unit);
    const frame: Frame = {
      kind: 'duration',
      resolve: () => ({
        type: 'DURATION',
        value,
        why: `"${firstText}": the first end of a range of lengths ("${firstText} … ${secondText} ${unitText}"), ${value}`,
        anchorable: false,
      }),
    };
    const skip = whole!.length - firstText!.length;
    return { frame, skip };
  }
}
