/**
 * The bare days of a list of three days or more with its month named once: "January 12, 14 and 16" (the "14" and the
 * "16": days of the month named before), "on 12, 14 and 16 January" (the "12": a day of the month named after),
 * "the 3rd, 4th and 5th of March". TimeML tags each day as its own timex; read alone, "12," was no date, and "14"
 * and "16" after a comma were counts. Lists of two days ("April 24 and 25", "14 and 16 January") are the range
 * parser's. Not lists: a count after a date ("January 12, 14 people died"), a list that never closes with "and" or
 * "or" and a day, days out of order.
 */
import { MONTH_NAME } from '../words.js';
import { closingDay, openingDay } from './range-parser.js';
import { QUANTITY_AFTER } from './year-parser.js';
import { textAfter, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';
import { startWords, type TriggerWords } from '../word-index.js';

const DAY = '(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?';
/** What joins the last day of a list: "and", "or", "&", after a comma or not. */
const LAST_JOIN = '\\s*,?\\s*(?:and|or|&)\\s+';
const PATTERN = new RegExp(
  // 1: a day after the first of a list whose month is named before it: "January 12, 14 and 16" (the list before it is
  // read from the whole text: a parser's next match is sought in the text after its last, which a look-behind
  // cannot see behind)
  `(?<=(?:,|\\b(?:and|or)|&)\\s*(?:the\\s+)?)(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\w:/-]|\\.\\d|,\\d{3}|,\\s*\\d{3}(?!\\d))` +
    // 2: a day before the last two of a list whose month is named after it: "12, 14 and 16 January"
    `|(?<start>(?:the\\s+)?(?<openDay>\\d{1,2})(?:st|nd|rd|th)?)(?=(?:\\s*,\\s*${DAY})+${LAST_JOIN}(?:the\\s+)?(?<closeDay>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<monthAfter>${MONTH_NAME})(?![\\w-])(?:,?\\s+(?<yearAfter>\\d{4})(?!\\d))?)`,
  'i',
);

/** The list before a day of it: its month, the days listed, and what joins the day to them. */
const LIST_BEFORE = new RegExp(
  `(?<![\\w-])(?<month>${MONTH_NAME})\\s*(?<before>\\d{1,2}(?:st|nd|rd|th)?(?:\\s*,\\s*${DAY})*)(?<join>\\s*,\\s*|${LAST_JOIN})(?:the\\s+)?$`,
  'i',
);
/** The rest of a list after a day of it: more days, then the last joined by "and" or "or". */
const LIST_REST = new RegExp(`^(?:\\s*,\\s*${DAY})*${LAST_JOIN}${DAY}`, 'i');
const DAY_NUMBERS = /\d{1,2}/g;
/** The year written after a list's last day: "5, 2015". */
const YEAR_AFTER = /^,\s*(\d{4})(?![\d,.]\d|\d)/;

export class DayListParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The day: a whole run of one or two digits (PATTERN allows no digit before nor after it). */
  protected override readonly triggerWords: TriggerWords = { words: [], digitRuns: [1, 2] };
  /** "the " before the day */
  override readonly keywordLead = 8;
  protected override readonly startWords = startWords('the', true);

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): FrameMatch | null {
    const g = match.groups!;
    if (g.openDay !== undefined) {
      // (the days in order: "12, 14 and 16 January", not "5, 2 and 9 January")
      const days = [...context.text.slice(index, index + 60).matchAll(DAY_NUMBERS)].map(Number);
      if (!ascending(days.slice(0, days.indexOf(Number(g.closeDay)) + 1))) return null;
      return openingDay(
        Number(g.openDay),
        Number(g.closeDay),
        g.monthAfter!,
        g.yearAfter,
        g.start!.length,
        undefined,
        'list',
      );
    }
    const day = Number(g.day);
    const list = LIST_BEFORE.exec(context.text.slice(Math.max(0, index - 80), index));
    if (!list) return null;
    const before = list.groups!.before!.match(DAY_NUMBERS)!.map(Number);
    const end = index + match[0].length;
    const after = textAfter(context, end, 60);
    const rest = LIST_REST.exec(after);
    // a middle day needs the list to close after it; the last needs two days before it (two days are a range's)
    const closedBefore = /(?:and|or|&)\s+$/i.test(list.groups!.join!);
    if (closedBefore ? before.length < 2 : !rest) return null;
    const restEnd = closedBefore ? 0 : rest![0].length;
    // not a count after the list ("January 12, 14 and 16 people")
    if (QUANTITY_AFTER.test(after.slice(restEnd))) return null;
    const listed = [...before, day, ...(rest ? rest[0].match(DAY_NUMBERS)!.map(Number) : [])];
    if (!ascending(listed)) return null;
    // the last day with the list's year: "March 3, 4 and 5, 2015" (the first day took it from there too)
    const year = closedBefore ? YEAR_AFTER.exec(after) : null;
    const frame = closingDay(list.groups!.month!, before, day, year?.[1], 'list');
    if (!frame) return null;
    return year ? { frame, length: match[0].length + year[0].length } : { frame };
  }
}

/** Whether the days rise one after the other, each a day of a month. */
function ascending(days: number[]): boolean {
  return days.every((d, k) => d >= 1 && d <= 31 && (k === 0 || d > days[k - 1]!));
}
