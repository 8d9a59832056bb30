/**
 * The note above the timeline (part `note`), in words for readers: which attribute values could not be
 * used and what is used instead (what of the input was left out is validation-messages.ts `skippedNote`).
 * The same sentences are the messages of the non-fatal `news-timeline-error` events. Loaded with the
 * validation messages' chunk, only when notes.ts `attributesUnusable` says there is something to say.
 */
import { parseFloating } from './layout/dates.js';
import { lanesFor, lanesUsable, openingWindow } from './notes.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** An attribute whose value is not used, and the sentence that says what is used instead. */
export interface AttributeNote {
  field: string;
  message: string;
}

export function maxLanesNote(maxLanes: number): AttributeNote | null {
  if (lanesUsable(maxLanes)) return null;
  const lanes = lanesFor(maxLanes);
  return {
    field: 'max-lanes',
    message: `max-lanes is ${maxLanes}, not a whole number of at least 1: ${lanes} ${plural(lanes, 'lane is', 'lanes are')} used.`,
  };
}

/**
 * The window `range-from` and `range-to` give, and the note when either is given but together they are no
 * window (one is not a date or is missing, or both are the same time).
 */
export function openingRange(
  rangeFrom: string | null,
  rangeTo: string | null,
  instead: string,
): { range: [number, number] | null; note: AttributeNote | null } {
  if (!rangeFrom && !rangeTo) return { range: null, note: null };
  const range = openingWindow(rangeFrom, rangeTo);
  if (range) return { range, note: null };
  const value = (v: string | null) => (v ? `"${v}"` : 'missing');
  return {
    range: null,
    note: {
      field: Number.isNaN(parseFloating(rangeFrom ?? '')) ? 'range-from' : 'range-to',
      message: `range-from ${value(rangeFrom)} and range-to ${value(rangeTo)} are no window (two different dates are needed, such as 2016-10-17 or 2016-10-17T14:30): the timeline opens on ${instead} instead.`,
    },
  };
}
