/**
 * A year written with two digits after an apostrophe: "in '97", "since '08", "the class of '92" ("'05" after a
 * month is the month parser's: "Sept. 18, '05"), and "the year '89". Only after a preposition of time, "class of" or
 * "the year": a quoted number
 * ("a '97 vintage", "'99 problems") is no year named. The century is the one the month parser gives ("'29"
 * 2029, "'30" 1930). Posts write this century's first years with no apostrophe, after a preposition of time:
 * "we met in 09".
 */
import { yearPeriod } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading } from '../periods.js';
import { SHORT_YEAR_ENDS } from './month-parser.js';
import { yearOf } from './year-parser.js';
import { textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = /(the\s+year\s+)?['‘’](\d\d)(?![\w'’‘-]|[.,]\d)|(?<zeroLed>0\d)(?![\w'’‘:-]|[.,]\d)/i;
/** Before the year: a preposition of time, or "class of". */
const YEAR_BEFORE =
  /\b(?:in|since|by|until|till|from|before|after|during|through|circa|class\s+of|summer\s+of|spring\s+of|autumn\s+of|fall\s+of|winter\s+of)\s+$/i;

export class ShortYearParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly keywords = /['‘’]\d\d(?!\d)|\b0\d\b/;
  /** "the year '89" */
  override readonly keywordLead = 12;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const zeroLed = match.groups!.zeroLed;
    if (!match[1] && !YEAR_BEFORE.test(textBefore(context, index, 16))) return null;
    // ("in 09" only where the phrase ends: not "in 09 minutes")
    const end = index + match[0].length;
    if (zeroLed !== undefined && !SHORT_YEAR_ENDS.test(context.text.slice(end, end + 8))) return null;
    const digits = zeroLed ?? match[2]!;
    const year = yearOf(`'${digits}`)!;
    return {
      kind: 'year',
      timeless: true,
      resolve: () => dateReading(yearPeriod(year), `the year ${year}, written ${zeroLed ?? `'${digits}`}`),
    };
  }
}
