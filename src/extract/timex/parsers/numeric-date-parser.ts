/**
 * Dates in digits that chrono-node does not read as written: "2019-04" and "2019/04" (months), and a month and
 * day without a year, "on 4/21" (US order) or "on 21/4" (day first), read in the story's year like "April 21"
 * (by tense). Only when the reading is unambiguous: one of the two numbers is above 12, and a preposition of
 * time comes first ("on", "by", "since", "set for", "the deadline is"…) and no "of" follows; or a clock time
 * follows ("7/17 3 pm"), or it is one end of a range of such dates ("7/17-7/18", "11/28 - tomorrow"), whose other
 * end tells the order of an ambiguous one ("6/28 5 PM - 8/02 7 PM": 2 August). A number written with a leading
 * zero ("07/28", "12/03") is a date's, never a fraction's or a score's: such a pair needs no cue, and when both
 * could be the month it is read in the order the article writes its dates (month first unless it writes "14
 * March"). Not dates: fractions ("3/4 of voters", "2 1/2"), "24/7", scores, "2011-12" (two years: the range
 * parser), "1998/99".
 */
import {
  addDays,
  compareDays,
  dayPeriod,
  humanDay,
  isoWeekday,
  isValidDay,
  monthPeriod,
  MONTH_NAMES,
} from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { dayOrder } from '../refiners/chrono-reading-refiner.js';
import { parseWeekday, WEEKDAY_ANY_DOT } from '../words.js';
import { pickYear } from './month-parser.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = new RegExp(
  '(?<year>1\\d{3}|20\\d{2})[-/](?<month>0[1-9]|1[0-2])(?![\\w/-]|[.,]\\d)|' +
    // a weekday before the date is part of the phrase, and a cue: "on Tuesday 6/19", "Fri., 5/12"
    `(?:(?<weekday>${WEEKDAY_ANY_DOT}),?[^\\S\\n]+)?(?<first>\\d{1,2})\\/(?<second>\\d{1,2})(?![\\w/]|-(?!\\d{1,2}\\/\\d)|[.,]\\d)`,
  'i',
);

/** A month and day in digits is a date only after one of these. */
const DATE_PREPOSITION_BEFORE =
  /\b(?:on|by|since|until|till|from|through|before|after|dated|of|for|effective|starting|ending|as\s+of|due|deadline\s+(?:is|was|will\s+be)|deadline:?)\s+$/i;

/** A clock time with a.m. or p.m. right after the date: "7/17 3 pm", "6/28 at 5:00 PM". */
const CLOCK_AFTER = /^[^\S\n]+(?:at[^\S\n]+)?\d{1,2}(?::[0-5]\d)?[^\S\n]*[ap]\.?m\b/i;
/** The closing end of a range of month-and-day dates after this one: "-7/18", " – 8/02". */
const RANGE_END_AFTER = /^[^\S\n]*[-–][^\S\n]*(\d{1,2})\/(\d{1,2})(?![\w/-]|[.,]\d)/;
/** A day named in words closing a range that opens on this date: "11/28 - tomorrow", "3/02-today". */
const RANGE_DAY_WORD_AFTER =
  /^[^\S\n]*[-–][^\S\n]*(?:the[^\S\n]+)?(?:day[^\S\n]+after[^\S\n]+)?(?:today|tomorrow|tonight)\b/i;
/** The opening end before this one, with its clock time if any: "7/17-", "6/28 5:00 PM - ". */
const RANGE_START_BEFORE =
  /(?<![\w/.,-])(\d{1,2})\/(\d{1,2})(?:[^\S\n]+\d{1,2}(?::[0-5]\d)?[^\S\n]*[ap]\.?m\.?)?[^\S\n]*[-–][^\S\n]*$/i;

/** The order the numbers of a month-and-day pair must have: month first when the second is above 12, and so on. */
function orderOf(a: number, b: number): 'month-first' | 'day-first' | null {
  if (a === b && a <= 12) return 'month-first'; // "10/10": either order
  if (a > 12 && b <= 12) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  return null;
}

