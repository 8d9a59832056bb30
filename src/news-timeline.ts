/**
 * Registers `<news-timeline>` with in-browser extraction: `.text` and a child `<article>`/`<template>`
 * are read with `extract()`. Import this module (or load news-timeline.bundle.js) to use the element.
 */
import { extract } from './extract/index.js';
import { NewsTimeline } from './timeline/news-timeline.js';

export { NewsTimeline };
export type * from './timeline/events.js';

NewsTimeline.extractor ??= extract;
if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
