/**
 * Clock times: "3 p.m." (TIME, the publication day at 15:00 unless a day is attached), "10:30 a.m.",
 * "15:45", "noon", "midnight", "around 7:15 p.m." (APPROX). A zone keeps its offset in the value: "18:00 UTC"
 * → `…T18:00Z`, "3 p.m. EST" → `…T15:00-05:00`, "6:40 p.m. (GMT +8)" → `…T18:40+08:00`; a time given with its
 * GMT equivalent is one time whose offset is the difference ("10:35 a.m. (0735 GMT)" → `…T10:35+03:00`).
 * When the publication date carries a time, the tense picks the day: "was shot at 11 p.m." in a story of
 * 10:35 a.m. is the night before, "will land at 9 a.m." the next morning; and `from`/`to` are on the article's
 * own clock. A day written next to the time ("3 p.m. Wednesday", "Oct. 5 at noon") is merged by the
 * date-time refiner.
 * Also: "3 o'clock in the afternoon" (15:00), "eleven o'clock", "12 at night" (midnight), seconds ("at 18:32:56"
 * → `…T18:32:56`; "won in 2:05:37" is a time taken, DURATION `PT2H5M37S`), zones in lower case ("9:30 est")
 * and after a bare hour ("at 8 GMT"). An hour written without a.m./p.m. is marked `ambiguous`: a part of day
 * or a range next to it may still make it p.m.
 */
import {
  clockText,
  addDays,
  epochDay,
  epochMinute,
  humanDay,
  isoDay,
  minutesPeriod,
  offsetSuffix,
  pad,
  type Clock,
  type Day,
  type Period,
} from '../calendar.js';
import type { Anchor, Frame, Reading, ResolveContext, Tense } from '../frame.js';
import { dateReading, isDayOrFiner, unplacedReading } from '../periods.js';
import { CITY_TIME, ZONE_IN_WORDS, ZONE_NAME, ZONE_NAMES, ZONE_WORD, zoneOffset, zoneOfWords } from '../zones.js';
import { startWords, triggers, type TriggerWords } from '../word-index.js';
import { HOUR_WORDS, MONTH_NAME, RELATIVE_ASIDE_OPENING, WEEKDAY } from '../words.js';
import type { TimexMod } from '../../types.js';
import { TimexParser, textAfter, textBefore, type FrameMatch, type ParsingContext } from './timex-parser.js';

/**
 * A zone: a name ("EST"), in parentheses too ("9 a.m. (BST)"); an offset after GMT/UTC: "GMT+8", "GMT +8", "(GMT +8)";
 * not "GMT - 18:00" (a range to another time).
 */
const ZONE = `(?:(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?(?!\\d)|\\((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\)|${ZONE_NAME}(?![\\w])|\\(${ZONE_NAME}\\)|Z(?![\\w])|local\\s+time|${CITY_TIME}|${ZONE_IN_WORDS})`;
/** Hours in words, with "o'clock" or a part of day: "eleven o'clock", "at seven in the morning". */
const HOUR_WORD = HOUR_WORDS.join('|');
/** a.m. and p.m. as written. */
export const MERIDIEM = 'a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm';
/** A part of day after an hour: "in the afternoon", "at night". */
export const PART = 'in\\s+the\\s+(?:morning|forenoon|afternoon|evening)|at\\s+night';
/**
 * The same time in GMT, in parentheses, with its day if it gives one (which may be the next or the one before):
 * "(0735 GMT)", "(0030 GMT Friday)", "(2330 GMT on Sunday)".
 */
const GMT_EQUIVALENT = `\\((?<hGmt>\\d{1,2}):?(?<mGmt>\\d{2})\\s*(?:GMT|UTC)(?:,?\\s+(?:on\\s+)?${WEEKDAY})?\\)`;
/** After a clock time and its day, the same time in GMT: "11:47 p.m. local time Tuesday (1447 GMT)". */
export const GMT_EQUIVALENT_AFTER = new RegExp(`^[^\\S\\n]*${GMT_EQUIVALENT}`, 'i');

/**
 * The offset from GMT of a local clock time given with its GMT equivalent, in minutes: the difference within a day,
 * UTC-12 to UTC+14 ("10:35 a.m. (0735 GMT)" +180; "8:30 p.m. (0030 GMT Friday)" -240). Null for no clock time.
 */
export function offsetFromGmt(hour: number, minute: number, gmtHour: number, gmtMinute: number): number | null {
  if (gmtHour >= 24 || gmtMinute >= 60) return null;
  let diff = hour * 60 + minute - (gmtHour * 60 + gmtMinute);
  if (diff > 14 * 60) diff -= 1440;
  if (diff < -12 * 60) diff += 1440;
  return diff;
}

