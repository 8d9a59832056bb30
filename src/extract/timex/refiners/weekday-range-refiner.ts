/**
 * A range of weekdays: "from Monday to Wednesday", "between Friday and Sunday", "Thursday through Saturday",
 * "Mon-Wed". TimeML tags each end as its own DATE (the event builder makes one event from the first to the
 * last), but the ends are not read alone: the last is the first such weekday after the first end, and in a
 * past-tense clause the whole range lies before publication. Read alone, a range around the publication day
 * came apart: "met between Monday and Wednesday" told on a Tuesday put Monday the day before and Wednesday
 * the week before; "will run from Monday to Wednesday" told on a Tuesday ended before it began.
 */
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import type { Frame } from '../frame.js';
import {
  addDays,
  dayPeriod,
  epochDay,
  humanDay,
  isoWeekday,
  parseIsoDay,
  WEEKDAY_NAMES,
  type Day,
} from '../calendar.js';
import { dateReading, tenseWord } from '../periods.js';
import { parseWeekday } from '../words.js';
import { announcedRange, joinRangePairs, readAsMove, runsOnAhead } from './range-pairs.js';
import { isDateTimeFrame } from './date-time-refiner.js';

/** A last end that names its own week ("to next Wednesday") is read as written. */
const OWN_WEEK = /^(?:last|this|next|coming|past|the|early|late|earlier|later)\b/i;
/** An edge of a day before its name: "early Wednesday", "late Tuesday". */
const DAY_EDGE = /^(?:early|late|earlier|later)\s+/i;

export class WeekdayRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    joinRangePairs(
      context,
      results,
      'weekday',
      (a, b, first, last) => {
        // ("late Tuesday into early Wednesday": an edge of the day names no week of its own)
        const lastDay = b.text.replace(DAY_EDGE, '');
        if (OWN_WEEK.test(lastDay)) return false;
        const from = parseWeekday(a.text.replace(OWN_WEEK, '').trim());
        const to = parseWeekday(lastDay);
        if (!from || !to) return false;
        // "from Monday to Wednesday next week": the week written after the last end holds the whole range
        if (WEEK_AFTER.test(b.text) && !OWN_WEEK.test(a.text)) openInWeekOf(first, last, (to - from + 7) % 7 || 7);
        else joinRange(first, last, (to - from + 7) % 7 || 7, context.text, a, b);
        return true;
      },
      moveDays,
    );
    // "from 10pm Friday to 6am Saturday", "from 6pm on Sunday until midday on Monday": clock times on weekdays
    joinRangePairs(context, results, 'date-time', (a, b, first, last) => {
      if (!isDateTimeFrame(first) || !isDateTimeFrame(last)) return false;
      if (first.dayFrame.kind !== 'weekday' || last.dayFrame.kind !== 'weekday' || OWN_WEEK_IN.test(b.text))
        return false;
      const from = weekdayIn(a.text);
      const to = weekdayIn(b.text);
      if (!from || !to) return false;
      // "from 8am Monday until 8pm Monday": the same day
      joinRange(first, last, (to - from + 7) % 7, context.text, a, b);
      return true;
    });
    return results;
  }
}

/**
 * "The match was moved from Saturday to Sunday", "brought forward from Friday to Tuesday": no range; the day moved to is
 * read by its own clause (ahead, as after "postponed to", or as written: "to next Tuesday"), the day moved from is
 * the one nearest it. A first end naming its own week ("from last Friday") is read as written.
 */
function moveDays(a: TimexMatch, _b: TimexMatch, first: Frame, last: Frame): void {
  // (with a part of the day: "moved from Saturday night to Sunday afternoon")
  if (!OWN_WEEK.test(a.text) && weekdayIn(a.text)) readAsMove(first, last, a.text);
}

/** A last end that names its own week inside a clock time ("until 6am next Monday"). */
const OWN_WEEK_IN = /\b(?:last|this|next|coming|past)\s/i;

/** The weekday named in a clock time on a day ("10pm Friday", "midday on Monday"), 1 (Monday) to 7. */
function weekdayIn(text: string): number | null {
  for (const word of text.split(/[^\p{L}.]+/u)) {
    const day = word ? parseWeekday(word) : null;
    if (day) return day;
  }
  return null;
}

