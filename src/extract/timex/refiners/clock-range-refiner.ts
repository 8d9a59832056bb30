/**
 * A range of clock times: "3:30-6 p.m. on Friday", "from 7 a.m. to 8 p.m. Thursday", "1pm-2pm tomorrow",
 * "between 9 and 11 a.m.", "15:00-18:00 GMT", "11:30-1:30". TimeML tags each end as its own TIME (the event
 * builder makes one event from the first to the last); what is written once holds for both ends:
 * - the meridiem: an end written without a.m./p.m. takes the half of the day that puts it on the right side of
 *   the other end ("3:30-6 p.m." 15:30, "11-2 p.m." 11:00, "9 a.m.-11:30" 11:30, "11:30-1:30" ends at 13:30), unless
 *   the last end is on the 24-hour clock ("6:30-23:00" opens at 06:30);
 * - the day: written with one end, it is the other's too ("from 7 a.m. to 8 p.m. Thursday": 7 a.m. that Thursday);
 * - the zone: "15:00-18:00 GMT" starts at 15:00 GMT.
 * Two times of one clause joined by "and" and a verb ("polls open at 7 a.m. and close at 8 p.m. on Sunday") are
 * no range, but the day written with one is the other's.
 * A range that passes midnight ends the next day ("10 p.m. to 2 a.m."), or starts the day before the day written
 * with its end ("from 10 p.m. to 2 a.m. Friday").
 */
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import { addDays, humanDay, parseIsoDay, type Day } from '../calendar.js';
import {
  inHalf,
  isTimeFrame,
  timeFrame,
  timeOnGivenDay,
  type ClockTime,
  type TimeFrame,
} from '../parsers/time-parser.js';
import { PART_OF_DAY } from '../parsers/day-ref-parser.js';
import { dateTimeFrame, isDateTimeFrame, timeInPartOfDay, type DateTimeFrame } from './date-time-refiner.js';

const JOINER = /^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$/i;
/** "and" joins a range only after "between": "at 9 a.m. and 5 p.m." are two times. */
const BETWEEN = /\bbetween\s+$/i;

/**
 * Between two clock times of one clause, "and" and a verb: "polls open at 7 a.m. and close at 8 p.m. on Sunday",
 * "doors open at 6 and the show starts at 8 p.m. Friday". Not a range, but the day written with one is the other's.
 */
const PAIRED = /^\s*,?\s*and\s+(?:[a-z]+\s+){1,3}(?:at|by|until)\s+$/i;

/** A part of day written with an end: "11 tonight", "10 tomorrow morning", "5 Friday afternoon". */
const PART_WORD = /\b(morning|afternoon|evening|night|tonight|overnight)\b/i;

/** A clock time, the day written with it and the part of that day, if any. */
interface End {
  time: ClockTime;
  dayFrame?: Frame;
  part?: string;
}

function endOf(frame: Frame | undefined, text: string): End | null {
  if (isTimeFrame(frame)) return { time: frame.time };
  if (!isDateTimeFrame(frame)) return null;
  const part = PART_WORD.exec(text)?.[1];
  return { time: frame.time, dayFrame: frame.dayFrame, ...(part ? { part: PART_OF_DAY[part.toLowerCase()] } : {}) };
}

/**
 * Minutes from the start of the day the range is written on. In a night the small hours are on the morning
 * after (the date-time frame moves them there: "from 10 to 2 last night" ends at 2 a.m. the next day).
 */
const minutesOf = (time: ClockTime, part?: string): number =>
  ((time.dayShift ?? 0) + (part === 'NI' && !time.ambiguous && time.hour < 6 ? 1 : 0)) * 1440 +
  time.hour * 60 +
  (time.minute ?? 0);

/** An hour without a.m./p.m. in the half of the day its part of day is in ("11 tonight" 23:00). */
const onPart = (time: ClockTime, part: string): ClockTime => ({
  ...time,
  hour: timeInPartOfDay(time, part).hour,
  ambiguous: false,
});

/** A time written on the 24-hour clock: its minutes in digits and an hour past 12 or with its leading zero ("23:00", "06:30"). */
const twentyFourHour = (time: ClockTime): boolean =>
  !time.ambiguous &&
  (time.hour > 12 || time.text.startsWith('0')) &&
  /^\d\d[:.]\d\d(?!\s*[ap]\.?\s?m)/i.test(time.text);

