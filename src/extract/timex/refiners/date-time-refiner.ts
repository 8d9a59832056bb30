/**
 * Joins a day and a clock time written together into one TIME: "Oct. 5 at 3 p.m.", "3 p.m. Wednesday",
 * "noon Thursday", "Monday, 10:30 a.m.", "8 tonight", "tonight at 11", "9 tomorrow morning", "three days from
 * now at noon"; after a length ahead ("in 7 days at 5pm") the time goes on the day it names. The day is read
 * first (with its tense), then the time is put on it. A part of day gives an hour written without a.m. or
 * p.m. its half of the day ("8:30 tonight" is 20:30), and a night its morning after ("last night at 2 a.m.").
 * "Seven years ago at 3pm" is on the publication's day of the calendar seven years back.
 */
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { getFrame, setFrame, type Frame, type ResolveContext } from '../frame.js';
import {
  clockValue,
  GMT_EQUIVALENT_AFTER,
  offsetFromGmt,
  inHalf,
  isTimeFrame,
  timeFrame,
  timeOnDay,
  timeOnGivenDay,
  type ClockTime,
  type TimeFrame,
} from '../parsers/time-parser.js';
import { isLengthFrame } from '../parsers/duration-parser.js';
import { PAST_STATE_UNTIL } from '../words.js';
import { isAgoFrame } from '../parsers/ago-parser.js';
import { opensTimetableDays } from './timetable-refiner.js';
import { dateReading } from '../periods.js';
import { dayPeriod, epochDay, humanDay, parseIsoDay, type Day } from '../calendar.js';

const DAY_KINDS = new Set([
  'weekday',
  'weekday-indefinite',
  'month',
  'day-ref',
  'part-of-day',
  'written-date',
  'anchored-named',
  'holiday',
  'day-offset',
  // "at 2:15 a.m. on the 14th", "the 3rd at noon"
  'day-of-month',
  // "Thursday the 17th at 4 p.m."
  'weekday-date',
]);
// no line break between: a time at the end of a heading or dateline ("Updated 5:40 p.m. ET") is not on the
// day that opens the next line ("Early Friday morning, …")
const DAY_THEN_TIME = /^[^\S\n]*(?:,[^\S\n]*)?(?:(?:at|around|about)[^\S\n]+)?$/i;
// "13:14 on the 23 of October 2020": "the" before a day whose phrase leaves it out
const TIME_THEN_DAY = /^[^\S\n]*(?:,[^\S\n]*)?(?:on[^\S\n]+(?:(?:an?|the)[^\S\n]+)?)?$/i;
/** A word that opens a sentence after a clock time's stop (a weekday or a month is capitalised anyway). */
const SENTENCE_OPENER =
  /^(?:This|That|These|Last|Next|Early|Late|Later|Earlier|The|Tonight|Today|Tomorrow|Yesterday)\b/;
/** An offset that names a day: "three days from now", "two weeks ago" (not "two hours ago"). */
const DAYS_OFFSET = /\b(?:days?|weeks?|fortnights?)\b/i;
/** Between a clock time and a length that names a day ahead: "6:30 p.m. in three days". */
const TIME_THEN_LENGTH = /^[^\S\n]+in[^\S\n]+$/i;
/** Between an "ago" of months or more and its clock time, "at" (or "around", "about"): "a decade ago, at noon". */
const AT_GAP = /^[^\S\n]*,?[^\S\n]*(?:at|around|about)[^\S\n]+$/i;
/** A relative clause set off by a comma, open up to the phrase: ", who arrived at", ", which opened on". */
const ASIDE_OPEN_BEFORE = /,\s*(?:who|which|where|whose)\b[^,.;:!?\n]*$/i;
/** How far back an aside's opening is looked for. */
const ASIDE_REACH = 80;

/** The text before `index`, within reach (the aside's test stops at a mark). */
function textOfSentenceBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - ASIDE_REACH), index);
}

/** What comes before a length that names a day ahead: "in 7 days", "after two weeks". */
const AHEAD_BEFORE = /\b(?:in|after)\s+$/i;

