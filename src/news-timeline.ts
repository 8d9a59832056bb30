/**
 * Registers `<news-timeline>` with in-browser extraction: `.text` and a child `<article>`/`<template>`
 * are read with `extract()`, several child articles with `extractStory()` (loaded on first use). Import
 * this module (or load news-timeline.bundle.js) to use the element.
 */
import { extract } from './extract/index.js';
import { NewsTimeline } from './timeline/news-timeline.js';

export { NewsTimeline };
export type * from './timeline/events.js';

NewsTimeline.extractor ??= extract;
NewsTimeline.storyExtractor ??= () => import('./extract/story/index.js').then((story) => story.extractStory);
if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
