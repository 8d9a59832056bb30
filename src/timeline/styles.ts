/**
 * Styles of `<news-timeline>`, on the theme it shares with the editor (theme.ts: the public
 * `--news-timeline-*` custom properties, their light and dark defaults, resolved once into `--_*` variables).
 * Static styles are adopted stylesheets, which a strict CSP allows. Sizes the layout code also uses come from
 * metrics.ts.
 */
import { css } from 'lit';
import { CHART_FONT_SIZE, EDGE_MARKER_PADDING, HEADER_HEIGHT } from './metrics.js';
import { themeStyles } from './theme.js';

export const timelineStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      position: relative;
      line-height: 1.4;
    }

    /* Controls: one row at any width */
    .controls {
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 6px 0;
    }
    .controls .story {
      display: flex;
      align-items: center;
      gap: 4px;
      margin-right: auto;
    }
    .controls .position {
      min-width: 4.5em;
      text-align: center;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .controls .range {
      flex: 0 1 auto;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
      margin-right: 6px;
    }
    /* A narrow element (class set from its width, not the page's): shorter words, no range. */
    .controls.narrow {
      gap: 4px;
    }
    .controls.narrow .range,
    .controls.narrow .wide {
      display: none;
    }
    .controls.narrow .position {
      min-width: 3.2em;
    }
    .controls.narrow button {
      padding: 3px 7px;
    }
    .controls.narrow .icon {
      min-width: 30px;
    }
    button {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid var(--_grid);
      border-radius: var(--_radius);
      padding: 3px 10px;
      min-height: 30px;
      min-width: 30px;
      cursor: pointer;
    }
    button:hover {
      border-color: var(--_muted);
    }
    button:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    button[aria-pressed='true'] {
      background: var(--_grid);
    }
    button:disabled {
      opacity: 0.5;
      cursor: default;
    }
    .icon {
      font-weight: 600;
      min-width: 34px;
    }

    /* Chart */
    .chart-frame {
      position: relative;
      /* Pinch and drag zoom and pan the time axis; the page still scrolls vertically. */
      touch-action: pan-y;
    }
    .chart {
      position: relative;
      display: block;
      width: 100%;
      cursor: grab;
      user-select: none;
      -webkit-user-select: none;
      border-radius: var(--_radius);
      outline: none;
    }
    .chart:active {
      cursor: grabbing;
    }
    .chart:focus-visible {
      box-shadow: 0 0 0 2px var(--_focus);
    }
    svg {
      display: block;
      overflow: hidden;
    }
    text {
      fill: var(--_fg);
      font-size: ${CHART_FONT_SIZE}px;
    }
    .halo {
      paint-order: stroke;
      stroke: var(--_bg);
      stroke-width: 4px;
      stroke-linejoin: round;
    }
    .grid path {
      fill: none;
      stroke: var(--_grid);
      stroke-width: 1;
    }
    .grid path.major {
      stroke: var(--_muted);
      stroke-opacity: 0.45;
    }
    .axis .baseline {
      stroke: var(--_muted);
    }
    .axis line,
    .axis .ticks {
      fill: none;
      stroke: var(--_muted);
    }
    .axis text {
      fill: var(--_muted);
      font-size: 11px;
      font-variant-numeric: tabular-nums;
    }
    .axis .context text {
      fill: var(--_fg);
      font-weight: 600;
    }
    .published line {
      stroke: var(--_published);
      stroke-width: 1.5;
      stroke-dasharray: 4 3;
    }
    .published text {
      fill: var(--_published);
      font-size: 11px;
      font-weight: 600;
    }
    .event {
      cursor: pointer;
      /* The whole mark-and-label box takes clicks and hover (no invisible hit rectangles to lay out). */
      pointer-events: bounding-box;
    }
    .event .mark:not([fill]) {
      fill: var(--_event);
    }
    .event .point {
      stroke: var(--_bg);
      stroke-width: 1.5;
    }
    .event.selected .mark:not([fill]) {
      fill: var(--_selected);
    }
    .event.selected text {
      fill: var(--_selected);
    }
    .event.background {
      opacity: var(--news-timeline-background-event-opacity, 0.5);
    }
    .event .ring {
      fill: none;
      stroke: none;
    }
    .chart:focus-visible .event.active .ring {
      stroke: var(--_focus);
      stroke-width: 2;
    }
    .event.ongoing .cap {
      stroke: var(--_event);
      stroke-width: 2;
    }
    .stop {
      stop-color: var(--_event);
    }
    .stop.selected {
      stop-color: var(--_selected);
    }
    .cluster {
      cursor: zoom-in;
      pointer-events: bounding-box;
    }
    .cluster .mark {
      fill: var(--_cluster);
    }
    .cluster .bar {
      fill-opacity: 0.55;
    }
    .cluster .count {
      fill: var(--_cluster-text);
      font-size: 10px;
      font-weight: 700;
    }
    .cluster text.label {
      fill: var(--_muted);
    }
    .hover-box {
      /* Over the marks, never in the way of the pointer or the wheel. */
      pointer-events: none;
    }
    .hover-box rect {
      fill: var(--_bg);
      stroke: var(--_muted);
      stroke-width: 1;
    }
    .edge {
      position: absolute;
      top: 0;
      height: ${HEADER_HEIGHT - 2}px;
      min-height: 0;
      padding: 0 ${EDGE_MARKER_PADDING}px;
      border-width: 1px;
      font-size: ${CHART_FONT_SIZE}px;
      line-height: 1;
      color: var(--_event);
      background: var(--_bg);
      border-color: var(--_grid);
      white-space: nowrap;
    }
    .edge.earlier {
      left: 0;
    }
    .edge.later {
      right: 0;
    }

    /* States, notes */
    .state {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      gap: 8px;
      min-height: 120px;
      padding: 16px;
      border: 1px dashed var(--_grid);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
    .state.error {
      border-style: solid;
      border-color: var(--_published);
      color: var(--_fg);
    }
    .state .title {
      font-weight: 600;
      color: var(--_fg);
      margin: 0;
    }
    .state p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .spinner {
      width: 18px;
      height: 18px;
      border: 2px solid var(--_grid);
      border-top-color: var(--_event);
      border-radius: 50%;
      animation: spin 0.9s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }
    .note {
      margin: 4px 0;
      padding: 4px 8px;
      border-left: 3px solid var(--_published);
      color: var(--_fg);
      font-size: 0.92em;
    }

    /* Details */
    .details {
      margin-top: 8px;
      padding: 10px 12px;
      border: 1px solid var(--_grid);
      border-radius: var(--_radius);
      min-height: 3em;
    }
    .details .title {
      margin: 0 0 2px;
      font-size: 1.08em;
      font-weight: 700;
      line-height: 1.3;
    }
    .details .when {
      margin: 0 0 2px;
      color: var(--_selected);
      font-weight: 600;
    }
    .details .tag {
      margin: 0;
      color: var(--_muted);
      font-size: 0.92em;
      font-style: italic;
    }
    .details blockquote {
      margin: 8px 0 0;
      padding-left: 10px;
      border-left: 3px solid var(--_grid);
      overflow-wrap: anywhere;
    }
    .details mark {
      background: var(--_mark);
      color: inherit;
      padding: 0 2px;
      border-radius: 2px;
    }
    .details .why {
      margin: 0;
      color: var(--_muted);
      font-size: 0.92em;
    }

    .details .hint {
      margin: 0;
      color: var(--_muted);
    }
    .details .head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px;
    }
    .details .head > div {
      flex: 1 1 auto;
      min-width: 0;
    }
    .details .head > button {
      flex: none;
    }

    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
  `,
];
