/** The element's DOM events: names, detail shapes, and their GlobalEventHandlersEventMap typings. */
import type { TimelineEvent } from '../extract/types.js';

export interface NewsTimelineSelectDetail {
  /**
   * The selected event as given in the EventList, or null when the selection was cleared. In a story, the
   * event as drawn: its id is the StoryEventList event's (`el.storyList`), its sentence the first report's.
   */
  event: TimelineEvent | null;
}

export interface NewsTimelineHoverDetail {
  /**
   * The event under the pointer, else the keyboard-active event while the chart has focus (as given in
   * the EventList), or null when neither.
   */
  event: TimelineEvent | null;
}

export interface NewsTimelineZoomDetail {
  /** Visible window, floating ISO (`YYYY-MM-DDTHH:mm`, UTC). */
  from: string;
  to: string;
}

export type NewsTimelineErrorKind =
  'fetch' | 'json' | 'validation' | 'skipped-events' | 'extraction' | 'render' | 'attribute';

export interface NewsTimelineErrorDetail {
  kind: NewsTimelineErrorKind;
  /** For people: what was wrong. */
  message: string;
  /** Field at fault: `events[3].label` for validation errors, the attribute (`max-lanes`) for kind `attribute`. */
  field?: string;
  /**
   * Events left out because they cannot be drawn (kind `skipped-events`: the rest are drawn; the message
   * says why, and counts time phrases that cannot be marked too).
   */
  skipped?: number;
  /** False when the timeline still draws (skipped events); true when it shows the error state. */
  fatal: boolean;
}

export type NewsTimelineSelectEvent = CustomEvent<NewsTimelineSelectDetail>;
export type NewsTimelineZoomEvent = CustomEvent<NewsTimelineZoomDetail>;
export type NewsTimelineHoverEvent = CustomEvent<NewsTimelineHoverDetail>;
export type NewsTimelineErrorEvent = CustomEvent<NewsTimelineErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-select': NewsTimelineSelectEvent;
    'news-timeline-zoom': NewsTimelineZoomEvent;
    'news-timeline-hover': NewsTimelineHoverEvent;
    'news-timeline-error': NewsTimelineErrorEvent;
  }
}