export class NumericDateParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly keywords = /\d[-/]\d/;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const g = match.groups!;
    if (g.year !== undefined) {
      const y = Number(g.year);
      const m = Number(g.month);
      // "2011-12", "2019-20": the year after, a range of years (range parser), not a month
      if (m === (y + 1) % 100) return null;
      if (/\d[-/]$/.test(context.text.slice(Math.max(0, index - 2), index))) return null;
      return {
        kind: 'written-date',
        resolve: () => dateReading(monthPeriod(y, m), `${MONTH_NAMES[m - 1]} ${y}, written in digits`),
      };
    }
    const a = Number(g.first);
    const b = Number(g.second);
    const after = textAfter(context, index + match[0].length, 24);
    const before = textBefore(context, index, 32);
    // the other end of a range of such dates, before or after
    const opening = RANGE_START_BEFORE.exec(before);
    const partner = opening ?? RANGE_END_AFTER.exec(after);
    // a leading zero ("07/28") is written only in dates
    const padded = /^0\d/.test(g.first!) || /^0\d/.test(g.second!);
    const weekday = g.weekday === undefined ? null : parseWeekday(g.weekday);
    const cued = weekday !== null || DATE_PREPOSITION_BEFORE.test(before.slice(-24)) || CLOCK_AFTER.test(after);
    const closing = partner ? null : RANGE_DAY_WORD_AFTER.exec(after);
    if (!cued && !partner && !padded && !closing) return null;
    if (/[\d$€£]\s*$/.test(context.text.slice(Math.max(0, index - 2), index))) return null; // "2 1/2", "$3/4"
    if (/^\s+of\b(?!\s+(?:(?:last|this|next)\s+year|\d{4})\b)/i.test(after.slice(0, 16))) return null; // "for 1/16 of its value"
    // unambiguous only: a number above 12 can only be the day; else the order the range's other end has, else
    // (with a leading zero or a weekday) the order of the article's dates
    const order =
      orderOf(a, b) ??
      (partner ? orderOf(Number(partner[1]), Number(partner[2])) : null) ??
      ((padded || weekday !== null) && a <= 12 && b <= 12 ? (dayOrder(context.text) ?? 'month-first') : null);
    const [month, day] = order === 'day-first' ? [b, a] : order === 'month-first' ? [a, b] : [0, 0];
    if (!month || day > 31 || day < 1) return null;
    // ("Tuesday 6/5": when both numbers could be the month, the weekday tells which order is meant)
    const swappable = weekday !== null && a <= 12 && b <= 12 && a !== b;
    if (partner && !cued) {
      // a range runs forward within the year: "7/17 - 3/4" (a shooting line, a fraction) is no range of dates
      const [p1, p2] = [Number(partner[1]), Number(partner[2])];
      const [pm, pd] = order === 'day-first' ? [p2, p1] : [p1, p2];
      const forward = opening ? pm * 100 + pd < month * 100 + day : month * 100 + day < pm * 100 + pd;
      if (!forward || pm > 12 || pd > 31) return null;
    }
    const frame: Frame = {
      kind: 'month',
      resolve: ({ dct, tense, clearTense }) => {
        if (!dct)
          return unplacedReading(
            `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
            `${match[0]}: ${MONTH_NAMES[month - 1]} ${day} of an unknown year`,
          );
        if (closing) {
          // a range that closes today or tomorrow opens on or before that day: the latest such date by then
          const word = closing[0].replace(/^[\s\-–]+/, '');
          const end = addDays(dct, /tomorrow/i.test(word) ? (/after/i.test(word) ? 2 : 1) : 0);
          const y = compareDays({ y: end.y, m: month, d: day }, end) <= 0 ? end.y : end.y - 1;
          if (!isValidDay(y, month, day)) return null;
          const date = { y, m: month, d: day };
          return dateReading(dayPeriod(date), `${match[0]} is ${humanDay(date)}: it opens a range closing ${word}`);
        }
        const read = (m: number, d: number) => {
          const { y, why } = pickYear(dct, m, d, undefined, frame.tense ?? tense, clearTense);
          return isValidDay(y, m, d) ? { date: { y, m, d }, why } : null;
        };
        let reading = read(month, day);
        const swapped = swappable ? read(day, month) : null;
        if (
          swapped &&
          weekday !== null &&
          (!reading || isoWeekday(reading.date) !== weekday) &&
          isoWeekday(swapped.date) === weekday
        )
          reading = { ...swapped, why: `${swapped.why}; on a ${g.weekday!.replace(/\.$/, '')}, as the text says` };
        if (!reading) return null;
        return dateReading(dayPeriod(reading.date), `${match[0]} is ${humanDay(reading.date)}: ${reading.why}`);
      },
    };
    return frame;
  }
}
