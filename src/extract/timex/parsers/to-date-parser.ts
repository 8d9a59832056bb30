/**
 * The part of the publication's period gone by: "the year to date", "year-to-date", "the quarter to date", "month to
 * date" (business news: "shares are down 20% year to date"). Its value is the period ("2019"), as for "earlier this
 * year"; it is placed from the period's start to the end of the publication day ("the year" alone, a length, is the
 * duration parser's). Not "to date" alone ("the largest to date"), nor "up-to-date".
 */
import { addDays, humanDay, isoDay } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, periodAt, unplacedReading, type PeriodUnit } from '../periods.js';
import { triggers } from '../word-index.js';
import { TimexParser } from './timex-parser.js';

const PATTERN = /(?:the\s+)?(year|quarter|month)[-\s]to[-\s]date(?![\w-])/i;

const UNKNOWN: Record<string, string> = { year: 'XXXX', quarter: 'XXXX-QX', month: 'XXXX-XX' };

export class ToDateParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** "date", after at most "the quarter to ". */
  protected override readonly triggerWords = triggers('date');
  override readonly keywordLead = 16;

  protected read(match: RegExpMatchArray): Frame | null {
    const text = match[0];
    const unit = match[1]!.toLowerCase() as PeriodUnit;
    return {
      kind: 'to-date',
      resolve: ({ dct }) => {
        if (!dct) return unplacedReading(UNKNOWN[unit]!, `"${text}" needs the publication date`);
        const period = periodAt(unit, dct, 0);
        const reading = dateReading(
          period,
          `"${text}": ${period.value} from its start to the publication day (${humanDay(dct)})`,
        );
        reading.to = isoDay(addDays(dct, 1));
        reading.anchorable = false;
        return reading;
      },
    };
  }
}
