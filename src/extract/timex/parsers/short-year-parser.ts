/**
 * A year written with two digits after an apostrophe: "in '97", "since '08", "the class of '92" ("'05" after a
 * month is the month parser's: "Sept. 18, '05"). Only after a preposition of time or "class of": a quoted number
 * ("a '97 vintage", "'99 problems") is no year named. The century is the one the month parser gives ("'29"
 * 2029, "'30" 1930).
 */
import { yearPeriod } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading } from '../periods.js';
import { yearOf } from './month-parser.js';
import { textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = /['‘’](\d\d)(?![\w'’‘-]|[.,]\d)/;
/** Before the year: a preposition of time, or "class of". */
const YEAR_BEFORE =
  /\b(?:in|since|by|until|till|from|before|after|during|through|circa|class\s+of|summer\s+of|spring\s+of|autumn\s+of|fall\s+of|winter\s+of)\s+$/i;

export class ShortYearParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly keywords = /['‘’]\d\d(?!\d)/;
  override readonly keywordLead = 0;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    if (!YEAR_BEFORE.test(textBefore(context, index, 16))) return null;
    const year = yearOf(`'${match[1]}`)!;
    return {
      kind: 'year',
      timeless: true,
      resolve: () => dateReading(yearPeriod(year), `the year ${year}, written '${match[1]}`),
    };
  }
}
