/**
 * What happens as a rule: "sales usually peak in December", "the festival is traditionally held in the spring",
 * "auctions are typically held in the second and fourth quarters", "the board normally meets on Tuesday". A month,
 * season, quarter, half, weekday or clock time named without a year in a clause that says what usually happens is any such
 * period (TimeML: XXXX-12, XXXX-SP, XXXX-Q2, XXXX-WXX-2), not the nearest one, and gets no place on the axis.
 * "usually peaks in December, but this year it came in November": the cue stops at a comma, and a phrase that
 * names its year or counts from now ("this December", "next spring") is no rule.
 */
import { getFrame, setFrame, type Frame, type Reading } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { unplacedReading } from '../periods.js';
import { wrapAsRecurring, wrapAsWeekdaySet } from '../recurring.js';
import { clauseStartBefore } from '../clause-bounds.js';
import { WEEKDAY_NAMES } from '../calendar.js';
import { clockValue, isTimeFrame, type ClockTime } from '../parsers/time-parser.js';
import { afternoonOfBareHour, timeInPartOfDay } from './date-time-refiner.js';
import { LIST_JOIN, parseWeekday, WEEKDAY_ALONE } from '../words.js';
import { SAME_FORM_PAST } from '../../words.js';

/**
 * Adverbs (and "tends to") that say what happens as a rule, and words of a yearly round ("annually", "every year":
 * "rates are reviewed annually in March").
 */
const HABITUAL_CUE =
  /\b(?:usually|typically|normally|generally|traditionally|customarily|routinely|habitually|invariably|tends?\s+to|tended\s+to|annually|yearly|quarterly|(?:every|each)\s+year)\b/gi;
