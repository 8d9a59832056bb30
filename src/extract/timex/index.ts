/**
 * Finds and resolves the temporal expressions (TIMEX3) of a news text: our chrono-style parsers and
 * refiners (engine.ts), then a normaliser that reads each phrase against the publication date,
 * the tense of its clause and the narrative (normaliser.ts). Every timex says why it has its value.
 */
import type { TimexMatch } from './match.js';
import { parseIsoClock, parseIsoDay } from './calendar.js';
import { parseTimexPhrases } from './engine.js';
import { normalise } from './normaliser.js';
import type { Timex } from '../types.js';

/**
 * @param text the article text; offsets of the result index into it.
 * @param published ISO date (`2016-10-17`) or date-time of publication (`2019-03-22T10:35:00-04:00`), or null
 *   when unknown (then relative phrases stay unresolved and absolute dates still resolve). With a time, clock
 *   phrases ("two hours ago", "at 3 a.m.", "tonight") resolve against it and times are given on the article's
 *   clock; a date alone keeps them on the publication day.
 * @param max at most this many timexes, the first ones (the text is read until they are found).
 * @returns timexes in document order with ids `t1`, `t2`, …
 */
export function findTimexes(text: string, published: string | null, max = Infinity): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const dct = parseIsoDay(published);
  let results: TimexMatch[];
  try {
    // Refining merges and drops some phrases: a margin over `max` keeps the first `max` that remain.
    results = parseTimexPhrases(text, max + Math.ceil(max / 4));
  } catch {
    return []; // a parser failed on this input: no timexes rather than an exception
  }
  const timexes = normalise(results, dct, parseIsoClock(published));
  return timexes.length > max ? timexes.slice(0, max) : timexes;
}
