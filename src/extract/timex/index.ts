/**
 * Finds and resolves the temporal expressions (TIMEX3) of a text.
 * Placeholder: raw chrono-node. The news-aware engine replaces the inside, not the signature.
 */
import * as chrono from 'chrono-node/en';
import type { Timex } from '../types.js';

/**
 * @param text the article text; offsets of the result index into it.
 * @param published ISO date (`2016-10-17`) or date-time of publication, or null when unknown
 *   (then relative phrases stay unresolved and absolute dates still resolve).
 * @returns timexes in document order with ids `t1`, `t2`, …
 */
export function findTimexes(text: string, published: string | null): Timex[] {
  const ref = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  return chrono.casual.parse(text, { instant: ref, timezone: 0 }).map((r, i) => {
    const year = r.start.get('year') ?? 0;
    const month = r.start.get('month') ?? 1;
    const day = r.start.get('day') ?? 1;
    const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return {
      id: `t${i + 1}`,
      text: r.text,
      start: r.index,
      end: r.index + r.text.length,
      type: 'DATE',
      value,
      why: 'chrono-node',
    };
  });
}
