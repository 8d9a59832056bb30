/**
 * Dates counted back or forward from publication: "three days ago" (a day), "two weeks ago" (a day),
 * "five months ago" (a month), "a year ago" / "a decade ago" (a year), "a week or so ago" (APPROX),
 * "two years from now". TimeML keeps "ago" in the span. Vague amounts ("several years ago") are PAST_REF.
 */
import {
  clockText,
  addDays,
  addMonths,
  dayPeriod,
  epochMinute,
  humanDay,
  isoWeekday,
  minutesPeriod,
  monthPeriod,
  weekendPeriod,
  yearPeriod,
  type Clock,
  type Day,
  type Period,
} from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, periodAt, unplacedReading } from '../periods.js';
import {
  AMOUNT,
  parseNumber,
  parseQuantMod,
  parseUnit,
  QUANT_MOD,
  QUANTITY_START_WORDS,
  UNIT,
  unitCount,
  VAGUE_AMOUNT,
  type Unit,
} from '../words.js';
import { startWords, triggers } from '../word-index.js';
import { TimexParser } from './timex-parser.js';

const PATTERN = new RegExp(
  // 1 modifier, 2 amount, 3 unit, 4 "and a half" ("a week and a half ago"), 5 "or so", 6 the direction (a length told
  // in parts, "2 hours and 30 minutes ago", is joined by the compound-length refiner)
  `(?:(${QUANT_MOD})\\s+)?(${AMOUNT}|${VAGUE_AMOUNT})\\s+(?:more\\s+)?(${UNIT})(\\s+and\\s+an?\\s+half)?(\\s+or\\s+(?:so|more|two|three))?\\s+(ago|from\\s+now|hence|back)(?![\\w-])` +
    // 7: a plural with no count, "minutes ago", "years ago"
    `|(moments|minutes|hours|days|weeks|months|years|decades)\\s+ago(?![\\w-])` +
    // 8 count, 9 unit: a count with its unit cut short and glued to it, as feeds stamp posts: "3h ago", "45m ago"
    `|(?<![.,])(\\d{1,3})(s|secs?|m|mins?|h|hrs?|d|w|wks?|mos?|y|yrs?)\\s+ago(?![\\w-])` +
    // 10 modifier, 11 count, 12 direction: "two weekends ago", "a weekend from now" (a weekend is no unit of length)
    `|(?:(${QUANT_MOD})\\s+)?(${AMOUNT})\\s+weekends?\\s+(ago|from\\s+now|hence)(?![\\w-])`,
  'i',
);
/** The unit of a glued abbreviation before "ago" ("m" is minutes there, as feeds write it). */
const GLUED_UNIT: Record<string, Unit> = { s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', y: 'year' };

const MINUTES_PER: Partial<Record<Unit, number>> = { second: 1 / 60, minute: 1, hour: 60 };

/**
 * The days a shift of `minutes` moves a day whose time is not told: "72 hours later" than Friday is Monday, "48
 * hours ago" in a story dated without a time two days back. Past a half day the next day is the likelier; at half a
 * day or less ("12 hours later") the day stays.
 */
function wholeDays(minutes: number): number {
  const days = minutes / (24 * 60);
  const whole = Math.trunc(days);
  return Math.abs(days - whole) > 0.5 ? whole + Math.sign(days) : whole;
}

/** The period `amount` units away from `dct`, at the granularity a reader expects. */
export function shifted(dct: Day, amount: number, unit: Unit, sign: -1 | 1): Period {
  const n = amount * sign;
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return dayPeriod(addDays(dct, wholeDays(n * MINUTES_PER[unit]!)));
    case 'day':
      return dayPeriod(addDays(dct, Math.round(n)));
    case 'week':
      return dayPeriod(addDays(dct, Math.round(n * 7)));
    case 'month': {
      const d = addMonths(dct, Math.round(n));
      return monthPeriod(d.y, d.m);
    }
    case 'quarter':
      return periodAt('quarter', dct, Math.round(n));
    case 'year':
      // "half a year ago" is six months ago: a month, as "six months ago" is
      if (Math.abs(n) < 1) {
        const d = addMonths(dct, Math.round(n * 12));
        return monthPeriod(d.y, d.m);
      }
      // "a year and a half ago" in January 2000 is mid-1998: counted in months, not rounded to a year
      return yearPeriod(Number.isInteger(n) ? dct.y + n : addMonths(dct, Math.round(n * 12)).y);
    case 'decade':
      return yearPeriod(dct.y + Math.round(n * 10));
    case 'century':
      return yearPeriod(dct.y + Math.round(n * 100));
  }
}