/** No clock time starts inside a number: "2:05:37" holds no "05:37", "1.30" no "30". */
const NOT_IN_NUMBER = '(?<![\\d:]|\\d[.,])';
/** No clock time ends inside one: "1:59.40" (a race time) is no "1:59". */
const NUMBER_ENDS = '(?![\\d:]|[.,]\\d)';
const PATTERN = new RegExp(
  '(?:(?<approx>around|about|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?' +
    '(?:' +
    // "12 midnight", "12:00 noon", "twelve o'clock midnight": one time, the noon or midnight (before the hours alone,
    // which would read "12:00" as noon and leave "midnight" apart)
    `${NOT_IN_NUMBER}(?:12|twelve)(?::00)?(?:\\s+o.clock)?\\s+(?<word12>noon|midnight|midday)(?![\\w])` +
    // "3 p.m.", "10:30 a.m.", "6:30:15 p.m.", "4 in the morning", "3 o'clock in the afternoon", "3 o'clock pm", "eleven o'clock";
    // "330 p.m.", "1030am": hour and minutes run together, only before a.m. or p.m.
    '|' +
    `${NOT_IN_NUMBER}(?<h12>\\d{1,2}|${HOUR_WORD})(?:[:.](?<m12>\\d{2})(?::(?<s12>\\d{2}))?|(?<=\\d)(?<mRun>[0-5]\\d)(?=\\s*(?:${MERIDIEM})(?![\\w])))?\\s*(?<ampm>${MERIDIEM}|${PART}|o.clock(?:\\s+(?:${PART}|${MERIDIEM}))?)(?![\\w])` +
    // "18:32:56", "2:05:37" (a race time unless a clock is meant)
    `|${NOT_IN_NUMBER}(?<hS>\\d{1,2}):(?<mS>\\d{2}):(?<sS>\\d{2})${NUMBER_ENDS}` +
    // "15:45", "14:58 hrs"; "11.30 BST" (a stop between hour and minutes only before a zone)
    `|${NOT_IN_NUMBER}(?<h24>\\d{1,2})(?::(?<m24>\\d{2})|\\.(?<m24dot>[0-5]\\d)(?=\\s*${ZONE_WORD}))${NUMBER_ENDS}(?:\\s*(?:hrs|hours)(?![\\w]))?` +
    // (a word of its own: "noonGMT" is none)
    '|(?<word>noon|midnight|midday)(?![\\w])' +
    // "0735 GMT"
    `|${NOT_IN_NUMBER}(?<hUtc>\\d{2})(?<mUtc>\\d{2})\\s*(?=(?:GMT|UTC|Z)\\b)` +
    // "at 1800 hours", "0430 hrs": a 24-hour clock written as four digits
    `|${NOT_IN_NUMBER}(?<hMil>[01]\\d|2[0-3])(?<mMil>[0-5]\\d)\\s*(?:hours|hrs)(?![\\w])` +
    // "tomorrow at 0900", "Monday at 1430": four digits after a day and "at" (isDayClock)
    `|${NOT_IN_NUMBER}(?<hDay>[01]\\d|2[0-3])(?<mDay>[0-5]\\d)${NUMBER_ENDS}(?![\\w-])` +
    // "at 12.30 on Saturday", "Sunday at 7.45": an hour and minutes with a stop, British style (isDottedClock)
    `|${NOT_IN_NUMBER}(?<hDot>\\d{1,2})\\.(?<mDot>[0-5]\\d)${NUMBER_ENDS}(?![\\w-])` +
    // "at 8 GMT": a bare hour with a zone
    `|${NOT_IN_NUMBER}(?<hZone>\\d{1,2})\\s*(?=${ZONE_WORD})` +
    ')' +
    // "11:00 a.m., Pacific Time, January 13": a zone in words set off by commas is the time's too
    `(?:\\s*(?<zone>${ZONE})|,\\s*(?<zone2>${ZONE_IN_WORDS})(?=\\s*,))?` +
    // the same time in GMT: "10:35 a.m. (0735 GMT)", "8:30 p.m. ET (0030 GMT Friday)"
    `(?:\\s*${GMT_EQUIVALENT})?`,
  'i',
);

/** A preposition that makes a number a clock time ("at 8 GMT", "until eleven at night"), or a range's dash ("8-10 GMT"). */
const CLOCK_PREPOSITION =
  /(?:\b(?:at|by|until|till|to|from|before|after|around|about|approximately|since|between|and|through)\s+|\d\s*[-–—]\s*)$/i;
/** Four digits that can be a 24-hour clock: an hour and its minutes ("0900", "2359"). */
const CLOCK_DIGITS = /^(?:[01]\d|2[0-3])[0-5]\d$/;
/** A day a clock time in four digits is told with: "today", "tomorrow", a weekday. */
const DAY_WORD = '(?:today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)';
/** Before four digits and "hours", a preposition of a clock time ("at 1800 hours"; not "to" or "from": "cut to 1500 hours"). */
const MILITARY_BEFORE = /\b(?:at|by|until|till|before|after|since|around|about|approximately)\s+$/i;
/** After four digits and "hours", words of a count of hours: "1500 hours of service", "1800 hours a year". */
const COUNT_AFTER = /^\s+(?:of|a|an|per|each|every|in\s+all|in\s+total|later|earlier|ago|long|straight)\b/i;
/**
 * Before four digits and "hours" with no preposition, what makes them a time all the same: a day ("Friday, 1300
 * hours", "tomorrow 1300 hours") or a verb of a start or an end ("the meeting starts 1300 hours", "set for 1400 hours").
 */