/** The two ends with what is written once given to both (see the module comment). */
function joinedEnds(first: End, last: End): [ClockTime, ClockTime] {
  let a = first.time;
  let b = last.time;
  // a part of day written with one end is the other's too, as its day is ("from 8 to 11 tonight": 20:00, 23:00)
  const partA = first.part ?? last.part;
  const partB = last.part ?? first.part;
  if (b.ambiguous && partB) b = onPart(b, partB);
  if (a.ambiguous && partA && minutesOf(onPart(a, partA), partA) < minutesOf(b, partB)) a = onPart(a, partA);
  if (a.ambiguous && twentyFourHour(b)) {
    // a last end on the 24-hour clock puts the first on it too: "6:30-23:00" opens at 06:30, not 18:30
    a = { ...a, ambiguous: false };
  } else if (a.ambiguous && !b.ambiguous) {
    // the latest reading of the first end before the last: "3:30-6 p.m." 15:30, "11-2 p.m." 11:00
    const later = inHalf(a, true);
    const earlier = inHalf(a, false);
    if (minutesOf(later, partA) < minutesOf(b, partB)) a = later;
    else if (minutesOf(earlier, partA) < minutesOf(b, partB)) a = earlier;
  } else if (b.ambiguous) {
    // the earliest reading of the last end after the first: "9 a.m.-11:30" 11:30, "11:30-1:30" 13:30
    const earlier = inHalf(b, false);
    const later = inHalf(b, true);
    if (minutesOf(earlier) > minutesOf(a)) b = earlier;
    else if (minutesOf(later) > minutesOf(a)) b = later;
  }
  if (a.zone === undefined && a.offset === undefined && (b.zone !== undefined || b.offset !== undefined)) {
    a = { ...a };
    if (b.zone !== undefined) a.zone = b.zone;
    if (b.offset !== undefined) a.offset = b.offset;
  }
  // past midnight: the day written with the last end is the day it ends on
  if (minutesOf(b, partB) <= minutesOf(a, partA)) {
    if (last.dayFrame && !first.dayFrame) a = { ...a, dayShift: (a.dayShift ?? 0) - 1 };
    else if (!last.dayFrame) b = { ...b, dayShift: (b.dayShift ?? 0) + 1 };
  }
  return [a, b];
}

export class ClockRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const out: TimexMatch[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      const first = endOf(getFrame(a), a.text);
      const last = b ? endOf(getFrame(b), b.text) : null;
      const gap = b ? context.text.slice(a.index + a.text.length, b.index) : '';
      const joiner = JOINER.exec(gap);
      // two times of one clause, one written with its day: the other is on it too (each keeps its own meridiem)
      if (first && last && !joiner && !first.dayFrame !== !last.dayFrame && PAIRED.test(gap)) {
        const written = (first.dayFrame ? a : b)!;
        const bare = first.dayFrame ? last : first;
        const dayFrame = (first.dayFrame ?? last.dayFrame)!;
        let time = bare.time;
        // "began at 2 p.m. on Wednesday and ended at 6:15": a last hour without a.m./p.m. that its morning would put
        // before the first is the afternoon's, when that is after it
        if (bare === last && time.ambiguous && minutesOf(time, last.part) <= minutesOf(first.time, first.part)) {
          const afternoon = inHalf(time, true);
          if (minutesOf(afternoon, last.part) > minutesOf(first.time, first.part)) time = afternoon;
        }
        // past midnight: "closed at 8 p.m. on Sunday and the result came at 2 a.m." is Monday's 2 a.m.
        const lastTime = bare === last ? time : last.time;
        if (minutesOf(lastTime, last.part) <= minutesOf(first.time, first.part))
          time = { ...time, dayShift: (time.dayShift ?? 0) + (first.dayFrame ? 1 : -1) };
        const paired = dateTimeFrame(dayFrame, time, getFrame(written));
        out.push(a === written ? a : setFrame(context.createParsingResult(a.index, a.text), paired));
        out.push(b === written ? b! : setFrame(context.createParsingResult(b!.index, b!.text), paired));
        i++;
        continue;
      }
      if (
        !b ||
        !first ||
        !last ||
        !joiner ||
        (/and/i.test(joiner[0]) && !BETWEEN.test(context.text.slice(Math.max(0, a.index - 12), a.index)))
      ) {
        out.push(a);
        continue;
      }
      const [ta, tb] = joinedEnds(first, last);
      // the day written with one end is the other's, read in the tense of the end it is written with
      const frameA: DateTimeFrame | TimeFrame = first.dayFrame
        ? dateTimeFrame(first.dayFrame, ta)
        : last.dayFrame
          ? dateTimeFrame(last.dayFrame, ta)
          : timeFrame(ta);
      const frameB: Frame = last.dayFrame
        ? dateTimeFrame(last.dayFrame, tb)
        : first.dayFrame
          ? dateTimeFrame(first.dayFrame, tb, frameA)
          : onOpeningDay(frameA as TimeFrame, tb);
      if (!first.dayFrame && last.dayFrame) (frameA as DateTimeFrame).tenseOf = frameB;
      out.push(setFrame(context.createParsingResult(a.index, a.text), frameA));
      out.push(setFrame(context.createParsingResult(b.index, b.text), frameB));
      i++;
    }
    return out;
  }
}

/**
 * The last end of a range written without a day, on the day its first end was put on (by the story, the tense
 * or the publication day): "from midnight to 7am" after "last night [10 October]" ends at 7 a.m. on the 11th.
 * The first end is resolved first (document order); it tells the day it was put on.
 */
function onOpeningDay(opening: TimeFrame, time: ClockTime): TimeFrame {
  let day: Day | null = null;
  const resolveOpening = opening.resolve;
  opening.resolve = (ctx) => {
    const reading = resolveOpening(ctx);
    const written = reading?.period ? parseIsoDay(reading.value) : null;
    day = written && addDays(written, -(opening.time.dayShift ?? 0));
    return reading;
  };
  return timeOnGivenDay(
    time,
    () => day,
    (on) => `${time.text} closes the range that opens on ${humanDay(on)}`,
  );
}