/** Months in the units an "ago" of months or more counts (its value is a month or a year, not a day). */
const MONTHS_PER: Partial<Record<Unit, number>> = { month: 1, quarter: 3, year: 12, decade: 120, century: 1200 };

/**
 * An "ago" of months or more ("seven years ago"): its value is a month or a year, but a clock time written with it
 * ("seven years ago at 3pm") is on one day, the publication's day of the calendar that many months back (`sameDay`).
 */
export interface AgoFrame extends Frame {
  sameDay?: (dct: Day) => Day;
}

export function isAgoFrame(frame: Frame | undefined): frame is AgoFrame {
  return frame?.kind === 'ago';
}

/**
 * "two hours ago", "in 30 minutes" against a publication time: the minute it names on the article's clock;
 * null when the unit is not a clock unit or the publication time is unknown (then the publication day).
 */
export function clockShifted(
  dct: Day,
  clock: Clock | null | undefined,
  amount: number,
  unit: Unit,
  sign: -1 | 1,
): Period | null {
  const per = MINUTES_PER[unit];
  if (!clock || per === undefined) return null;
  const at = epochMinute(dct, clock.minute) + sign * Math.round(amount * per);
  return minutesPeriod(at, at + 1, 'minute');
}

export class AgoParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** "no more than " + "twenty-seven and a half " + "more " + "millennia" + " or three " */
  override readonly keywordLead = 125; // and "from " before "now"
  protected override readonly triggerWords = triggers('ago now hence back');
  /** A quantity starts every phrase: "about two weeks ago", "a few days from now", "10 years back". */
  protected override readonly startWords = startWords(
    `${QUANTITY_START_WORDS} moments minutes hours days weeks months years decades`,
    true,
  );

  protected read(match: RegExpMatchArray): Frame | null {
    if (match[7]) return uncountedAgo(match[0], match[7]);
    if (match[11]) return weekendsAgo(match[0], match[11], match[12]!, parseQuantMod(match[10]));
    const [text, quantText, , , half, orSo] = match;
    const amountText = match[2] ?? match[8];
    const unitText = match[3] ?? match[9];
    const direction = match[6] ?? 'ago';
    const unit = match[9] ? (GLUED_UNIT[match[9].toLowerCase()] ?? parseUnit(match[9])) : parseUnit(unitText!);
    if (!unit) return null;
    // "a couple of days ago" is two, about (as "a couple of weeks" is P2W)
    const couple = /couple/i.test(amountText!);
    const counted = couple ? 2 : parseNumber(amountText!);
    const amount = counted === null ? null : (counted + (half ? 0.5 : 0)) * unitCount(unitText!);
    const sign: -1 | 1 = /ago|back/i.test(direction!) ? -1 : 1;
    if (/back/i.test(direction!) && amount === null) return null;
    const mod = parseQuantMod(quantText) ?? (orSo || couple ? 'APPROX' : undefined);
    const months = amount === null ? undefined : MONTHS_PER[unit] && amount * MONTHS_PER[unit];
    const frame: AgoFrame = {
      kind: 'ago',
      resolve: ({ dct, clock, anchor, quarter }) => {
        if (amount === null) {
          return {
            type: 'DATE',
            value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF',
            why: `"${text}": an unspecified time ${sign < 0 ? 'before' : 'after'} publication`,
            anchorable: false,
          };
        }
        if (!dct) return unplacedReading(`XXXX`, `"${text}" needs the publication date`, mod);
        // business news compares a quarter with "a year ago": the same quarter a year before
        const q = anchor?.period.granularity === 'quarter' ? anchor : quarter;
        if (unit === 'year' && amount === 1 && sign < 0 && q) {
          return {
            ...dateReading(periodAt('quarter', q.period.first, -4), `"${text}": the quarter of ${q.id} a year before`),
            usedAnchor: true,
            anchorable: false,
          };
        }
        const onClock = clockShifted(dct, clock, amount, unit, sign);
        if (onClock) {
          const reading = dateReading(
            onClock,
            `"${text}" counted from the publication time (${humanDay(dct)}, ${clockText(clock!)})`,
            mod,
          );
          reading.type = 'TIME';
          return reading;
        }
        const period = shifted(dct, amount, unit, sign);
        const reading = dateReading(period, `"${text}" counted from the publication date (${humanDay(dct)})`, mod);
        // "a year ago" compares; the story does not move there
        if (unit === 'year' && amount === 1) reading.anchorable = false;
        return reading;
      },
    };
    if (months !== undefined && Number.isInteger(months) && !orSo)
      frame.sameDay = (dct) => addMonths(dct, sign * months);
    return frame;
  }
}

