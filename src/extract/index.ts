/**
 * DOM-free extraction API: `extract(text, options)` turns an article into an EventList.
 * Importable in Node and the browser as `news-timeline/extract`.
 */
import { EVENT_LIST_VERSION, type EventList, type ExtractOptions } from './types.js';
import { findTimexes } from './timex/index.js';

export * from './types.js';
export { findTimexes } from './timex/index.js';
export { splitSentences } from './sentences.js';

export function extract(text: string, options: ExtractOptions = {}): EventList {
  const published = options.published ?? null;
  return {
    version: EVENT_LIST_VERSION,
    article: { title: options.title, source: options.source, published, text },
    timexes: findTimexes(text, published),
    events: [],
  };
}
