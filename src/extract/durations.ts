/**
 * Where an event lies when its time phrase is a length of time or a vague past, which the timex
 * engine leaves unplaced (a duration has no place of its own; its clause gives it one):
 *
 * - a rolling period ends at publication: "in recent months", "over the past few weeks", "the last
 *   24 hours", "the past decade"; one ahead starts there: "in coming weeks", "the weeks ahead";
 * - a duration in a present-perfect clause ends at publication: "talks have gone on for three weeks"
 *   is the last three weeks, and still going on;
 * - "the year ended Sept. 30", "the six months ending June 30", "the 12 months to September": the period ends
 *   with that date, which makes no event of its own;
 * - "the first nine months", "the nine months" (of a year): the months from 1 January of the latest
 *   year in which they were over by publication, or of the year named after them ("of 1997");
 * - "recently", "lately", "the recent sale": the month before publication.
 *
 * A vague count ("few", "several", "recent months": `PXM`) is taken as three units and marked `APPROX`.
 * The timex keeps its value: only the event is placed.
 */
import { addDays, addMonths, epochDay, isoDay, parseIsoDay, type Day } from './timex/calendar.js';
import type { Granularity, Timex, TimexMod } from './types.js';
import type { Tense } from './labels/index.js';
import { isEventNoun } from './labels/lexicon.js';
import { BEFORE_LAST_THE_VERB, RANGE_WINDOW } from './timex/parsers/duration-parser.js';
import { ENDS_WITH_NEXT, parseNumber } from './timex/words.js';
import { comparedIn } from './timex/refiners/comparison-refiner.js';

export interface Placement {
  from: string;
  to: string;
  granularity: Granularity;
  mod?: TimexMod;
  ongoing?: boolean;
  /** Why the event lies there, for people. */
  why: string;
  /** The period ends with the next phrase ("the year ended | Sept. 30"): that date is its end, no event of its own. */
  endsWithNext?: boolean;
}

interface Length {
  count: number;
  unit: 'Y' | 'M' | 'W' | 'D' | 'Q' | 'DE' | 'C' | 'L' | 'H';
  vague: boolean;
  /** The smaller units of a length written in several ("93 years and 121 days", `P93Y121D`). */
  rest?: { count: number; unit: Length['unit'] }[];
}

const GRANULARITY: Record<Length['unit'], Granularity> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  Q: 'quarter',
  DE: 'decade',
  C: 'century',
  L: 'century', // (a millennium is drawn by its centuries)
  H: 'hour',
};
const UNIT_WORDS: Record<string, Length['unit']> = {
  hour: 'H',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'C',
  centurie: 'C',
};
/** A vague count is taken as this many units ("the past few weeks", "recent months"). */
const VAGUE_COUNT = 3;

const DURATION_VALUE = /^P(?:(\d+|X)(DE|Y|M|W|D|Q|C|L)|T(\d+|X)H)$/;
/** A length of whole days, weeks, months and years written in several units: `P2Y3M`, `P93Y121D`. */
const COMPOUND_VALUE = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const ROLLING_PAST = /^(?:(?:the|over|in|during|for)\s+)*(?:past|last|recent|latest)\b/i;
const ROLLING_AHEAD = /^(?:(?:the|over|in|during|for)\s+)*(?:next|coming|upcoming)\b|\bahead$/i;
const UNIT_IN_TEXT = /\b(hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?\b/i;
const RECENTLY = /^(?:(?:more|most|very|only|just)\s+)?(?:recently|lately|recent)$/i;
/** "the last six months", "the first two weeks", "the final three days": a part of the period after "of". */
const PART_OF_NEXT = /^the\s+(first|last|final|opening|closing)\s+\S+\s+(?:days|weeks|months|quarters|years)$/i;
const FIRST_MONTHS = /^the\s+(?:(year-earlier|year-ago|first)\s+)?(\w+)\s+months$/i;
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
};
/** Words after a duration that anchor it to another event: it is no rolling period ("two weeks after the vote"). */
const ANCHORED_AFTER = /^[\s,]*(?:ago|later|earlier|after|before|since|following|from now|of\s+(?!\d{4}\b))/i;
/** Between the two ends of a range of lengths: "five or six", "two to three", "3-4". */
const LENGTH_RANGE_GAP = /^\s*(?:to|or|and|-|–)\s*$/i;
/**
 * The last end of a range of lengths: its count, and the word that counts it from a date ("six years ago", "three
 * days later"), or none ("three weeks" of "in two to three weeks", counted ahead of publication).
 */
