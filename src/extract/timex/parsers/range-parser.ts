/**
 * The bare number that opens or closes a written range of days or years: "Sept. 3-5" and "April 24 and 25"
 * (the "5", the "25": days of the month named before), "3–5 September" and "from the 3rd to the 5th of
 * September" (the "3", "the 3rd": days of the month named after), "2011-12" (the "12": the year 2012).
 * TimeML tags each end as its own timex; the event builder joins a range written with a dash into one event.
 * Not ranges: scores ("3-5"), fractions, "2019-04" (a month: 04 is not the year after 2019).
 */
import { dayPeriod, humanDay, isValidDay, yearPeriod } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { MONTH_NAME, parseMonth } from '../words.js';
import { pickYear } from './month-parser.js';
import { closesSpan } from './year-parser.js';
import { textAfter, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';
import { startWords, type TriggerWords } from '../word-index.js';

const JOINER = '\\s*(?:-|–|—|\\bto\\b|\\band\\b|\\bthrough\\b|\\bthru\\b|\\buntil\\b|\\btill\\b)\\s*';
/** After the first day: the link, or "or" for the other day of a choice ("on July 4 or 5"). */
const JOINER_OR =
  '\\s*(?:-|–|—|\\bto\\b|\\band\\b|\\bthrough\\b|\\bthru\\b|\\buntil\\b|\\btill\\b|(?<or>\\bor\\b))\\s*';
/**
 * A clock time after the first day ("from Feb. 12 at 3 p.m. to the 15th"): the range still closes on a day, written
 * as an ordinal ("Dec. 1 at 3pm - 11" closes at 11 p.m.: the clock range's).
 */
const CLOCK_BETWEEN = '\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?m\\.?';
/** What ends the phrase after "July 4 or 5": a mark, a line's end, or a preposition ("or 5 people" is a count). */
const CHOICE_ENDS =
  /^(?:\s*(?:[.,;:!?)\]"”’]|$)|\s+(?:at|in|on|by|from|to|and|or|but|when|with|for|after|before|until)\b)/i;
/** After a year written with no comma before it ("June 11-16 2026"): the phrase ends ("16 2026 people" counts). */
const YEAR_ENDS = '(?:\\s*(?:[.,;:!?)]|$)|\\s+(?:in|at|on|by|and|to|for|from|when|with|after|before)\\b)';
const PATTERN = new RegExp(
  // 1: the day closing "Sept. 3-5", "April 24 and 25", "July 4 or 5"
  `(?<=(?<![\\w-])(?<monthBefore>${MONTH_NAME})\\s*(?<firstDay>\\d{1,2})(?:st|nd|rd|th)?(?<clock>${CLOCK_BETWEEN})?${JOINER_OR}(?:the\\s+)?)(?<lastDay>\\d{1,2})(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+(?=\\d{4}${YEAR_ENDS}))(?<dayYear>\\d{4})(?![\\d,.]\\d|\\d))?(?![\\w:/-]|\\.\\d|,\\s*\\d{3})` +
    // 2: the day opening "3–5 September", "the 3rd to the 5th of September"
    `|(?<start>(?:the\\s+)?(?<openDay>\\d{1,2})(?:st|nd|rd|th)?)(?=${JOINER}(?:the\\s+)?(?<closeDay>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<monthAfter>${MONTH_NAME})(?![\\w-])(?:,?\\s+(?<yearAfter>\\d{4})|\\s+(?<yearWhich>last|this|next)\\s+year\\b)?)` +
    // 3: the year closing "2011-12", "1998/99"
    `|(?<=(?<![\\w-])(?<century>1\\d|20)(?<firstYear>\\d{2})\\s?[-–/]\\s?)(?<lastYear>\\d{2})(?![\\w/-]|\\.\\d)`,
  'i',
);

export class RangeParser extends TimexParser {
  protected readonly regex = PATTERN;
  /**
   * The day or year the phrase is: a whole run of one or two digits ("5" of "Sept. 3-5", "3" of "3–5 September",
   * "12" of "2011-12"; PATTERN allows no digit before nor after it). The phrase starts with it, or with "the".
   */
  protected override readonly triggerWords: TriggerWords = { words: [], digitRuns: [1, 2] };
  /** "the " before the day, with room for wider spacing */
  override readonly keywordLead = 8;
  protected override readonly startWords = startWords('the', true);

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | FrameMatch | null {
    const g = match.groups!;
    if (g.lastYear !== undefined) return yearEnd(g.century!, g.firstYear!, g.lastYear);
    if (g.or !== undefined && !CHOICE_ENDS.test(textAfter(context, index + match[0].length, 12))) return null;
    if (g.clock !== undefined && (g.or !== undefined || !/(?:st|nd|rd|th)$/i.test(match[0]))) return null;
    if (g.lastDay !== undefined) return closingDay(g.monthBefore!, [Number(g.firstDay)], Number(g.lastDay), g.dayYear);
    if (g.openDay !== undefined)
      return openingDay(
        Number(g.openDay),
        Number(g.closeDay),
        g.monthAfter!,
        g.yearAfter,
        g.start!.length,
        g.yearWhich?.toLowerCase(),
      );
    return null;
  }
}

/** "2011-12": the year after the one written before the dash (any other two digits are not a year range). */
function yearEnd(century: string, first: string, last: string): FrameMatch | null {
  const y0 = Number(century + first);
  const y1 = y0 + 1;
  if (!closesSpan(y0, last)) return null;
  return {
    frame: {
      kind: 'range-end',
      resolve: () => dateReading(yearPeriod(y1), `"${y0}-${last}": the range closes with ${y1}, the year after ${y0}`),
    },
  };
}

/**
 * "Sept. 3-5": the 5th of the month the range opened in, in that date's year (the anchor just placed); "Sept. 3-5,
 * 2015": in the year written after it. `what` the days make: a range (`opening` its first day), or a list ("January
 * 12, 14 and 16": `opening` the days before it, one of which the narrative placed last; the days after the first do
 * not move the anchor, as a range's close does not).
 */
export function closingDay(
  monthText: string,
  opening: number[],
  lastDay: number,
  yearText?: string,
  what: 'range' | 'list' = 'range',
): Frame | null {
  const month = parseMonth(monthText);
  if (!month || opening.some((d) => lastDay <= d) || lastDay > 31) return null;
  return {
    kind: 'range-end',
    timeless: yearText !== undefined,
    resolve: ({ anchor, dct }) => {
      if (yearText !== undefined) {
        const day = { y: Number(yearText), m: month, d: lastDay };
        if (!isValidDay(day.y, month, lastDay)) return null;
        return dateReading(
          dayPeriod(day),
          `the ${what === 'range' ? 'range' : 'list of days'} closes on ${humanDay(day)}, its year as written`,
        );
      }
      // the opening day, or its clock time ("Feb. 12 at 3 p.m.")
      const g = anchor?.period.granularity;
      const first = g === 'day' || g === 'hour' || g === 'minute' ? anchor!.period.first : null;
      if (!first || first.m !== month || !opening.includes(first.d)) {
        if (!dct)
          return unplacedReading(
            `XXXX-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`,
            `${what === 'range' ? 'the end of a range' : 'a day of a list'} of days of an unknown year`,
          );
        return null;
      }
      if (!isValidDay(first.y, month, lastDay)) return null;
      const day = { y: first.y, m: month, d: lastDay };
      return {
        ...dateReading(
          dayPeriod(day),
          what === 'range'
            ? `the range that opens on ${humanDay(first)} closes on ${humanDay(day)}`
            : `the list of days that names ${humanDay(first)} goes on with ${humanDay(day)}`,
        ),
        usedAnchor: true,
      };
    },
  };
}

/**
 * "3–5 September": the 3rd of the month named after the range, in the year that month would be read in; "12 to 28
 * August next year": in the year named after it. `what` the days make: a range, or a list ("12, 14 and 16 January").
 */
export function openingDay(
  openDay: number,
  closeDay: number,
  monthText: string,
  yearText: string | undefined,
  length: number,
  yearWhich?: string,
  what: 'range' | 'list' = 'range',
): FrameMatch | null {
  const month = parseMonth(monthText);
  if (!month || openDay < 1 || closeDay <= openDay || closeDay > 31) return null;
  const frame: Frame = {
    kind: 'range-start',
    resolve: ({ dct, tense, clearTense }) => {
      let y: number;
      let why: string;
      if (yearText) {
        y = Number(yearText);
        why = `the ${what} of days in ${monthText} ${y} opens on`;
      } else if (dct && yearWhich) {
        y = dct.y + (yearWhich === 'next' ? 1 : yearWhich === 'last' ? -1 : 0);
        why = `the ${what} of days in ${monthText} ${yearWhich} year (${y}) opens on`;
      } else if (dct) {
        const picked = pickYear(dct, month, closeDay, undefined, frame.tense ?? tense, clearTense);
        y = picked.y;
        why = `the ${what} of days in ${monthText} (${picked.why}) opens on`;
      } else {
        return unplacedReading(
          `XXXX-${String(month).padStart(2, '0')}-${String(openDay).padStart(2, '0')}`,
          `the start of a ${what} of days of an unknown year`,
        );
      }
      if (!isValidDay(y, month, openDay)) return null;
      const day = { y, m: month, d: openDay };
      return dateReading(dayPeriod(day), `${why} ${humanDay(day)}`);
    },
  };
  return { frame, length };
}
