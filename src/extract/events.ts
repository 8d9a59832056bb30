/**
 * Events: one TimelineEvent per time phrase that can be placed on the time axis, labelled with
 * who did what in its sentence.
 *
 * - Placeable: a DATE, TIME or DURATION timex with `from` and `to` (not PRESENT_REF/PAST_REF, not a SET).
 * - "since X": the interval runs from X to the end of the publication day, `ongoing: true`.
 * - "from X to Y", "between X and Y", "X-Y", "X through Y", "April 24 and 25": one event from X's start to Y's end.
 */
import { caseAsWritten, writtenForms } from './case-as-written.js';
import { findActorsIn } from './actors.js';
import { comparisonBefore } from './timex/refiners/comparison-refiner.js';
import { onAxis } from './axis.js';
import { endAfterLength, placeUnplaced } from './durations.js';
import { describeEvent, tagSentence } from './labels/index.js';
import { COMMON_VERBS, isVerbS } from './labels/lexicon.js';
import type { Word } from './labels/tags.js';
import { capitalised } from './labels/render.js';
import type { Granularity, TextSpan, Timex, TimelineEvent } from './types.js';
import { stampSpans } from './stamps.js';
import { isEntryStamp } from './timex/refiners/live-stamp-refiner.js';
import { clauseTenseOf } from './timex/normaliser.js';
import { LASTING_BEFORE } from './timex/parsers/duration-parser.js';
import { announcedRange, movedBefore } from './timex/refiners/range-pairs.js';
import {
  addDays,
  addMonths,
  clockText,
  epochMinute,
  isoDay,
  isoMinute,
  parseIsoClock,
  parseIsoDay,
} from './timex/calendar.js';
import { isSpace, tokenizeRange } from './words.js';
import {
  CLOSES_LIST,
  ENDS_WITH_NEXT,
  LIST_JOIN,
  MONTH_NAME,
  NOW_TO_BEFORE,
  PAST_PARTICIPLE,
  WEEKDAY,
} from './timex/words.js';

/** Sentences up to this long are labelled whole; longer ones in a window around each phrase. */
const WHOLE_SENTENCE = 1200;
/** Context kept around a time phrase when labelling (keeps the cost per event bounded in huge sentences). */
const LABEL_WINDOW = 240;
/** "since" may govern a time phrase up to this many words before it ("since Sisi took power in mid-2013"). */
const SINCE_MAX_WORDS = 12;
/** "since" and the words after it up to the end (SINCE_MAX_WORDS at most, no clause mark among them). */
const SINCE_BEFORE = new RegExp(`\\bsince\\s+((?:[^\\s,;:!?()“”"—–]+\\s+){0,${SINCE_MAX_WORDS}})$`, 'iu');

const FINER_THAN_DAY = new Set<Granularity>(['partOfDay', 'hour', 'minute']);
const SINCE_FIRST = /^since\b/i;
/** Between a date and the same date said again: "today (Nov. 3)", "two months later, in June". */
const RESTATED = /^\s*[,(–—]\s*(?:(?:in|on|during)\s+)?$/i;
/** A date as written: digits or a month's name ("Nov. 3", "June"), not "the same year". */
const WRITTEN_DATE = new RegExp(`\\d|\\b${MONTH_NAME}(?![a-z])`, 'i');
/** A weekday in parentheses after the day it names: "yesterday (Thursday)". */
const WEEKDAY_IN_PARENTHESES = new RegExp(`^${WEEKDAY}$`, 'i');
/** A clock time that names its own day: "5 p.m. on Saturday", "noon tomorrow", "9am on 3 March". */
const DAY_IN_CLOCK_TIME = new RegExp(`\\b(?:${WEEKDAY}|${MONTH_NAME}|today|tomorrow|yesterday|tonight)(?![\\w])`, 'i');

export function isPlaceable(t: Timex): boolean {
  return t.from !== undefined && t.to !== undefined && t.type !== 'SET' && !t.value.endsWith('_REF') && t.from < t.to;
}

/** Granularity from the shape of the interval when the timex does not give one. */
function granularityOf(t: Timex): Granularity {
  if (t.granularity) return t.granularity;
  if ((t.from ?? '').includes('T')) return 'minute';
  return 'day';
}

/** The day after an ISO date (`2016-10-17` → `2016-10-18`), by UTC calendar arithmetic. */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + 1); // unlike Date.UTC, keeps years below 100 as they are
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Where an ongoing interval ends: the end of the publication day (`day`, the day after it), in the format of `granularity`. */
function endOfPublication(day: string, granularity: Granularity): string {
  return FINER_THAN_DAY.has(granularity) ? `${day}T00:00` : day;
}

/**
 * The minute of publication, for a stretch to or from a clock time in a story that gives its own ("restored supplies
 * since 5am", published at 08:40, runs to 08:40; "will stay shut until midday", at 10:50, from 10:50); null for a date
 * of a day or longer, or a story dated by its day alone (the stretch then runs to or from a day's edge).
 */
function publicationMinute(published: string, granularity: Granularity): string | null {
  const clock = FINER_THAN_DAY.has(granularity) ? parseIsoClock(published) : null;
  return clock ? `${published.slice(0, 10)}T${clockText(clock)}` : null;
}