const LAST_END = /^(\S+)\s+(?:more\s+)?\p{L}+(?:\s+(ago|earlier|later))?$/iu;
/** A window that opens the first end of a range of lengths: "the next six" to eight weeks, "the past two" or three years. */
const WINDOW_OPENS = new RegExp(`^the\\s+(?:${RANGE_WINDOW})\\s`, 'i');
/** Prepositions before a duration that measure the clause's verb ("have fallen for three weeks"). */
const MEASURES = /\b(?:for|over|in|during|throughout|the past|the last)\s+$/i;

function lengthOf(t: Timex): Length | null {
  const m = DURATION_VALUE.exec(t.value);
  if (m) {
    const count = m[1] ?? m[3]!;
    const unit = (m[2] ?? 'H') as Length['unit'];
    return count === 'X' ? { count: VAGUE_COUNT, unit, vague: true } : { count: Number(count), unit, vague: false };
  }
  const c = COMPOUND_VALUE.exec(t.value);
  if (c) {
    const units = ['Y', 'M', 'W', 'D'] as const;
    const parts = units.flatMap((unit, i) => (c[i + 1] ? [{ count: Number(c[i + 1]), unit }] : []));
    if (parts.length > 1) return { ...parts[0]!, vague: false, rest: parts.slice(1) };
  }
  // FUTURE_REF/PAST_REF with a unit in the text: "coming months", "recent days"
  const u = UNIT_IN_TEXT.exec(t.text);
  if (u && t.value.endsWith('_REF')) return { count: VAGUE_COUNT, unit: UNIT_WORDS[u[1]!.toLowerCase()]!, vague: true };
  return null;
}

/**
 * The day a length of whole days, weeks, months or years (`P3D`, `P2W`, `P6M`, `P20Y`) after `from` ends on
 * (exclusive), counted by the calendar ("two decades" from 1962 end with 1981); null for any other value.
 */
export function endAfterLength(from: string, value: string): string | null {
  const m = DURATION_VALUE.exec(value);
  const day = parseIsoDay(from);
  if (!m || !m[1] || m[1] === 'X' || !day) return null;
  return isoDay(moved(day, Number(m[1]), m[2] as Length['unit']));
}

/** `day` moved by `n` units of `unit` (days for weeks and days, months for the rest). */
function moved(day: Day, n: number, unit: Length['unit']): Day {
  switch (unit) {
    case 'D':
      return addDays(day, n);
    case 'W':
      return addDays(day, 7 * n);
    case 'M':
      return addMonths(day, n);
    case 'Q':
      return addMonths(day, 3 * n);
    case 'Y':
      return addMonths(day, 12 * n);
    case 'DE':
      return addMonths(day, 120 * n);
    case 'C':
      return addMonths(day, 1200 * n);
    case 'L':
      return addMonths(day, 12000 * n);
    case 'H':
      return day;
  }
}

/** `day` moved by the whole of `length`, each of its units in turn, forward (`sign` 1) or back (-1). */
function movedBy(day: Day, sign: 1 | -1, length: Length): Day {
  return [length, ...(length.rest ?? [])].reduce((d, part) => moved(d, sign * part.count, part.unit), day);
}

/** The granularity of a length: that of its smallest unit. */
const granularityOf = (length: Length): Granularity => GRANULARITY[(length.rest?.at(-1) ?? length).unit];

const pad = (n: number) => String(n).padStart(2, '0');

/** The stretch of `length` that ends with the publication day (or starts the day after it, `ahead`). */
function rolling(length: Length, published: Day, ahead: boolean): Pick<Placement, 'from' | 'to' | 'granularity'> {
  const dayAfter = addDays(published, 1);
  if (length.unit === 'H') {
    // hours count back from the end of the publication day: "the last 24 hours"
    const hours = length.count;
    const days = Math.floor(hours / 24);
    const rest = hours % 24;
    if (ahead) {
      const end = addDays(dayAfter, days);
      return { from: `${isoDay(dayAfter)}T00:00`, to: `${isoDay(end)}T${pad(rest)}:00`, granularity: 'hour' };
    }
    const start = addDays(dayAfter, -days - (rest ? 1 : 0));
    return {
      from: `${isoDay(start)}T${pad(rest ? 24 - rest : 0)}:00`,
      to: `${isoDay(dayAfter)}T00:00`,
      granularity: 'hour',
    };
  }
  const granularity = granularityOf(length);
  if (ahead) return { from: isoDay(dayAfter), to: isoDay(movedBy(dayAfter, 1, length)), granularity };
  return { from: isoDay(movedBy(dayAfter, -1, length)), to: isoDay(dayAfter), granularity };
}