/** A day and the clock time put on it (kind `date-time`). */
export interface DateTimeFrame extends Frame {
  dayFrame: Frame;
  time: ClockTime;
  /** The frame whose tense reads the day, when the day is written with another phrase (a range's other end). */
  tenseOf?: Frame;
  /** Written after "to", "until" or a dash: the close of a stretch ("open until midnight Sunday"). */
  closes?: boolean;
}

/** Before a day and its time, words that make it the close of a stretch: "until midnight Sunday". */
const CLOSES_BEFORE = /(?:\b(?:to|until|till|through|thru)|[-–—])\s*$/i;

export function isDateTimeFrame(frame: Frame | undefined): frame is DateTimeFrame {
  return frame !== undefined && frame.kind === 'date-time' && 'dayFrame' in frame;
}

export class DateTimeRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const out: TimexMatch[] = [];
    /** Where a time's GMT equivalent, read with it, ends: the phrases inside are the time's own. */
    let readTo = -1;
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      if (a.index < readTo) continue;
      const b = results[i + 1];
      const fa = getFrame(a);
      const fb = b ? getFrame(b) : undefined;
      if (b && fa && fb) {
        const gap = context.text.slice(a.index + a.text.length, b.index);
        // "in 7 days at 5pm": the time is on the day the length names (see offsetTime)
        if (
          isLengthFrame(fa) &&
          isTimeFrame(fb) &&
          DAYS_OFFSET.test(a.text) &&
          DAY_THEN_TIME.test(gap) &&
          AHEAD_BEFORE.test(context.text.slice(Math.max(0, a.index - 8), a.index))
        ) {
          out.push(a, setFrame(b, offsetTime(fa, fb.time)));
          i++;
          continue;
        }
        // "at 6:30 p.m. in three days": the same, the time written first
        if (isTimeFrame(fa) && isLengthFrame(fb) && DAYS_OFFSET.test(b.text) && TIME_THEN_LENGTH.test(gap)) {
          out.push(setFrame(a, timeBeforeLength(fb, fa.time)), b);
          i++;
          continue;
        }
        // "seven years ago at 3pm": an "ago" of months or more names a month or a year, which holds no clock time;
        // written with "at" and a time, it is the publication's day of the calendar that far back
        const agoDay =
          isAgoFrame(fa) && fa.sameDay && !DAYS_OFFSET.test(a.text) && isTimeFrame(fb) && AT_GAP.test(gap)
            ? onSameDay(fa, fa.sameDay)
            : null;
        const dayFirst =
          (DAY_KINDS.has(fa.kind) || (fa.kind === 'ago' && DAYS_OFFSET.test(a.text)) || agoDay !== null) &&
          isTimeFrame(fb) &&
          DAY_THEN_TIME.test(gap);
        // "He will speak at 3 a.m. This morning the market…": the stop of "a.m." ended the sentence
        const timeFirst =
          isTimeFrame(fa) &&
          // "at 6:30 p.m. two days ago"
          (DAY_KINDS.has(fb.kind) || (fb.kind === 'ago' && DAYS_OFFSET.test(b.text) && /^[^\S\n]+$/.test(gap))) &&
          TIME_THEN_DAY.test(gap) &&
          !(a.text.endsWith('.') && SENTENCE_OPENER.test(b.text)) &&
          // "9am to 5pm, Monday to Friday": the close of a range of times and the first of a range of days (a timetable)
          !opensTimetableDays(context.text, a, b);
        // "Police, who arrived at 9pm, on Saturday arrested two men": the comma closes the aside the first is in, two
        // phrases; the time is on the day after it, read in the day's own tense (the day may be the main clause's)
        const aside = gap.includes(',') && ASIDE_OPEN_BEFORE.test(textOfSentenceBefore(context.text, a.index));
        if (timeFirst && aside) {
          out.push(setFrame(a, dateTimeFrame(fb, (fa as TimeFrame).time, fb)));
          continue;
        }
        if ((dayFirst || timeFirst) && !aside) {
          const dayFrame = agoDay ?? (dayFirst ? fa : fb);
          let { time } = (dayFirst ? fb : fa) as TimeFrame;
          let end = b.index + b.text.length;
          // "11:47 p.m. local time Tuesday (1447 GMT)": the same time in GMT after the day is the time's, and no
          // other (the time alone takes it in the time parser: "10:35 a.m. (0735 GMT)")
          const gmt = timeFirst ? GMT_EQUIVALENT_AFTER.exec(context.text.slice(end, end + 32)) : null;
          if (gmt) {
            const offset = offsetFromGmt(
              time.hour,
              time.minute ?? 0,
              Number(gmt.groups!.hGmt),
              Number(gmt.groups!.mGmt),
            );
            if (offset !== null && time.zone === undefined && time.offset === undefined) time = { ...time, offset };
            end += gmt[0].length;
            readTo = end;
          }
          const merged = context.createParsingResult(a.index, context.text.slice(a.index, end));
          const frame = dateTimeFrame(dayFrame, time);
          // (the test of the words before is made for midnight only)
          if (time.hour === 24 && CLOSES_BEFORE.test(context.text.slice(Math.max(0, a.index - 10), a.index)))
            // (not after a past state that ran to then: "The bars stayed open until midnight Sunday", told that Sunday,
            // ran to the midnight that opened it; "the curfew was extended until midnight Sunday" closes it)
            frame.closes = !PAST_STATE_UNTIL.test(context.text.slice(Math.max(0, a.index - 48), a.index));
          out.push(setFrame(merged, frame));
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}

/**
 * The clock time `time` on the day `dayFrame` reads. The day is read in the tense of `tenseOf` when given (the
 * other end of a range, where the day is written: "from 7 a.m. to 8 p.m. Thursday"), else in its own.
 */
export function dateTimeFrame(dayFrame: Frame, time: ClockTime, tenseOf?: Frame): DateTimeFrame {
  const frame: DateTimeFrame = {
    kind: 'date-time',
    dayFrame,
    time,
    resolve: (ctx: ResolveContext) => {
      const tense = frame.tenseOf?.tense ?? frame.tense ?? ctx.tense;
      const day = dayFrame.resolve({ ...ctx, tense });
      const part = /T([A-Z]{2})$/.exec(day?.value ?? '')?.[1];
      let onPart = part ? timeInPartOfDay(time, part) : afternoonUnlessSaid(time, day?.period?.first, ctx.dct);
      // "the fire broke out shortly after midnight on Sunday", told on that Sunday: the midnight that closes the day
      // (TimeML's T24, "midnight Friday" as a deadline) is still ahead, so what is told in the past happened just
      // after the midnight that opened it
      let opened = false;
      if (
        onPart.hour === 24 &&
        !part &&
        tense === 'past' &&
        !onPart.dayShift &&
        !frame.closes &&
        ctx.dct &&
        day?.period &&
        epochDay(day.period.first) >= epochDay(ctx.dct)
      ) {
        onPart = { ...onPart, hour: 0 };
        opened = true;
      }
      // a part of an unknown day ("6:41 p.m. this evening" without a publication date): the time says more
      if (!day?.period && part && day?.value.startsWith('XXXX-XX-XX')) return timeFrame(onPart).resolve(ctx);
      // "at 3 a.m. on a Friday": some Friday's 3 a.m., no date either; "midnight on election day" of an election
      // whose day is unknown; "5 p.m. on May 29" with no publication date to give its year
      if (day && !day.period && /^(?:XXXX-WXX-\d|[\dX]{4}-XX-XX|XXXX-\d\d-\d\d)$/.test(day.value))
        return {
          ...day,
          type: 'TIME',
          value: `${day.value}T${clockValue(time)}`,
          why: `${day.why}, at ${clockValue(time)}`,
        };
      if (!day?.period || !['day', 'partOfDay'].includes(day.period.granularity)) return day;
      const { value, period } = timeOnDay(day.period.first, onPart, ctx.clock);
      return {
        type: 'TIME',
        value,
        period,
        granularity: period.granularity,
        why: `${day.why}, at ${value.slice(11)}${opened ? ': told in the past, the midnight that opened the day' : ''}`,
        ...(time.mod ? { mod: time.mod } : {}),
        ...(day.usedAnchor ? { usedAnchor: true } : {}),
      };
    },
  };
  if (tenseOf) frame.tenseOf = tenseOf;
  return frame;
}

/**
 * A clock time after a length counted ahead of publication ("in 7 days at 5pm"): on the day the length names
 * when it names one (the duration parser places "in 7 days" told of what is to come), else as written alone.
 * The length keeps its TimeML value (a DURATION, as the corpora tag "in two weeks") but becomes a point of
 * reference: the moment is the time's, one event.
 */
function offsetTime(length: Frame, time: ClockTime, side: 'before' | 'after' = 'before'): TimeFrame {
  let day: Day | null = null;
  const resolveLength = length.resolve;
  length.resolve = (ctx) => {
    const reading = resolveLength(ctx);
    day = reading?.granularity === 'day' && reading.from ? parseIsoDay(reading.from) : null;
    if (day) length.reference = `the day "${time.text}" is on: a point of reference, not an event`;
    return reading;
  };
  return timeOnGivenDay(
    time,
    () => day,
    (on) => `${time.text} on the day the length ${side} it names (${humanDay(on)})`,
  );
}

/** The day `ago` counts back to on the calendar ("seven years ago": the publication's day seven years before). */
function onSameDay(ago: Frame, sameDay: (dct: Day) => Day): Frame {
  return {
    kind: 'ago',
    resolve: (ctx) => {
      const reading = ago.resolve(ctx);
      if (!ctx.dct || !reading?.period) return reading;
      const day = sameDay(ctx.dct);
      return dateReading(dayPeriod(day), `${reading.why}, on its day of the calendar (${humanDay(day)})`, reading.mod);
    },
  };
}

/**
 * A clock time written before the length that names its day ("at 6:30 p.m. in three days"): as offsetTime, the
 * length read first, since the time comes first in the text and is resolved first.
 */
function timeBeforeLength(length: Frame, time: ClockTime): TimeFrame {
  const frame = offsetTime(length, time, 'after');
  const resolveOnDay = frame.resolve;
  frame.resolve = (ctx) => {
    length.resolve(ctx);
    return resolveOnDay(ctx);
  };
  return frame;
}

/**
 * An hour from 1 to 5 written without a.m., p.m., a part of day or a zone, on a day the text names other than the
 * publication day ("Monday at 4:00", "tomorrow at 3:30"): the afternoon's. The small hours are seldom meant
 * without saying so ("4 a.m.", "before dawn"); from 6 on the morning is as likely ("the ferry leaves tomorrow at
 * 6.30") and the hour stays as written, as does "02:30" with its zero (a 24-hour clock). On the publication day
 * the time parser reads the half of the day by tense and publication time.
 */
function afternoonUnlessSaid(time: ClockTime, day: Day | undefined, dct: Day | null): ClockTime {
  if (!day || (dct && epochDay(day) === epochDay(dct))) return time;
  return afternoonOfBareHour(time);
}

/** An hour from 1 to 5 written bare ("at 3", not "at 03:00", nor with a zone) is the afternoon's. */
export function afternoonOfBareHour(time: ClockTime): ClockTime {
  if (!time.ambiguous || time.hour < 1 || time.hour > 5 || time.zone || time.offset !== undefined) return time;
  if (time.dayShift) return time;
  return inHalf(time, true);
}

/**
 * A clock time within a part of day (`AF`, `EV`, `NI`, `MO`…): an hour written without a.m. or p.m. takes the
 * half of the day the part is in ("8 tonight" 20:00, "12 tonight" midnight, "10 this morning" 10:00), and an
 * hour of the small hours in a night is on the morning after ("last night at 2 a.m.").
 */
export function timeInPartOfDay(time: ClockTime, part: string): ClockTime {
  let hour = time.hour;
  if (time.ambiguous) {
    if (part === 'MO') hour = hour % 12;
    else if (part === 'AF' && hour < 12) hour += 12;
    else if (part === 'EV' || part === 'NI') hour = hour === 12 ? 24 : hour >= 6 || part === 'EV' ? hour + 12 : hour;
  }
  const smallHours = part === 'NI' && hour < 6;
  if (hour === time.hour && !smallHours) return time;
  return { ...time, hour, ambiguous: false, ...(smallHours ? { dayShift: (time.dayShift ?? 0) + 1 } : {}) };
}
