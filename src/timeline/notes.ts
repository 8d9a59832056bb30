/**
 * Attribute values the timeline can use, as facts for the first load: lanes for `max-lanes`, the window of
 * `range-from`/`range-to`. The sentences that say what could not be used are attribute-notes.ts, loaded with
 * the validation messages' chunk only when there is something to say.
 */
import { parseFloating } from './layout/dates.js';

/** Lanes for a `max-lanes` value: a whole number of at least 1. */
export const lanesFor = (maxLanes: number) => Math.max(1, Math.floor(maxLanes) || 1);

/** Whether `max-lanes` is used as given. */
export const lanesUsable = (maxLanes: number) => Number.isInteger(maxLanes) && maxLanes >= 1;

/** The window `range-from` and `range-to` give ([from, to] in UTC ms, in either order), or null. */
export function openingWindow(rangeFrom: string | null, rangeTo: string | null): [number, number] | null {
  const from = parseFloating(rangeFrom ?? '');
  const to = parseFloating(rangeTo ?? '');
  return !Number.isNaN(from) && !Number.isNaN(to) && from !== to ? [from, to] : null;
}

/** Whether an attribute value cannot be used (a note then says so). */
export const attributesUnusable = (maxLanes: number, rangeFrom: string | null, rangeTo: string | null) =>
  !lanesUsable(maxLanes) || (!!(rangeFrom || rangeTo) && !openingWindow(rangeFrom, rangeTo));
