/**
 * Month names, with or without a day and a year: "Oct. 17, 2016", "17 October 2016", "Saturday, April 25",
 * "October 2016", "October of 2016", "early March", "the end of March", "mid-November", "last May",
 * "March last year". Without a year, tense picks it: past -> the most recent one on or before publication,
 * future -> the next one. Not dates: "May" the name and "march" the verb (month names must be capitalised,
 * and "May"/"March" alone need a date context such as "in May"), "Mar-a-Lago".
 */
import {
  dayPeriod,
  daysInMonth,
  epochDay,
  humanDay,
  isoWeekday,
  isValidDay,
  monthPeriod,
  MONTH_NAMES,
  WEEKDAY_NAMES,
  weekPeriod,
  type Day,
} from '../calendar.js';
import type { Frame, Tense } from '../frame.js';
import { dateReading, narrowed, nearestByTense, sideOf, tenseWord, unplacedReading } from '../periods.js';
import {
  MONTH_NAME,
  parseMonth,
  parsePointMod,
  parseSpokenYear,
  parseWeekday,
  POINT_MOD,
  SPOKEN_YEAR,
  WEEKDAY,
} from '../words.js';
import { textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const YEAR = `(\\d{4}|'\\d{2}|${SPOKEN_YEAR})`;
const PATTERN = new RegExp(
  `(${POINT_MOD})?` +
    `(?:(${WEEKDAY}),?\\s+)?` +
    '(?:(last|this|next|this\\s+past|this\\s+coming|the\\s+same)\\s+)?' +
    `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?=${MONTH_NAME}))?` +
    '(?:the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+)?' +
    `(${MONTH_NAME})(?![\\w-])` +
    `(?:\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d))?` +
    `(?:(?:,\\s*|\\s+)(?:of\\s+)?${YEAR}(?!\\d|,\\d))?` +
    '(?:,?\\s+(?:of\\s+)?(last|this|next)\\s+year)?',
  'i',
);

/** Words after which "May" or "March" alone is the month. */
const MONTH_CONTEXT_BEFORE =
  /\b(in|since|until|till|by|during|from|through|throughout|of|before|after|last|this|next|early|late|mid|end|beginning|middle|start|between|and|to|or)\s*-?$/;

export class MonthParser extends TimexParser {
  protected readonly regex = PATTERN;
  // capitalised only: read() takes no lower-case month ("march" the verb)
  protected override readonly keywords =
    /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
  /** "the very beginning of the " + "Wednesday, " + "this coming " + "31st of " + "the fourth week of " */
  override readonly keywordLead = 100;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const [, modText, weekdayText, which, dayBefore, weekOrdinal, monthText, dayAfter, yearText, yearWhich] = match;
    if (!monthText || monthText[0] !== monthText[0]!.toUpperCase()) return null;
    const month = parseMonth(monthText);
    if (!month) return null;
    const dayText = dayBefore ?? dayAfter;
    const day = dayText ? Number(dayText) : null;
    let year: number | null = null;
    if (yearText && /^[a-z]/i.test(yearText)) year = parseSpokenYear(yearText);
    else if (yearText)
      year = yearText.startsWith("'")
        ? 1900 + Number(yearText.slice(1)) + (Number(yearText.slice(1)) < 30 ? 100 : 0)
        : Number(yearText);
    if (year !== null && (year < 1000 || year > 2199)) return null;
    const bare = !day && !year && !which && !modText && !yearWhich && !weekOrdinal;
    if (weekOrdinal && (dayBefore || dayAfter)) return null;
    if (bare) {
      const short = !/^[A-Z][a-z]+$/.test(monthText) || monthText.length <= 3;
      const ambiguous = /^(may|march)$/i.test(monthText) || short;
      const monthStart = index + (match[0].length - match[0].trimStart().length);
      if (ambiguous && !MONTH_CONTEXT_BEFORE.test(textBefore(context, monthStart, 20))) return null;
      if (/^[A-Z][a-z]{2}$/.test(monthText) && monthText !== 'May') return null; // "Jan" alone is a name more often than January
      if (/^\s+[A-Z][a-z]/.test(context.text.slice(index + match[0].length, index + match[0].length + 3)) && ambiguous)
        return null;
    }
    if (day !== null && (day < 1 || day > 31)) return null;
    const pointMod = parsePointMod(modText);
    const frame: Frame = {
      kind: 'month',
      resolve: ({ dct, tense, clearPast }) => {
        let y = year;
        let why = '';
        if (y === null && yearWhich && dct) {
          y = dct.y + (yearWhich.toLowerCase() === 'last' ? -1 : yearWhich.toLowerCase() === 'next' ? 1 : 0);
          why = `"${yearWhich} year" from the publication date`;
        }
        if (y === null && dct && day !== null && weekdayText && !which) {
          // "Saturday, April 25": the year whose April 25 is a Saturday, when one near publication is
          const wd = parseWeekday(weekdayText);
          const fits = [dct.y, dct.y - 1, dct.y + 1].filter(
            (yy) => isValidDay(yy, month, day) && isoWeekday({ y: yy, m: month, d: day }) === wd,
          );
          if (fits.length === 1) {
            y = fits[0]!;
            why = `${weekdayText.replace(/\.$/, '')}, ${MONTH_NAMES[month - 1]} ${day}: the year near publication when that day is a ${WEEKDAY_NAMES[wd! - 1]}, ${y}`;
          }
        }
        if (y === null && dct) {
          const picked = pickYear(
            dct,
            month,
            day,
            which?.toLowerCase().replace(/\s+/g, ' '),
            frame.tense ?? tense,
            clearPast,
          );
          y = picked.y;
          why = picked.why;
        }
        if (y === null) {
          const value = day
            ? `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
            : `XXXX-${String(month).padStart(2, '0')}`;
          return unplacedReading(
            value,
            `${MONTH_NAMES[month - 1]} of an unknown year (no publication date)`,
            pointMod?.mod,
          );
        }
        if (day !== null && !isValidDay(y, month, day)) return null;
        if (weekOrdinal) {
          // the n-th week of a month is the ISO week holding its 4th, 11th, … day; the last one holds the 4th-last
          const n = { first: 1, second: 2, third: 3, fourth: 4 }[weekOrdinal.toLowerCase()];
          const d = n ? 7 * n - 3 : daysInMonth(y, month) - 3;
          return dateReading(
            weekPeriod({ y, m: month, d }),
            `the ${weekOrdinal} week of ${MONTH_NAMES[month - 1]} ${y}`,
          );
        }
        const period = day ? dayPeriod({ y, m: month, d: day }) : monthPeriod(y, month);
        const reading = dateReading(
          period,
          why ||
            (day
              ? `the date as written: ${humanDay({ y, m: month, d: day })}`
              : `${MONTH_NAMES[month - 1]} ${y} as written`),
          pointMod?.mod,
        );
        if (pointMod)
          Object.assign(reading, narrowed(period, pointMod.mod, { relativeToNow: pointMod.relativeToNow, dct }));
        return reading;
      },
    };
    return frame;
  }
}

/** The year of a month (and day) written without one. */
export function pickYear(
  dct: Day,
  month: number,
  day: number | null,
  which: string | undefined,
  tense: Tense | null | undefined,
  clearPast = false,
): { y: number; why: string } {
  const name = day ? `${MONTH_NAMES[month - 1]} ${day}` : MONTH_NAMES[month - 1]!;
  const key = (y: number): number =>
    day ? epochDay({ y, m: month, d: Math.min(day, 28) }) + (day > 28 ? day - 28 : 0) : y * 12 + month;
  const now = day ? epochDay(dct) : dct.y * 12 + dct.m;
  if (which === 'this' || which === 'the same') return { y: dct.y, why: `"this ${name}": the one of ${dct.y}` };
  if (which === 'last' || which === 'this past') {
    const y = key(dct.y) < now ? dct.y : dct.y - 1;
    return { y, why: `"${which} ${name}": the one before ${humanDay(dct)}` };
  }
  if (which === 'next' || which === 'this coming') {
    const y = key(dct.y) > now ? dct.y : dct.y + 1;
    return { y, why: `"${which} ${name}": the one after ${humanDay(dct)}` };
  }
  const periodOf = (y: number) =>
    day ? dayPeriod({ y, m: month, d: Math.min(day, daysInMonth(y, month)) }) : monthPeriod(y, month);
  const best = nearestByTense(dct, tense, periodOf, clearPast);
  const side = sideOf(periodOf(best), dct);
  const rel =
    tense === 'past' && clearPast
      ? `the latest one on or ${side === 'around' ? 'around' : 'before'}`
      : `the nearest one${tense && tense !== 'present' ? ' by tense' : ''}, ${side === 'around' ? 'around' : side}`;
  return { y: best, why: `${tenseWord(tense)}: ${name} ${best} is ${rel} ${humanDay(dct)}` };
}
