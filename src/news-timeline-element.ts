/**
 * Registers `<news-timeline>` without the extractor, for pages that pass `.data` (a smaller bundle).
 */
import { NewsTimeline } from './timeline/news-timeline.js';

export { NewsTimeline };

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);