/** Index of the sentence containing offset `at` (sentences sorted, non-overlapping), or -1. */
function sentenceIndexAt(sentences: TextSpan[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Offset of a "since" that governs the time phrase starting at `start`, within its clause; or -1. */
function sinceBefore(text: string, sentenceStart: number, start: number, previousTimexEnd: number): number {
  const from = Math.max(sentenceStart, previousTimexEnd, start - 160);
  if (!containsSince(text, from, start)) return -1; // the common case, without the slice and the anchored scan
  const m = SINCE_BEFORE.exec(text.slice(from, start));
  if (!m) return -1;
  // "the first ferry since the strike began": a comparison's "since" counts back to an event; nothing goes on
  // from it (a "since" right before the phrase is the comparison refiner's: that phrase is no event at all)
  if (comparisonBefore(text, from + m.index)) return -1;
  return from + m.index;
}

/** Whether `text.slice(from, to)` holds "since" in any case (`/since/i`: ASCII letters only fold), read in place. */
function containsSince(text: string, from: number, to: number): boolean {
  for (let i = from; i + 5 <= to; i++) {
    if ((text.charCodeAt(i) | 0x20) !== 0x73) continue; // s
    if (
      (text.charCodeAt(i + 1) | 0x20) === 0x69 && // i
      (text.charCodeAt(i + 2) | 0x20) === 0x6e && // n
      (text.charCodeAt(i + 3) | 0x20) === 0x63 && // c
      (text.charCodeAt(i + 4) | 0x20) === 0x65 // e
    ) {
      return true;
    }
  }
  return false;
}

/**
 * "until" (or "till", "through") right before a date, in a clause with no negation before it: "will stay closed until
 * Monday", "schools will stay shut through Friday", not "will not reopen until Monday", "won't decide until June", nor
 * after a verb of putting off ("delayed until June", "put off until", "wait until"): then is when it happens.
 * Or before the end of a period, or an event, that the date places: "through the end of its fiscal year in January",
 * "until the close of trading on Friday", "until his retirement in June", "until late on Wednesday" (not "through the city on
 * Saturday"). A stop inside a number or after a capital ("$2.50", "U.S.") ends no clause.
 */
/** A cheap test for UNTIL_BEFORE's words. */
const UNTIL_WORD = /\b(?:until|till|til|through|thru)\b/i;
const UNTIL_BEFORE =
  /^(?:(?!\b(?:not|never|no)\b|n['’]t\b)(?:[^.;:!?]|(?<=\d)\.(?=\d)|(?<=\b\p{Lu})\.))*(?<!\b(?:(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,6}|(?:off|back|wait|waits|waiting)\s+))\b(?:(?:until|till|til|through|thru)\s+(?:at\s+least\s+)?(?:(?:late|early)\s+on\s+)?(?:the\s+(?:end|close|start|beginning|expiry)\s+of\s+(?:(?:the|its|his|her|their|this|our)\s+)?(?:[\p{L}'’-]+\s+){1,3}(?:in|on)\s+)?|(?:until|till|til)\s+(?:at\s+least\s+)?(?:its|his|her|their)\s+(?:[\p{L}'’-]+\s+){1,3}(?:in|on)\s+)$/iu;

/**
 * A verb of going on and "into" right before a date, or before the part of the day or the period it places: "disruption
 * is expected to continue into the morning of Friday Dec. 18", "the talks could run into next week", "cold weather will
 * last well into March". Like "until": a state that lasts from now to then (not "ran into trouble on Friday").
 */
const GOES_ON_INTO_BEFORE =
  /\b(?:continu(?:e[sd]?|ing)|last(?:s|ed|ing)?|r[ua]n(?:s|ning)?|(?:go(?:es)?|went|going)\s+on|drag(?:s|ged|ging)?\s+on|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|linger(?:s|ed|ing)?|persist(?:s|ed|ing)?)\s+(?:(?:well|far|deep)\s+)?into\s+(?:the\s+(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)|(?:early|small|wee)\s+hours|end|middle|start|beginning)\s+of\s+)?$/i;

/** A modal of what may be, right before a verb of going on: "talks could drag on into May", "may well last into". */
const MAYBE_MODAL_BEFORE = /\b(?:could|may|might|can|should|must)\s+(?:(?:well|still|easily|even|also)\s+)?$/i;

/** Where GOES_ON_INTO_BEFORE starts when it ends at `end` (looked for from `start`), or -1 ("into" is tested first, as few dates follow it). */
function goesOnIntoAt(text: string, start: number, end: number): number {
  const before = text.slice(start, end);
  if (!/\binto\b/i.test(before)) return -1;
  const verb = GOES_ON_INTO_BEFORE.exec(before);
  return verb ? start + verb.index : -1;
}

/** Whether GOES_ON_INTO_BEFORE ends at `end` (looked for from `start`). */
const goesOnInto = (text: string, start: number, end: number) => goesOnIntoAt(text, start, end) >= 0;

/** Whether GOES_ON_INTO_BEFORE, after a modal of what may be, ends at `end` (looked for from `start`). */
function modalGoesOnInto(text: string, start: number, end: number): boolean {
  const verb = goesOnIntoAt(text, start, end);
  return verb >= 0 && MAYBE_MODAL_BEFORE.test(text.slice(start, verb));
}

/** Whether "until" (UNTIL_BEFORE) or "between now and" (NOW_TO_BEFORE) runs up to the phrase at `start`. */
function stretchToBefore(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 80), start);
  return NOW_TO_BEFORE.test(before.slice(-24)) || (UNTIL_WORD.test(before) && UNTIL_BEFORE.test(before));
}

/**
 * What did not happen: "a plan that would have funded agencies until March", "could have stayed open until 2026" (a
 * modal, "have" and a past participle). The state never held, so it is no stretch from publication. Not "would have
 * enough stock until March", "will have to wait": "have" of having.
 */
const COUNTERFACTUAL_BEFORE = new RegExp(
  `\\b(?:would|could|should|might|may)(?:\\s+not|n['’]t)?\\s+have\\s+${PAST_PARTICIPLE}[^.;:!?]*$`,
  'i',
);

/** "until his dismissal in", "to her death in": a range closed by an event of its own, dated by the next phrase. */
const RANGE_TO_EVENT = /^\s+(?:to|until|till)\s+(?:his|her|its|their|the)\s+(?:[\p{L}'’-]+\s+){1,3}(?:in|on)\s+$/iu;

/** A clock time written with its meridiem or minutes, at the start of a phrase ("7 a.m.", "8 p.m. Thursday", "3:30"). */
const CLOCK_TIME = /^\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?|(?<=:\d\d))/i;
/**
 * Where the words of a move start ("from", else the first date), when the two dates at `xStart` and `yStart`, joined
 * by "to", are what was set and what is set now: "The game was moved from Saturday to Sunday"; -1 otherwise.
 */
function moveStart(text: string, sentenceStart: number, xStart: number, xEnd: number, yStart: number): number {
  if (!/^\s*(?:to|until|till)\s*$/i.test(text.slice(xEnd, yStart))) return -1;
  // two years: "switched jobs from 2001 to 2005" is a stretch (movedBefore's namedOnly)
  const years = /^\d{4}$/.test(text.slice(xStart, xEnd)) && /^\d{4}(?!\d)/.test(text.slice(yStart, yStart + 5));
  if (!movedBefore(text, sentenceStart, xStart, years)) return -1;
  const before = text.slice(Math.max(sentenceStart, xStart - 16), xStart);
  const from = /\bfrom\s+(?:the\s+)?$/i.exec(before);
  return from ? xStart - before.length + from.index : xStart;
}
/** A day of a month written with its month's name, as the end of a range: "Feb. 28", "1 March", "Dec. 30, 2015". */
const NAMED_DAY = new RegExp(
  `^(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME})(?:,?\\s+\\d{4})?$`,
  'i',
);

/** A day of the week, with an edge or not, as the end of a range: "Monday", "Wed.", "late Tuesday". */
const EDGED_WEEKDAY = new RegExp(`^(?:(?:early|late)\\s+)?${WEEKDAY}$`, 'i');

/** "from" or "between" right before X (at `xStart`, within its sentence): where it starts, and which; null when none. */
function rangeOpener(text: string, sentenceStart: number, xStart: number): { start: number; word: string } | null {
  const before = text.slice(Math.max(sentenceStart, xStart - 16), xStart);
  const m = /\b(from|between)\s+(?:the\s+)?$/i.exec(before);
  return m ? { start: xStart - before.length + m.index, word: m[1]!.toLowerCase() } : null;
}

/** Whether a range's opener and the word that joins its ends agree: "between … and", "from … to" (or a dash). */
const joinerAgrees = (opener: string, joiner: string) => (opener === 'between') === (joiner.toLowerCase() === 'and');

/**
 * Whether X (ending at `xEnd`) and Y (starting at `yStart`) form "from X to Y" or "between X and Y". `inARow`: Y
 * starts where X ends ("April 24 and 25" is a range of two days; "May 14 and 16" two days apart, a list).
 */
function rangeGovernor(
  text: string,
  sentenceStart: number,
  xStart: number,
  xEnd: number,
  yStart: number,
  yEnd: number,
  inARow = true,
): number {
  const between = text.slice(xEnd, yStart);
  // ("from the 13th to the 15th July": the day's "the" after the joiner)
  const governor = rangeOpener(text, sentenceStart, xStart);
  // ("between Nov. 1, 2004, and Oct. 8, 2008": the comma that closes a date's year before "and")
  const joiner =
    /^\s*(to|until|till|through|thru|into|and|-|–|—|\/)(?:\s+the)?\s*$/i.exec(between) ??
    (governor?.word === 'between' && /\d,$/.test(text.slice(xEnd - 2, xEnd + 1))
      ? /^,\s*(and)\s*$/i.exec(between)
      : null);
  // "from 2011 until his dismissal in March 2018", "from 1990 to her death in 2015": the range ends with an event
  if (!joiner && governor?.word === 'from' && RANGE_TO_EVENT.test(between)) return governor.start;
  if (!joiner) return -1;
  // a range written with a dash or "through" needs no "from": "Sept. 3-5", "3–5 September", "Monday through
  // Friday", "July 13 thru 15"; nor does a bare day closing one: "April 24 and 25", "May 2nd to 5th"; nor one
  // opening it before a day and its month: "23rd to 26th Oct", "12 to 16 September"
  if (!governor) {
    // (a slash only between two years: "the 2019/20 season", "2019/2020")
    const written =
      /^(?:-|–|—|through|thru)$/i.test(joiner[1]!) ||
      (joiner[1] === '/' &&
        /^\d{4}$/.test(text.slice(xStart, xEnd)) &&
        /^\d{2}(?:\d{2})?$/.test(text.slice(yStart, yEnd)));
    const bareDay = /^\d{1,2}(?:st|nd|rd|th)?$/;
    const bareDayCloses =
      (/^(?:to|until|till)$/i.test(joiner[1]!) || (inARow && /^and$/i.test(joiner[1]!))) &&
      bareDay.test(text.slice(yStart, yEnd));
    const bareDayOpens =
      /^(?:to|until|till)$/i.test(joiner[1]!) &&
      bareDay.test(text.slice(xStart, xEnd)) &&
      /^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}/u.test(text.slice(yStart, yEnd));
    // two clock times, each with its meridiem or minutes: "open 7 a.m. to 8 p.m. Thursday", "3:30 to 6 PM"; two days
    // written with their months: "runs Feb. 28 to March 1" (a time moved to another is no range: see moveStart)
    const to = /^(?:to|until|till)$/i.test(joiner[1]!);
    const clockPair = to && CLOCK_TIME.test(text.slice(xStart, xEnd)) && CLOCK_TIME.test(text.slice(yStart, yEnd));
    const dayPair =
      (to && NAMED_DAY.test(text.slice(xStart, xEnd)) && NAMED_DAY.test(text.slice(yStart, yEnd))) ||
      // two days of the week, with an edge or not: "closed Monday to Wednesday for repairs", "late Tuesday into early
      // Wednesday"
      ((to || /^into$/i.test(joiner[1]!)) &&
        EDGED_WEEKDAY.test(text.slice(xStart, xEnd)) &&
        EDGED_WEEKDAY.test(text.slice(yStart, yEnd)));
    return written || bareDayCloses || bareDayOpens || clockPair || dayPair ? xStart : -1;
  }
  return joinerAgrees(governor.word, joiner[1]!) ? governor.start : -1;
}

/** After X: "to now", "and now", "until the present day", "to date": the range closes at publication. */
const TO_NOW_AFTER =
  /^\s*(?<joiner>to|until|till|through|and|[-–—])\s*(?:now|the\s+present(?:\s+day)?|this\s+day|(?<date>date))(?![\w'’-])/i;
/** After "to date": the end of its phrase (not "to date night"). */
const DATE_ENDS = /^\s*(?:[,.;:!?)]|$|(?:have|has|had|is|are|was|were|and|but|so|for|in|of)\b)/i;

/**
 * Where "from X to now" or "between X and now" starts (its "from" or "between"), with where it ends; null when X
 * opens no such range. "to date" only ends its phrase: "from 2010 to date night" is none.
 */
function toNowRange(text: string, sentenceStart: number, xStart: number, xEnd: number): [number, number] | null {
  const after = TO_NOW_AFTER.exec(text.slice(xEnd, xEnd + 28));
  if (!after) return null;
  const date = after.groups!.date !== undefined;
  if (
    date &&
    (!/^to$/i.test(after.groups!.joiner!) ||
      !DATE_ENDS.test(text.slice(xEnd + after[0].length, xEnd + after[0].length + 8)))
  )
    return null;
  const governor = rangeOpener(text, sentenceStart, xStart);
  if (!governor || !joinerAgrees(governor.word, after.groups!.joiner!)) return null;
  return [governor.start, xEnd + after[0].length];
}

/** Between a day and the range of clock times on it: "on Thursday from", "Saturday, between". */
const DAY_THEN_RANGE = /^\s*,?\s*(?:from|between)\s+$/i;

/** Whether clock time `y`, on day `x`'s day, opens a range right after it ("on Thursday from 9:30 to 11am"). */
function opensClockRangeOn(text: string, x: Timex, y: Timex): boolean {
  const yGranularity = granularityOf(y);
  return (
    (yGranularity === 'hour' || yGranularity === 'minute') &&
    y.from!.startsWith(x.from!) &&
    DAY_THEN_RANGE.test(text.slice(x.end, y.start))
  );
}

/** Before a day: "the week to", "the week ended", "the seven days through" (the week that ends on the day). */
const WEEK_ENDING_BEFORE = /\b(?:the|a)\s+(?:week|seven\s+days)\s+(?:to|ended|ending|through|up\s+to)\s+(?:on\s+)?$/i;

/**
 * Before a day, the stretch that leads up to it: "the run-up to", "the build-up to", "the lead-up to", "the days (weeks,
 * months) leading up to", "in the days before" (with what the day is of between: "the run-up to the vote on").
 */
const RUN_UP_BEFORE =
  /\bthe\s+(?:(run|build|lead)[\s-]+up|(days|weeks|months)\s+(?:leading\s+up\s+to|before))\s+(?:to\s+)?(?:(?:the|a|an|his|her|its|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:on|of)\s+)?$/iu;
/** How far back a run-up reaches, in days: "the run-up to", "the weeks before" four weeks; days one week; months three. */
const RUN_UP_DAYS: Record<string, number> = { days: 7, weeks: 28, months: 91 };

/**
 * The run-up the words before a day name ("the run-up to"): its length in days, and where its words start in
 * `before`; null when they name none.
 */
function runUpBefore(before: string): { days: number; at: number } | null {
  if (!/\bup\b|\bbefore\b/i.test(before)) return null;
  const m = RUN_UP_BEFORE.exec(before);
  if (!m) return null;
  return { days: m[1] ? RUN_UP_DAYS.weeks! : RUN_UP_DAYS[m[2]!.toLowerCase()]!, at: m.index };
}

/** The first of two periods named together, which the timex parser reads as its ordinal alone. */
const PAIR_FIRST = /^(?:first|second|third|1st|2nd|3rd)$/i;

/**
 * Whether X and Y are two periods in a row named together, "the first and second quarters of 2023": one stretch
 * (January to June). "the second and fourth quarters" are two.
 */
function pairedPeriods(text: string, x: Timex, y: Timex): boolean {
  return PAIR_FIRST.test(x.text) && x.to === y.from && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(x.end, y.start));
}

/** The live report's entry stamp that opens the label window at `start`, before timex `xIndex`, if one does. */
function openingEntryStamp(timexes: readonly Timex[], xIndex: number, start: number): Timex | undefined {
  for (let k = xIndex - 1; k >= 0 && timexes[k]!.start >= start; k--)
    if (timexes[k]!.start === start) return isEntryStamp(timexes[k]!) ? timexes[k] : undefined;
  return undefined;
}

/**
 * The date timex `xIndex` was counted from ("7pm" on the day of "Thursday at 8am"), when it starts after `after` and
 * before `before`.
 */
function placedBetween(timexes: readonly Timex[], xIndex: number, after: string, before: string): Timex | undefined {
  const id = timexes[xIndex]!.anchor;
  if (!id) return undefined;
  for (let k = xIndex - 1; k >= 0; k--)
    if (timexes[k]!.id === id) {
      const from = timexes[k]!.from;
      return from !== undefined && from > after && from < before ? timexes[k] : undefined;
    }
  return undefined;
}

/**
 * `label` without the live report's entry stamp `x` it starts with: "21:42 GOAL!" is labelled "GOAL", "19:45
 * Kick-off" "Kick-off" (the labeller keeps a phrase that leaves a label too short; the stamp's time is on the axis).
 */
function withoutOwnStamp(label: string, x: Timex): string {
  if (label.length <= x.text.length || !label.startsWith(x.text) || !isEntryStamp(x)) return label;
  const rest = label.slice(x.text.length).replace(/^[\s:–—-]+/, '');
  return rest ? capitalised(rest) : label;
}

/** The offset of the first character at or after `at` that is no white space. */
function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The part of a sentence given to the labeller: all of it, or whole words around the phrase in a huge one. */
function labelWindow(text: string, sentence: TextSpan, phraseStart: number, phraseEnd: number): [number, number] {
  // a sentence of ordinary length is read whole, and tagged once for all its phrases
  if (sentence.end - sentence.start <= WHOLE_SENTENCE) return [sentence.start, sentence.end];
  let start = Math.max(sentence.start, phraseStart - LABEL_WINDOW);
  let end = Math.min(sentence.end, phraseEnd + LABEL_WINDOW);
  if (start > sentence.start) {
    const space = text.slice(start, phraseStart).search(/\s/);
    start = space < 0 ? phraseStart : start + space;
  }
  if (end < sentence.end) {
    const tail = text.slice(phraseEnd, end);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    end = space < 0 ? phraseEnd : phraseEnd + space;
  }
  return [start, end];
}

export interface EventContext {
  text: string;
  /** Sentences of `text`, sorted: each one's `text` is `text.slice(start, end)` (as splitSentences gives). */
  sentences: TextSpan[];
  published: string | null;
  /** Span that holds no events (the dateline: it dates the article, not something that happened). */
  excluded?: { start: number; end: number } | null;
  /** Tells whether a word (lower case) appears in lower case in the article: see findActors. */
  isCommonWord: (lower: string) => boolean;
}

/** An unplaced phrase that the clause around it may still place: a duration, a vague past or future. */
const mayBePlaced = (t: Timex) =>
  t.type !== 'SET' && (t.type === 'DURATION' || t.value === 'PAST_REF' || t.value === 'FUTURE_REF');

/** A plain duration in whole days or longer: `P3D`, `P2W`, `P20Y`, and hours that make whole days (`PT48H` as `P2D`). */
function inWholeDays(value: string): string {
  const hours = /^PT(\d+)H$/.exec(value);
  return hours && Number(hours[1]) % 24 === 0 ? `P${Number(hours[1]) / 24}D` : value;
}

/** Days in a unit of a plain duration value (a month as 30; decades, centuries and millennia of 365-day years). */
const DAYS_IN: Record<string, number> = { L: 365_000, C: 36_500, DE: 3650, Y: 365, M: 30, W: 7, D: 1 };

/** A length in days of a plain duration value (`P3D`, `P2W`, `P1M` as 30 days, `PT48H` as 2, `P1L`), or NaN. */
function lengthInDays(value: string): number {
  const m = /^P(\d+)(L|C|DE|Y|M|W|D)$/.exec(inWholeDays(value));
  if (!m) return NaN;
  return Number(m[1]) * DAYS_IN[m[2]!]!;
}

/** A length in minutes of a duration of hours, days or weeks (`PT48H`, `PT90M`, `P2D`, `P1W`), or NaN. */
function lengthInMinutes(value: string): number {
  const m = /^P(?:T(\d+)(H|M)|(\d+)(D|W))$/.exec(value);
  if (!m) return NaN;
  return m[1] ? Number(m[1]) * (m[2] === 'H' ? 60 : 1) : Number(m[3]) * (m[4] === 'D' ? 1440 : 10080);
}

/** The minute of a floating ISO minute (`2024-07-27T09:30`) counted from the epoch, or null when it is none. */
function epochMinuteOf(iso: string): number | null {
  const day = parseIsoDay(iso);
  const clock = /T(\d{2}):(\d{2})$/.exec(iso);
  return day && clock ? epochMinute(day, Number(clock[1]) * 60 + Number(clock[2])) : null;
}

/** The floating ISO minute `minutes` after `from` (`2024-07-27T00:00`), or null when it is no such minute. */
function minutesAfter(from: string, minutes: number): string | null {
  const start = epochMinuteOf(from);
  return start === null || !(minutes > 0) ? null : isoMinute(start + minutes);
}

/** ", kick-off ", ", first ball at ": one or two lower-case nouns after a comma (not a clause: ", doors open at "). */
const CLOCK_NOUN = /^,\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(?!(?:at|from)\s)(\p{Ll}[\p{Ll}-]*))?\s+(?:at\s+|from\s+)?$/u;

