/**
 * Registers `<news-timeline-editor>`, the curation of an EventList by hand (src/editor/). It carries the
 * extraction's engine (to read typed dates and selected words) but not `<news-timeline>`: a page that
 * shows the corrected timeline loads that element too. Reader pages load neither this nor src/editor/.
 */
import { NewsTimelineEditor } from './editor/news-timeline-editor.js';

export { NewsTimelineEditor };
export type * from './editor/events.js';

if (!customElements.get('news-timeline-editor')) customElements.define('news-timeline-editor', NewsTimelineEditor);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-editor': NewsTimelineEditor;
  }
}
