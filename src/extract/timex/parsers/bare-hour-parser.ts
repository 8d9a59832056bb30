/**
 * An hour written as a bare number, which the words next to it make a clock time: a part of day ("at 8
 * tonight", "at nine tomorrow morning", "at 10 this morning", "tonight at 11", "Friday evening at 7") or the
 * opening end of a range of clock times ("3" in "3-4pm", "9" in "between 9 and 11 a.m.", "8" in "from 8 to 11 tonight"). The date-time refiner
 * puts it on the part of day, which gives it its half of the day; the clock-range refiner gives it the
 * meridiem of the range's other end. Alone ("at 8", "3-4") it is no timex: the frame resolves to nothing.
 */
import type { Frame } from '../frame.js';
import { ZONE_NAMES, ZONE_WORD } from '../zones.js';
import { startWords, triggers } from '../word-index.js';
import { HOUR_WORDS, MONTH_NAME, WEEKDAY_ANY_DOT } from '../words.js';
import { MERIDIEM, PART, timeFrame, type ClockTime } from './time-parser.js';
import { TimexParser, textAfter, textBefore, type ParsingContext } from './timex-parser.js';
import { PART_OF_DAY } from './day-ref-parser.js';
import { afternoonOfBareHour, timeInPartOfDay } from '../refiners/date-time-refiner.js';

const HOUR = `(?:\\d{1,2}|${HOUR_WORDS.join('|')})`;
/** A part of a named day: "tonight", "this morning", "tomorrow evening", "Friday night". */
const PART_OF_A_DAY = `(?:tonight|overnight|(?:this|tomorrow|yesterday|last|${WEEKDAY_ANY_DOT})\\s+(?:morning|afternoon|evening|night))`;
const MERIDIEM_OR_OCLOCK = `(?:${MERIDIEM}|o.clock)(?![\\w])`;
/** What makes a number a clock time of its own (the time parser reads it then): "8 p.m.", "8:30", "8 GMT". */
const NOT_BARE = `(?![\\d:]|[.,]\\d|\\s*(?:${MERIDIEM_OR_OCLOCK}|${PART}|${ZONE_WORD}))`;
/** What makes a number before a part of day an hour ("at 8 tonight", "scheduled for 8 this evening"). */
const HOUR_LEAD =
  /(?:\b(?:at|by|until|till|before|after|around|about|approximately|since|from|(?:scheduled|set|slated|due|called|planned)\s+for)\s+|\b(?:from|between)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:-|–|—|to|and|until|till|through)\s*)$/i;
/** A day that repeats: "every day", "daily", "Mondays", "Tuesday nights" (the habitual refiner makes one SET of it). */
const REPEATING_DAY = `(?:every|each)\\s+day|daily|(?:mon|tues|wednes|thurs|fri|satur|sun)days|${WEEKDAY_ANY_DOT}\\s+(?:mornings|afternoons|evenings|nights)`;
/**
 * A day written before "at" and an hour: "Friday at 8", "tomorrow at 6", "every day at 9", "Tuesday nights at 8",
 * "March 7 at 6", "5th August at 9", and a day with its year: "November 18, 2010 at 4", "3 Jan 2010 at 8".
 */
const DAY_BEFORE_AT = `(?:\\b(?:${WEEKDAY_ANY_DOT}|today|tomorrow|${REPEATING_DAY})|(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME})(?:,?\\s+\\d{4})?)`;
/** After such an hour, the end of its phrase: a mark or a joining word, not a noun it counts ("at 8 percent"). */
const HOUR_END = `\\s*(?:[.,;:!?)"”’]|$)|\\s+(?:on|and|or|to|for|when|with|until|till|through|thru|sharp|local|where|before|after)(?![\\w])`;
const HOUR_ENDS = `(?=${HOUR_END})`;
/** Before the day: an age, not an hour ("died Thursday at 9"). */
const AGE_BEFORE = /\b(?:died|dies|dead|death|aged?|born|turned|turns)\b/i;
const RANGE_JOINER = '\\s*(?:-|–|—|\\s(?:to|until|till|through|and)\\s)\\s*';

