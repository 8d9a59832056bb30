/** The editor element's DOM events: names, detail shapes, and their GlobalEventHandlersEventMap typings. */
import type { EventList, TimelineEvent } from '../extract/types.js';
import type { DroppedEdit } from './types.js';

export interface NewsTimelineEditorChangeDetail {
  /** The corrected EventList (version 2, with provenance), as it stands after the step. */
  list: EventList;
  /** What happened, for people: "Label changed", "Undone: Label changed", "Edits discarded", "Draft restored". */
  action: string;
  /** Edits in the draft (after the step). */
  edits: number;
  canUndo: boolean;
  canRedo: boolean;
}

export interface NewsTimelineEditorDroppedDetail {
  /** Edits that no longer apply to the article's new text, and why. */
  dropped: DroppedEdit[];
}

export interface NewsTimelineEditorSelectDetail {
  /** The event whose editing form opened (as the corrected list has it), or null when it closed. */
  event: TimelineEvent | null;
}

export type NewsTimelineEditorChangeEvent = CustomEvent<NewsTimelineEditorChangeDetail>;
export type NewsTimelineEditorDroppedEvent = CustomEvent<NewsTimelineEditorDroppedDetail>;
export type NewsTimelineEditorSelectEvent = CustomEvent<NewsTimelineEditorSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-editor-change': NewsTimelineEditorChangeEvent;
    'news-timeline-editor-dropped': NewsTimelineEditorDroppedEvent;
    'news-timeline-editor-select': NewsTimelineEditorSelectEvent;
  }
}
