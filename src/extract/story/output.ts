/**
 * Output: the StoryEvents of the merged groups of mentions, in time order.
 */
import { agreedDate } from './time.js';
import { granularityRank } from '../types.js';
import type { StoryEvent, StoryMention } from './types.js';

/** Finer reports first; an unplaced one after every placed one. */
const specificity = (m: StoryMention) => (m.granularity !== undefined ? granularityRank(m.granularity) : Infinity);

/** Names named most often first (ties: first named first). */
function actorsOf(group: number[], actors: string[][]): string[] {
  const count = new Map<string, number>();
  for (const i of group) for (const a of actors[i]!) count.set(a, (count.get(a) ?? 0) + 1);
  return [...count.entries()].sort((x, y) => y[1] - x[1]).map(([a]) => a);
}

export function buildStoryEvents(groups: number[][], mentions: StoryMention[], actors: string[][]): StoryEvent[] {
  const events = groups.map((group): StoryEvent => {
    const ms = group.map((i) => mentions[i]!);
    const date = agreedDate(ms);
    // The label of the most specific placed report (the first of equals), else the first report's.
    const labelled = [...ms].sort((a, b) => specificity(a) - specificity(b))[0]!;
    // mod and ongoing when every report of the event's own date says so ("since 2013", "early May")
    const agreeing = ms.filter((m) => m.from !== undefined && m.from === date.from && m.to === date.to);
    const mod = agreeing[0]?.mod;
    const event: StoryEvent = {
      id: '',
      label: labelled.label,
      ...(date.from !== undefined && { from: date.from, to: date.to, granularity: date.granularity }),
      ...(mod !== undefined && agreeing.every((m) => m.mod === mod) && { mod }),
      ...(agreeing.length > 0 && agreeing.every((m) => m.ongoing) && { ongoing: true }),
      date: date.date,
      ...(date.dates && { dates: date.dates }),
      ...(date.value !== undefined && { value: date.value }),
      articles: new Set(ms.map((m) => m.article)).size,
      ...(ms.every((m) => m.background) && { background: true }),
      actors: actorsOf(group, actors),
      mentions: ms,
    };
    return event;
  });
  // Time order: placed events by start, then the longer first; undated events last, in text order.
  const order = events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => {
      const a = x.e;
      const b = y.e;
      if (a.from === undefined || b.from === undefined) {
        return a.from === b.from ? x.i - y.i : a.from === undefined ? 1 : -1;
      }
      if (a.from !== b.from) return a.from < b.from ? -1 : 1;
      if (a.to !== b.to) return a.to! > b.to! ? -1 : 1;
      return x.i - y.i;
    });
  return order.map(({ e }, k) => ({ ...e, id: `s${k + 1}` }));
}