/** What ends the reach of a cue before the phrase: a comma or another clause ("…, but", "while"). */
const CUE_BREAK = /[,;:()"“”]|\b(?:but|while|whereas|although|though|except|unless|this|last|next)\b/i;
/** A phrase that counts from now names one period, not a rule. */
const ONE_PERIOD = /\b(?:this|last|next|coming|past|previous|following|current|ago|that|today|tonight)\b/i;
/** The kinds of phrases that can name a recurring period, and a clock time ("usually at 7pm"). */
const RECURRING_KINDS = new Set(['month', 'season', 'quarter', 'half', 'weekday', 'time']);
/** A present form of "be" before the cue: "is traditionally held", "are usually paid". */
const PRESENT_BE_BEFORE = /\b(?:is|are|am|'s|’s)\s+$/i;
/** The item of a list before the phrase: "second and ", "December or ". */
const LIST_ITEM_BEFORE = /\s+[\p{L}-]+\s+(?:and|or)\s+(?:the\s+)?$/iu;
/** How far before the phrase the cue is looked for. */
const REACH = 100;
/**
 * After a clock time in its clause, a repeating day: "open 8am to 8pm every day", "open late, until 8pm, every day",
 * "trains leave at 6:15 each morning", "the market opens at 9 a.m. daily", "closed from 10pm to 6am on weekdays", "open 9am to 1pm on Saturdays",
 * "until 4pm on bank holidays".
 * The time is any such day's, not one day's (a range's second end, "to 8pm", is read with it).
 */
const DAILY_AFTER =
  /^(?:\s*(?:[-–—]|to|until|till|and)\s*\d[\d:.]*(?:\s*[ap]\.?m\.?|\s*(?:noon|midnight))?|\s*(?:to|until|till)\s+(?:noon|midnight))?,?\s+(?:(?:every|each)\s+(?:day|night|morning|afternoon|evening|weekday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|daily\b|nightly\b|seven\s+days\s+a\s+week\b|(?:on\s+|at\s+)?(?:weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b|on\s+(?:bank|public|national)\s+holidays\b)/i;
/**
 * Between a repeating day and a clock time after it: "on weekdays from 10am", "Mondays between 9 and 11", "every
 * Sunday, from noon"; and between the two ends of a range of such times ("from 10am to 4pm").
 */
const CLOCK_OF_SET_AFTER = /^,?\s+(?:from|between|starting\s+at|after|until|till)\s+(?:about\s+|around\s+)?$/i;
const RANGE_END_BETWEEN = /^\s*(?:[-–—]|to|until|till|and)\s*$/i;
/** A repeating day or a repeating part of the week: "every Monday", "Mondays", "daily", "on weekdays", "at weekends". */
const REPEATING_DAYS = /^(?:(?:every|each)\s+)?week(?:day|end)s?$/i;
/** How far after a clock time its repeating day is looked for. */
const DAILY_REACH = 40;
/** Words between the cue and the phrase at most: its verb and a preposition ("are typically held in the"). */
const MAX_WORDS_BETWEEN = 4;

export class HabitualRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    let timed: TimexMatch[] | null = null;
    let listed: Set<Frame> | undefined;
    // where the last repeating day, or a clock time of one, ends: a clock time right after it is any such day's
    let repeatingEnd = -1;
    let repeatingClock = false;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const frame = getFrame(r);
      const pair = i + 1 < results.length ? timedPair(context, r, results[i + 1]!) : null;
      if (pair) {
        timed ??= results.slice(0, i);
        timed.push(pair);
        i++;
        repeatingEnd = pair.index + pair.text.length;
        repeatingClock = true;
        continue;
      }
      timed?.push(r);
      const gapFromRepeating = repeatingEnd >= 0 && r.index >= repeatingEnd ? text.slice(repeatingEnd, r.index) : null;
      repeatingEnd = -1;
      if (repeatingDay(r, frame) || (frame?.kind === 'set' && REPEATING_DAYS.test(r.text))) {
        repeatingEnd = r.index + r.text.length;
        repeatingClock = false;
      }
      // "every Friday and Saturday", "each Monday, Wednesday and Friday": the weekdays listed after a repeating one
      if (frame?.kind === 'set' && EVERY_WEEKDAY.test(r.text))
        for (const [item, itemFrame] of listedAfter(
          text,
          results,
          i,
          (item, f) => f.kind === 'weekday' && WEEKDAY_ALONE.test(item.text),
        )) {
          const day = parseWeekday(item.text)!;
          (listed ??= new Set()).add(itemFrame);
          // (any such weekday, a SET too)
          wrapAsWeekdaySet(
            itemFrame,
            day,
            (value) => `listed after "${r.text}": every ${WEEKDAY_NAMES[day - 1]}, ${value}`,
          );
        }
      if (!frame || !RECURRING_KINDS.has(frame.kind) || ONE_PERIOD.test(r.text) || listed?.has(frame)) continue;
      // a year or a day in digits names one period ("in December 2023"); a clock time is its digits
      if (frame.kind !== 'time' && /\d/.test(r.text)) continue;
      const end = r.index + r.text.length;
      // "on weekdays from 10am to 4pm": after a repeating day, its clock times and a range's second end
      const ofRepeatingDay =
        frame.kind === 'time' &&
        gapFromRepeating !== null &&
        (CLOCK_OF_SET_AFTER.test(gapFromRepeating) || (repeatingClock && RANGE_END_BETWEEN.test(gapFromRepeating)));
      const daily = frame.kind === 'time' && (ofRepeatingDay || DAILY_AFTER.test(text.slice(end, end + DAILY_REACH)));
      if (daily) {
        repeatingEnd = end;
        repeatingClock = true;
      }
      if (
        !daily &&
        !habitualBefore(text, r.index, frame.tense === 'past') &&
        !(frame.kind !== 'time' && habitualAfter(text, end, frame.tense === 'past'))
      )
        continue;
      wrapAsRecurring(frame, daily);
      // "quarterly in March, June, September and December": the periods of its kind listed after it recur too
      if (daily) continue;
      for (const [, itemFrame] of listedAfter(
        text,
        results,
        i,
        (item, f) => f.kind === frame.kind && !/\d/.test(item.text) && !ONE_PERIOD.test(item.text),
      )) {
        (listed ??= new Set()).add(itemFrame);
        wrapAsRecurring(itemFrame);
      }
    }
    return timed ?? results;
  }
}

/** A repeating weekday a list of weekdays may follow: "every Friday", "each Monday". */
const EVERY_WEEKDAY = /^(?:every|each)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** A possessive right after a phrase. */
const POSSESSIVE_AFTER = /^['’]s/;

/**
 * The phrases listed after results[i] that `accept` takes ("every Friday and Saturday", "in March, June and
 * September"): each joined to the one before by LIST_JOIN, and no possessive ("every Tuesday and Saturday's market").
 */
function listedAfter(
  text: string,
  results: TimexMatch[],
  i: number,
  accept: (item: TimexMatch, frame: Frame) => boolean,
): [TimexMatch, Frame][] {
  const items: [TimexMatch, Frame][] = [];
  let before = results[i]!;
  for (let j = i + 1; j < results.length; j++) {
    const item = results[j]!;
    const frame = getFrame(item);
    const end = item.index + item.text.length;
    if (!frame || !accept(item, frame)) break;
    if (!LIST_JOIN.test(text.slice(before.index + before.text.length, item.index))) break;
    if (POSSESSIVE_AFTER.test(text.slice(end, end + 2))) break;
    items.push([item, frame]);
    before = item;
  }
  return items;
}

/**
 * A repeating day and a clock time side by side, in either order, as one SET: "each Monday at 4pm", and a clock time
 * before its repeating weekday: "opens at 10:30am on Saturdays", "services at 11am each Sunday"; null otherwise.
 */
function timedPair(context: ParsingContext, a: TimexMatch, b: TimexMatch): TimexMatch | null {
  const fa = getFrame(a);
  const fb = getFrame(b);
  const gap = () => context.text.slice(a.index + a.text.length, b.index);
  if (repeatingDay(a, fa) && fb?.kind === 'time' && CLOCK_AFTER_SET.test(gap()))
    return timedSet(context, a, fa!, b, fb);
  if (fa?.kind === 'time' && repeatingDay(b, fb) && !EVERY_DAY.test(b.text) && SET_AFTER_CLOCK.test(gap()))
    return timedSet(context, b, fb!, a, fa);
  return null;
}

/** Whether `m` is a repeating day a clock time can refine ("every Monday", "Mondays", "daily"). */
const repeatingDay = (m: TimexMatch, frame: Frame | undefined) =>
  (frame?.kind === 'set' || frame?.kind === 'weekday-set') && REPEATING_DAY.test(m.text);

/** Between a repeating day and its clock time: "every Monday at 4pm", "Mondays, 4 p.m.", "daily at 9 a.m.". */
const CLOCK_AFTER_SET = /^,?\s+(?:at\s+)?$/i;
/** Between a clock time and the repeating weekday after it: "at 11am on Sundays", "at 9 each Monday". */
const SET_AFTER_CLOCK = /^,?\s+(?:on\s+)?$/i;
/** Every day, which a clock time before it makes a SET by DAILY_AFTER ("at 9 a.m. daily"). */
const EVERY_DAY = /^(?:daily|(?:every|each)\s+day)$/i;
/**
 * A repeating day a clock time refines: "every Monday", "each day", "Mondays", "daily", and a part of a repeating
 * day: "every Monday night", "Friday evenings".
 */
const REPEATING_DAY =
  /^(?:(?:every|each)\s+(?:day|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings|afternoons|evenings|nights)|daily)$/i;
/** Its value: any Monday (`XXXX-WXX-1`), any Monday night (`XXXX-WXX-1TNI`), every day (`P1D`). */
const TIMED_SET = /^(?:XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|P1D)$/;
/** The clock part of a TIME value: "T16:00", "T09:30:15", "T18:00-05:00". */
const CLOCK_PART = /T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)?$/;

/**
 * A repeating day and the clock time after or before it, "each Monday at 4pm", "every day at 9 a.m.", "at 11am on
 * Sundays": one SET, the time of
 * every such day (TimeML: XXXX-WXX-1T16:00, XXXX-XX-XXT09:00), as "at 9 a.m. daily" is; not a set and a time of
 * one day. Other sets ("every week at 4pm") keep the two apart. A bare hour is read as after a day ("each Sunday at
 * 10" T10:00, "every Friday at 3" T15:00), or in the half of the day of the set's part ("every Monday night at 9"
 * T21:00); one that the night carries into the next day ("every Saturday night at 2") keeps the part.
 */
function timedSet(
  context: ParsingContext,
  set: TimexMatch,
  recurring: Frame,
  clock: TimexMatch,
  clockFrame: Frame,
): TimexMatch {
  // (the set first, "each Monday at 4pm", or the clock time: "at 4pm each Monday")
  const start = Math.min(set.index, clock.index);
  const text = context.text.slice(start, Math.max(set.index + set.text.length, clock.index + clock.text.length));
  const frame: Frame = {
    kind: recurring.kind,
    resolve: (ctx) => {
      const own = recurring.resolve(ctx);
      if (!own || !TIMED_SET.test(own.value)) return own;
      const part = /T([A-Z]{2})$/.exec(own.value)?.[1];
      // a bare hour ("at 9", "at 9:30") is read here: on one day's clock it would take that day's half
      const time = isTimeFrame(clockFrame) ? clockFrame.time : null;
      const bare = time?.ambiguous === true && time.zone === undefined && time.offset === undefined;
      const clock = bare ? clockOfEvery(time, part) : placedClock(clockFrame.resolve(ctx));
      if (!clock) return own;
      const value = `${own.value === 'P1D' ? 'XXXX-XX-XX' : own.value.replace(/T[A-Z]{2}$/, '')}${clock}`;
      return unplacedReading(value, `"${text}" recurs: ${value}`, undefined, 'SET');
    },
  };
  return setFrame(context.createParsingResult(start, text), frame);
}

/** The clock part of a resolved clock time's value ("T16:00", "T18:00-05:00"), null when it has none. */
function placedClock(reading: Reading | null): string | null {
  return (reading && CLOCK_PART.exec(reading.value)?.[0]) ?? null;
}

/**
 * A bare hour of every such day: in the half of the day of `part` ("every Monday night at 9" 21:00), else as after a
 * day other than the publication's ("every Friday at 3" 15:00). Null for one the night carries into the next day.
 */
function clockOfEvery(time: ClockTime, part: string | undefined): string | null {
  const placed = part ? timeInPartOfDay(time, part) : afternoonOfBareHour(time);
  return placed.dayShift ? null : `T${clockValue(placed)}`;
}

/**
 * Whether a cue of what usually happens stands in the clause before `index`, with no break after it. In a clause
 * read as past, only a present passive counts ("is traditionally held in"): "he generally agreed with the plan
 * announced in June" tells of one time.
 */
function habitualBefore(text: string, index: number, past: boolean): boolean {
  const start = clauseStartBefore(text, index, REACH);
  const before = text.slice(start < 0 ? index - REACH : start, index);
  let last: RegExpExecArray | null = null;
  HABITUAL_CUE.lastIndex = 0;
  for (let m = HABITUAL_CUE.exec(before); m; m = HABITUAL_CUE.exec(before)) last = m;
  if (!last) return false;
  // "floods usually hit the valley in April": after the cue, a verb whose past is its present tells no past
  if (
    past &&
    !PRESENT_BE_BEFORE.test(before.slice(0, last.index)) &&
    !SAME_FORM_VERB_AFTER.test(before.slice(last.index + last[0].length))
  )
    return false;
  // the second of a list counts from where the list starts: "held in the second and fourth quarters"
  const between = before.slice(last.index + last[0].length).replace(LIST_ITEM_BEFORE, ' ');
  // "sales usually peak in", "are traditionally held on": the cue's own verb, not a clause of its own further on
  return !CUE_BREAK.test(between) && (between.match(/\S+/g)?.length ?? 0) <= MAX_WORDS_BETWEEN;
}

/**
 * After a cue, a verb whose past is written as its present ("usually hit", "typically cut", "normally set"): read as
 * past by its form, it is the present of a rule.
 */
const SAME_FORM_VERB_AFTER = new RegExp(`^\\s+(?:${SAME_FORM_PAST.join('|')})\\b`, 'i');

/** Right after the phrase, the noun or the verb it leads and a cue: "Winter pressures usually peak", "December is typically". */
const HABITUAL_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:usually|typically|normally|generally|traditionally|customarily|routinely|invariably|tends?\s+to|annually|yearly|(?:every|each)\s+year)\b/iu;

/**
 * Whether a cue of what usually happens follows the phrase in the words it opens ("Winter pressures usually peak in
 * January", "December is typically the busiest month"): the season or month of a rule, told as its subject.
 */
function habitualAfter(text: string, end: number, past: boolean): boolean {
  const after = text.slice(end, end + 60);
  const cue = HABITUAL_AFTER.exec(after);
  if (!cue || CUE_BREAK.test(cue[0])) return false;
  return !past || SAME_FORM_VERB_AFTER.test(after.slice(cue[0].length));
}