const CLOCK_HOURS_BEFORE = new RegExp(
  `(?:\\b${DAY_WORD},?|\\b(?:starts?|started|begins?|began|ends?|ended|opens?|opened|closes?|closed|resumes?|resumed|commences?|commenced|(?:set|scheduled|slated)\\s+for))\\s+$`,
  'i',
);
/** After them, a zone or a day: "1300 hours GMT", "1300 hours local time", "1300 hours on Friday", "1300 hours today". */
const CLOCK_HOURS_AFTER =
  /^\s*(?:\(?(?:gmt|utc|zulu|local\s+time)\b|on\s+(?:mon|tue|wed|thu|fri|sat|sun)|(?:today|tonight|tomorrow|yesterday)\b)/i;

/**
 * Whether four digits before "hours" are a 24-hour clock ("at 1800 hours", "0430 hrs"), not a count of hours
 * ("logged 1500 hours", "1200 hours of training"): an hour and minutes, after a preposition of a clock time, a day or
 * a verb of a start or an end, before a zone or a day, or with the leading zero no count is written with; and no word of
 * a count after. `before` is lower-cased text before
 * the digits, `after` the text after "hours".
 */
export function isClockHours(digits: string, before: string, after: string): boolean {
  if (!CLOCK_DIGITS.test(digits) || COUNT_AFTER.test(after)) return false;
  return (
    digits.startsWith('0') ||
    MILITARY_BEFORE.test(before) ||
    CLOCK_HOURS_BEFORE.test(before) ||
    CLOCK_HOURS_AFTER.test(after)
  );
}

/** Before four digits, a day and a preposition of a clock time: "tomorrow at 0900", "Monday from 2200". */
const DAY_CLOCK_BEFORE = new RegExp(
  `\\b${DAY_WORD}(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:at|from|until|till|by|before|after)\\s+(?:about\\s+|around\\s+)?$`,
  'i',
);
/** A preposition of a clock time right before four digits. */
const CLOCK_AT_BEFORE = /\b(?:at|from|until|till|by|before|after)\s+(?:about\s+|around\s+)?$/i;
/** After four digits, the day they fall on: "at 0600 tomorrow", "at 1430 on Friday". */
const DAY_AFTER = new RegExp(`^\\s*,?\\s+(?:on\\s+)?${DAY_WORD}\\b`, 'i');
/**
 * After four digits, a zone: "at 1320 local time", "0900 GMT", "1200 gmt", "at 2045 CET" (no year is told in a zone).
 * GMT, UTC and "local time" in any case; the other names only as written in capitals ("et", "west" are words).
 */
const ZONE_ANY_CASE_AFTER = /^\s*(?:\(?(?:gmt|utc)\b|z\b|local\s+time\b)/i;
const ZONE_NAME_AFTER = new RegExp(`^\\s+${ZONE_NAME}(?![\\w])`);
const zoneAfter = (after: string) => ZONE_ANY_CASE_AFTER.test(after) || ZONE_NAME_AFTER.test(after);
/** After four digits, a noun in lower case: a count ("Monday at 2000 locations"), no clock. */
const NOUN_AFTER =
  /^\s+(?!(?:on|in|at|and|or|but|to|until|till|with|for|from|local|when|while|before|after|the|this|next|today|tonight|tomorrow|yesterday)\b)[a-z]{3,}/;

/**
 * Before four digits, "between" or "from", or those, four digits and "and", "to" or "until": the ends of "between 0900
 * and 1100 GMT", "from 0600 until 2100".
 */
const BETWEEN_CLOCKS_BEFORE =
  /\b(?:between|from)\s+(?:(?<first>(?:[01]\d|2[0-3])[0-5]\d)\s+(?:and|to|until|till)\s+)?$/i;
/** After the first end, "and", "to" or "until", and the second. */
const AND_CLOCK_AFTER = /^\s+(?:and|to|until|till)\s+(?<second>(?:[01]\d|2[0-3])[0-5]\d)(?![\d:]|[.,]\d)/i;

/**
 * Whether four digits are the ends of a range of clock times: "between 0900 and 1100 GMT", "between 2200 and 0400
 * local time", "from 0600 until 2100" (a zone after the second end, or a leading zero no year has; not "between 1990
 * and 2000", "from 1990 to 2000", nor a count: "between 1500 and 2000 people").
 */
function isClockBetween(digits: string, before: string, after: string): boolean {
  const between = BETWEEN_CLOCKS_BEFORE.exec(before);
  if (!between) return false;
  const first = between.groups!.first;
  if (first) return digits.startsWith('0') || first.startsWith('0') || zoneAfter(after);
  const second = AND_CLOCK_AFTER.exec(after);
  if (!second) return false;
  const rest = after.slice(second[0].length);
  // (a zone first: "1200 gmt" in lower case is no noun of a count)
  return (
    zoneAfter(rest) || (!NOUN_AFTER.test(rest) && (digits.startsWith('0') || second.groups!.second!.startsWith('0')))
  );
}

/** Before a number, what tells it is a price or a level, not a time: "Shares closed at 12.30 on Friday". */
const PRICE_BEFORE =
  /(?:\b(?:closed|closing|ended|ending|finished|trade[ds]?|trading|stood|stands?|standing|settled|settling|rose|risen|rising|fell|fallen|falling|dropped|slipped|gained|jumped|climbed|eased|hovered|hovering|peaked|pegged|priced|valued|fixed|rates?|yields?|shares?|stocks?|index|prices?|bonds?|pound|sterling|dollar|euro|yen|currency|oil|crude|gold|pence|cents?|points?|odds|per\s+cent|percent)\b[^.;!?]*|[$£€¥%]\s?)$/i;

/**
 * Whether an hour and its minutes written with a stop ("12.30", "7.45") are a clock time: told with its day, after
 * a preposition of a clock time ("at 12.30 on Saturday", "Sunday at 7.45", "from 9.30 tomorrow"); a number with a
 * stop is most often a decimal, so not after words of a price or a level ("Shares closed at 12.30 on Friday").
 */
export function isDottedClock(before: string, after: string): boolean {
  if (NOUN_AFTER.test(after) || PRICE_BEFORE.test(before)) return false;
  return DAY_CLOCK_BEFORE.test(before) || (CLOCK_AT_BEFORE.test(before) && DAY_AFTER.test(after));
}

/**
 * Whether four digits are a 24-hour clock told with its day: "tomorrow at 0900", "today at 1430", "Friday from
 * 2200", "at 0600 tomorrow" (a year would not be put on a day), or written with the leading zero no year has ("at
 * 0900"), or an end of a range of them ("between 0900 and 1100 GMT"). `before` is the text before the digits, `after`
 * the text after them.
 */
export function isDayClock(digits: string, before: string, after: string): boolean {
  if (!CLOCK_DIGITS.test(digits) || NOUN_AFTER.test(after)) return false;
  return (
    DAY_CLOCK_BEFORE.test(before) ||
    (CLOCK_AT_BEFORE.test(before) && (DAY_AFTER.test(after) || zoneAfter(after) || digits.startsWith('0'))) ||
    isClockBetween(digits, before, after)
  );
}

/**
 * A month name right before a number makes it the month's day ("Dec. 6 in the morning"), not an hour; unless the
 * day came before the month ("14 November 7pm").
 */
const MONTH_BEFORE = new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)\\b${MONTH_NAME}\\s+$`, 'i');

/** Words before hours, minutes and seconds that make them a time taken: "in 2:05:37", "clocked 2:14:12". */
const TIME_TAKEN =
  /\b(?:in|of|clocked|timed|time|times|record|finish(?:ed|ing)?|ran|run|runs|won|winning|best|behind|ahead)\s+$/i;
/** A city's clock: "Athens time", "New York time" (written with the city's capital). */
const CITY_CLOCK = new RegExp(`^${CITY_TIME}$`);
/** Zones in lower case that are words too ("3 pm west of the city", "3 pm et al."): only in capitals. */
const WORD_LIKE_ZONE = /^(?:west|wet|[a-z]{1,2})$/;
/**
 * After a clock time's last word that is also a word of its own (a lower-case zone "et", "pt", "ct", "mt"; "am" after an
 * hour in words): what ends a time's phrase, so the word is the time's ("9:30 am et on Friday", "at 8 pm pt.", "9 pm
 * et (6 pm pt)", "at three am on Sunday", "at six am local time", a line's end); not "et al.", a word of a name ("3 pm
 * mt kenya") or the verb ("at one am I right").
 */
const CLOCK_WORD_ENDS =
  /^(?:\s*(?:[,;:!?()"”’–—]|\.(?!\s*al\b)|-\s|$)|[^\S\n]*\n|\s+(?:on|in|at|and|or|after|before|to|the|this|that|with|from|when|while|for|until|by|local|sharp|today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i;

/** A clock time as written: what the date-time refiner needs to put it on a day. */
export interface ClockTime {
  hour: number;
  /** null: the hour alone ("3 p.m."), hour granularity. */
  minute: number | null;
  /** Seconds when written ("18:32:56"): kept in the value; the granularity stays the minute. */
  second?: number;
  /**
   * The hour (1–12) was written without a.m./p.m. or a part of day ("3:30", "9 o'clock", "8" in "8 tonight"):
   * a range ("3:30-6 p.m.") or a part of day next to it ("8:30 tonight") may make it p.m.
   */
  ambiguous?: boolean;
  /** Days after the day the time is put on: the end of a range that runs past midnight ("10 p.m. to 2 a.m."). */
  dayShift?: number;
  /** The zone as written ("EST", "GMT+8"), or the offset a GMT equivalent gives; none when neither is written. */
  zone?: string;
  offset?: number;
  mod?: TimexMod;
  text: string;
}

/** A Frame that reads a clock time (kind `time`). */
export interface TimeFrame extends Frame {
  time: ClockTime;
  /**
   * A bare hour that is a clock time only next to what makes it one: a part of day ("8 tonight"), the other end
   * of a range ("3" in "3-4pm"). Alone it resolves to nothing; a refiner that joins it makes a new frame.
   */
  bare?: boolean;
  /**
   * Told as the story moves on, not looking back ("By 6 a.m., crews had…" after "at 11 p.m. on Wednesday"): a
   * morning time after a late-evening time of the story's day falls on the next morning (storyDay).
   */
  followsOn?: boolean;
  /**
   * A relative aside that closed before the time in its sentence ("The storm, which formed last Thursday, was 300
   * miles south at 5 a.m."), as distances back from the time's start to the aside's start and end: a day told in it
   * describes its noun, and the time is not on that day.
   */
  asideBefore?: [number, number];
  /** The time a present "is" or "are" gives: "The last entry is at 5.30pm", "doors are from 7pm" (a timetable). */
  timetable?: boolean;
}

/** Before a time, a present "is" or "are" and its preposition: a timetable's entry. */
const TIMETABLE_BEFORE = /\b(?:is|are)\s+(?:at|from)\s+$/;

export function isTimeFrame(frame: Frame | undefined): frame is TimeFrame {
  return frame !== undefined && frame.kind === 'time' && 'time' in frame;
}

/** The same clock time in the morning or the afternoon (hour 0–11 or 12–23), no longer ambiguous. */
export function inHalf(time: ClockTime, pm: boolean): ClockTime {
  return { ...time, hour: (time.hour % 12) + (pm ? 12 : 0), ambiguous: false };
}

/** A TimeFrame for `time` (resolved on the story's or the publication day, or by tense). */
export function timeFrame(time: ClockTime, bare = false): TimeFrame {
  const frame: TimeFrame = {
    kind: 'time',
    time,
    resolve: (ctx) => (frame.bare ? null : resolveTime(frame, ctx)),
  };
  if (bare) frame.bare = true;
  return frame;
}

/**
 * A TimeFrame for `time` on the day another frame is put on (`dayOf`, known once that frame has resolved: it comes
 * first in the text), or as written alone when it gives none: "from midnight to 7am" after "last night", "in 7 days
 * at 5pm".
 */
export function timeOnGivenDay(time: ClockTime, dayOf: () => Day | null, why: (day: Day) => string): TimeFrame {
  const frame = timeFrame(time);
  const resolveAlone = frame.resolve;
  frame.resolve = (ctx) => {
    const day = dayOf();
    if (!day) return resolveAlone(ctx);
    const { value, period } = timeOnDay(day, time, ctx.clock);
    const reading = dateReading(period, why(day), time.mod);
    reading.type = 'TIME';
    reading.value = value;
    return reading;
  };
  return frame;
}

/** The hour (0–24) of a clock hour written with a meridiem or a part of day (or neither: as written). */
export function hourOf(written: number, meridiem = ''): number {
  // "3 o'clock in the afternoon", "3 o'clock pm": what follows "o'clock" says the half of the day
  const part = meridiem.toLowerCase().replace(/^o.clock\s*/, '');
  if (/^p/.test(part) || /afternoon/.test(part)) return (written % 12) + 12;
  // "12 in the evening", "12 at night": midnight, the end of that day (as "midnight" is)
  if (/evening|night/.test(part))
    return written === 12 ? 24 : /night/.test(part) && written < 5 ? written : written + 12;
  if (/^a|morning|forenoon/.test(part)) return written % 12;
  return written; // "3 o'clock", "12 o'clock": as written
}

export class TimeParser extends TimexParser {
  protected readonly regex = PATTERN;
  /**
   * a.m. or p.m. ("a.m." is the runs "a" and "m"), noon, "o'clock", a part of day, a zone, "hrs"; or the colon of
   * "10:30" (word-index.ts).
   */
  protected override readonly triggerWords: TriggerWords = {
    ...triggers(
      `am pm m noon midnight midday clock hrs hours morning forenoon afternoon evening night ${ZONE_NAMES.join(' ')}`,
    ),
    colons: true,
    // "at 12.30 on Saturday" (isDottedClock)
    dottedClocks: true,
    // "tomorrow at 0900" (isDayClock)
    digitRuns: [4],
  };
  /** An approximation, a number, an hour in words, noon or midnight. */
  protected override readonly startWords = startWords(
    `around about approximately shortly just noon midnight midday ${HOUR_WORDS.join(' ')}`,
    true,
  );
  /** "shortly before " + "10:35 " before the trigger, at most. */
  override readonly keywordLead = 40;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): FrameMatch | null {
    const g = match.groups!;
    const whole = match[0];
    let text: string = whole;
    let hour: number;
    let minute: number | null = null;
    let second: number | undefined;
    let ambiguous = false;
    /** "at 8 GMT", "around 18:32:56", "until eleven at night": a preposition says a clock time is meant. */
    const afterPreposition = () => g.approx !== undefined || CLOCK_PREPOSITION.test(textBefore(context, index, 20));
    if (g.h12) {
      const minuteText = g.m12 ?? g.mRun;
      // "at 330 p.m." is a time; "WBZ 1030 AM" a radio station, "$330 pm" a rent: the run-together form needs its
      // preposition
      if (g.mRun !== undefined && !afterPreposition()) return null;
      const inWords = /^[a-z]/i.test(g.h12);
      const written = inWords ? HOUR_WORDS.indexOf(g.h12.toLowerCase()) + 1 : Number(g.h12);
      // "17:06 pm" (a 24-hour time with p.m. added) is 17:06; "17 a.m." is no time
      const pmOf24 = written > 12 && written < 24 && /^p/i.test(g.ampm!) && minuteText !== undefined;
      if ((written < 1 || written > 12) && !pmOf24) return null;
      // "eleven o'clock"; "seven in the morning", "seven p.m." only as a time ("at seven p.m."): "one am" is no time
      if (inWords && (g.m12 !== undefined || (!/o.clock/i.test(g.ampm!) && !afterPreposition()))) return null;
      // ("at three am", in a transcript; not "at one am I …", where "am" is the verb)
      if (inWords && /^am$/i.test(g.ampm!) && !CLOCK_WORD_ENDS.test(textAfter(context, index + whole.length, 12)))
        return null;
      // an hour in words is a word of its own: "Twoo'clock", "fivein the morning" are none
      if (inWords && !/\s$/.test(whole.slice(0, whole.indexOf(g.ampm!)))) return null;
      if (!inWords && MONTH_BEFORE.test(textBefore(context, index, 24))) return null;
      // an hour its part of day cannot hold: "1 in the evening" (the "1" of a score, "won 3 to 1 in the evening"),
      // "9 in the afternoon"
      if ((/evening/i.test(g.ampm!) && written < 5) || (/afternoon/i.test(g.ampm!) && written > 7 && written < 12))
        return null;
      minute = minuteText !== undefined ? Number(minuteText) : null;
      if (g.s12 !== undefined) second = Number(g.s12);
      hour = pmOf24 ? written : hourOf(written, g.ampm!);
      ambiguous = /^o.clock$/i.test(g.ampm!);
    } else if (g.hS) {
      hour = Number(g.hS);
      minute = Number(g.mS);
      second = Number(g.sS);
      if (minute > 59 || second > 59) return null;
      // "won the marathon in 2:05:37", "a time of 2:14:12": a time taken; else a clock time ("at 18:32:56",
      // "published: 2012-04-04 11:47:35")
      if (hour > 24 || (!g.approx && TIME_TAKEN.test(textBefore(context, index, 30))))
        return raceTime(hour, minute, second, whole);
      ambiguous = hour >= 1 && hour <= 12;
    } else if (g.h24) {
      // ("$11.30 GMT" is a price)
      if (g.m24dot !== undefined && /[$£€¥]\s?$/.test(textBefore(context, index, 2))) return null;
      hour = Number(g.h24);
      minute = Number(g.m24 ?? g.m24dot);
      // ("24:00" is the day's end; "24:10" is no clock)
      if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
      ambiguous = hour >= 1 && hour <= 12;
    } else if (g.word12) {
      hour = /midnight/i.test(g.word12) ? 24 : 12;
      minute = 0;
    } else if (g.word) {
      // "High Noon": a capitalised word inside a title
      if (/^[A-Z][a-z]/.test(g.word) && /[A-Z][a-z]*\s+$/.test(context.text.slice(Math.max(0, index - 12), index)))
        return null;
      hour = /midnight/i.test(g.word) ? 24 : 12;
      minute = 0;
    } else if (g.hMil) {
      const end = index + whole.length;
      if (!isClockHours(g.hMil + g.mMil, textBefore(context, index, 20), context.text.slice(end, end + 12)))
        return null;
      hour = Number(g.hMil);
      minute = Number(g.mMil);
    } else if (g.hDay) {
      // (read after the digits, where a zone the phrase took in tells them a clock's: "at 1320 local time")
      const end = index + whole.indexOf(g.hDay + g.mDay) + 4;
      if (!isDayClock(g.hDay + g.mDay, textBefore(context, index, 40), context.text.slice(end, end + 24))) return null;
      hour = Number(g.hDay);
      minute = Number(g.mDay);
    } else if (g.hDot) {
      const end = index + whole.length;
      if (!isDottedClock(textBefore(context, index, 60), context.text.slice(end, end + 24))) return null;
      hour = Number(g.hDot);
      minute = Number(g.mDot);
      if (hour > 23) return null;
      ambiguous = hour >= 1 && hour <= 12;
    } else if (g.hUtc) {
      hour = Number(g.hUtc);
      minute = Number(g.mUtc);
      if (hour > 24 || minute > 59) return null;
    } else {
      // "at 8 GMT": a number is an hour only after a preposition of time
      hour = Number(g.hZone);
      if (hour > 24 || !afterPreposition()) return null;
      ambiguous = hour >= 1 && hour <= 12;
    }
    if (minute !== null && minute > 59) return null;
    // "9 a.m. (BST)": the name in parentheses is the zone
    const zoneText = g.zone ?? g.zone2;
    let zone: string | undefined = zoneText && zoneOfWords(zoneText.trim().replace(/^\((\w+)\)$/, '$1'));
    // zones are written in capitals or in lower case ("8 p.m. gmt", "9:30 est"); a lower-case word is no zone
    // ("3 pm et al.", "3 pm west of the city"): it stays out of the span
    if (
      zone &&
      !/^local\s+time$/i.test(zone) &&
      !CITY_CLOCK.test(zone) &&
      zone !== zone.toUpperCase() &&
      (zone !== zone.toLowerCase() ||
        (WORD_LIKE_ZONE.test(zone) &&
          !(
            /^[ecmp]t$/.test(zone) &&
            CLOCK_WORD_ENDS.test(context.text.slice(index + whole.length, index + whole.length + 12))
          )))
    ) {
      text = text.slice(0, text.lastIndexOf(zoneText!)).trimEnd();
      zone = undefined;
    }
    if (g.hZone !== undefined && !zone) return null;
    const time: ClockTime = { hour, minute, text };
    if (second !== undefined) time.second = second;
    // ("08:32", "09:05", "at 05 GMT": an hour written with its zero is on the 24-hour clock, not the afternoon's)
    if (ambiguous && !(g.hS ?? g.h24 ?? g.h12 ?? g.hDot ?? g.hZone)!.startsWith('0')) time.ambiguous = true;
    if (zone && !/^local/i.test(zone)) time.zone = zone;
    const offset = g.hGmt !== undefined ? offsetFromGmt(hour, minute ?? 0, Number(g.hGmt), Number(g.mGmt)) : null;
    if (offset !== null && !time.zone) time.offset = offset;
    if (g.approx)
      time.mod = /^(around|about|approximately)$/i.test(g.approx)
        ? 'APPROX'
        : /before/i.test(g.approx)
          ? 'BEFORE'
          : 'AFTER';
    const frame = timeFrame(time);
    // "Earlier, at 9 a.m., …", "before 6 a.m.": the story looks back
    if (!LOOKS_BACK_BEFORE.test(textBefore(context, index, 40))) frame.followsOn = true;
    // (as written: a capital tells where a sentence begins)
    const aside = relativeAsideBefore(context.text.slice(Math.max(0, index - STORY_DAY_REACH), index));
    if (aside) frame.asideBefore = aside;
    if (TIMETABLE_BEFORE.test(textBefore(context, index, 16))) frame.timetable = true;
    return { frame, length: text.length };
  }
}

/**
 * "won the marathon in 2:05:37": hours, minutes and seconds not said to be a time of day are a time taken, a
 * length (TimeML tags lengths as DURATION), not a clock time.
 */
function raceTime(hour: number, minute: number, second: number, text: string): FrameMatch {
  const value = `PT${hour ? `${hour}H` : ''}${minute ? `${minute}M` : ''}${second ? `${second}S` : ''}`;
  return {
    frame: {
      kind: 'duration',
      resolve: () => ({
        type: 'DURATION',
        value: value === 'PT' ? 'PT0S' : value,
        why: `"${text}": hours, minutes and seconds not said to be a time of day are a time taken`,
        anchorable: false,
      }),
    },
  };
}

/** The UTC offset of a clock time on `day`: written, derived from a GMT equivalent, or unknown (undefined). */
function offsetOn(time: ClockTime, day: Day): number | undefined {
  if (time.offset !== undefined) return time.offset;
  if (time.zone === undefined) return undefined;
  return zoneOffset(time.zone, day) ?? undefined;
}

/**
 * The reading of a clock time on `day`: the value on the clock it was written in (with its zone's offset),
 * `from`/`to` on the article's clock when both offsets are known.
 */
export function timeOnDay(
  day: Day,
  time: ClockTime,
  clock: Clock | null | undefined,
): { value: string; period: Period } {
  if (time.dayShift) day = addDays(day, time.dayShift);
  const offset = offsetOn(time, day);
  const hour = Math.min(time.hour, 24);
  const start = epochMinute(day, hour * 60 + (time.minute ?? 0));
  const shift = offset !== undefined && clock && clock.offset !== null ? clock.offset - offset : 0;
  const period = minutesPeriod(
    start + shift,
    start + shift + (time.minute === null ? 60 : 1),
    time.minute === null ? 'hour' : 'minute',
  );
  const value = `${isoDay(day)}T${clockValue(time)}${offsetSuffix(offset)}`;
  return { value, period: { ...period, value } };
}

/** `15:30`, `18:32:56`: the time of day of a TIMEX3 value. */
export function clockValue(time: ClockTime): string {
  const hhmm = `${pad(Math.min(time.hour, 24))}:${pad(time.minute ?? 0)}`;
  return time.second === undefined ? hhmm : `${hhmm}:${pad(time.second)}`;
}

/** The publication instant, in UTC minutes when its offset is known (else on its own clock). */
function publicationMinute(dct: Day, clock: Clock): number {
  return epochMinute(dct, clock.minute) - (clock.offset ?? 0);
}

/** The instant of a clock time on `day`, comparable with publicationMinute. */
function instantOn(day: Day, time: ClockTime, clock: Clock): number {
  if (time.dayShift) day = addDays(day, time.dayShift);
  const offset = offsetOn(time, day);
  const local = epochMinute(day, Math.min(time.hour, 24) * 60 + (time.minute ?? 0));
  if (offset !== undefined && clock.offset !== null) return local - offset;
  return local - (clock.offset ?? 0); // a time without a zone is on the article's clock
}

/**
 * The day of a bare clock time told against a publication time: past tense, the last such time on or before
 * publication ("was shot at 11 p.m." in a morning story: the night before); future tense, the next one.
 */
function dayByTense(dct: Day, clock: Clock, time: ClockTime, tense: Tense | null | undefined): Day | null {
  if (tense !== 'past' && tense !== 'future' && tense !== 'deadline' && tense !== 'near') return null;
  const now = publicationMinute(dct, clock);
  const days = [addDays(dct, -1), dct, addDays(dct, 1)];
  // what a past clause looked ahead to ("said he would be here by noon"): the one nearest publication, either side
  if (tense === 'near') {
    const gap = (d: Day) => Math.abs(instantOn(d, time, clock) - now);
    return days.reduce((a, b) => (gap(b) < gap(a) ? b : a));
  }
  if (tense === 'past') return [...days].reverse().find((d) => instantOn(d, time, clock) <= now) ?? null;
  return days.find((d) => instantOn(d, time, clock) >= now) ?? null;
}

/**
 * An hour written without a.m. or p.m. ("at 3:15", "by 4:30") on the publication day of a story that gives its
 * time: the morning reading unless the tense rules it out. In the present, the one nearer publication ("it's 3:15
 * now" at 15:20 is 15:15). Told in the future, an hour up to 6 is the afternoon's when the morning's is gone by
 * ("will land at 4:30" told at 15:20 is 16:30): hours of the small hours are seldom meant without saying so; a
 * later one is the next morning's ("the market opens at 9:30"). In the past the morning's stands.
 */
function halfOfDayByTense(time: ClockTime, dct: Day, clock: Clock, tense: Tense | null | undefined): ClockTime {
  if (!time.ambiguous || time.hour < 1 || time.hour > 11 || time.dayShift) return time;
  const afternoon = inHalf(time, true);
  const now = publicationMinute(dct, clock);
  const morningAt = instantOn(dct, time, clock);
  const afternoonAt = instantOn(dct, afternoon, clock);
  if (tense === 'future' || tense === 'deadline')
    return time.hour <= 6 && morningAt < now && afternoonAt >= now ? afternoon : time;
  if (tense === 'past') return time;
  return Math.abs(afternoonAt - now) < Math.abs(morningAt - now) ? afternoon : time;
}

function resolveTime(frame: TimeFrame, ctx: ResolveContext): Reading | null {
  const { dct, clock, anchor, at } = ctx;
  let { time } = frame;
  const text = time.text.trim();
  if (!dct) {
    const zone = time.offset ?? (time.zone ? zoneOffset(time.zone, { y: 2000, m: 1, d: 1 }) : null);
    // a zone whose offset depends on the date (ET) is left out of a value without a date
    const suffix = time.zone && /^[ECMP]T$/i.test(time.zone) ? '' : offsetSuffix(zone);
    return unplacedReading(`XXXX-XX-XXT${clockValue(time)}${suffix}`, `${text} on an unknown day`, time.mod, 'TIME');
  }
  const tense = frame.tense ?? ctx.tense;
  // "have been at the scene since Friday evening. At 4.30pm the company said": a stretch up to now is no day the
  // story goes on with past its sentence; the day placed before it may be
  const onAnchor =
    anchor?.stretch &&
    at !== undefined &&
    at > anchor.stretch.sentenceEnd &&
    (!anchor.stretch.pastOnly || tense === 'past')
      ? anchor.stretch.previous
      : anchor;
  // (a day told in a relative aside before the time is its noun's: "The storm, which formed last Thursday, was …")
  const inAside =
    frame.asideBefore !== undefined &&
    at !== undefined &&
    onAnchor?.start !== undefined &&
    onAnchor.start >= at - frame.asideBefore[0] &&
    onAnchor.end !== undefined &&
    onAnchor.end <= at - frame.asideBefore[1];
  let story = inAside ? null : storyDay(onAnchor, at, time, frame.followsOn === true);
  let storyAnchor = onAnchor;
  let aheadUsed = false;
  // "campaigning began on Monday … polls will open at 7 a.m.": a time told in the future is not on a day of the
  // past; it goes on with the day ahead the story last placed, if any ("the vote is on Nov. 9 …"), else as alone;
  // nor is a time a present "is at" gives ("tickets went on sale last Monday … The last entry is at 5.30pm")
  if (
    story &&
    (tense === 'future' || (tense === 'present' && frame.timetable === true)) &&
    epochDay(story) < epochDay(dct)
  ) {
    const ahead = ctx.aheadDay;
    story = ahead && isDayOrFiner(ahead.period.granularity) ? ahead.period.first : null;
    storyAnchor = story ? ahead! : onAnchor;
    aheadUsed = story !== null;
  }
  // "The mayor spoke at noon" after "tonight": a time told in the past is not on a day after publication
  if (story && tense === 'past' && epochDay(story) > epochDay(dct)) story = null;
  // "22:30 Welcome to our coverage. Polling stations opened at 7am", published just after midnight: a morning time told
  // in the past is not the morning after the story's late-evening time when that morning is still to come
  if (
    story &&
    tense === 'past' &&
    clock &&
    storyAnchor &&
    isoDay(story) !== storyAnchor.period.from.slice(0, 10) &&
    instantOn(story, time, clock) > publicationMinute(dct, clock)
  )
    story = storyAnchor.period.first;
  // "the toll has risen to 212, up from 187 at midnight", on the publication day: the midnight gone by, which
  // closed the day before (the publication day's own is still ahead); so too with no day placed and no clock to
  // publication ("The statement was released shortly after midnight")
  const midnightGone =
    tense === 'past' && time.hour === 24 && (story !== null ? epochDay(story) === epochDay(dct) : !clock);
  const placedDay = story;
  if (midnightGone && story) story = addDays(story, -1);
  const afterStoryTime = story && storyAnchor ? afternoonAfter(time, storyAnchor, frame.followsOn === true) : null;
  if (afterStoryTime) time = afterStoryTime;
  else if (clock && (!story || epochDay(story) === epochDay(dct))) time = halfOfDayByTense(time, dct, clock, tense);
  const byTense = !story && clock ? dayByTense(dct, clock, time, tense) : null;
  const day = story ?? byTense ?? (midnightGone ? addDays(dct, -1) : dct);
  const { value, period } = timeOnDay(day, time, clock);
  const nextMorning = story !== null && isoDay(story) !== storyAnchor!.period.from.slice(0, 10);
  const why = midnightGone
    ? placedDay
      ? `past tense: the midnight gone by on the day the story has just placed (${humanDay(dct)}, in ${storyAnchor!.id}), which closed ${humanDay(day)}`
      : `past tense: the midnight gone by before publication (${humanDay(dct)}), which closed ${humanDay(day)}`
    : story
      ? nextMorning
        ? `${text} on the morning after the night the story has just placed (${humanDay(day)}, after ${storyAnchor!.id})`
        : aheadUsed
          ? `${tense === 'future' ? 'future tense' : 'a timetable in the present'}: ${text} on the day ahead the story last placed (${humanDay(day)}, in ${storyAnchor!.id})`
          : `${text} on the day the story has just placed (${humanDay(day)}, in ${storyAnchor!.id})`
      : byTense && tense === 'near'
        ? `looked ahead to in the past: the ${text} nearest publication (${humanDay(dct)}, ${clockText(clock!)}): ${humanDay(day)}`
        : byTense
          ? `${tense === 'past' ? 'past tense: the last' : 'future tense: the next'} ${text} ${tense === 'past' ? 'before' : 'after'} publication (${humanDay(dct)}, ${clockText(clock!)}): ${humanDay(day)}`
          : `${text} on the publication day (${humanDay(dct)})`;
  const reading = dateReading(
    period,
    afterStoryTime
      ? `${why}; after ${storyAnchor!.period.from.slice(11, 16)} there, so in the afternoon or evening`
      : why,
    time.mod,
  );
  reading.type = 'TIME';
  reading.value = value;
  if (story) {
    reading.usedAnchor = true;
    if (storyAnchor !== anchor) reading.anchorId = storyAnchor!.id;
  }
  return reading;
}

/** A story's clock time from this hour on is late enough for a morning time after it to be the next morning. */
const EVENING_HOUR = 18;
const NOON = 12;
/** A bare hour before this one, told after a late-evening time, is in the small hours after it. */
const SMALL_HOURS_END = 6;
/** Before a clock time, words that look back from the story's last time ("Earlier, at 9 a.m."). */
const LOOKS_BACK_BEFORE = /\b(?:earlier|before|previously|prior\s+to|until|till|since)\b[^.;!?]*$/i;

/** How close (in characters) a day must have been placed for a bare clock time to fall on it. */
const STORY_DAY_REACH = 200;

/** ", which formed last Thursday,", ", who was named on Monday,": a relative aside, closed by its comma. */
const RELATIVE_ASIDE = new RegExp(`${RELATIVE_ASIDE_OPENING},`, 'gi');
/** A sentence's end: its mark, a space and a capital. */
const SENTENCE_BREAK = /[.!?]["”’]?\s+[A-Z]/;

/**
 * The last relative aside in `before` (the text before a time) that closed in the time's sentence, as distances back
 * from the end of `before` to its start and to its end; null when there is none.
 */
function relativeAsideBefore(before: string): [number, number] | null {
  if (!before.includes(',')) return null;
  let last: RegExpExecArray | null = null;
  RELATIVE_ASIDE.lastIndex = 0;
  for (let m = RELATIVE_ASIDE.exec(before); m; m = RELATIVE_ASIDE.exec(before)) last = m;
  if (!last) return null;
  const end = last.index + last[0].length;
  // (not an aside of an earlier sentence)
  if (SENTENCE_BREAK.test(before.slice(last.index))) return null;
  return [before.length - last.index, before.length - end];
}

/**
 * An hour without a.m. or p.m. told after an afternoon or evening time of the story's day, read in the afternoon when
 * its morning would lie before that time and its afternoon does not: "a fire broke out at 3:45pm … it was out by 5:30"
 * is 17:30. Null when it stays as it is: an hour of its own half of day, one the story looks back to ("Earlier, at
 * 10:30"), or after a morning time ("at 9am … by 11:15").
 */
function afternoonAfter(time: ClockTime, anchor: Anchor, followsOn: boolean): ClockTime | null {
  if (!followsOn || !time.ambiguous || time.dayShift || time.hour < 1 || time.hour > 11) return null;
  const { granularity, from, to } = anchor.period;
  // (a time, or an afternoon or evening of the same day: not a night, which runs into the next morning)
  const sameDay = to.slice(0, 10) === from.slice(0, 10) || to.slice(11, 16) === '00:00';
  if (granularity !== 'hour' && granularity !== 'minute' && !(granularity === 'partOfDay' && sameDay)) return null;
  const anchorMinute = Number(from.slice(11, 13)) * 60 + Number(from.slice(14, 16));
  const minute = time.minute ?? 0;
  if (anchorMinute < NOON * 60 || time.hour * 60 + minute >= anchorMinute) return null;
  return (time.hour + 12) * 60 + minute >= anchorMinute ? inHalf(time, true) : null;
}

/**
 * The day a bare clock time falls on when the narrative has just placed one ("was shot on Oct. 23 ... at
 * 10 p.m.", "flew Tuesday ... at 18:00 UTC"): the anchor, when it is a single day (or part of one) placed
 * within the last STORY_DAY_REACH characters; null to fall back to the publication day.
 */
function storyDay(anchor: Anchor | null, at: number | undefined, time: ClockTime, followsOn: boolean): Day | null {
  if (!anchor || at === undefined || anchor.end === undefined) return null;
  if (!isDayOrFiner(anchor.period.granularity)) return null;
  if (at - anchor.end > STORY_DAY_REACH) return null;
  // "at 11 p.m. on Wednesday … By 6 a.m., crews had restored": the night goes on into the next morning; so does a
  // small hour without a.m. or p.m. ("hit at 10pm on Saturday. By 1:15 the river had burst": both halves of its day
  // lie before the evening time)
  const anchorHour = /T(\d\d):/.exec(anchor.period.from)?.[1];
  if (
    followsOn &&
    (!time.ambiguous || (time.hour >= 1 && time.hour < SMALL_HOURS_END)) &&
    anchorHour !== undefined &&
    (anchor.period.granularity === 'hour' || anchor.period.granularity === 'minute') &&
    Number(anchorHour) >= EVENING_HOUR &&
    time.hour < NOON
  )
    return addDays(anchor.period.first, 1);
  // a night runs past midnight: "overnight … at 3 a.m." is the morning after the night's first day ("tonight from 7
  // to 7:30 p.m." is that evening, before the night's own hours)
  const day = anchor.period.first;
  if (anchor.period.granularity === 'partOfDay' && anchor.period.to.slice(0, 10) > isoDay(day)) {
    const clock = `T${pad(Math.min(time.hour, 24))}:${pad(time.minute ?? 0)}`;
    if (time.hour < NOON && `${isoDay(day)}${clock}` < anchor.period.from) return addDays(day, 1);
  }
  return day;
}