/** "about 10", "around 8.30": a clock time given roughly (APPROX); in the span, as the time parser has it. */
const APPROX = '(?<approx>(?:about|around|approximately)\\s+)?';
const PART_WORD = '(?:tonight|overnight|morning|afternoon|evening|night)';
/** What joins a part of day to the hour after it: "tonight at 11", "in the evening after 10", "between 8 and 9". */
const PART_THEN = `(?<partWord>${PART_WORD}),?\\s+(?<prep>at|after|before|by|until|till|between|from)\\s+`;

const PATTERN = new RegExp(
  // "at 8 tonight", "at 9.30 tomorrow morning", "at 8 on Friday evening"
  `(?<before>${HOUR})(?:\\.(?<beforeMinute>\\d{2}))?${NOT_BARE}(?=\\s+(?:on\\s+)?${PART_OF_A_DAY}(?![\\w]))` +
    // "tonight at 11", "Friday evening, at about 7", "in the evening after 10", "in the evening between 8 and 9"
    `|(?<=${PART_THEN})${APPROX}(?<after>${HOUR})(?:\\.(?<afterMinute>\\d{2}))?${NOT_BARE}` +
    // "Friday at 8", "March 7 at about 6.30": a day and "at" make a bare number a clock time, as written
    `|(?<=${DAY_BEFORE_AT},?\\s+at\\s+)(?<dayApprox>(?:about|around|approximately)\\s+)?(?<onDay>${HOUR})(?:\\.(?<onDayMinute>\\d{2}))?${NOT_BARE}${HOUR_ENDS}` +
    // "3" in "3-4pm", "from 9.30 to 11 a.m.", "between 8 and 10 GMT", "from 8 to 11 tonight"
    `|(?<open>\\d{1,2})(?:\\.(?<openMinute>\\d{2}))?(?=${RANGE_JOINER}\\d{1,2}(?:[:.]\\d{2})?` +
    `(?:\\s*(?:${MERIDIEM_OR_OCLOCK}|${ZONE_WORD})|(?<openPart>\\s+(?:on\\s+)?${PART_OF_A_DAY}(?![\\w])|\\s+(?:${PART})(?![\\w]))))` +
    // "8" in "Thursday between 8 and 12", "Saturday from 10 to 4": a day, then a range of bare hours that ends its
    // phrase (not "between 8 and 12 percent")
    `|(?<=${DAY_BEFORE_AT},?\\s+(?:between|from)\\s+)(?<dayOpen>\\d{1,2})(?:\\.(?<dayOpenMinute>\\d{2}))?${NOT_BARE}(?=${RANGE_JOINER}\\d{1,2}(?:\\.\\d{2})?${NOT_BARE}(?:${HOUR_END}))` +
    // "9" in "in the evening between 8 and 9" (what comes before is read from the text: chrono hands the pattern
    // only what follows the "8" it has just read)
    `|(?<=(?:[-–—]|\\s(?:to|until|till|through|and))\\s*)(?<close>${HOUR})(?:\\.(?<closeMinute>\\d{2}))?${NOT_BARE}`,
  'i',
);
/** Before the closing hour of a range after a part of day: "evening between 8 and ", "morning from 9 to ". */
const CLOSE_BEFORE = new RegExp(`(${PART_WORD}),?\\s+(?:between|from)\\s+\\d{1,2}(?:[:.]\\d\\d)?${RANGE_JOINER}$`, 'i');
/**
 * Before the closing hour of a range that opens on a clock time with its meridiem: "3pm - ", "9 a.m. to " (the
 * clock-range refiner gives the hour the half of the day after the opening: "3pm - 11" closes at 11 p.m.).
 */
