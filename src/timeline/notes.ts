/**
 * The note above the timeline (part `note`), in words for readers: which attribute values could not be
 * used and what is used instead (what of the input was left out is validation-messages.ts `skippedNote`).
 * The same sentences are the messages of the non-fatal `news-timeline-error` events.
 */
import { parseFloating } from './layout/dates.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

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
