/**
 * Days named relative to publication: "today", "yesterday", "tomorrow" (and "tmrw", "tmr", "2moro", "yday" as posts write
 * them), "(the) day before yesterday",
 * with an optional part of day ("yesterday evening" -> …TEV) and mod ("earlier today", "late yesterday").
 */
import { addDays, clockText, partOfDayPeriod, humanDay, dayPeriod, isoDay, type PartOfDay } from '../calendar.js';
import type { Frame } from '../frame.js';
import { cutAtPublication, dateReading, narrowed, unplacedReading } from '../periods.js';
import { parsePointMod } from '../words.js';
import { triggers } from '../word-index.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = new RegExp(
  '(early|earlier|late|later)?\\s*' +
    // "day after tomorrow" is said without "the" too
    '((?:the\\s+)?day\\s+before\\s+yesterday|(?:the\\s+)?day\\s+after\\s+tomorrow|today|yesterday|tomorrow|' +
    // as posts and texts write them ("is the bus running tmrw", "2moro", "yday")
    'tmrw|tmr|tomoz|2moro|2morrow|yday)' +
    '(?:\\s+(morning|forenoon|afternoon|lunchtime|evening|night))?',
  'i',
);

/**
 * "today's world", "today's youth": "today's" before a noun of an age, not of a day, is the present in general
 * (TIMEX3 PRESENT_REF, not the publication day). "today's vote", "today's session" stay the day.
 */
const PRESENT_DAY_NOUN =
  /^['’]s\s+(?:(?:fast-changing|modern|young|rapidly\s+changing|increasingly|ever-changing|global|digital)\s+)?(?:world|society|societies|generation|generations|youth|young|teenagers|teens|kids|children|standards|culture|age|era|technology|technologies|economy|workplace|politics|media|consumers|challenges|realities|reality)\b/i;

/** A count before "day before yesterday" without "the": "a day before yesterday" is a length counted from a day. */
const COUNT_BEFORE = /(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several)|\d)\s+$/i;

export const PART_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO',
  // the Indian and older English word for the morning ("on Monday forenoon")
  forenoon: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
  midday: 'MI',
  lunchtime: 'MI',
  'mid-day': 'MI',
};

/** The short forms of posts and texts, and the word each stands for (the part-of-day parser reads "tonite" too). */
export const SHORT_FORMS: Record<string, string> = {
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  yday: 'yesterday',
  tonite: 'tonight',
  '2nite': 'tonight',
  '2night': 'tonight',
};

export class DayRefParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** "latertoday": the pattern allows no space before the day. */
  protected override readonly triggerWords = triggers('tmrw tmr tomoz moro morrow yday', 'today yesterday tomorrow');
  /** "earlier " + "the day before " */
  override readonly keywordLead = 40;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const modWord = match[1];
    const word = SHORT_FORMS[match[2]!.toLowerCase()] ?? match[2]!.toLowerCase();
    // "tmr" in lower case only: "TMR", "Tmr" are abbreviations of other things
    if (/^tmr$/i.test(match[2]!) && match[2] !== 'tmr') return null;
    if (/^day/.test(word) && COUNT_BEFORE.test(textBefore(context, index, 12))) return null;
    const part = match[3] ? PART_OF_DAY[match[3].toLowerCase()] : undefined;
    if (word === 'today' && !modWord && !part && PRESENT_DAY_NOUN.test(textAfter(context, index + match[0].length, 48)))
      return {
        kind: 'present-ref',
        resolve: () =>
          unplacedReading(
            'PRESENT_REF',
            `"${match[0]}'s" before a noun of an age refers to the present in general, not to a date`,
          ),
      };
    const offset = word.includes('before')
      ? -2
      : word.includes('after')
        ? 2
        : word === 'yesterday'
          ? -1
          : word === 'tomorrow'
            ? 1
            : 0;
    const pointMod = parsePointMod(modWord);
    return {
      kind: 'day-ref',
      resolve: ({ dct, clock }) => {
        if (!dct)
          return unplacedReading(
            part ? `XXXX-XX-XXT${part}` : 'XXXX-XX-XX',
            `"${match[0]}" needs the publication date`,
          );
        const day = addDays(dct, offset);
        const why = `"${word}" counted from the publication date: ${humanDay(day)}`;
        if (part) {
          const reading = dateReading(partOfDayPeriod(day, part), why, pointMod?.mod);
          reading.type = 'TIME';
          return reading;
        }
        const reading = dateReading(dayPeriod(day), why, pointMod?.mod);
        if (pointMod?.relativeToNow && offset === 0) {
          // against a publication time, "earlier today" ended then and "later today" starts then (as "this
          // morning" told in the past does); with a date alone, the whole day
          const whole = { from: `${isoDay(day)}T00:00`, to: `${isoDay(addDays(day, 1))}T00:00` };
          const cut = cutAtPublication({ ...dayPeriod(day), ...whole }, dct, clock, pointMod.relativeToNow);
          if (cut) {
            Object.assign(reading, cut);
            reading.granularity = 'partOfDay';
            reading.why += `, ${pointMod.relativeToNow} the publication time (${clockText(clock!)})`;
          } else Object.assign(reading, narrowed(dayPeriod(day), undefined));
        }
        return reading;
      },
    };
  }
}
