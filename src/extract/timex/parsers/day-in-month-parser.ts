/**
 * A day or a week counted inside a month or a year: "the first Tuesday in November", "the last Monday of March
 * 2019", "the second Sunday of next month", "the last Friday of the month" (the month the story is in), "the last
 * day of October", "the last weekend of June", "the first
 * week of October 2014", "the 2nd week of next month", "the last week of 2015", "the 20th of next month". The
 * whole phrase is one date (TimeML tags it so); a month without a year takes its year by tense, like "in
 * March"; "next month" counts from publication. The n-th week of a month is the ISO week holding its n-th
 * Thursday, the week most of whose days fall in the month (TimeML: "the last week of March" 2009 is 2009-W13);
 * the n-th week of a year is ISO week n.
 */
import {
  addDays,
  addMonths,
  dayPeriod,
  daysInMonth,
  nthWeekday,
  weekendPeriod,
  weekPeriod,
  type Day,
  type Period,
} from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import {
  DAY_ORDINAL_START_WORDS,
  DAY_ORDINAL_WORD,
  MONTH_NAME,
  WEEKDAY,
  parseDayOrdinal,
  parseMonth,
  parseWeekday,
  EVENT_COUNTED_AFTER,
} from '../words.js';
import { startWords, triggers } from '../word-index.js';
import { pickYear } from './month-parser.js';
import { continuesTens, textAfter, TimexParser, type ParsingContext } from './timex-parser.js';

const NTH =
  '(?<nth>(?:second|third|2nd|3rd)[-\\s]+(?:to[-\\s]+)?last|next[-\\s]+to[-\\s]+last|penultimate|first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)';
/** "next month", "the previous month", "the current month": a month counted from publication. */
const RELATIVE_MONTH = '(?:the\\s+)?(?<dayWhich>this|last|next|previous|current)\\s+month';
const PATTERN = new RegExp(
  `(?:the\\s+)?${NTH}\\s+(?<unit>${WEEKDAY}|day|week-?end|week)\\s+` +
    // "of next month", "in this September", or with no "of": "the 3rd Thursday this September"
    `(?:(?:(?<of>of|in)\\s+)?(?<which>this|last|next)\\s+(?:month|(?<whichMonth>${MONTH_NAME}))` +
    // "of the month": the month the story is in ("the last Friday of the month"; not "of the month's")
    `|of\\s+the\\s+(?<theMonth>month)(?![\\w-]|['’]s)` +
    `|(?:of|in)\\s+(?<month>${MONTH_NAME})(?:,?\\s+(?:of\\s+)?(?<year>\\d{4}))?` +
    // a year only after "of" ("the first day in 2015 when …" counts days of something else)
    `|of\\s+(?:(?<yearOnly>\\d{4})|(?<yearWhich>this|last|next)\\s+year))(?![\\w-])` +
    // "the 20th of next month", "the 3rd of the current month", "20 of this month": a day of a month named by
    // publication (a month name is the month parser's); not "20 of this month's recruits"
    `|(?:the\\s+)?(?<day>\\d{1,2}(?:st|nd|rd|th)?|${DAY_ORDINAL_WORD})\\s+(?:day\\s+)?of\\s+${RELATIVE_MONTH}(?![\\w-]|['’]s)`,
  'i',
);

const COUNT: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, final: -1 };

/** Counts from the end: "the second-to-last Friday", "the penultimate day", "the third last week" (-2, -2, -3). */
function countFromEnd(nth: string): number | null {
  const t = nth.toLowerCase();
  if (t === 'penultimate' || /^next/.test(t) || (/^(?:second|2nd)/.test(t) && /last$/.test(t))) return -2;
  if (/^(?:third|3rd)/.test(t) && /last$/.test(t)) return -3;
  return null;
}
const SHIFT: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, next: 1 };

/** The first day of this, last or next month, counted from publication. */
const monthOf = (dct: Day, which: string): Day => addMonths({ y: dct.y, m: dct.m, d: 1 }, SHIFT[which.toLowerCase()]!);

/** Thursday: the n-th week of a month or a year is the one holding its n-th Thursday (ISO 8601's rule). */
const THURSDAY = 4;

/** The n-th (from the end when n < 0) weekday of a year. */
function nthWeekdayOfYear(y: number, wd: number, n: number): Day {
  return n < 0 ? nthWeekday(y, 12, wd, n) : addDays(nthWeekday(y, 1, wd, 1), 7 * (n - 1));
}

/** The n-th day, weekend or week ("day", "weekend", "week", or a weekday's number) of a month, or of a year. */
function nthIn(y: number, m: number | null, unit: 'day' | 'weekend' | 'week' | number, n: number): Period | null {
  // counted from the end: the last one, then a week (or a day) back for each step ("the second-to-last Friday")
  const back = n < -1 ? -n - 1 : 0;
  const last = n < 0 ? -1 : n;
  const nth = (wd: number): Day =>
    addDays(m === null ? nthWeekdayOfYear(y, wd, last) : nthWeekday(y, m, wd, last), -7 * back);
  const day: Day =
    unit === 'day'
      ? addDays(
          m === null ? { y, m: n < 0 ? 12 : 1, d: n < 0 ? 31 : 1 } : { y, m, d: n < 0 ? daysInMonth(y, m) : 1 },
          -back,
        )
      : nth(unit === 'weekend' ? 6 : unit === 'week' ? THURSDAY : unit);
  // "the fifth Monday of February 2019" does not exist
  if (m === null ? day.y !== y : day.m !== m) return null;
  return unit === 'weekend' ? weekendPeriod(day) : unit === 'week' ? weekPeriod(day) : dayPeriod(day);
}

