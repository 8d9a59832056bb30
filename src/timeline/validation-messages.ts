/**
 * The validators' findings in words for people: why a list is not an EventList (its `InvalidProblem`), and
 * the note of what was left out (`skippedNote`, also the message of the `skipped-events` error). Only a
 * bad list or a skipped item needs them: in the bundles a chunk of its own
 * (news-timeline-validation-messages-<hash>.js), loaded by the element when there is something to say
 * (model-controller.ts; without it, the facts plainly).
 */
export { maxLanesNote, openingRange, type AttributeNote } from './attribute-notes.js';
import { READABLE_EVENT_LIST_VERSIONS, type EventList } from '../extract/types.js';
import {
  checkEventList,
  type Expected,
  type InvalidProblem,
  type SkippedEvent,
  type SkippedItem,
  type SkipProblem,
} from './validate-event-list.js';

export type ValidationResult =
  | { ok: true; list: EventList; skipped: SkippedEvent[]; skippedTimexes: SkippedItem[] }
  | { ok: false; field: string; message: string };

export const NOT_AN_AXIS_DATE = 'is not a real date (YYYY-MM-DD or YYYY-MM-DDTHH:mm)';

/** Why an item was left out, in words: "equals from: the interval is empty". */
export function skipReason({ problem, field, value, detail, reason }: SkippedItem): string {
  if (reason !== undefined) return reason;
  if (problem === 'date') return NOT_AN_AXIS_DATE;
  if (problem === 'interval')
    return detail === undefined ? 'equals from: the interval is empty' : `is before from (${detail})`;
  const [start, end] = value.split('–').map(Number) as [number, number];
  const where = field === 'sentence' ? 'sentence ' : '';
  return start > end
    ? `${where}start ${start} is after end ${end}`
    : `${where}end ${end} is beyond the article text (${detail} characters)`;
}

/** `value` for a message: "the string "2016"", "a number", "null". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

const EXPECTED: Record<Exclude<Expected, readonly string[]>, string> = {
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number ≥ 0',
  array: 'an array',
  published: 'a date string or null',
};

/** The sentence for a problem at `field` (`events[3].label`; '' for the list itself). */
export function invalidMessage(field: string, problem: InvalidProblem): string {
  switch (problem.kind) {
    case 'said':
      return problem.message;
    case 'object':
      return `${field || 'The event list'} should be an object, got ${describe(problem.value)}`;
    case 'unknown': {
      // `value` is the field's name; `field` its path (`events[1].colour`).
      const key = problem.value as string;
      const owner = field.slice(0, Math.max(0, field.length - key.length - 1));
      return `${owner || 'The event list'} has a field the EventList does not define: ${JSON.stringify(key)}`;
    }
    case 'missing':
      return `${field} is missing${/(^|\.)published$/.test(field) ? ' (use null when unknown)' : ''}`;
    case 'type': {
      const { expected } = problem;
      const words = typeof expected === 'string' ? EXPECTED[expected] : `one of ${expected.join(', ')}`;
      return `${field} should be ${words}, got ${describe(problem.value)}`;
    }
    case 'version':
      return `version should be ${READABLE_EVENT_LIST_VERSIONS.join(' or ')} (the EventList versions this element reads), got ${describe(problem.value)}`;
    case 'published':
      return `${field} is not an ISO date or date-time (2016-10-17, 2016-10-17T14:30): ${describe(problem.value)}`;
  }
}

/**
 * Checks an incoming value against the EventList contract (validate-event-list.ts `checkEventList`), a
 * fatal problem in words: what the editor and the story's validator use.
 */
export function validateEventList(input: unknown): ValidationResult {
  const result = checkEventList(input);
  if (!result.ok) return { ok: false, field: result.field, message: invalidMessage(result.field, result.problem) };
  const worded = (items: SkippedItem[]) =>
    items.map(({ detail: _, ...item }, i) => ({ ...item, reason: skipReason(items[i]!) }));
  return { ...result, skipped: worded(result.skipped), skippedTimexes: worded(result.skippedTimexes) };
}

/** An item left out, and why: the EventList validator's, or the StoryEventList's (which adds `article`). */
export interface SkippedNoteItem {
  id: string;
  problem: SkipProblem | 'article';
  field: string;
  value: string;
  detail?: string;
  reason?: string;
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
  const reason = first.problem === 'article' ? first.reason! : skipReason(first as SkippedItem);
  const detail = first.problem === 'offsets' ? reason : `${first.field} "${first.value}" ${reason}`;
  return `${number(n)} ${plural(n, `${one} was`, `${many} were`)} ${verb}: ${why} (first: ${first.id}, ${detail}).`;
}

export const EVENTS_LEFT_OUT: [string, string, string] = ['event', 'events', 'left out'];
export const PHRASES_UNMARKED: [string, string, string] = ['time phrase', 'time phrases', 'not marked in the cards'];

/** The notes for the events left out and the time phrases not marked ([events, timexes]). */
export const skippedNotes = (
  [events, timexes]: readonly (readonly SkippedNoteItem[])[],
  number: (n: number) => string,
): string[] => [skippedNote(events!, EVENTS_LEFT_OUT, number), skippedNote(timexes!, PHRASES_UNMARKED, number)];
