/**
 * Registers `<news-timeline>` with in-browser extraction: `.text` and a child `<article>`/`<template>`
 * are read with `extract()` in a worker, several child articles with `extractStory()`: both are loaded the
 * first time text arrives (news-timeline-extract.js; in the bundles, the extraction chunk beside
 * news-timeline.bundle.js), as is the small reading chunk before them (timeline/reading.ts: child articles'
 * text, the worker's start). Import this module (or load news-timeline.bundle.js) to use the element.
 */
import type { ArticleExtractor } from './timeline/extractor.js';
import { NewsTimeline } from './timeline/news-timeline.js';

export { NewsTimeline };
export type * from './timeline/events.js';

// The bundles' build points both of these at the chunk (scripts/lib/chunks.mjs).
const extraction = {
  load: () => import('./news-timeline-extract.js'),
  url: () => new URL('./news-timeline-extract.js', import.meta.url),
  workerFrom: () => NewsTimeline.extractInWorkerFrom,
};
// The code that starts the worker is in the reading chunk (timeline/reading.ts), loaded with the first
// text: one extractor for every element (it remembers whether workers can start here).
let reader: Promise<ArticleExtractor> | null = null;
NewsTimeline.extractor ??= (text, options, signal) =>
  (reader ??= import('./timeline/reading.js').then(
    ({ lazyExtractor }) => lazyExtractor(extraction),
    (error: Error) => {
      reader = null;
      throw new Error(`the extraction code could not be loaded (${error.message})`);
    },
  )).then((read) => {
    signal?.throwIfAborted();
    return read(text, options, signal);
  });
NewsTimeline.storyExtractor ??= () => extraction.load().then((module) => module.extractStory);
if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
