/**
 * What is left of a period: "the rest of the week", "the remainder of the year", "the balance of this month", "for
 * the rest of the day", "the rest of the weekend" (from its Saturday when told before it). Its value is the length of the unit, as TimeML corpora tag it (DURATION `P1W`: MEANTIME tags
 * "the week" of "the remainder of the week" so); it is placed from the publication day to the end of the
 * publication's period ("the rest of the year" in a story of 12 Feb 2013: 12 Feb to 31 Dec, not all of 2013); told
 * in the past after a date the story placed, as fine as the period or finer ("fell on Friday and stayed low for
 * the rest of the day", "In March 2009 … for the rest of the year"), from that date.
 */
import { humanDay, isoDay, type Day } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, periodAt, unplacedReading, type PeriodUnit } from '../periods.js';
import { triggers } from '../word-index.js';
import { TimexParser } from './timex-parser.js';

const LENGTH: Record<string, string> = {
  day: 'P1D',
  week: 'P1W',
  weekend: 'P1WE',
  month: 'P1M',
  quarter: 'P1Q',
  year: 'P1Y',
};

const PATTERN =
  /(?:the\s+)?(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+(day|weekend|week|month|quarter|year)(?![\w-]|\s+(?:of|in|before|after)\b|['’]s)/i;

/** How fine a date the story told is: "the rest of the year" in the past goes on from a day, a month… of that year. */
const RANK: Partial<Record<string, number>> = {
  minute: 0,
  hour: 0,
  partOfDay: 0,
  day: 0,
  week: 1,
  weekend: 1,
  month: 2,
  quarter: 3,
  year: 4,
};

export class RestOfPeriodParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** "rest", "remainder", "balance", after at most "the ". */
  protected override readonly triggerWords = triggers('rest remainder balance');
  override readonly keywordLead = 4;

  protected read(match: RegExpMatchArray): Frame | null {
    const text = match[0];
    const unit = match[1]!.toLowerCase() as PeriodUnit;
    const frame: Frame = {
      kind: 'rest-of-period',
      resolve: ({ dct, tense, anchor }) => {
        if (!dct) return unplacedReading(LENGTH[unit]!, `"${text}" needs the publication date`, undefined, 'DURATION');
        const told =
          (frame.tense ?? tense) === 'past' && anchor && (RANK[anchor.period.granularity] ?? 9) <= (RANK[unit] ?? 0);
        let from: Day = told ? anchor.period.first : dct;
        const period = periodAt(unit, from, 0);
        // ("the rest of the weekend" told on a Friday: the weekend ahead, from its Saturday)
        const before = isoDay(from) < period.from;
        if (before) from = period.first;
        const reading = dateReading(
          period,
          `"${text}": from ${humanDay(from)} (${before ? 'its first day, after the date told' : told ? 'the date the story told' : 'publication'}) to the end of ${period.value}`,
        );
        reading.type = 'DURATION';
        reading.value = LENGTH[unit]!;
        reading.anchorable = false;
        reading.from = isoDay(from);
        reading.to = period.to;
        if (told) reading.usedAnchor = true;
        return reading;
      },
    };
    return frame;
  }
}