/**
 * A listing's entry: "Sat Jan 24: | Rovers v City ( | 12.30pm)", "Sat 18th | v Leeds ( | 3pm)": a day, what happens
 * then (after a colon or not), its time in brackets.
 */
const LISTING_TIME = /^(?::\s+|\s+)[^.;:()\n]{1,60}\s\($/;
/** Before a listing's entry in a line of several: the heading's colon, or the bracket that closes the entry before. */
const ENTRY_OPENS = /(?:[:;]|\),?)[^\S\n]*$/;

/**
 * Whether the day at `start` opens an entry of a listing (a line, or a run of entries in one: "Fixtures: Sat 18th v
 * Leeds (3pm), Tue 21st v Hull (7.45pm)"), `gap` (up to its clock time) as LISTING_TIME has it.
 */
function listingLine(text: string, start: number, gap: string): boolean {
  if (!LISTING_TIME.test(gap)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  return /^[\s•*–-]*$/.test(before) || ENTRY_OPENS.test(before);
}

/** "Kick-off on Saturday | is at | 3pm": a day and the clock time of its event, joined by a copula. */
const COPULA_AT = /^\s+(?:is|was|are|were|will\s+be)\s+(?:at|from)\s+$/i;

/** Whether the words between a day and a clock time name what the clock time is of ("kick-off", "start"). */
function clockNoun(gap: string): boolean {
  // (in capitals, read in lower case: ", KICK-OFF 3PM" as ", kick-off 3pm")
  const m = CLOCK_NOUN.exec(/\p{Ll}/u.test(gap) ? gap : gap.toLowerCase());
  if (!m) return false;
  const verbLike = (w: string) => /(?:ed|ing)$/.test(w) || FUNCTION_WORDS.has(w);
  // (", ends at 5 p.m.": a verb's "-s" form alone opens a clause; a second word that is a common verb in any form,
  // ", doors open at", is one too)
  if (m[2] === undefined) return !verbLike(m[1]!) && !isVerbS(m[1]!);
  return !verbLike(m[1]!) && !verbLike(m[2]) && !COMMON_VERBS.has(m[2]) && !COMMON_VERBS.has(m[2].replace(/e?s$/, ''));
}

/** Words that are no noun of a clock time: ", and at 7pm", ", then at 9pm", ", or at noon". */
const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'but',
  'then',
  'with',
  'until',
  'to',
  'the',
  'a',
  'an',
  'by',
  'before',
  'after',
]);

