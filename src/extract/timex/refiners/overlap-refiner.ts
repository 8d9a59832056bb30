/**
 * Keeps one reading per stretch of text: the longest span wins ("last month" over "month", "Oct. 17, 2016"
 * over "2016"); on equal length, our parsers win over chrono's own, in the order of `PRIORITY`.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { getFrame } from '../frame.js';

/** Frame kinds in order of preference when two readings cover exactly the same text. */
const PRIORITY = [
  'set',
  'weekday-set',
  'ago',
  'relative-period',
  'same-period',
  'anchored-named',
  'anchored-offset',
  'reporting-quarter',
  'quarter',
  'half',
  'season',
  'day-ref',
  'part-of-day',
  'weekday',
  'month',
  'holiday',
  'date-time',
  'decade',
  'century',
  'year',
  'present-ref',
  'duration-ordinal',
  'duration',
  'time',
  'chrono',
];

function rank(result: ParsingResult): number {
  const kind = getFrame(result)?.kind ?? 'chrono';
  const i = PRIORITY.indexOf(kind);
  return i < 0 ? PRIORITY.length : i;
}

export class OverlapRefiner implements Refiner {
  refine(_context: unknown, results: ParsingResult[]): ParsingResult[] {
    const ordered = results
      .map((r) => ({ r, len: r.text.length, rank: rank(r) }))
      .sort((a, b) => b.len - a.len || a.rank - b.rank || a.r.index - b.r.index);
    const kept: ParsingResult[] = []; // sorted by index
    for (const { r } of ordered) {
      const start = r.index;
      const end = r.index + r.text.length;
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kept[mid]!.index < start) lo = mid + 1;
        else hi = mid;
      }
      const prev = kept[lo - 1];
      const next = kept[lo];
      if (prev && prev.index + prev.text.length > start) continue;
      if (next && next.index < end) continue;
      kept.splice(lo, 0, r);
    }
    return kept;
  }
}