/** A penalty and "for" its term: "jailed for", "banned from driving for", "suspended for". */
const PENALTY_FOR =
  /\b(?:jailed|imprisoned|sentenced|banned|barred|disqualified|suspended)\s+(?:[a-z]+\s+){0,2}for\s+$/i;

export interface DurationContext {
  text: string;
  published: string | null;
  /** Tense of the clause the phrase dates (from the label's verb). */
  tense: Tense | null;
  /** The placeable timexes of the sentence after this one, in order ("the year ended | Sept. 30"). */
  next: Timex | undefined;
}

/** Where the event of an unplaced time phrase lies, or null when it has no place. */

export function placeUnplaced(t: Timex, context: DurationContext): Placement | null {
  const published = parseIsoDay(context.published);
  if (!published || t.type === 'SET' || t.value === 'PRESENT_REF') return null;
  const { text } = context;
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  const after = text.slice(t.end, t.end + 24);
  if (/\b(?:until|till|since|from|before|by|within)\s+$/i.test(before)) return null; // "until recently", "within weeks"
  // "its highest level in 30 years", "the first loss in a decade": the yardstick of a comparison, no stretch of events
  if (comparedIn(text, t.start)) return null;
  const approx = (
    p: Pick<Placement, 'from' | 'to' | 'granularity'>,
    length: Length | null,
    why: string,
  ): Placement => ({
    ...p,
    ...(length?.vague !== false && { mod: 'APPROX' as const }),
    why,
  });

  // "recently", "the recent sale": the month before publication
  // "the recent sale" is an event; "recent U.S. history" is not
  const recentNoun = /^recent$/i.test(t.text.trim()) ? (/^\s*(\S+)/.exec(after)?.[1] ?? '') : null;
  if (recentNoun !== null && !isEventNoun(recentNoun.toLowerCase().replace(/[^\p{L}-]/gu, ''))) return null;
  if (t.value === 'PAST_REF' && RECENTLY.test(t.text.trim())) {
    return approx(
      rolling({ count: 1, unit: 'M', vague: true }, published, false),
      null,
      `“${t.text}”: the weeks before publication`,
    );
  }
  const length = lengthOf(t);
  if (!length) return null;
  // "the last six months of 2023", "the first two weeks of March": the start or the end of the period that follows
  const part = PART_OF_NEXT.exec(t.text.trim());
  if (part && context.next?.from && context.next.to && /^\s+of\s+$/i.test(text.slice(t.end, context.next.start))) {
    const next = { from: parseIsoDay(context.next.from)!, to: parseIsoDay(context.next.to)! };
    const first = /^(?:first|opening)$/i.test(part[1]!);
    const from = first ? next.from : movedBy(next.to, -1, length);
    const to = first ? movedBy(next.from, 1, length) : next.to;
    if (!length.vague && isoDay(from) >= isoDay(next.from) && isoDay(to) <= isoDay(next.to))
      return {
        from: isoDay(from),
        to: isoDay(to),
        granularity: granularityOf(length),
        why: `“${t.text}” of ${context.next.text}: its ${first ? 'start' : 'end'}`,
        endsWithNext: true,
      };
  }

  // "five or six years ago", "two to three weeks later", "3-4 days ago": the first end of a range of lengths counted
  // from a date; "in two to three weeks", "in three or four days" told of what is to come: one counted ahead of
  // publication (the duration parser placed the last end, "in three weeks"). The stretch between the dates the two
  // ends land on (the last end alone is the farther one)
  const last = context.next;
  const lastEnd =
    last?.from && last.to && !length.vague && !length.rest && LENGTH_RANGE_GAP.test(text.slice(t.end, last.start))
      ? LAST_END.exec(last.text)
      : null;
  const counter = lastEnd?.[2]?.toLowerCase();
  // "over the next six to eight weeks", "the past two or three years": a window the range fills, from publication to
  // the farther end (the duration parser placed the last end as such a window), not the stretch between the two ends
  if (lastEnd !== null && counter === undefined && WINDOW_OPENS.test(t.text)) {
    const lastCount = parseNumber(lastEnd[1]!);
    if (lastCount !== null && lastCount > length.count)
      return {
        from: last!.from!,
        to: last!.to!,
        granularity: last!.granularity ?? granularityOf(length),
        why: `“${t.text}” to ${last!.text}: the window ${/^the\s+following\s/i.test(t.text) ? "after the story's date" : /^the\s+(?:next|coming)\s/i.test(t.text) ? 'after publication' : 'up to publication'}, to its farther end`,
        endsWithNext: true,
      };
  }
  const countedAhead = lastEnd !== null && counter === undefined && /\b(?:in|after)\s+$/i.test(before);
  const lastCount = lastEnd && (counter !== undefined || countedAhead) ? parseNumber(lastEnd[1]!) : null;
  if (lastCount !== null && lastCount > length.count) {
    const back = counter === 'ago' || counter === 'earlier';
    const edge = parseIsoDay(back ? last!.to! : last!.from!);
    if (edge && (!countedAhead || epochDay(edge) > epochDay(published))) {
      const near = isoDay(moved(edge, (back ? 1 : -1) * (lastCount - length.count), length.unit));
      return {
        from: back ? last!.from! : near,
        to: back ? near : last!.to!,
        granularity: last!.granularity ?? granularityOf(length),
        why: countedAhead
          ? `“${t.text}” to ${last!.text} ahead: between the dates the two land on`
          : `“${t.text}” to ${last!.text}: between the two`,
        endsWithNext: true,
      };
    }
  }

  if (ANCHORED_AFTER.test(after)) return null;

  // "the year ended Sept. 30": the period ends with that date
  const ended = ENDS_WITH_NEXT.test(text.slice(t.end, context.next?.start ?? t.end));
  if (ended && context.next?.to && t.type === 'DURATION' && !length.vague && length.unit !== 'H') {
    const end = parseIsoDay(context.next.to)!;
    return {
      from: isoDay(movedBy(end, -1, length)),
      to: isoDay(end),
      granularity: granularityOf(length),
      why: `“${t.text}” ending ${context.next.text}`,
      endsWithNext: true,
    };
  }

  // "the first nine months", "the nine months", "the year-earlier nine months"
  const months = FIRST_MONTHS.exec(t.text.trim());
  const count = months ? (NUMBER_WORDS[months[2]!.toLowerCase()] ?? Number(months[2])) : NaN;
  if (months && count >= 1 && count < 12 && length.unit === 'M') {
    const named = /^\s+of\s+(\d{4})\b/.exec(after);
    let year = named ? Number(named[1]) : published.y;
    // the latest year whose first months were over by publication
    if (!named && isoDay(addMonths({ y: year, m: 1, d: 1 }, count)) > isoDay(addDays(published, 1))) year--;
    if (!named && /^year-(?:earlier|ago)$/i.test(months[1] ?? '')) year--;
    const from: Day = { y: year, m: 1, d: 1 };
    return {
      from: isoDay(from),
      to: isoDay(addMonths(from, count)),
      granularity: 'month',
      why: `“${t.text}”: the first ${count} months of ${year}`,
    };
  }

  const ahead = ROLLING_AHEAD.test(t.text.trim());
  // (not the verb "last": "is expected to last three to four weeks", "will last two days")
  const past =
    ROLLING_PAST.test(t.text.trim()) ||
    (/\b(?:past|last|recent)\s+$/i.test(before) && !BEFORE_LAST_THE_VERB.test(before.replace(/last\s+$/i, '')));
  // "in the next hour", "over the next two hours" told on a day with no time: what follows an untold time of that day
  // has no place (counted from the day's end it would fall on the next morning's first hours)
  if (ahead && length.unit === 'H' && length.count < 24) return null;
  if (ahead || past) {
    return approx(
      rolling(length, published, ahead),
      length,
      ahead ? `“${t.text}”: the stretch after publication` : `“${t.text}”: the stretch that ends at publication`,
    );
  }
  // "talks have gone on for three weeks": a present-perfect duration ends at publication and goes on (not a penalty's
  // term, which starts with the sentence: "has been jailed for two years and eight months")
  if (context.tense === 'perfect' && t.type === 'DURATION' && MEASURES.test(before) && !PENALTY_FOR.test(before)) {
    return {
      ...approx(rolling(length, published, false), length, `present perfect: the last ${t.text}, up to publication`),
      ongoing: true,
    };
  }
  return null;
}