/** The span of a clock time [from, to) moved onto `day` ("7.45pm" read on another day), or null. */
function clockOnDay(day: string, from: string, to: string): { from: string; to: string } | null {
  const start = epochMinuteOf(from);
  const end = epochMinuteOf(to);
  if (day.length !== 10 || start === null || end === null) return null;
  const onDay = `${day}${from.slice(from.indexOf('T'))}`;
  const until = minutesAfter(onDay, end - start);
  return until ? { from: onDay, to: until } : null;
}

/**
 * Where an event measured by a length ends: to the minute for a time's event ("will walk out for 48 hours from
 * midnight on Friday"), in calendar units for a day's or longer ("for two decades" from 1962 ends in 1982, not 7,300
 * days on); null when the length says nothing more than the event's own span.
 */
function measuredEnd(event: TimelineEvent, value: string): string | null {
  if (event.from.includes('T')) return minutesAfter(event.from, lengthInMinutes(value));
  if (!(lengthInDays(value) > daysBetween(event.from, event.to))) return null;
  return endAfterLength(event.from.slice(0, 10), inWholeDays(value));
}

/** Between a length before its noun and the date that noun's event opens on: "48-hour strike from ", "five-day festival starting ". */
const LENGTH_NOUN_FROM = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:from|starting|beginning)\s+(?:on\s+|at\s+)?$/iu;
/**
 * Between a date and a length: "and lasted", "and will run for": the length of what the date's verb began ("began on
 * Monday and lasted three days", "opened at noon and ran for six hours").
 */
const AND_LASTED_BETWEEN =
  /^\s+and\s+(?:(?:will|would|could|may|might|is\s+expected\s+to|was\s+expected\s+to)\s+)?(?:lasts?|lasted|runs?|ran|continued|went\s+on|dragged\s+on)\s+(?:for\s+)?(?:(?:about|almost|nearly|some|at\s+least|more\s+than|over|just\s+over|just\s+under)\s+)?$/i;

