/**
 * The seam through which `<news-timeline>` reads article text. The element's core never imports the
 * extraction code (it would weigh down the first load): `news-timeline.js` registers an extractor that
 * loads it the first time text arrives (extraction-loader.ts), `news-timeline-element.js` none.
 */
import type { EventList, ExtractOptions } from '../extract/types.js';

/**
 * Reads article text into an EventList, at once or later (a promise: the element shows its loading
 * state meanwhile). `signal` aborts when the element no longer wants the result (new text, removed).
 */
export type ArticleExtractor = (
  text: string,
  options: ExtractOptions,
  signal?: AbortSignal,
) => EventList | PromiseLike<EventList>;
