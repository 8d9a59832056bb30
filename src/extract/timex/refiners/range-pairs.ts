/**
 * Two phrases written as the ends of one range: "from Monday to Wednesday", "Thursday through Saturday", "Mon-Wed",
 * "between October and March". The range refiners (weekday-range, month-range) read their ends together.
 */
import {
  addDays,
  dayPeriod,
  epochDay,
  humanDay,
  isoWeekday,
  isValidDay,
  monthPeriod,
  WEEKDAY_NAMES,
  type Day,
  type Period,
} from '../calendar.js';
import { getFrame, type Frame, type Reading, type ResolveContext } from '../frame.js';
import type { ParsingContext, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';

/** Between the two ends of a range: a dash, "to", "until", "through", "into" ("late Tuesday into early Wednesday"); "and" (after "between"). */
export const JOINER = /^\s*(?:-|–|—|to|until|till|through|thru|into|and)\s*$/i;
/** The longest gap JOINER takes in ordinary spacing (" through "), with room for doubled spaces. */
const MAX_GAP = 12;
/** "and" joins a range only after "between": "on Monday and Wednesday" are two days. */
const BETWEEN = /\bbetween\s+$/i;
/**
 * A range told as a run: "and", a verb of going on or of ending, and its link to the close: "begins on Friday and
 * continues through Sunday", "opened in October and will run until March", "starts Friday and ends on Sunday". What
 * goes on or ends after the first date does so on or after it; read alone, the close took its own clause's tense.
 */
const RUN_ON =
  /^\s*,?\s+and\s+(?:then\s+)?(?:(?:will|would|should|is\s+to|was\s+to)\s+)?(?:continu(?:e[sd]?|ing)|r[ua]n(?:s|ning)?|last(?:s|ed|ing)?|(?:go(?:es)?|went|going)\s+on|(?:stay|remain)(?:s|ed|ing)?\s+open|end(?:s|ed|ing)?|clos(?:e[sd]?|ing)|finish(?:es|ed|ing)?|conclud(?:e[sd]?|ing)|wrap(?:s|ped|ping)?\s+up)(?:\s+(?:on|through|thru|until|till|to|into))?\s+$/i;
/** A verb of such a run in the past: "continued", "ran", "went on". */
const RUN_ON_PAST = /\b(?:\w+ed|ran|went|was)\b/i;
/** The longest gap RUN_ON takes in ordinary spacing (", and then will continue through "), with room to spare. */
const RUN_ON_MAX_GAP = 40;

/**
 * Calls `join` with each pair of neighbouring phrases whose frames are both of `kind` and whose words make a
 * range; a pair `join` takes (returns true) is done, and its last end opens no other range. With `move`, a pair a verb
 * of moving governs ("postponed from March to June", "moved from Saturday to Sunday") is no range: it goes to `move`
 * and is not joined.
 */
export function joinRangePairs(
  context: ParsingContext,
  results: TimexMatch[],
  kind: string,
  join: (a: TimexMatch, b: TimexMatch, first: Frame, last: Frame) => boolean,
  move?: (a: TimexMatch, b: TimexMatch, first: Frame, last: Frame) => void,
): void {
  for (let i = 0; i + 1 < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1]!;
    const gapLength = b.index - (a.index + a.text.length);
    if (gapLength > RUN_ON_MAX_GAP) continue; // (most phrases are far apart: no frame is read)
    const gap = context.text.slice(a.index + a.text.length, b.index);
    const runOn = gapLength > MAX_GAP || !JOINER.test(gap);
    if (runOn && !(/and/i.test(gap) && RUN_ON.test(gap))) continue;
    const first = getFrame(a);
    const last = getFrame(b);
    if (first?.kind !== kind || last?.kind !== kind) continue;
    if (runOn) {
      if (join(a, b, first, last)) i++;
      continue;
    }
    const joiner = JOINER.exec(gap)!;
    if (/and/i.test(joiner[0]) && !BETWEEN.test(context.text.slice(Math.max(0, a.index - 12), a.index))) continue;
    if (move && !/and/i.test(joiner[0]) && movedBefore(context.text, 0, a.index)) {
      move(a, b, first, last);
      i++;
    } else if (join(a, b, first, last)) i++;
  }
}

/**
 * A past verb of issuing or announcing, its object and "from" or "between" right before a range: "issued a warning from
 * 6pm on Sunday until 10am on Monday", "a curfew was imposed between Friday and Sunday". The range is the object's own
 * time, not the verb's: told while it runs, it is the current one, not a range gone by. The object may name the places
 * it covers, joined by "and" after a name ("a warning for wind covering much of Wales and south-west England from 6pm
 * on Wednesday"); an "and" after any other word opens another clause ("issued a warning and closed schools from").
 */
