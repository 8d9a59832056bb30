/**
 * Registers `<news-timeline>` without the extractor, for pages that pass `.data` or `src` (a smaller
 * bundle: nothing from src/extract/ is imported). `.text` and child articles show an error here unless
 * `NewsTimeline.extractor` is set.
 */
import { NewsTimeline } from './timeline/news-timeline.js';

export { NewsTimeline };
export type * from './timeline/events.js';

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
