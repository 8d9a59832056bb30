/**
 * DOM-free extraction API: `extract(text, options)` turns an article into an EventList.
 * Importable in Node and the browser as `news-timeline/extract`.
 */
import * as chrono from 'chrono-node/en';
import { EVENT_LIST_VERSION, type EventList, type ExtractOptions, type Timex } from './types.js';

export * from './types.js';

// Placeholder pipeline: raw chrono-node, to be replaced by the news-aware extractor.
export function extract(text: string, options: ExtractOptions = {}): EventList {
  const published = options.published ?? null;
  const ref = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const timexes: Timex[] = chrono.casual.parse(text, { instant: ref, timezone: 0 }).map((r, i) => {
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
  return {
    version: EVENT_LIST_VERSION,
    article: { title: options.title, source: options.source, published, text },
    timexes,
    events: [],
  };
}