const CLOCK_CLOSE_BEFORE = /(?<![\d:.])(\d{1,2})(?:[:.]\d\d)?\s*([ap])\.?m\.?\s*(?:-|–|—|\bto|\buntil|\btill)\s*$/i;
/** Before the closing hour of a range of bare hours after a day: "Thursday between 8 and ", "Saturday from 10 to ". */
const DAY_RANGE_CLOSE_BEFORE = new RegExp(
  `${DAY_BEFORE_AT},?\\s+(?:between|from)\\s+(\\d{1,2})(?:\\.\\d\\d)?${RANGE_JOINER}$`,
  'i',
);
/**
 * A verb of change in the clause before such a range: its numbers are figures, not hours ("Unemployment fell on Friday
 * from 9 to 7", "the rate was cut on Tuesday from 8 to 6").
 */
const CHANGE_BEFORE =
  /\b(?:r[io]se[ns]?|rising|f[ae]ll(?:s|en|ing)?|climb\w*|dropp?\w*|jump\w*|slipp?\w*|gain\w*|lost|los(?:e|es|ing)|increas\w*|decreas\w*|grow\w*|grew|shr[aiu]nk\w*|rais\w*|cut(?:s|ting)?|lower\w*|boost\w*|mov(?:e|ed|es|ing)|went|go(?:es|ing)?|surg\w*|plung\w*|tumbl\w*|soar\w*|slid\w*|s[ai]nk\w*|edg\w*|chang\w*|swung|swing\w*|shift\w*|revis\w*|upgrad\w*|downgrad\w*)\b[^.;:!?]*$/i;
/** After an hour that follows a part of day and "after", "before"…: the end of its phrase, or a range's joiner. */
const PART_HOUR_ENDS = new RegExp(`^(?:${HOUR_END})`, 'i');
/** After the first hour of "between 8 and 9": the joiner and the second. */
const RANGE_GOES_ON = new RegExp(`^${RANGE_JOINER}${HOUR}(?:[.:]\\d\\d)?(?:${HOUR_END})`, 'i');
/** The hours (0–24) a part of day holds, for an hour read in it: "in the evening from 2 to 4" is no time. */
const PART_HOURS: Partial<Record<string, [number, number]>> = { MO: [4, 12], AF: [12, 18], EV: [16, 24], NI: [18, 24] };

