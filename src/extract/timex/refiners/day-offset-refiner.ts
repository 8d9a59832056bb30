/**
 * A length of time counted from a day: "a week from Monday", "three days after
 * Christmas", "eight days after Oct. 12". TimeML tags the length (DURATION, "P3D") and the day apart; the
 * length is placed on the day it names (from/to), and the day it counts from is a point of reference, not an
 * event. "the day before/after X", "the week after X", "the night before X" (no length to tag) are one date,
 * and so is a length counted from a day named by publication: "two days before yesterday", "three days after
 * tomorrow", "a week from today" compose one day as "the day before yesterday" does (one timex, its date).
 * "The Friday before Easter", "the third Tuesday after Christmas", "the weekend before Christmas" are one date too.
 */
import {
  addDays,
  dayPeriod,
  epochDay,
  humanDay,
  isoDay,
  partOfDayPeriod,
  weekendPeriod,
  weekPeriod,
} from '../calendar.js';
import { parseOrdinal, parseWeekday } from '../words.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { isLengthFrame, LASTING_BEFORE, stretchBeside, type LengthFrame } from '../parsers/duration-parser.js';
import { weekdayNear } from '../parsers/weekday-parser.js';
import { dateReading, dayOf, moved, unplacedReading } from '../periods.js';

/** Frames that can name a single day. */
const DAY_KINDS = new Set(['weekday', 'month', 'day-ref', 'holiday', 'written-date', 'range-end', 'range-start']);
const JOIN = /^\s+(before|after|from)\s+$/i;
/** Between weeks and a day, "on" or nothing: "a week on Saturday", "a fortnight today". */
const WEEKS_ON = /^\s+(?:on\s+)?$/i;
/**
 * After a weekday, "before" or "after" with no day of its own: the end of the clause, or a word that opens none ("the
 * Saturday before instead", "the Sunday after, too"). Group 1 is the relation with its space, group 2 the word.
 */
