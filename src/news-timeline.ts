/**
 * Registers `<news-timeline>` with in-browser extraction: `.text` and a child `<article>`/`<template>`
 * are read with `extract()` in a worker, several child articles with `extractStory()`: both are loaded the
 * first time text arrives (news-timeline-extract.js; in the bundles, the extraction chunk beside
 * news-timeline.bundle.js). Import this module (or load news-timeline.bundle.js) to use the element.
 */
import { lazyExtractor } from './timeline/extraction-loader.js';
import { NewsTimeline } from './timeline/news-timeline.js';

export { NewsTimeline };
export type * from './timeline/events.js';

// The bundles' build points both of these at the chunk (scripts/lib/chunks.mjs).
const extraction = {
  load: () => import('./news-timeline-extract.js'),
  url: () => new URL('./news-timeline-extract.js', import.meta.url),
  workerFrom: () => NewsTimeline.extractInWorkerFrom,
};
NewsTimeline.extractor ??= lazyExtractor(extraction);
NewsTimeline.storyExtractor ??= () => extraction.load().then((module) => module.extractStory);
if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