export class BareHourParser extends TimexParser {
  protected readonly regex = PATTERN;
  /**
   * A part of day, before the hour ("at 8 tonight") or after it ("tonight at 11", "in the evening between 8 and 9":
   * a closing hour has one at most 48 characters before, CLOSE_BEFORE); the "at" of "Friday at 8"; the meridiem,
   * o'clock, zone or part of day that makes "3" in "3-4pm" a range's opening hour ("p.m." is the runs "p" and "m").
   * Parts of day are endings: the pattern reads one glued to the word before ("midnight between 8 and 9").
   */
  protected override readonly triggerWords = triggers(
    `at am pm m clock between from ${ZONE_NAMES.join(' ')}`,
    'night morning forenoon afternoon evening',
  );
  /** An approximation or an hour. */
  protected override readonly startWords = startWords(`about around approximately ${HOUR_WORDS.join(' ')}`, true);
  /** "12.30 through 11.30 on Wednesday " before the trigger word, at most. */
  override readonly keywordLead = 40;
  /** "evening, between 12.30 through " after it, with room for wider spacing. */
  override readonly keywordTrail = 32;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const g = match.groups!;
    const hourText = (g.before ?? g.after ?? g.close ?? g.onDay ?? g.open ?? g.dayOpen)!;
    const minuteText =
      g.beforeMinute ?? g.afterMinute ?? g.closeMinute ?? g.onDayMinute ?? g.openMinute ?? g.dayOpenMinute;
    const word = HOUR_WORDS.indexOf(hourText.toLowerCase());
    const hour = word >= 0 ? word + 1 : Number(hourText);
    const minute = minuteText === undefined ? null : Number(minuteText);
    if (hour < 1 || hour > 12 || (minute !== null && minute > 59)) return null;
    // "killed 10 this morning", "the toll rose to 10 this morning": a number before a part of day is an hour
    // only after "at", "until"… or as the end of a range ("from 8 to 11 tonight"; not a score, "won 3-1 tonight")
    if (g.before !== undefined && !HOUR_LEAD.test(textBefore(context, index, 20))) return null;
    if (g.onDay !== undefined && AGE_BEFORE.test(textBefore(context, index, 60))) return null;
    // "from 8 to 11 tonight", "between 9 and 11 this morning"; not a score, "won 3 to 1 this morning"
    if (g.openPart !== undefined && !/\b(?:from|between)\s+$/i.test(textBefore(context, index, 10))) return null;
    const approx = g.approx ?? g.dayApprox;
    // (an hour written with its zero, "at 07", is on the 24-hour clock, as in the time parser)
    const time: ClockTime = { hour, minute, ambiguous: !hourText.startsWith('0'), text: match[0] };
    if (approx) time.mod = 'APPROX';
    const prep = g.prep?.toLowerCase();
    const closePart = g.close !== undefined ? CLOSE_BEFORE.exec(textBefore(context, index, 48))?.[1] : undefined;
    if (g.dayOpen !== undefined)
      return CHANGE_BEFORE.test(textBefore(context, index, 80)) ? null : timeFrame(dayRangeOpening(time));
    if (g.close !== undefined && closePart === undefined) {
      const dayRange = DAY_RANGE_CLOSE_BEFORE.exec(textBefore(context, index, 64));
      if (dayRange) {
        if (!PART_HOUR_ENDS.test(textAfter(context, index + match[0].length, 16))) return null;
        if (CHANGE_BEFORE.test(textBefore(context, index, 96))) return null;
        return timeFrame(
          dayRangeClosing(
            time,
            dayRangeOpening({ hour: Number(dayRange[1]), minute: null, ambiguous: true, text: dayRange[1]! }).hour,
          ),
        );
      }
      // "3pm - 11", "from 9 a.m. to 5": a bare closing hour after a clock time that ends its phrase; not one an hour
      // or two after the opening in its half of the day ("from 7 a.m. to 8": 8 a.m. or 8 p.m.)
      const opening = CLOCK_CLOSE_BEFORE.exec(textBefore(context, index, 16));
      if (!opening || !PART_HOUR_ENDS.test(textAfter(context, index + match[0].length, 16))) return null;
      const gap = (hour % 12) - (Number(opening[1]) % 12);
      return gap > 0 && gap <= 2 ? null : timeFrame(time, true);
    }
    const partWord = (g.partWord ?? closePart)?.toLowerCase();
    if (partWord === undefined || prep === 'at') return timeFrame(time, true);
    // "in the evening after 10", "Friday night before 11", "in the evening between 8 and 9": the part of day
    // before gives the hour its half of the day; the hour ends its phrase ("this morning after 10 years" is none)
    // or opens a range ("between 8 and 9")
    const end = index + match[0].length;
    const ranged = prep === 'between' || prep === 'from';
    const after = textAfter(context, end, 16);
    if (g.after !== undefined && ranged ? !RANGE_GOES_ON.test(after) : !PART_HOUR_ENDS.test(after)) return null;
    const part = PART_OF_DAY[partWord]!;
    const onPart = timeInPartOfDay(time, part);
    const [first, last] = PART_HOURS[part] ?? [0, 24];
    if (onPart.hour < first || onPart.hour > last) return null;
    // (the small hours of a night, "Friday night after 2", fall on the next day: left to a written a.m.)
    if (onPart.dayShift) return null;
    return timeFrame(onPart);
  }
}

/**
 * The opening hour of a range of bare hours after a day, in the half of the day a reader takes it in: 1 to 5 the
 * afternoon's ("Saturday from 2 to 5"), as "Friday at 3" is (afternoonOfBareHour); 6 to 12 as written ("Thursday
 * between 8 and 12").
 */
function dayRangeOpening(time: ClockTime): ClockTime {
  return { ...afternoonOfBareHour(time), ambiguous: false };
}

/** The closing hour: the first such hour after the opening one ("from 10 to 4" closes at 16:00, "8 and 12" at noon). */
function dayRangeClosing(time: ClockTime, openingHour: number): ClockTime {
  const hour = time.hour > openingHour ? time.hour : time.hour + 12;
  return { ...time, hour: hour > 24 ? time.hour : hour, ambiguous: false };
}