/**
 * "two weekends ago", "two weekends from now": counted from the weekend just gone or the coming one (told on a
 * Wednesday, "two weekends ago" is the weekend before last, "two weekends from now" the one after the coming one).
 */
function weekendsAgo(
  text: string,
  countText: string,
  direction: string,
  mod: ReturnType<typeof parseQuantMod>,
): Frame | null {
  const count = parseNumber(countText);
  if (count === null || !Number.isInteger(count)) return null;
  const sign = /ago/i.test(direction) ? -1 : 1;
  return {
    kind: 'ago',
    resolve: ({ dct }) => {
      if (!dct) return unplacedReading('XXXX-WXX-WE', `"${text}" needs the publication date`, mod);
      // ahead, the coming weekend is the first (on a weekday, the one of publication's week)
      const weeks = sign > 0 && isoWeekday(dct) < 6 ? count - 1 : count;
      return dateReading(
        weekendPeriod(addDays(dct, sign * 7 * weeks)),
        `"${text}": ${count} weekend${count === 1 ? '' : 's'} ${sign < 0 ? 'before' : 'after'} ${humanDay(dct)}`,
        mod,
      );
    },
  };
}

/** The value TimeML gives a count of units with no number ("months ago": PXM). */
const UNKNOWN_LENGTH: Record<string, string> = {
  moments: 'PTXS',
  minutes: 'PTXM',
  hours: 'PTXH',
  days: 'PXD',
  weeks: 'PXW',
  months: 'PXM',
  years: 'PXY',
  decades: 'PXE',
};

/**
 * "minutes ago", "hours ago", "moments ago": a little before publication, on its day (APPROX); "days ago",
 * "years ago": some time before it, not placed. TimeML tags them as lengths of unknown size ("months ago": PXM).
 */
function uncountedAgo(text: string, units: string): Frame {
  const value = UNKNOWN_LENGTH[units.toLowerCase()]!;
  const today = /^(?:moments|minutes|hours)$/i.test(units);
  return {
    kind: 'ago',
    resolve: ({ dct }) => {
      if (!today || !dct)
        return unplacedReading(
          value,
          `"${text}": some ${units.toLowerCase()} before publication`,
          undefined,
          'DURATION',
        );
      return {
        ...dateReading(
          dayPeriod(dct),
          `"${text}": a little before publication, on its day (${humanDay(dct)})`,
          'APPROX',
        ),
        type: 'DURATION',
        value,
        anchorable: false,
      };
    },
  };
}