const ELIDED_RELATION_AFTER = /^(\s+(before|after))(?=\s*(?:[.,;:!?)]|$)|\s+(?:instead|too|as\s+well|and|but|or)\b)/i;
/** How far before such a weekday the day it counts from may be named, in its sentence. */
const ELIDED_REACH = 200;
const THE_UNIT_BEFORE = /\b(the\s+(day|night|week|fortnight)\s+(before|after))\s+$/i;
const BEFORE_AFTER = /^\s+(before|after)\s+$/i;
/** "the" and a count before a weekday: "the Friday", "the third Tuesday". */
const THE_COUNT = /\bthe\s+(?:(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+)?$/i;
/** The days named by publication, which a length counted from makes one date with. */
const DEICTIC_DAY = /^(?:yesterday|today|tomorrow)$/i;
const CALENDAR_UNITS = new Set(['day', 'week', 'month', 'year']);
const CLOCK_UNITS = new Set(['hour', 'minute', 'second']);

export class DayOffsetRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const out: TimexMatch[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const fa = getFrame(a);
      const b = results[i + 1];
      const fb = b ? getFrame(b) : undefined;
      // "two days before yesterday": a count of units, a relation word, a day
      // ("the three years from 2025": a year opens such a stretch too, after "the" and "from" only)
      if (b && fb && isLengthFrame(fa) && (DAY_KINDS.has(fb.kind) || yearOpensStretch(context.text, a, b, fb))) {
        const gap = context.text.slice(a.index + a.text.length, b.index);
        // "a week on Saturday", "a fortnight tomorrow", "two weeks today": weeks after the day (British usage)
        const weeksOn =
          fa.length?.unit === 'week' &&
          (fb.kind === 'weekday' || (fb.kind === 'day-ref' && DEICTIC_DAY.test(b.text))) &&
          WEEKS_ON.test(gap);
        const relation = weeksOn ? 'after' : JOIN.exec(gap)?.[1]!.toLowerCase();
        // "walk out for 48 hours from Tuesday", "will last three days from Monday": a stretch that starts on the day,
        // which stays the event's date
        const stretch =
          relation !== undefined &&
          relation !== 'before' &&
          LASTING_BEFORE.test(context.text.slice(Math.max(0, a.index - 24), a.index));
        if (relation && !stretch) {
          // "two days before yesterday": one date
          if (fb.kind === 'day-ref' && DEICTIC_DAY.test(b.text) && CALENDAR_UNITS.has(fa.length!.unit)) {
            const merged = context.createParsingResult(a.index, context.text.slice(a.index, b.index + b.text.length));
            out.push(setFrame(merged, countedDayFrame(fa, fb, relation, a.text, merged.text)));
            i++;
            continue;
          }
          fa.countFrom = {
            frame: fb,
            sign: relation === 'before' ? -1 : 1,
            words: `${a.text} ${relation} ${b.text}`,
            onward: weeksOn && fb.kind === 'weekday',
          };
          fb.reference = `the day "${a.text} ${relation}" counts from: a point of reference, not an event`;
        }
      }
      // "the Friday before Easter", "the third Tuesday after Christmas", "the weekend before Christmas": one date
      if (b && fb && fa && DAY_KINDS.has(fb.kind)) {
        const relation = BEFORE_AFTER.exec(context.text.slice(a.index + a.text.length, b.index))?.[1]!.toLowerCase();
        const lead = THE_COUNT.exec(context.text.slice(Math.max(0, a.index - 16), a.index));
        const weekday = fa.kind === 'weekday' && /^[a-z]+\.?$/i.test(a.text) ? parseWeekday(a.text) : null;
        const weekend = fa.kind === 'relative-period' && /^the\s+week-?end$/i.test(a.text);
        const previous = out.at(-1);
        const start = weekday && lead ? a.index - lead[0].length : a.index;
        if (
          relation &&
          ((weekday && lead) || weekend) &&
          (!previous || previous.index + previous.text.length <= start)
        ) {
          const merged = context.createParsingResult(start, context.text.slice(start, b.index + b.text.length));
          const n = weekday && lead![1] ? (parseOrdinal(lead![1]) ?? 1) : 1;
          out.push(
            setFrame(
              merged,
              weekdayNextToFrame(fb, weekday ?? 'weekend', n, relation === 'before' ? -1 : 1, merged.text),
            ),
          );
          i++;
          continue;
        }
      }
      // "Collections due on Christmas Day will take place on the Saturday before instead": a weekday before or after
      // with its day left out, the day the sentence has just named
      if (fa?.kind === 'weekday' && /^[a-z]+\.?$/i.test(a.text)) {
        const elided = ELIDED_RELATION_AFTER.exec(
          context.text.slice(a.index + a.text.length, a.index + a.text.length + 24),
        );
        const lead = elided && THE_COUNT.exec(context.text.slice(Math.max(0, a.index - 16), a.index));
        const previous = lead ? out.at(-1) : undefined;
        const dayBefore = previous ? getFrame(previous) : undefined;
        const start = lead ? a.index - lead[0].length : a.index;
        if (
          elided &&
          lead &&
          previous &&
          dayBefore &&
          DAY_KINDS.has(dayBefore.kind) &&
          previous.index + previous.text.length <= start &&
          start - (previous.index + previous.text.length) <= ELIDED_REACH
        ) {
          const end = a.index + a.text.length + elided[1]!.length;
          const merged = context.createParsingResult(start, context.text.slice(start, end));
          const n = lead[1] ? (parseOrdinal(lead[1]) ?? 1) : 1;
          const weekday = parseWeekday(a.text)!;
          const sign = elided[2]!.toLowerCase() === 'before' ? -1 : 1;
          // (the day keeps its own event: the sentence tells of it too)
          out.push(setFrame(merged, weekdayNextToFrame(dayBefore, weekday, n, sign, merged.text, fa)));
          continue;
        }
      }
      // "the day after Christmas", "the night before the vote" (only with a day)
      if (fa && DAY_KINDS.has(fa.kind)) {
        const the = THE_UNIT_BEFORE.exec(context.text.slice(Math.max(0, a.index - 24), a.index));
        const previous = out.at(-1);
        const start = the ? a.index - the[0].length : a.index;
        if (the && (!previous || previous.index + previous.text.length <= start)) {
          const merged = context.createParsingResult(start, context.text.slice(start, a.index + a.text.length));
          const unit = the[2]!.toLowerCase() as 'day' | 'night' | 'week' | 'fortnight';
          out.push(
            setFrame(merged, neighbourFrame(fa, unit, the[3]!.toLowerCase() === 'before' ? -1 : 1, merged.text)),
          );
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}

/** "the three years from 2025": a year after "the" and a length, and "from": the stretch it opens. */
function yearOpensStretch(text: string, a: TimexMatch, b: TimexMatch, fb: Frame): boolean {
  return (
    fb.kind === 'year' && /^the\s/i.test(a.text) && /^\s+from\s+$/i.test(text.slice(a.index + a.text.length, b.index))
  );
}

/**
 * Runs after the tense refiner: a weekday that a length counts on from ("the vote is a week from Tuesday") lies
 * ahead unless its clause is past; "a week on Tuesday" always does. Its own reading, a point of reference, takes the same tense, so that its value
 * is the day the length counts from.
 */
export class CountedFromRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    for (let i = 0; i < results.length; i++) {
      const frame = getFrame(results[i]!);
      if (isLengthFrame(frame)) countFromClock(context, frame, results[i]!, results[i + 1]);
      const from = isLengthFrame(frame) ? frame.countFrom : undefined;
      // ("MPs will vote on the assisted dying bill a week on Friday": a week on a day counts on from the coming one,
      // whatever participle stands nearer than the clause's verb)
      if (from && from.sign > 0 && from.frame.kind === 'weekday' && (from.frame.tense !== 'past' || from.onward))
        from.frame.tense = 'future';
    }
    return results;
  }
}

/**
 * "two hours after noon", "ten minutes before midnight", "20 minutes after 9:15 a.m. yesterday": a length on the
 * clock counted from a clock time (once the time has its day: after the date-time refiner). Not "from": "12 hours
 * from 8 a.m." is how long something runs from then; nor after "for".
 */
function countFromClock(context: ParsingContext, fa: LengthFrame, a: TimexMatch, b: TimexMatch | undefined): void {
  const fb = b ? getFrame(b) : undefined;
  if (!b || !fb || fa.countFrom || !CLOCK_UNITS.has(fa.length!.unit)) return;
  if (fb.kind !== 'time' && fb.kind !== 'date-time') return;
  const relation = BEFORE_AFTER.exec(context.text.slice(a.index + a.text.length, b.index))?.[1]!.toLowerCase();
  // "slept for eight hours after 10pm": a stretch that starts (or ends) at the time, which stays an event's time
  if (!relation || LASTING_BEFORE.test(context.text.slice(Math.max(0, a.index - 24), a.index))) return;
  fa.countFrom = { frame: fb, sign: relation === 'before' ? -1 : 1, words: `${a.text} ${relation} ${b.text}` };
  fb.reference = `the time "${a.text} ${relation}" counts from: a point of reference, not an event`;
}

/**
 * The n-th weekday (1 = Monday), or the weekend, strictly before (sign -1) or after (sign 1) a day: "the Friday
 * before Easter" is Good Friday, "the third Tuesday after Christmas 2014" 13 January 2015.
 */
function weekdayNextToFrame(
  dayFrame: Frame,
  weekday: number | 'weekend',
  n: number,
  sign: -1 | 1,
  text: string,
  alone?: Frame,
): Frame {
  const frame: Frame = {
    kind: 'day-offset',
    resolve: (ctx) => {
      const found = dayOf(dayFrame, { ...ctx, tense: frame.tense ?? ctx.tense });
      if (!found) return null;
      const why = `"${text}": counted from ${found.reading.value} (${found.reading.why})`;
      // a weekend before a day ends (its Sunday) before it; one after it begins (its Saturday) after it
      const wd = weekday === 'weekend' ? (sign < 0 ? 7 : 6) : weekday;
      const day = addDays(weekdayNear(found.day, wd, sign, true), sign * 7 * (n - 1));
      // (a day left out, told in the past, that lands after publication was another one: the weekday read alone)
      if (alone && ctx.dct && (frame.tense ?? ctx.tense) === 'past' && epochDay(day) > epochDay(ctx.dct))
        return alone.resolve({ ...ctx, tense: frame.tense ?? ctx.tense });
      if (weekday === 'weekend') return dateReading(weekendPeriod(sign < 0 ? addDays(day, -1) : day), why);
      return dateReading(dayPeriod(day), why);
    },
  };
  return frame;
}

function neighbourFrame(
  dayFrame: Frame,
  unit: 'day' | 'night' | 'week' | 'fortnight',
  sign: -1 | 1,
  text: string,
): Frame {
  const frame: Frame = {
    kind: 'day-offset',
    resolve: (ctx) => {
      const found = dayOf(dayFrame, { ...ctx, tense: frame.tense ?? ctx.tense });
      if (!found) return dayFrame.resolve(ctx);
      const why = `"${text}": next to ${found.reading.value} (${found.reading.why})`;
      if (unit === 'week') return dateReading(weekPeriod(addDays(found.day, sign * 7)), why);
      // "the fortnight before Christmas": the two weeks up to it (no calendar fortnight to name: a length, placed)
      if (unit === 'fortnight') {
        const [from, to] = stretchBeside(found.day, addDays(found.day, sign * 14), sign);
        return { type: 'DURATION', value: 'P2W', why, anchorable: false, from: isoDay(from), to: isoDay(to) };
      }
      const day = addDays(found.day, sign);
      if (unit === 'night') {
        // the night before X began the evening before it; the night after X begins on X's evening
        const reading = dateReading(partOfDayPeriod(sign < 0 ? day : found.day, 'NI'), why);
        reading.type = 'TIME';
        return reading;
      }
      return dateReading(dayPeriod(day), why);
    },
  };
  return frame;
}

/** "two days before yesterday": the day the length names, counted from the day named by publication. */
function countedDayFrame(
  length: LengthFrame,
  dayFrame: Frame,
  relation: string,
  lengthText: string,
  text: string,
): Frame {
  const { amount, unit } = length.length!;
  const sign = relation === 'before' ? -1 : 1;
  const frame: Frame = {
    kind: 'day-offset',
    resolve: (ctx) => {
      const found = dayOf(dayFrame, { ...ctx, tense: frame.tense ?? ctx.tense });
      const day = found && moved(found.day, amount, unit, sign);
      if (!found || !day) return unplacedReading('XXXX-XX-XX', `"${text}" needs the publication date`);
      return dateReading(
        dayPeriod(day),
        `"${text}": ${lengthText} ${relation} ${found.reading.value}, ${humanDay(day)}`,
      );
    },
  };
  return frame;
}
