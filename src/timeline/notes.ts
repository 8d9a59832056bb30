/**
 * The note above the timeline (part `note`), in words for readers: what of the input was left out and
 * why (the validator's reasons), and which attribute values could not be used and what is used instead.
 * The same sentences are the messages of the non-fatal `news-timeline-error` events.
 */
import { parseFloating } from './layout/dates.js';
import type { SkipProblem } from './validate-event-list.js';

/** An item left out, and why: the EventList validator's, or the StoryEventList's (which adds `article`). */
export interface SkippedNoteItem {
  id: string;
  problem: SkipProblem | 'article';
  field: string;
  value: string;
  reason: string;
}

const PROBLEMS: Record<SkippedNoteItem['problem'], string> = {
  date: 'a date that is not a real day',
  interval: 'from not before to',
  offsets: 'a span outside the article text',
  article: 'a mention of an article the story does not list',
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * "3 events were left out: 2 with a date that is not a real day, 1 with from not before to (first: e4,
 * to "2016-10-17" equals from: the interval is empty)." One sentence per list (`what`: events, time
 * phrases); '' when nothing was left out.
 */
export function skippedNote(
  items: readonly SkippedNoteItem[],
  [one, many, verb]: [string, string, string],
  number: (n: number) => string,
): string {
  const n = items.length;
  if (!n) return '';
  const counts = new Map<SkippedNoteItem['problem'], number>();
  for (const item of items) counts.set(item.problem, (counts.get(item.problem) ?? 0) + 1);
  const why = [...counts].map(([problem, count]) => `${number(count)} with ${PROBLEMS[problem]}`).join(', ');
  const first = items[0];
  const detail = first.problem === 'offsets' ? first.reason : `${first.field} "${first.value}" ${first.reason}`;
  return `${number(n)} ${plural(n, `${one} was`, `${many} were`)} ${verb}: ${why} (first: ${first.id}, ${detail}).`;
}

export const EVENTS_LEFT_OUT: [string, string, string] = ['event', 'events', 'left out'];
export const PHRASES_UNMARKED: [string, string, string] = ['time phrase', 'time phrases', 'not marked in the cards'];

/** An attribute whose value is not used, and the sentence that says what is used instead. */
export interface AttributeNote {
  field: string;
  message: string;
}

/** Lanes for a `max-lanes` value: a whole number of at least 1. */
export const lanesFor = (maxLanes: number) => Math.max(1, Math.floor(maxLanes) || 1);

export function maxLanesNote(maxLanes: number): AttributeNote | null {
  if (Number.isInteger(maxLanes) && maxLanes >= 1) return null;
  const lanes = lanesFor(maxLanes);
  return {
    field: 'max-lanes',
    message: `max-lanes is ${maxLanes}, not a whole number of at least 1: ${lanes} ${plural(lanes, 'lane is', 'lanes are')} used.`,
  };
}

/**
 * The window `range-from` and `range-to` give ([from, to] in UTC ms, in either order), or null; and the
 * note when either is given but together they are no window (one is not a date or is missing, or both
 * are the same time).
 */
export function openingRange(
  rangeFrom: string | null,
  rangeTo: string | null,
  instead: string,
): { range: [number, number] | null; note: AttributeNote | null } {
  if (!rangeFrom && !rangeTo) return { range: null, note: null };
  const from = parseFloating(rangeFrom ?? '');
  const to = parseFloating(rangeTo ?? '');
  if (!Number.isNaN(from) && !Number.isNaN(to) && from !== to) return { range: [from, to], note: null };
  const value = (v: string | null) => (v ? `"${v}"` : 'missing');
  return {
    range: null,
    note: {
      field: Number.isNaN(from) ? 'range-from' : 'range-to',
      message: `range-from ${value(rangeFrom)} and range-to ${value(rangeTo)} are no window (two different dates are needed, such as 2016-10-17 or 2016-10-17T14:30): the timeline opens on ${instead} instead.`,
    },
  };
}
