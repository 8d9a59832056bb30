/**
 * The toolbar (part `controls`), one row at any width: the story walk (previous, "event 3 of 9", next),
 * the visible range, zoom out, zoom in, fit, the list view toggle and the keys. A narrow element shows
 * shorter words and no range; every button keeps its accessible name.
 */

/** Below this width (px) the toolbar is narrow. */
export const NARROW_TOOLBAR = 520;
import { html, nothing, type TemplateResult } from 'lit';

export interface ControlsState {
  /** Index (0-based) of the selected event in time order, or null; and how many events there are. */
  position: number | null;
  total: number;
  canZoomOut: boolean;
  canZoomIn: boolean;
  listView: boolean;
  helpOpen: boolean;
  /** The element's width (px). */
  width: number;
  /** The visible window for people ('' in the list view). */
  range: string;
  number: (n: number) => string;
  onPrevious: () => void;
  onNext: () => void;
  onZoomOut: () => void;
  onZoomIn: () => void;
  onFit: () => void;
  onToggleView: () => void;
  onToggleHelp: () => void;
}

export function renderControls(state: ControlsState): TemplateResult {
  const { position, total, number } = state;
  const at =
    position === null
      ? html`${number(total)} event${total === 1 ? '' : 's'}`
      : html`<span class="wide">Event </span>${number(position + 1)} of ${number(total)}`;
  const narrow = state.width < NARROW_TOOLBAR;
  return html`<div
    class="controls${narrow ? ' narrow' : ''}"
    part="controls"
    role="group"
    aria-label="Timeline controls"
  >
    <div class="story" role="group" aria-label="Story">
      <button
        type="button"
        class="icon"
        aria-label="Previous event"
        title="Previous event (P)"
        ?disabled=${position === null || position === 0}
        @click=${state.onPrevious}
      >
        ‹
      </button>
      <span class="position" aria-live="polite">${at}</span>
      <button
        type="button"
        class="icon"
        aria-label="Next event"
        title="Next event (N)"
        ?disabled=${position !== null && position >= total - 1}
        @click=${state.onNext}
      >
        ›
      </button>
    </div>
    <span class="range" aria-live="off">${state.listView ? '' : state.range}</span>
    <button
      type="button"
      class="icon"
      aria-label="Zoom out"
      title="Zoom out (−)"
      ?disabled=${!state.canZoomOut || state.listView}
      @click=${state.onZoomOut}
    >
      −
    </button>
    <button
      type="button"
      class="icon"
      aria-label="Zoom in"
      title="Zoom in (+)"
      ?disabled=${!state.canZoomIn || state.listView}
      @click=${state.onZoomIn}
    >
      +
    </button>
    <button type="button" title="Show all events (0)" ?disabled=${state.listView} @click=${state.onFit}>Fit</button>
    <button
      type="button"
      aria-label="List view"
      aria-pressed=${state.listView ? 'true' : 'false'}
      @click=${state.onToggleView}
    >
      List<span class="wide"> view</span>
    </button>
    <button
      type="button"
      class="icon"
      aria-label="Keyboard shortcuts"
      title="Keyboard shortcuts (?)"
      aria-expanded=${state.helpOpen ? 'true' : 'false'}
      aria-controls=${state.helpOpen ? 'key-help' : nothing}
      @click=${state.onToggleHelp}
    >
      ?
    </button>
  </div>`;
}
