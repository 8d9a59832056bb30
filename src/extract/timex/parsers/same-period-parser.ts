/**
 * Comparisons with the narrative's period, common in business news: "the same period last year",
 * "the corresponding quarter a year earlier", "the same month a year ago", "the comparable period", "the same
 * period of 2023".
 * Read against the last placed date (the anchor): the same stretch, moved a year back when the phrase says so.
 * Without an anchor, "the period" is the last completed quarter before publication.
 */
import { humanDay, type Period } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, periodAt, unplacedReading, type PeriodUnit } from '../periods.js';
import { startWords, triggers } from '../word-index.js';
import { TimexParser } from './timex-parser.js';

const YEAR_BACK =
  '(\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier|before)|(?:the\\s+)?(?:last|previous|prior)\\s+year|the\\s+year\\s+before))';
/** "the same period of 2023", "the corresponding quarter in 2019": the same stretch in the year written. */
const IN_YEAR = '\\s+(?:of|in)\\s+((?:1[89]|20)\\d\\d)';
const PATTERN = new RegExp(
  `the\\s+(?:same|corresponding|comparable)\\s+(period|month|quarter|week|day|season|half)(?:${YEAR_BACK}|${IN_YEAR})?(?![\\w-])` +
    // "the quarter a year ago": the year-back phrase is required without "same"
    `|the\\s+(period|month|quarter)\\s+a\\s+year\\s+(?:ago|earlier|before)(?![\\w-])`,
  'i',
);

const UNIT_OF_GRANULARITY: Partial<Record<Period['granularity'], PeriodUnit>> = {
  day: 'day',
  partOfDay: 'day',
  hour: 'day',
  minute: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  half: 'half',
  season: 'season',
  year: 'year',
};

/** The anchors a day or a week cannot be read from: a month or longer (a week inside a year is no known week). */
const LONGER = ['month', 'quarter', 'half', 'season', 'year'] as const;
const FINER_THAN_ANCHOR: Partial<Record<PeriodUnit, ReadonlySet<string>>> = {
  day: new Set<string>(LONGER),
  week: new Set<string>(LONGER),
};

export class SamePeriodParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** "the same …", or the "year" of "the quarter a year ago". */
  protected override readonly triggerWords = triggers('same corresponding comparable year');
  override readonly keywordLead = 30;
  /** Every phrase starts with "the". */
  protected override readonly startWords = startWords('the');

  protected read(match: RegExpMatchArray): Frame | null {
    const unitWord = (match[1] ?? match[4])!.toLowerCase();
    const yearBack = !!match[2] || !!match[4];
    const inYear = match[3] ? Number(match[3]) : null;
    return {
      kind: 'same-period',
      resolve: ({ dct, anchor }) => {
        const named: PeriodUnit | null = unitWord === 'period' || unitWord === 'time' ? null : (unitWord as PeriodUnit);
        let unit: PeriodUnit;
        let base;
        let why: string;
        if (anchor) {
          const g = anchor.period.granularity;
          // a business "period" next to a day ("the quarter ended Sept. 30") is that day's quarter
          unit =
            named ??
            (['day', 'partOfDay', 'hour', 'minute', 'week'].includes(g)
              ? 'quarter'
              : (UNIT_OF_GRANULARITY[g] ?? 'quarter'));
          base = anchor.period.first;
          why = `the ${unit} of ${anchor.id} (${anchor.period.value})`;
        } else if (dct) {
          unit = named ?? 'quarter';
          base = periodAt(unit, dct, unit === 'quarter' ? -1 : 0).first;
          why = `the ${unit} before ${humanDay(dct)}`;
        } else {
          return unplacedReading('XXXX-XX', `"${match[0]}" has no date to compare with`);
        }
        // "arrested in March 2022 and charged the same day": a day (or week) of a longer anchor is one we do not know,
        // inside it (2022-03-XX, from and to the anchor's), not its first
        if (anchor && !yearBack && inYear === null && FINER_THAN_ANCHOR[unit]?.has(anchor.period.granularity)) {
          const { value } = anchor.period;
          const unknown =
            unit === 'week'
              ? `${value.slice(0, 4)}-WXX`
              : anchor.period.granularity === 'month'
                ? `${value}-XX`
                : `${value.slice(0, 4)}-XX-XX`;
          const reading = {
            ...dateReading(anchor.period, `a ${unit} of ${anchor.id} (${value}) the story does not give: ${unknown}`),
            value: unknown,
          };
          reading.usedAnchor = true;
          return reading;
        }
        const months = unit === 'quarter' || unit === 'season' ? 4 : unit === 'half' ? 2 : unit === 'month' ? 12 : 0;
        let period = periodAt(unit, base, 0);
        if (inYear !== null) {
          period =
            unit === 'week'
              ? periodAt('week', base, -52 * (base.y - inYear))
              : periodAt(unit, { ...base, y: inYear }, 0);
          why += `, in ${inYear}`;
        } else if (yearBack) {
          period = months
            ? periodAt(unit, base, -months)
            : unit === 'week'
              ? periodAt('week', base, -52)
              : periodAt(unit, { ...base, y: base.y - 1 }, 0);
          why += ', a year earlier';
        }
        const reading = dateReading(period, why);
        if (anchor) reading.usedAnchor = true;
        if (yearBack || inYear !== null) reading.anchorable = false;
        return reading;
      },
    };
  }
}
