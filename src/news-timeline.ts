/** Registers `<news-timeline>`. Import this module (or load the bundle) to use the element. */
import { NewsTimeline } from './timeline/news-timeline.js';

export { NewsTimeline };

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
