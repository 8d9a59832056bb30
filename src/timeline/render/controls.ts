/** The toolbar (part `controls`): zoom out, zoom in, fit, the visible range, and the list view toggle. */
import { html, type TemplateResult } from 'lit';

export interface ControlsState {
  canZoomOut: boolean;
  canZoomIn: boolean;
  listView: boolean;
  /** The visible window for people ('' in the list view). */
  range: string;
  onZoomOut: () => void;
  onZoomIn: () => void;
  onFit: () => void;
  onToggleView: () => void;
}

export function renderControls(state: ControlsState): TemplateResult {
  return html`<div class="controls" part="controls" role="group" aria-label="Timeline controls">
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
    <span class="range" aria-live="off">${state.listView ? '' : state.range}</span>
    <button type="button" aria-pressed=${state.listView ? 'true' : 'false'} @click=${state.onToggleView}>
      List view
    </button>
  </div>`;
}
