import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import type { EventList } from '../extract/types.js';

/**
 * A zoomable timeline of the events of a news article.
 *
 * @tag news-timeline
 */
export class NewsTimeline extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** The event list to draw. */
  @property({ attribute: false }) data: EventList | null = null;

  override render() {
    return html`<p>${this.data ? `${this.data.timexes.length} time phrases` : 'No data'}</p>`;
  }
}
