/**
 * Keeps one reading per stretch of text: the longest span wins ("last month" over "month", "Oct. 17, 2016"
 * over "2016"); on equal length, the order of `PRIORITY`.
 */
import type { Refiner, TimexMatch } from '../match.js';
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
  'range-end',
  'range-start',
  'holiday',
  'date-time',
  'decade',
  'century',
  'year',
  'present-ref',
  'duration-ordinal',
  'duration',
  'time',
  'written-date',
];

function rank(result: TimexMatch): number {
  const kind = getFrame(result)?.kind ?? '';
  const i = PRIORITY.indexOf(kind);
  return i < 0 ? PRIORITY.length : i;
}

export class OverlapRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    if (results.length < 2) return results;
    const ordered = results
      .map((r) => ({ r, len: r.text.length, rank: rank(r) }))
      .sort((a, b) => b.len - a.len || a.rank - b.rank || a.r.index - b.r.index);
    // one flag per character: linear in the text and the spans, whatever the number of results
    const taken = new Uint8Array(context.text.length + 1);
    const kept: TimexMatch[] = [];
    for (const { r } of ordered) {
      const end = Math.min(r.index + r.text.length, taken.length);
      let free = true;
      for (let i = r.index; i < end; i++) {
        if (taken[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, r.index, end);
      kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