export class DayInMonthParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** A weekday ("…day", "Tues."), "day", "weekend", "week" after the count, or "month" after "next". */
  protected override readonly triggerWords = triggers(
    'weekend week month mon tue tues wed thu thur thurs fri sat sun',
    'day',
  );
  /** "the twenty-seventh day of next " before "month" */
  override readonly keywordLead = 40;
  /** "the", the count (NTH: "first", "last", "1st"…) or a day's ordinal ("twenty-seventh", "21st"). */
  protected override readonly startWords = startWords(`the last final ${DAY_ORDINAL_START_WORDS}`, true);

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const text = match[0];
    const g = match.groups!;
    // "the thirty-first day of the month": "first" ends another ordinal
    if (g.nth && continuesTens(context, index)) return null;
    if (g.day) {
      // a number without its ending only before a plain "this/next/last month" ("20 of next month"), not in
      // "5 of the last month" (a count)
      const bare = /^\d+$/.test(g.day);
      if (bare && /\bthe\s+\w+\s+month$/i.test(text)) return null;
      const d = bare ? Number(g.day) : parseDayOrdinal(g.day);
      return d === null || d < 1 || d > 31 ? null : this.dayOfRelativeMonth(text, d, g.dayWhich!.toLowerCase());
    }
    const n = countFromEnd(g.nth!) ?? COUNT[g.nth!.toLowerCase()] ?? Number.parseInt(g.nth!, 10);
    const unitWord = g.unit!.toLowerCase().replace('week-end', 'weekend');
    const unit =
      unitWord === 'day' || unitWord === 'weekend' || unitWord === 'week' ? unitWord : parseWeekday(unitWord);
    if (unit === null) return null;
    // "the 3rd day of October" is a day of the month (the month parser's): only the first and last day here
    if (unit === 'day' && n !== 1 && n >= 0) return null;
    // with no "of" only a weekday: "the first day this month that stocks rose" counts days of something else
    if (g.which && !g.of && typeof unit !== 'number' && unit !== 'weekend') return null;
    // "the first day of the month after ratification": a month counted from an event, not the story's
    if (g.theMonth && EVENT_COUNTED_AFTER.test(textAfter(context, index + text.length, 16))) return null;
    const monthText = g.month ?? g.whichMonth;
    const month = monthText ? parseMonth(monthText) : null;
    if (monthText && !month) return null;
    const yearWhich = g.yearWhich?.toLowerCase();
    const ofYear = g.yearOnly !== undefined || yearWhich !== undefined;
    const frame: Frame = {
      kind: 'day-in-month',
      timeless: g.year !== undefined || g.yearOnly !== undefined,
      resolve: ({ dct, tense, clearTense, anchor }) => {
        let y: number;
        let m: number | null = null;
        let why: string;
        if (g.year || g.yearOnly) {
          y = Number(g.year ?? g.yearOnly);
          m = month;
          why = `"${text}" of ${y}`;
        } else if (!dct) {
          // a week of a month of an unknown year: the month is what can be said ("XXXX-12")
          const value = unit !== 'week' ? 'XXXX-XX-XX' : month ? `XXXX-${String(month).padStart(2, '0')}` : 'XXXX-WXX';
          return unplacedReading(value, `"${text}" of an unknown year`);
        } else if (yearWhich) {
          y = dct.y + SHIFT[yearWhich]!;
          why = `"${text}": ${yearWhich} year counted from the publication date`;
        } else if (g.whichMonth) {
          const picked = pickYear(dct, month!, null, g.which!.toLowerCase(), frame.tense ?? tense, clearTense);
          y = picked.y;
          m = month!;
          why = `"${text}" (${picked.why})`;
        } else if (g.which) {
          ({ y, m } = monthOf(dct, g.which));
          why = `"${text}": ${g.which.toLowerCase()} month counted from the publication date`;
        } else if (g.theMonth) {
          // the month of the date the story last placed (a month, a week or a day), else of publication
          const told = anchor && /^(?:month|week|day|partOfDay|hour|minute)$/.test(anchor.period.granularity);
          ({ y, m } = told ? anchor.period.first : dct);
          why = `"${text}": the month ${told ? 'the story is in' : 'of publication'}`;
        } else {
          const picked = pickYear(dct, month!, null, undefined, frame.tense ?? tense, clearTense);
          y = picked.y;
          m = month!;
          why = `"${text}" (${picked.why})`;
        }
        const period = nthIn(y, ofYear ? null : m, unit, n);
        if (!period) return null;
        return dateReading(
          period,
          unit === 'week' ? `${why}: the ISO week holding its ${g.nth!.toLowerCase()} Thursday` : why,
        );
      },
    };
    return frame;
  }

  private dayOfRelativeMonth(text: string, d: number, which: string): Frame {
    return {
      kind: 'day-in-month',
      resolve: ({ dct }) => {
        if (!dct) return unplacedReading('XXXX-XX-XX', `"${text}" needs the publication date`);
        const { y, m } = monthOf(dct, which);
        if (d > daysInMonth(y, m)) return null;
        return dateReading(dayPeriod({ y, m, d }), `"${text}": ${which} month counted from the publication date`);
      },
    };
  }
}
