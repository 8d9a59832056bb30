/** Small EventList builders for the layout tests (no DOM). */
import type { EventList, Granularity, TimelineEvent, TimexMod } from '../../../src/extract/types.js';

export interface Spec {
  id?: string;
  from: string;
  to: string;
  granularity?: Granularity;
  mod?: TimexMod;
  ongoing?: boolean;
  label?: string;
  /** The date only describes a thing (EventList version 2). */
  background?: boolean;
}

export function eventList(specs: Spec[], published: string | null = '2016-10-17'): EventList {
  const text = 'Some article text.';
  const events: TimelineEvent[] = specs.map((s, i) => ({
    id: s.id ?? `e${i + 1}`,
    label: s.label ?? `Event ${i + 1}`,
    timex: 't1',
    from: s.from,
    to: s.to,
    granularity: s.granularity ?? 'day',
    ...(s.mod ? { mod: s.mod } : {}),
    ...(s.ongoing ? { ongoing: true } : {}),
    ...(s.background ? { background: true } : {}),
    sentence: { start: 0, end: text.length, text },
    actors: [],
  }));
  return {
    version: 1,
    article: { published, text },
    timexes: [{ id: 't1', text: 'Some', start: 0, end: 4, type: 'DATE', value: '2016', why: 'test' }],
    events,
  };
}

export const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