const ANNOUNCED_BEFORE =
  /\b(?:issued|announced|declared|imposed|ordered|introduced|enacted|approved|posted|put\s+(?:out|in\s+place))\b(?:\s+(?!(?:but|or|which|that|who|whose|was|were|is|are|had|has|have|it|he|she|they|we)\b)[\w'’-]+){0,14}?\s+(?:from|between)\s+$/i;
/** An "and" after a word that is no name: it opens another clause (case matters here, so apart from ANNOUNCED_BEFORE). */
const CLAUSE_AND = /(?<![\p{Lu}][\p{L}'’-]*)\s+and\s/u;
/** How far before a range such a verb is looked for. */
const ANNOUNCED_REACH = 120;

/** Whether the range whose first end starts at `index` is the object of a verb of issuing or announcing. */
export function announcedRange(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - ANNOUNCED_REACH), index);
  if (!/\b(?:from|between)\s+$/i.test(before)) return false;
  const announced = ANNOUNCED_BEFORE.exec(before.slice(lastStop(before) + 1));
  return announced !== null && !CLAUSE_AND.test(announced[0]);
}

/**
 * Whether the range from `a` to `b` is told as a run that goes on, or ends, after the telling: "began on Saturday and
 * will continue until Thursday", "opened in October and runs through March". Whatever the tense of its opening, such
 * a range does not lie wholly before publication.
 */
export function runsOnAhead(text: string, a: TimexMatch, b: TimexMatch): boolean {
  const gap = text.slice(a.index + a.text.length, b.index);
  return gap.length > 0 && RUN_ON.test(gap) && !RUN_ON_PAST.test(gap);
}

/** The offset of the last sentence or clause stop in `text`, -1 when there is none. */
function lastStop(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if ('.;!?\n'.includes(text[i]!)) return i;
  return -1;
}

/**
 * The day the last end of a range is read on, by its own clause's tense (the range refiners run after the tense
 * refiner): what the first end is put on or before. Undefined when it has no day.
 */
export function closingDay(last: Frame, ctx: ResolveContext): Day | undefined {
  return last.resolve({ ...ctx, tense: last.tense ?? ctx.tense, clearTense: last.clearTense === true })?.period?.first;
}

/**
 * The latest of a yearly day or period that starts on or before `end`: in `end`'s year or the one before
 * (`periodIn` gives it in a year, null when there is none that year, as 29 February).
 */
export function latestOnOrBefore(end: Day, periodIn: (y: number) => Period | null): Period | null {
  for (const y of [end.y, end.y - 1]) {
    const period = periodIn(y);
    if (period && epochDay(period.first) <= epochDay(end)) return period;
  }
  return null;
}

/**
 * Wraps `first`'s resolve so that it keeps the day it is read on (frames resolve in document order: a later end reads
 * it while resolving). Returns that day's getter: null until then, or when `first` is no day.
 */
export function keepOpeningDay(first: Frame): () => Day | null {
  const opening = keepOpeningReading(first);
  return () => {
    const period = opening()?.period;
    return period?.granularity === 'day' ? period.first : null;
  };
}

/** Wraps `first`'s resolve so that it keeps its reading; returns its getter (null until `first` is resolved). */
export function keepOpeningReading(first: Frame): () => Reading | null {
  let opening: Reading | null = null;
  const resolveFirst = first.resolve;
  first.resolve = (ctx) => {
    opening = resolveFirst(ctx);
    return opening;
  };
  return () => opening;
}

/**
 * The first day of `day`'s month and day of the month on or after `start`: in `start`'s year or the next (null when
 * there is none, as 29 February, or it lies more than `maxDays` after `start`).
 */
export function firstOnOrAfter(day: Day, start: Day, maxDays = Infinity): Period | null {
  const { m, d } = day;
  for (const y of [start.y, start.y + 1]) {
    if (!isValidDay(y, m, d) || epochDay({ y, m, d }) < epochDay(start)) continue;
    return epochDay({ y, m, d }) - epochDay(start) > maxDays ? null : dayPeriod({ y, m, d });
  }
  return null;
}

/**
 * A verb of moving a date or a time, its object and "from" right before the first of two: "moved 7 p.m. to 8 p.m.",
 * "pushed back 9 a.m. to noon", "was moved from Saturday to Sunday", "postponed the vote from March to May". What
 * was set for the first is now set for the second: a move, not a stretch.
 */
const MOVED_BEFORE =
  /\b(?:moved?|moves|pushed|shifted|changed|switched|brought|put|bumped|rescheduled|postponed|delayed|deferred|adjourned|advanced)(?:\s+(?!(?:and|but|or|which|that|who|when|while|after|before|on|in|at|for|during|to|into)\b)[\w'’-]+){0,4}?\s+(?:from\s+(?:the\s+)?)?$/i;
/** A verb of moving that needs its particle: "brought forward", "put back", "pushed the vote back". */
const PARTICLE_VERB = /^(?:brought|put|pushed)$/i;
const MOVE_PARTICLE = /\s(?:back|forward|ahead|off)\b/i;
/** How far before the first date a verb of moving is looked for. */
const MOVED_REACH = 64;

/** A verb of moving that as often moves a thing or a person ("switched jobs", "moved offices", "changed teams"). */
const THING_VERB = /^(?:moved?|moves|shifted|changed|switched|advanced)$/i;
/** The first word of an object named as a thing of its own: a determiner, a possessive, a pronoun. */
const NAMED_OBJECT = /^(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those|it|them|[\w-]+['’]s)$/i;
/** Words after a verb of moving that are no object: its particle. */
const NO_OBJECT = /^(?:back|forward|ahead|off|up)$/i;

/**
 * Whether a verb of moving governs the date at `start` (the first of two joined by "to"), looked for back to `from` at
 * most: "The game was moved from | Saturday to Sunday". With `namedOnly` (two years: "switched jobs from 2001 to
 * 2005" is a stretch of years), a verb that as often moves a thing or a person moves a date only with no object, as in
 * the passive ("was moved from 2020 to 2021"), or with one named with a determiner or a possessive ("moved the
 * games from 2020 to 2021"): a bare noun ("jobs", "offices", "teams") is no scheduled thing.
 */
export function movedBefore(text: string, from: number, start: number, namedOnly = false): boolean {
  const before = text.slice(Math.max(from, start - MOVED_REACH), start);
  // (cheap first: most ranges have no verb of moving before them)
  if (!/(?:ed|ve|ves|put|ught)\b/i.test(before)) return false;
  const moved = MOVED_BEFORE.exec(before.slice(lastStop(before) + 1));
  if (!moved) return false;
  const words = moved[0].trim().split(/\s+/);
  if (PARTICLE_VERB.test(words[0]!) && !MOVE_PARTICLE.test(moved[0])) return false;
  if (!namedOnly || !THING_VERB.test(words[0]!)) return true;
  const fromAt = words.findIndex((word) => /^from$/i.test(word));
  const object = words.slice(1, fromAt < 0 ? undefined : fromAt).filter((word) => !NO_OBJECT.test(word));
  return object.length === 0 || NAMED_OBJECT.test(object[0]!);
}

/**
 * "was brought forward from Dec. 4 to Dec. 2", "postponed the hearing from March to June", "moved from Saturday to
 * Sunday": the date moved from is the one of its day, month or weekday nearest the date moved to, which its own clause
 * reads (a date something is moved to lies ahead: the tense refiner's DEFERRED_TO). An end written with its year is
 * read as written.
 */
export function readAsMove(first: Frame, last: Frame, text: string): void {
  if (/\d{4}/.test(text)) return;
  const weekday = first.kind === 'weekday';
  const resolveFirst = first.resolve;
  first.resolve = (ctx) => {
    const own = resolveFirst(ctx);
    const period = own?.period;
    const end = closingDay(last, ctx);
    if (!own || !period || !end) return own;
    // "moved from Saturday night to Sunday afternoon": the weekday's part, on the day nearest
    if (weekday && period.granularity === 'partOfDay') {
      const day = nearestWeekdayTo(period.first, end);
      if (!day) return own;
      const moved = resolveFirst({ ...ctx, dct: day, tense: 'future', anchor: null, day: null });
      return moved ? { ...moved, why: movedWhy(text, day, end) } : own;
    }
    if (period.granularity !== 'day' && period.granularity !== 'month') return own;
    if (weekday) return nearestWeekday(own, period.first, end, text);
    const { m, d } = period.first;
    const distance = (p: Period) => Math.abs(epochDay(p.first) - epochDay(end));
    let nearest = period;
    for (const y of [end.y - 1, end.y, end.y + 1]) {
      const p =
        period.granularity === 'month' ? monthPeriod(y, m) : isValidDay(y, m, d) ? dayPeriod({ y, m, d }) : null;
      if (p && distance(p) < distance(nearest)) nearest = p;
    }
    if (nearest.value === period.value) return own;
    return dateReading(nearest, `${text}: the one nearest ${humanDay(end)}, the date it was moved to`);
  };
}

/**
 * The day of `day`'s weekday nearest `end` (within three days either way: "brought forward from Friday to Tuesday" is
 * the Friday after that Tuesday); null when that is `day` already or the weekdays are the same.
 */
function nearestWeekdayTo(day: Day, end: Day): Day | null {
  const ahead = (isoWeekday(day) - isoWeekday(end) + 7) % 7;
  if (ahead === 0) return null;
  const nearest = addDays(end, ahead > 3 ? ahead - 7 : ahead);
  return epochDay(nearest) === epochDay(day) ? null : nearest;
}

function movedWhy(text: string, day: Day, end: Day): string {
  return `${text}: the ${WEEKDAY_NAMES[isoWeekday(day) - 1]} nearest ${humanDay(end)}, the date it was moved to`;
}

/** The day of `day`'s weekday nearest `end` (nearestWeekdayTo), `own` when there is none other. */
function nearestWeekday(own: Reading, day: Day, end: Day, text: string): Reading {
  const nearest = nearestWeekdayTo(day, end);
  return nearest ? dateReading(dayPeriod(nearest), movedWhy(text, nearest, end)) : own;
}