/** A plain duration in words: `P5D` "5 days", `P1W` "1 week", `P20Y` "20 years", `PT48H` "48 hours". */
function lengthWords(value: string): string {
  const [, time, n, unit] = /^P(T?)(\d+)(L|C|DE|Y|M|W|D|H)$/.exec(value) ?? [];
  if (!unit) return value;
  const name =
    time && unit === 'M'
      ? 'minute'
      : { L: 'millenni', C: 'centur', DE: 'decade', Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' }[unit];
  const plural = n === '1' ? '' : 's';
  // (millennium, millennia; century, centuries)
  if (unit === 'L') return `${n} ${name}${n === '1' ? 'um' : 'a'}`;
  if (unit === 'C') return `${n} ${name}${n === '1' ? 'y' : 'ies'}`;
  return `${n} ${name}${plural}`;
}

/**
 * Whether a sentence is written in capitals: at least 12 letters, none of them lower case (ASCII), and lower-casing
 * keeps its length (the label's offsets stay those of the text).
 */
function isShouted(sentence: string): boolean {
  let letters = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  return letters >= 12 && sentence.toLowerCase().length === sentence.length;
}

/** Months in a quarter (`2016-Q4`), a half (`2016-H1`) or a year (`2016`), by its value; 0 for other values. */
function monthsInPeriod(value: string): number {
  if (/^\d{4}-Q[1-4]$/.test(value)) return 3;
  if (/^\d{4}-H[12]$/.test(value)) return 6;
  return /^\d{4}$/.test(value) ? 12 : 0;
}

/** A quarter of a 52-53 week fiscal calendar, in weeks. */
const WEEKS_A_QUARTER = 13;

/**
 * The interval of a quarter, half or year whose end the next phrase names ("the fourth quarter ended Sept. 30",
 * "fiscal 2016 ended June 30"): the months up to that day. A fiscal period need not be the calendar's, but ends
 * within a year of it (`gap`: the words between them). Null when `next` does not end `period` that way.
 */
function periodEndedBy(period: Timex, next: Timex, gap: string): { from: string; to: string; why: string } | null {
  const months = monthsInPeriod(period.value);
  if (!months || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(next.value) || !next.to) return null;
  // "ended", not "to" or "through": "sales in 2016 through March" are this year's first months
  if (!ENDS_WITH_NEXT.test(gap) || !/\bend(?:ed|ing|s)?\b/i.test(gap)) return null;
  if (Math.abs(daysBetween(period.to!, next.to)) > 366) return null;
  // a period that ends with its month is counted in months; one that ends on another day is a 52-53 week fiscal
  // calendar's, 13 weeks a quarter ("ended Dec. 30" runs from Oct. 1; three months back gave Sept. 30)
  const to = parseIsoDay(next.to)!;
  const from = isoDay(to.d === 1 ? addMonths(to, -months) : addDays(to, -(months / 3) * WEEKS_A_QUARTER * 7));
  if (from === period.from && next.to === period.to) return null; // the calendar's own period: nothing to say
  const name = months === 3 ? 'quarter' : months === 6 ? 'half-year' : 'year';
  return { from, to: next.to, why: `a ${name} ending ${next.text}` };
}

/** Days between two floating ISO dates (their day parts). */
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to.slice(0, 10)}T00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00Z`)) / 86_400_000;
}

/** The other time phrases inside [from, to), as offsets from `from`: the neighbours of timexes[at] (sorted). */
function phrasesAround(timexes: Timex[], at: number, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let k = at - 1; k >= 0 && timexes[k]!.start >= from; k--)
    if (timexes[k]!.end <= to) out.push({ start: timexes[k]!.start - from, end: timexes[k]!.end - from });
  for (let k = at + 1; k < timexes.length && timexes[k]!.end <= to; k++)
    if (timexes[k]!.start >= from) out.push({ start: timexes[k]!.start - from, end: timexes[k]!.end - from });
  return out;
}

/** "after a", "following the", "before its": a length after these is of what came before or after the event. */
const SEQUENCE_BEFORE = /\b(?:after|following|before|ahead\s+of|since)\s+(?:an?|the|its|their|his|her)\s+$/i;

/** Between an opening's date and the end of its run: "and runs until", "and will continue through", "and ran to". */
const RUNS_UNTIL_BETWEEN =
  /^,?\s+and\s+(?:will\s+)?(?:runs?|ran|continues?|continued|lasts?|lasted|stays?\s+open|stayed\s+open|remains?\s+open|remained\s+open)\s+(?:(?!\s)[^.;:!?]){0,40}?\b(?:until|till|through|thru|to|into)\s+(?:at\s+least\s+)?$/i;
/** A verb of opening before a date: "opens at the city gallery on", "will begin on", "kicked off in". */
const OPENS_BEFORE =
  /\b(?:opens?|opened|starts?|started|begins?|began|launch(?:es|ed)?|reopens?|reopened|premieres?|premiered|kicks?\s+off|kicked\s+off|(?:will|is\s+(?:due|set)\s+to|are\s+(?:due|set)\s+to)\s+(?:open|start|begin|launch|reopen|premiere|kick\s+off))\b[^.;:!?]{0,60}$/i;

/**
 * The date a run opened on, when the phrase at `at` ends it: "The retrospective opens on Jan. 14 and runs until the end
 * of April", "The strike started in June and lasted until October". The timex right before the phrase, in its sentence,
 * after a verb of opening.
 */
function openingBefore(text: string, timexes: readonly Timex[], at: number, sentenceStart: number): Timex | undefined {
  const opening = at > 0 ? timexes[at - 1]! : undefined;
  const end = timexes[at]!;
  if (!opening || opening.start < sentenceStart || opening.from === undefined || opening.from >= end.to!)
    return undefined;
  if (!RUNS_UNTIL_BETWEEN.test(text.slice(opening.end, end.start))) return undefined;
  return OPENS_BEFORE.test(text.slice(sentenceStart, opening.start)) ? opening : undefined;
}

/**
 * The span of the list of dates timexes[at] is an item of, within [sentenceStart, sentenceEnd): "on 12, 14 and 16
 * January", "on Monday, Wednesday and Friday". Each day is its own event, and the label of each drops the whole
 * list ("Members will walk out", not "Members will walk out on 12" for the 14th). A list closes with "and" or "or":
 * "On Monday, Tuesday's vote" is none. Null when the timex is in no list.
 */
function listSpan(text: string, timexes: readonly Timex[], at: number, sentenceStart: number, sentenceEnd: number) {
  let first = at;
  let last = at;
  while (first > 0 && timexes[first - 1]!.start >= sentenceStart && LIST_JOIN.test(gapBefore(text, timexes, first)))
    first--;
  while (
    last + 1 < timexes.length &&
    timexes[last + 1]!.end <= sentenceEnd &&
    LIST_JOIN.test(gapBefore(text, timexes, last + 1))
  )
    last++;
  if (first === last || !CLOSES_LIST.test(gapBefore(text, timexes, last))) return null;
  return { start: timexes[first]!.start, end: timexes[last]!.end };
}
const gapBefore = (text: string, timexes: readonly Timex[], k: number) =>
  text.slice(timexes[k - 1]!.end, timexes[k]!.start);

/** Builds the events of an article from its timexes (in document order). */
export function buildEvents(timexes: Timex[], context: EventContext): TimelineEvent[] {
  const { text, sentences, published, excluded } = context;
  /** The events whose actors are still to find, with their sentence's index. */
  const needActors: { event: TimelineEvent; sentenceIndex: number }[] = [];
  const events: TimelineEvent[] = [];
  // Events of one sentence usually share its label window: it is tokenised once.
  let windowWords: Word[] = [];
  let tokenisedWindow: [number, number] = [-1, -1];
  let windowText = '';
  let shouted = false;
  /** How the article writes its words outside capitals (writtenForms), for labels read from capitals: made once, when needed. */
  let writtenCase: Map<string, string> | undefined;
  // no events in the dateline nor in a page's stamps: they date the article, not something that happened
  const noEvents = stampSpans(text, timexes);
  if (excluded) noEvents.push(excluded);
  const candidates: Timex[] = [];
  /** For each candidate, its index in `timexes`. */
  const timexIndex: number[] = [];
  /** For each candidate, whether it is placeable (isPlaceable, asked once). */
  const placeableAt: boolean[] = [];
  timexes.forEach((t, k) => {
    const placeable = isPlaceable(t);
    if ((placeable || mayBePlaced(t)) && !noEvents.some((s) => t.start >= s.start && t.end <= s.end)) {
      candidates.push(t);
      timexIndex.push(k);
      placeableAt.push(placeable);
    }
  });
  /** For each index, the index of the first placeable candidate at or after it, or -1 (one pass from the end). */
  const nextPlaceable = new Array<number>(candidates.length + 1).fill(-1);
  for (let j = candidates.length - 1; j >= 0; j--) nextPlaceable[j] = placeableAt[j]! ? j : nextPlaceable[j + 1]!;
  /** The index of the first placeable candidate after index `j`, or -1. */
  const placeableAfter = (j: number) => nextPlaceable[j + 1] ?? -1;
  /** Durations of each sentence with the offset of the verb or noun they measure: they give a placed event its length. */
  const measures: { sentence: number; anchor: number; value: string; start: number; end: number }[] = [];
  /** Placed events of each sentence with the offset of the verb or noun they date, and where their phrase starts. */
  const anchored = new Map<number, { event: TimelineEvent; anchor: number; start: number; end: number }[]>();
  /** The date a move sets, with where the words of the move start ("from Saturday to Sunday"). */
  const moveStarts = new Map<Timex, number>();
  let previousEnd = 0;
  let dayAfterPublication: string | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const x = candidates[i]!;
    const xIndex = timexIndex[i]!; // (`i` moves on past a phrase that joins x below)
    const placeable = placeableAt[i]!;
    const sentenceIndex = sentenceIndexAt(sentences, x.start);
    const sentence: TextSpan =
      sentenceIndex >= 0 ? sentences[sentenceIndex]! : { start: x.start, end: x.end, text: text.slice(x.start, x.end) };
    const granularity = granularityOf(x);
    let from = x.from ?? '';
    let to = x.to ?? '';
    let phraseEnd = x.end;
    // (the date a move sets: its label reads the move whole, from its first date, as a range's does)
    const moved = moveStarts.get(x);
    let governorStart: number | undefined;
    // (an item of a list of dates: its label drops the list whole, as a range's does)
    const list = moved === undefined ? listSpan(text, timexes, xIndex, sentence.start, sentence.end) : null;
    if (list) phraseEnd = list.end;
    const phraseStart = moved ?? list?.start ?? x.start;
    let ongoing = false;
    // "140 deaths in the week to 14 July", "claims rose in the week ended Saturday": the seven days that end on it
    const weekEnding =
      granularity === 'day' &&
      from.length === 10 &&
      WEEK_ENDING_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start));
    if (weekEnding) from = isoDay(addDays(parseIsoDay(from)!, -6));
    // "sales rose in the run-up to Christmas", "the days leading up to the vote on Friday": the weeks (days) before the
    // day, up to it; the day itself keeps its timex
    const runUpFrom = Math.max(0, x.start - 60);
    const runUp = granularity === 'day' && from.length === 10 ? runUpBefore(text.slice(runUpFrom, x.start)) : null;
    if (runUp) [from, to] = [isoDay(addDays(parseIsoDay(from)!, -runUp.days)), from];

    const yAt = placeableAfter(i);
    const y = yAt >= 0 ? candidates[yAt] : undefined;
    // "was moved from Saturday to Sunday": what was set for the first date is set for the second; the move is the
    // second's event, labelled with both (the first keeps its timex, and makes no event)
    const move =
      placeable && y && y.start < sentence.end ? moveStart(text, sentence.start, x.start, x.end, y.start) : -1;
    if (move >= 0) {
      moveStarts.set(y!, move);
      continue;
    }
    // "on Thursday from 9:30 to 11am", "On Saturday, between 10am and 4pm,": the day the range of clock times after it
    // is on (the times were read on it); one event, the range's
    if (placeable && granularity === 'day' && y && y.start < sentence.end && opensClockRangeOn(text, x, y)) {
      // (the phrase after y, not after x's neighbour: a phrase no clause places may stand between x and y)
      const zAt = placeableAfter(yAt);
      const z = zAt >= 0 ? candidates[zAt] : undefined;
      if (z && z.start < sentence.end && rangeGovernor(text, sentence.start, y.start, y.end, z.start, z.end) >= 0)
        continue;
    }
    const range =
      placeable && y && y.start < sentence.end
        ? pairedPeriods(text, x, y)
          ? x.start
          : rangeGovernor(text, sentence.start, x.start, x.end, y.start, y.end, x.to === y.from)
        : -1;
    // a range of clock times ends when its last time begins ("3:30-6 p.m." ends at 6 p.m.); of days, with its last day
    const rangeEnd = y && (granularityOf(y) === 'hour' || granularityOf(y) === 'minute') ? y.from! : y?.to;
    const rangeRead = y !== undefined && range >= 0 && rangeEnd! > from;
    // "have not risen since 2021-22": a range after "since" opens a stretch that runs up to now, as a date does
    const since = placeable ? sinceBefore(text, sentence.start, x.start, previousEnd) : -1;
    if (rangeRead && !(since >= 0 && range === x.start)) {
      to = rangeEnd!;
      phraseEnd = y.end;
      governorStart = range;
      i = yAt;
    } else if (placeable) {
      if (rangeRead) {
        phraseEnd = y.end;
        i = yAt;
      }
      const sinceInPhrase = SINCE_FIRST.test(x.text);
      // "from 2010 to now", "between January and now": a stretch up to publication, as "since 2010" is
      const toNow = rangeRead ? null : toNowRange(text, sentence.start, x.start, x.end);
      if (toNow) phraseEnd = toNow[1];
      if (since >= 0 || sinceInPhrase || toNow) {
        ongoing = true;
        governorStart = since >= 0 ? since : toNow?.[0];
        if (published) {
          dayAfterPublication ??= nextDay(published);
          const end = publicationMinute(published, granularity) ?? endOfPublication(dayAfterPublication, granularity);
          if (onAxis(from, end) && end > from) to = end;
        }
      }
    }
    // ("in the days leading up to the vote on Friday": the run-up's words are the phrase's, not a verb's)
    if (runUp && governorStart === undefined) governorStart = runUpFrom + runUp.at;
    previousEnd = phraseEnd;

    // An unplaced phrase that no clause could place, and that measures no verb, needs no label.
    const next = y && y.start < sentence.end ? y : undefined;
    // the words between the phrase and the next one of its sentence: they may join the two
    const gap = next ? text.slice(x.end, next.start) : '';
    // "for five days", "will last 48 hours", "a five-day strike": a length of the verb, not an age ("died at 93 years")
    const before = text.slice(Math.max(0, x.start - 24), x.start);
    const measuring =
      !placeable &&
      (LASTING_BEFORE.test(before) ||
        // ("after a two-week delay": the length of what came before, not of the event)
        (x.text.includes('-') && !SEQUENCE_BEFORE.test(before)));
    // "most recently last November", "recently visited Paris in May": a date that follows in the clause says
    // when; no vague event beside it
    if (x.value.endsWith('_REF') && next && gap.length <= 40 && /^(?:[\s,]*|[^.;:,!?]*)$/.test(gap)) continue;
    const tentative = placeable ? null : placeUnplaced(x, { text, published, tense: 'perfect', next });
    if (!placeable && !measuring && !tentative) continue;
    // "in the 12 months to September": the month ends the period, one event with it, labelled without either
    // "the quarter ended Sept. 30": the day inside the period that ends it, no event of its own either
    const joinable = placeable && !rangeRead && next !== undefined;
    const endsPeriod = joinable && ENDS_WITH_NEXT.test(gap) && next.from! >= x.from! && next.to! <= x.to!;
    // "its fiscal fourth quarter ended Sept. 30", "the quarter ended Aug. 31": a company's quarter or year is the
    // one that ends on the day named, not the calendar's
    const fiscal = joinable ? periodEndedBy(x, next, gap) : null;
    // "today (Nov. 3)", "two months later, in June": the same date said twice, one event
    const restated =
      joinable &&
      next.from === x.from &&
      next.to === x.to &&
      RESTATED.test(gap) &&
      // a written date, not "the same year" that opens a clause of its own ("in 1935, the same year settlers came")
      (WRITTEN_DATE.test(next.text) || (gap.includes('(') && WEEKDAY_IN_PARENTHESES.test(next.text)));
    // "on Tuesday 14 January, kick-off 7.45pm": a clock time after a day, with a short noun phrase between, is the
    // time of the day's event (the clock is read on that day), one event
    // (not a clock time with a day of its own: ", ends at 5 p.m. on Saturday")
    // ("Sat Jan 24: Rovers v City (12.30pm)": a listing's line, read below when a clock time follows the day)
    let listing = false;
    const clock =
      joinable &&
      granularity === 'day' &&
      FINER_THAN_DAY.has(granularityOf(next)) &&
      !DAY_IN_CLOCK_TIME.test(next.text) &&
      (clockNoun(gap) || COPULA_AT.test(gap) || (listing = listingLine(text, x.start, gap)))
        ? clockOnDay(from, next.from!, next.to!)
        : null;
    if (clock) ({ from, to } = clock);
    if ((tentative?.endsWithNext || endsPeriod || fiscal || restated || clock) && next && !rangeRead) {
      // (a listing's line keeps what happens, between the day and its time, in the label)
      if (!clock || !listing) phraseEnd = next.end;
      i = yAt;
    }

    const window = labelWindow(text, sentence, Math.min(governorStart ?? phraseStart, phraseStart), phraseEnd);
    let windowStart = window[0];
    let windowEnd = window[1];
    // a listing's entry is read alone: "Fixtures: | Sat 18th v Leeds (3pm) |, Tue 21st v Hull (7.45pm)"
    if (clock && listing) {
      const close = text.indexOf(')', next!.end);
      if (close >= 0 && close < windowEnd) [windowStart, windowEnd] = [x.start, close + 1];
    }
    // "09:05 The races started on time at 9am": a live report's entry stamp that opens the sentence is no part of
    // what another of its phrases dates
    const stamp = openingEntryStamp(timexes, xIndex, windowStart);
    if (stamp) windowStart = Math.min(skipSpaces(text, stamp.end), phraseStart);
    if (windowStart !== tokenisedWindow[0] || windowEnd !== tokenisedWindow[1]) {
      windowText = text.slice(windowStart, windowEnd);
      // a headline or a sentence in capitals ("THE PREMIER RESIGNED ON MONDAY"): every word would read as a name,
      // so the label is read, and written, from the sentence in lower case
      shouted = isShouted(windowText);
      if (shouted) windowText = windowText.toLowerCase();
      // (read in place when it can be: scanning the article is faster than scanning a slice of it)
      windowWords = tagSentence(
        shouted ? tokenizeRange(windowText, 0, windowText.length) : tokenizeRange(text, windowStart, windowEnd),
      );
      tokenisedWindow = [windowStart, windowEnd];
    }
    const described = describeEvent(
      {
        sentence: windowText,
        start: phraseStart - windowStart,
        end: phraseEnd - windowStart,
        governorStart: governorStart === undefined ? undefined : governorStart - windowStart,
        phrase: list ? text.slice(list.start, list.end) : x.text,
        duration: x.type === 'DURATION',
        otherPhrases: phrasesAround(timexes, xIndex, windowStart, windowEnd),
        keepPhrase: moved !== undefined,
      },
      windowWords,
    );
    // "Since KKR bought RJR in February, it has agreed …": the phrase dates the "since" clause's own verb, no stretch
    // (the stretch was the only change to the phrase's own end)
    if (described.sinceClause && ongoing) {
      ongoing = false;
      to = x.to!;
    }
    const anchor = described.anchor < 0 ? -1 : described.anchor + windowStart;
    let why = described.why;
    if (fiscal) {
      ({ from, to } = fiscal);
      why = `${why.slice(0, -1)}; ${fiscal.why}.`;
    }
    if (runUp) why = `${why.slice(0, -1)}; the ${runUp.days} days leading up to ${x.text}.`;
    let mod = x.mod;
    let eventGranularity = clock ? granularityOf(next!) : granularity;

    // "opens on Jan. 14 and runs until the end of April": the run starts on the date it opened on (not at publication, as
    // a stretch "until" a date with no start of its own does)
    const opening = placeable && !rangeRead ? openingBefore(text, timexes, xIndex, sentence.start) : undefined;
    if (!placeable) {
      if (anchor >= 0 && measuring && (lengthInDays(x.value) > 0 || lengthInMinutes(x.value) > 0))
        measures.push({ sentence: sentenceIndex, anchor, value: x.value, start: x.start, end: x.end });
      const placement = placeUnplaced(x, { text, published, tense: described.tense, next });
      if (!placement) continue;
      ({ from, to } = placement);
      eventGranularity = placement.granularity;
      mod = placement.mod ?? mod;
      ongoing = placement.ongoing ?? false;
      why = `${why.slice(0, -1)}; ${placement.why}.`;
    } else if (
      published &&
      !ongoing &&
      !opening &&
      (described.tense ||
        modalGoesOnInto(text, Math.max(sentence.start, x.start - 80), x.start) ||
        // ("expect more flooding between now and the end of the year": "now" opens the stretch whatever the tense, as
        // "until" does with no tense the label reads: "could be without power until Tuesday", "WARNING IN FORCE UNTIL")
        stretchToBefore(text, sentence.start, x.start))
    ) {
      // "his third visit this year" (past tense, published in October): it happened by publication
      dayAfterPublication ??= nextDay(published);
      const end = endOfPublication(dayAfterPublication, granularity);
      const inside = from <= published && onAxis(end, to);
      const start = FINER_THAN_DAY.has(granularity) ? `${published.slice(0, 10)}T00:00` : published.slice(0, 10);
      let untilStart: string | undefined;
      // (not what a past verb said would happen: "said revenue for the fourth quarter would rise" is the quarter)
      // (nor the time of what a past verb issued or announced: "issued a warning from 6pm on Sunday until 10am on
      // Monday" runs to Monday 10am)
      const saidAhead = () =>
        (described.kind === 'statement' && clauseTenseOf(x) === 'future') || announcedRange(text, x.start);
      if (
        inside &&
        (described.tense === 'past' || described.tense === 'perfect') &&
        !saidAhead() &&
        onAxis(from, end)
      ) {
        to = end;
        why = `${why.slice(0, -1)}; past tense, so by publication.`;
      } else if (inside && described.tense === 'future' && from < start && onAxis(start, to)) {
        from = start;
        why = `${why.slice(0, -1)}; future tense, so from publication.`;
      } else if (
        // ("talks could drag on into May": a modal, with no tense of its own, before a verb of going on)
        (described.tense === 'future' || described.tense === 'present' || !described.tense) &&
        (untilStart ??= publicationMinute(published, granularity) ?? start) < from &&
        // (a part of a day only after "into": "continue into the morning of Friday" runs to that morning's end; a
        // clock time when the story gives the time it was told: "the road will stay shut until midday", at 10:50)
        // (with no time of publication, a clock time of a later day still ends a stretch from the day it was told: "a
        // warning remains in place until midnight on Monday")
        (((!FINER_THAN_DAY.has(granularity) || untilStart !== start || x.from!.slice(0, 10) > start.slice(0, 10)) &&
          stretchToBefore(text, sentence.start, x.start)) ||
          ((!FINER_THAN_DAY.has(granularity) || granularity === 'partOfDay') &&
            goesOnInto(text, Math.max(sentence.start, x.start - 60), x.start))) &&
        !/^,?\s+when\b/i.test(text.slice(x.end, x.end + 8)) &&
        !COUNTERFACTUAL_BEFORE.test(text.slice(Math.max(sentence.start, x.start - 80), x.start))
      ) {
        // "rates stay frozen until December", "the offer is valid until Friday", "talks go on between now and March": a
        // state that lasts from now to then,
        // not something that happens then (a past "until" gives no start; "will not reopen until Monday", "delivery
        // will be delayed until October", "until 1990, when each will adopt the name" are what happens then)
        // (a clock time ends the stretch when it begins, as it ends a range: "until 6pm" stops at 18:00)
        if (granularity === 'hour' || granularity === 'minute') to = x.from!;
        // ("Collection starts on Thursday at 8am. Residents can pick up bags until 7pm": the day the phrase is on was
        // placed, after publication, by a date it counts from; the stretch opens there)
        const opened = placedBetween(timexes, xIndex, untilStart, x.from!);
        from = opened?.from ?? untilStart;
        why = opened
          ? `${why.slice(0, -1)}; until then, from the date it counts from (${opened.id}, ${opened.value}).`
          : `${why.slice(0, -1)}; until then, from publication.`;
      }
    }

    if (opening) {
      from = opening.from!;
      // (a clock time ends the run when it begins, as after "until" alone: "lasted until 1 p.m." stops at 13:00)
      if (granularity === 'hour' || granularity === 'minute') to = x.from!;
      why = `${why.slice(0, -1)}; it runs from the date it opened on (${opening.id}, ${opening.value}).`;
    }

    // an interval the axis cannot draw ("the past 0 years", a 5-digit year) is no event: its timex stays
    if (!onAxis(from, to)) continue;

    const event: TimelineEvent = {
      id: `e${events.length + 1}`,
      label: withoutOwnStamp(
        shouted ? caseAsWritten(described.label, (writtenCase ??= writtenForms(text))) : described.label,
        x,
      ),
      timex: x.id,
      from,
      to,
      granularity: eventGranularity,
      sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
      actors: [], // found below, for all events at once
    };
    needActors.push({ event, sentenceIndex });
    if (mod) event.mod = mod;
    if (ongoing) event.ongoing = true;
    if (described.background) event.background = true;
    event.why = why;
    // (a range has its end written: "jailed for six years for rigging rates between 2006 and 2010" does not stretch
    // 2006-2010 to six years)
    if (placeable && anchor >= 0 && !rangeRead) {
      const list = anchored.get(sentenceIndex) ?? [];
      list.push({ event, anchor, start: x.start, end: phraseEnd });
      anchored.set(sentenceIndex, list);
    }
    events.push(event);
  }
  // actors of each sentence, read once for its events (phrases outside every sentence, index -1, read their own
  // span); all after the labels, one sentence after the other
  let lastSentence = -1;
  let lastActors: string[] = [];
  for (const { event, sentenceIndex } of needActors) {
    // (each event its own list: the first of a sentence takes the one found, the others a copy)
    if (sentenceIndex < 0 || sentenceIndex !== lastSentence) {
      lastActors = findActorsIn(text, event.sentence.start, event.sentence.end, context.isCommonWord);
      event.actors = lastActors;
    } else event.actors = [...lastActors];
    lastSentence = sentenceIndex;
  }
  // "a two-week strike began Monday": a duration measuring the same verb gives the placed event its length
  for (const m of measures) {
    for (const { event, anchor, start, end } of anchored.get(m.sentence) ?? []) {
      // ("will hold a 48-hour strike from 6am on Saturday": the length of the noun the date opens, whatever the verb)
      const opens = m.end <= start && start - m.end <= 40 && LENGTH_NOUN_FROM.test(text.slice(m.end, start));
      const lastedToo = end <= m.start && m.start - end <= 60 && AND_LASTED_BETWEEN.test(text.slice(end, m.start));
      if ((anchor !== m.anchor && !opens && !lastedToo) || event.ongoing) continue;
      const to = measuredEnd(event, m.value);
      if (!to || to <= event.to) continue;
      // a past event does not run past the publication day (unless the length is said ahead: "and will run for")
      const saidAhead = lastedToo && /\b(?:will|is\s+expected)\b/i.test(text.slice(end, m.start));
      if (published && to > nextDay(published) && event.from <= published && !saidAhead) continue;
      if (!onAxis(event.from, to)) continue;
      event.to = to;
      event.why = `${event.why!.slice(0, -1)}; lasting ${lengthWords(m.value)}.`;
    }
  }
  const stretches = new Set<string>();
  const entryStamps = new Set<string>();
  for (const t of timexes)
    if (t.type === 'DURATION') stretches.add(t.id);
    else if (isEntryStamp(t)) entryStamps.add(t.id);
  return withoutRepeats(events, stretches, entryStamps);
}

/**
 * Whether an event's date is a day or a week of the calendar, which a finer date of the same event only makes more
 * precise ("Sunday … at 3am", "this week … on Thursday"). Not a stretch (`stretches`: the timexes of lengths, "over the
 * last four months … Friday"), an ongoing one, nor a longer period, whose finer date is as often another event of
 * the same words ("losing $4.8 billion in the fourth quarter and $8.6 billion for 2005").
 */
function datesWhole(event: TimelineEvent, stretches: Set<string>): boolean {
  return (event.granularity === 'day' || event.granularity === 'week') && !event.ongoing && !stretches.has(event.timex);
}

/** What one label adds to another that ends inside a range of dates: a preposition and one word. */
const DANGLING_TAIL = /^,?\s+(?:between|from|since|until|till|through|to|in|on|at|by)\s+\S+$/i;

/**
 * The events without one that repeats an earlier event of its sentence (same label, same interval, or one inside the
 * other, when the finer stays: "Sunday … was arrested at 3am"): "died
 * Saturday, July 24, 2004" and "July 24 is the day" date one event twice. So does a label that only runs on into a
 * time phrase of the other's ("Last winter, storms cut the roads for 11 days between December and February": the
 * winter and the months are one stretch): the longer label is kept, unless it breaks off inside the range. A live
 * report's entry stamp (`entryStamps`) gives way to another date of the same label. Ids stay in order, without gaps.
 */
function withoutRepeats(events: TimelineEvent[], stretches: Set<string>, entryStamps: Set<string>): TimelineEvent[] {
  // events come in document order, so those of one sentence are neighbours: each is compared with the kept
  // events of its own sentence only (no key string per event)
  const kept: TimelineEvent[] = [];
  let sentenceFirst = 0; // index in `kept` of the first kept event of the current sentence
  for (const e of events) {
    if (kept.length > 0 && kept[kept.length - 1]!.sentence.start !== e.sentence.start) sentenceFirst = kept.length;
    let repeat = false;
    for (let k = sentenceFirst; k < kept.length && !repeat; k++) {
      const o = kept[k]!;
      if (o.sentence.start !== e.sentence.start) continue;
      // "Sunday, for the second time in a month, a player was arrested at 3am": one event dated twice, the finer
      // date inside the other; it keeps the finer (in the place of the first)
      if (o.label === e.label && (o.from !== e.from || o.to !== e.to)) {
        // "01:00 Polls closed three hours ago": the entry's stamp tells when it was reported, the phrase when it happened
        if (entryStamps.has(o.timex) !== entryStamps.has(e.timex)) {
          if (entryStamps.has(o.timex)) kept[k] = e;
          repeat = true;
          continue;
        }
        if (o.from <= e.from && e.to <= o.to && datesWhole(o, stretches)) [kept[k], repeat] = [e, true];
        else if (e.from <= o.from && o.to <= e.to && datesWhole(e, stretches)) repeat = true;
        continue;
      }
      if (o.from !== e.from || o.to !== e.to) continue;
      const [short, long] = e.label.length < o.label.length ? [e.label, o.label] : [o.label, e.label];
      // (word by word: "moved on day 1" is no part of "moved on day 10")
      repeat = long.startsWith(short) && (long.length === short.length || /^[\s,;]/.test(long.slice(short.length)));
      // the longer label, unless it only adds a dangling preposition and its word ("… for 11 days between December")
      if (repeat) o.label = DANGLING_TAIL.test(long.slice(short.length)) ? short : long;
    }
    if (!repeat) kept.push(e);
  }
  if (kept.length < events.length) kept.forEach((e, i) => (e.id = `e${i + 1}`));
  return kept;
}
