/**
 * Finds and resolves the temporal expressions (TIMEX3) of a news text, on chrono-node with our parsers and
 * refiners (see engine.ts). Resolution rules are in README ("Timex resolution"); each timex says why.
 */
import type { ParsingResult } from 'chrono-node/en';
import { parseIsoDay } from './calendar.js';
import { getFrame, type Anchor, type Reading } from './frame.js';
import { timexChrono } from './engine.js';
import type { Timex } from '../types.js';

/**
 * @param text the article text; offsets of the result index into it.
 * @param published ISO date (`2016-10-17`) or date-time of publication, or null when unknown
 *   (then relative phrases stay unresolved and absolute dates still resolve).
 * @returns timexes in document order with ids `t1`, `t2`, …
 */
/** How far a named quarter stays the subject of "a year ago" comparisons. */
const QUARTER_FOCUS_CHARS = 1500;

export function findTimexes(text: string, published: string | null): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const dct = parseIsoDay(published);
  // chrono needs a reference instant; ours never reads it (frames resolve from `dct`), so a fixed one is used.
  const instant = new Date(dct ? Date.UTC(dct.y, dct.m - 1, dct.d, 12) : Date.UTC(2000, 0, 1, 12));
  let results: ParsingResult[];
  try {
    results = timexChrono.parse(text, { instant, timezone: 0 }) as ParsingResult[];
  } catch {
    return [];
  }
  const timexes: Timex[] = [];
  let anchor: Anchor | null = null;
  let quarter: { anchor: Anchor; end: number } | null = null;
  for (const result of results) {
    const frame = getFrame(result);
    if (!frame) continue;
    let reading: Reading | null;
    try {
      const recentQuarter = quarter && result.index - quarter.end < QUARTER_FOCUS_CHARS ? quarter.anchor : null;
      reading = frame.resolve({ dct, tense: frame.tense ?? null, anchor, quarter: recentQuarter });
    } catch {
      reading = null;
    }
    if (!reading) continue;
    const id = `t${timexes.length + 1}`;
    timexes.push(toTimex(id, result, reading, anchor));
    const placed = reading.period && (reading.type === 'DATE' || reading.type === 'TIME') && reading.anchorable !== false;
    if (placed) anchor = { id, period: reading.period! };
    if (placed && reading.period!.granularity === 'quarter') quarter = { anchor: { id, period: reading.period! }, end: result.index + result.text.length };
  }
  return timexes;
}

function toTimex(id: string, result: ParsingResult, reading: Reading, anchor: Anchor | null): Timex {
  const timex: Timex = {
    id,
    text: result.text,
    start: result.index,
    end: result.index + result.text.length,
    type: reading.type,
    value: reading.value,
    why: reading.why,
  };
  if (reading.mod) timex.mod = reading.mod;
  const from = reading.from ?? reading.period?.from;
  const to = reading.to ?? reading.period?.to;
  if (from && to) {
    timex.from = from;
    timex.to = to;
  }
  const granularity = reading.granularity ?? reading.period?.granularity;
  if (granularity && from) timex.granularity = granularity;
  if (reading.usedAnchor && anchor) timex.anchor = anchor.id;
  return timex;
}
