/**
 * A weekday with a day of the month and no month: "Tuesday the 26th", "on Friday, the 3rd", "on Tuesday 19th". The month is the
 * one near publication whose day falls on that weekday (nearest, unless the tense points one way), as a
 * reader checks a calendar. No such day within three months either side is a slip of the writer's: the day of
 * the month nearest by tense, which says more than the weekday.
 */
import { addMonths, dayPeriod, epochDay, humanDay, isoWeekday, isValidDay, type Day } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, TENSE_PENALTY_DAYS, unplacedReading } from '../periods.js';
import { DAY_ORDINAL_WORD, DAY_PREPOSITIONS, WEEKDAY, WEEKDAY_SHORT, parseDayOrdinal, parseWeekday } from '../words.js';
import { triggers } from '../word-index.js';
import { textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = new RegExp(
  // an abbreviation without its dot before a day in digits: "on Thu 17th", "Sat, the 3rd" (listings, schedules)
  `(${WEEKDAY}|${WEEKDAY_SHORT}(?=,?\\s+(?:the\\s+)?\\d)),?\\s+(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${DAY_ORDINAL_WORD})` +
    // then punctuation or a word that cannot begin the noun an ordinal would count ("Friday, the fourth decline",
    // "Tuesday the first generation of …" are no dates; a verb may follow, "Tuesday the 26th is a holiday"; "Tuesday the 26th of March" is the month parser's)
    `(?=\\s*(?:[.,;:!?()"'”’–—]|$)|\\s+(?:at|in|on|and|or|but|when|after|before|until|from|to|for|as|with|he|she|it|they|we|I|is|was|will|would|could|has|had|saw|v|vs|versus|against)\\b|\\s+-\\s)`,
  'i',
);

/** A verb of a rank before the day: "finished Fri 3rd in the standings" is a place in a table. */
const RANK_VERB_BEFORE = /\b(?:finish(?:ed|es)?|came|comes|placed|ranked|ranks|stood|stands|sits|lies|lay)\s+$/i;

/** Words that say a day follows: a preposition of time, "next" or "this", or a post's "see you". */
const DAY_BEFORE = new RegExp(`\\b(?:${DAY_PREPOSITIONS}|next|this|coming|see\\s+(?:you|u|ya))\\s+$`, 'i');

/** How many months either side of publication are searched for the day. */
const REACH_MONTHS = 3;

export class WeekdayDateParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly triggerWords = triggers('mon tue tues wed thu thur thurs fri sat sun', 'day');
  override readonly keywordLead = 0;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const [text, weekdayText, dayText] = match;
    const wd = parseWeekday(weekdayText!);
    const d = parseDayOrdinal(dayText!);
    if (wd === null || d === null) return null;
    // "sat", "sun", "wed" without a dot or a capital are words ("who sat 3rd in the table", "wed 2nd time round")
    // unless a preposition, "next", or a post's "see you", says a day follows: "left on sat 23rd", "see you sat the
    // 14th", "party next sat the 21st"
    if (/^(?:sat|sun|wed)$/.test(weekdayText!) && !DAY_BEFORE.test(textBefore(context, index, 12))) return null;
    // without "the" only in digits after a preposition ("on Tuesday 19th", as British prose writes it) or where a
    // listing's entry starts (a line, or after a colon or the bracket that closes the entry before: "Fixtures: Sat
    // 18th v Leeds (3pm), Tue 21st v Hull"): "Sunday first" is no date, nor "finished Saturday 3rd in the table";
    // an abbreviation, a listing's word, after a comma, "and" or a dash too ("Sat 16th v Leeds, Tue 26th v Hull", "Sat
    // 16th and Sun 17th: no service"), and anywhere with its capital ("restart Wed 11th")
    if (!/\sthe\s/i.test(text!)) {
      const before = textBefore(context, index, 12);
      if (
        !/^\d/.test(dayText!) ||
        !(
          DAY_BEFORE.test(before) ||
          /(?:^[^\S\n]*|\n[^\S\n]*|[:;][^\S\n]*|\),?[^\S\n]*)$/.test(before) ||
          (/^[A-Za-z]{3,5}$/.test(weekdayText!) &&
            !/day$/i.test(weekdayText!) &&
            /(?:,|\band|\bor|&|[-–])[^\S\n]*$/.test(before)) ||
          // a capitalised abbreviation before a day in digits anywhere ("collections restart Wed 11th"), but a rank
          // ("finished Fri 3rd in the standings")
          (/^[A-Z][a-z]{2,4}$/.test(weekdayText!) && !RANK_VERB_BEFORE.test(before))
        )
      )
        return null;
    }
    const frame: Frame = {
      kind: 'weekday-date',
      resolve: ({ dct, tense }) => {
        if (!dct) return unplacedReading('XXXX-XX-XX', `"${text}" needs the publication date`);
        const now = epochDay(dct);
        const t = frame.tense ?? tense;
        const nearest = (sameWeekday: boolean): Day | null => {
          let best: Day | null = null;
          let bestCost = Infinity;
          for (let k = -REACH_MONTHS; k <= REACH_MONTHS; k++) {
            const { y, m } = addMonths({ y: dct.y, m: dct.m, d: 1 }, k);
            if (!isValidDay(y, m, d) || (sameWeekday && isoWeekday({ y, m, d }) !== wd)) continue;
            const offset = epochDay({ y, m, d }) - now;
            const against = (t === 'past' && offset > 0) || (t === 'future' && offset < 0);
            const cost = Math.abs(offset) + (against ? TENSE_PENALTY_DAYS : 0);
            if (cost < bestCost) [best, bestCost] = [{ y, m, d }, cost];
          }
          return best;
        };
        const weekday = weekdayText!.replace(/\.$/, '');
        const agreeing = nearest(true);
        if (agreeing)
          return dateReading(
            dayPeriod(agreeing),
            `"${text}": the day near publication that falls on a ${weekday}, ${humanDay(agreeing)}`,
          );
        // "Friday the 13th is said to be unlucky": the superstition, not a slip, when no such Friday is near
        if (wd === 5 && d === 13) return null;
        // a slip of the writer's: the day of the month is the more exact of the two
        const day = nearest(false)!;
        return dateReading(
          dayPeriod(day),
          `"${text}": no ${weekday} the ${d} near publication; the nearest ${humanDay(day)}`,
        );
      },
    };
    return frame;
  }
}