/** A week written after a weekday: "Wednesday next week", "Friday of this week". */
const WEEK_AFTER = /\s(?:of\s+)?(?:last|this|next|the\s+following|the\s+previous)\s+week$/i;

/** Puts `first` `length` days before the day `last` is read on, as written ("Wednesday next week"). */
function openInWeekOf(first: Frame, last: Frame, length: number): void {
  const resolveFirst = first.resolve;
  first.resolve = (ctx) => {
    const closing = last.resolve(ctx);
    const end = closing?.period ? parseIsoDay(closing.value.slice(0, 10)) : null;
    if (!end) return resolveFirst(ctx);
    const day = addDays(end, -length);
    const name = WEEKDAY_NAMES[isoWeekday(day) - 1];
    return dateReading(dayPeriod(day), `the ${name} that opens the range closing on ${humanDay(end)}`);
  };
}

/**
 * Runs after the tense refiner. Makes `last` (of `b`) the weekday `length` days after the day `first` (of `a`) is put on, and, in a past-tense clause, puts
 * `first` a week earlier when the range would otherwise end after publication ("the strike lasted from Friday to
 * Sunday", told on a Friday: the Friday a week before). `first` is resolved first (document order). A range a past verb
 * issued or announced (`announced`: "issued a warning from 6pm on Sunday until 10am on Monday", told on Sunday evening)
 * is the warning's time, not the verb's: it stays the one under way, and opens on the weekday nearest publication. A range told as a run that goes on after the
 * telling (`ahead`: "opened last Friday and continues until Sunday") neither lies before publication nor closes
 * before it.
 */
function joinRange(first: Frame, last: Frame, length: number, text: string, a: TimexMatch, b: TimexMatch): void {
  const announced = announcedRange(text, a.index);
  const ahead = runsOnAhead(text, a, b);
  let opening: Day | null = null;
  const resolveFirst = first.resolve;
  // ("has issued a warning from 6pm on Thursday", told on Wednesday: the warning's Thursday is the nearest, not the
  // last one gone by)
  if (announced && first.tense === 'past') first.tense = 'near';
  first.resolve = (ctx) => {
    let reading = resolveFirst(ctx);
    if (reading && first.tense === 'near' && announced)
      reading = {
        ...reading,
        why: reading.why.replace(tenseWord('near'), 'a range a past verb issued, for its own time'),
      };
    let day = reading?.period ? parseIsoDay(reading.value.slice(0, 10)) : null;
    const dct = ctx.dct;
    if (
      reading &&
      day &&
      dct &&
      !reading.usedAnchor &&
      !announced &&
      !ahead &&
      ctx.tense === 'past' &&
      epochDay(addDays(day, length)) > epochDay(dct)
    ) {
      const earlier = resolveFirst({ ...ctx, dct: addDays(dct, -7) });
      const earlierDay = earlier?.period ? parseIsoDay(earlier.value.slice(0, 10)) : null;
      if (earlier && earlierDay) {
        const name = WEEKDAY_NAMES[isoWeekday(earlierDay) - 1];
        reading = { ...earlier, why: `past: the ${name} whose range ends by publication (${humanDay(dct)})` };
        day = earlierDay;
      }
    }
    opening = day;
    return reading;
  };
  // after the tense refiner: the last end points forward from the opening, whatever its clause's tense
  last.tense = 'future';
  const resolveLast = last.resolve;
  last.resolve = (ctx) => {
    if (!opening) return resolveLast(ctx);
    // the first such weekday after the opening day (with the part of day written with it, if any)
    let start = addDays(opening, length === 0 ? 0 : 1);
    if (ahead && ctx.dct && epochDay(ctx.dct) > epochDay(start)) start = ctx.dct;
    const reading = resolveLast({
      ...ctx,
      dct: start,
      tense: 'future',
      anchor: null,
      day: null,
    });
    const day = reading?.period ? parseIsoDay(reading.value.slice(0, 10)) : null;
    if (!reading || !day) return resolveLast(ctx);
    const name = WEEKDAY_NAMES[isoWeekday(day) - 1];
    const clock = reading.type === 'TIME' ? `, at ${reading.value.slice(11, 16)}` : '';
    return { ...reading, why: `the ${name} that closes the range opening on ${humanDay(opening)}${clock}` };
  };
}
