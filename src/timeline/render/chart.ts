/**
 * The SVG of one frame: grid, publication marker, marks in lanes, axis, and the full label of the
 * hovered/focused mark. Article text reaches the DOM only through Lit text bindings.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ClusterMark, EventMark, FrameLayout, Mark } from '../layout/frame.js';
import { CLUSTER_RADIUS, POINT_RADIUS } from '../layout/frame.js';
import { eventKey } from '../layout/prepare.js';

export interface ChartGeometry {
  width: number;
  laneHeight: number;
  lanes: number;
  /** Row above the lanes for the publication label. */
  headerHeight: number;
  axisHeight: number;
}

export interface ChartState {
  selectedIndex: number | null;
  activeIndex: number | null;
  hoverKey: string | null;
  setSize: number;
  publishedLabel: string | null;
  describe: (mark: EventMark) => string;
  measure: (text: string) => number;
  compactCount: (n: number) => string;
}

export function chartHeight(g: ChartGeometry): number {
  return g.headerHeight + g.lanes * g.laneHeight + g.axisHeight;
}

const laneTop = (g: ChartGeometry, lane: number) => g.headerHeight + lane * g.laneHeight;

/** A gradient in screen space so soft edges stay where the real edges are, however the bar is clipped. */
function softGradient(mark: EventMark, frame: FrameLayout, selected: boolean): SVGTemplateResult | typeof nothing {
  const e = mark.event;
  if (mark.shape !== 'bar' || (!e.softStart && !e.softEnd)) return nothing;
  const span = Math.max(e.end - e.start, 1);
  const edge = Math.min(0.5, e.softSpan / span);
  const x1 = frame.scaleA * e.start + frame.scaleB;
  const x2 = frame.scaleA * e.end + frame.scaleB;
  const cls = selected ? 'stop selected' : 'stop';
  return svg`<linearGradient id=${`soft-${eventKey(e.index)}`} gradientUnits="userSpaceOnUse" x1=${x1} x2=${x2} y1="0" y2="0">
    <stop class=${cls} offset="0" stop-opacity=${e.softStart ? 0.06 : 1}></stop>
    <stop class=${cls} offset=${e.softStart ? edge : 0} stop-opacity="1"></stop>
    <stop class=${cls} offset=${e.softEnd ? 1 - edge : 1} stop-opacity="1"></stop>
    <stop class=${cls} offset="1" stop-opacity=${e.softEnd ? 0.06 : 1}></stop>
  </linearGradient>`;
}

function eventMark(mark: EventMark, frame: FrameLayout, g: ChartGeometry, state: ChartState): SVGTemplateResult {
  const e = mark.event;
  const selected = state.selectedIndex === e.index;
  const active = state.activeIndex === e.index;
  const top = laneTop(g, mark.lane);
  const markY = top + g.laneHeight - 11;
  const classes = `event${selected ? ' selected' : ''}${active ? ' active' : ''}${e.ongoing ? ' ongoing' : ''}`;
  const markLeft = mark.shape === 'bar' ? mark.x0 : mark.cx - POINT_RADIUS;
  const ringX = Math.max(Math.min(markLeft, mark.labelX), 2);
  const ringRight = Math.min(
    Math.max(mark.shape === 'bar' ? mark.x1 : mark.cx + POINT_RADIUS, mark.labelX + mark.labelWidth),
    g.width - 2,
  );
  return svg`<g
    class=${classes}
    id=${eventKey(e.index)}
    role="option"
    part="event"
    aria-selected=${selected ? 'true' : 'false'}
    aria-posinset=${e.index + 1}
    aria-setsize=${state.setSize}
    aria-label=${state.describe(mark)}
    data-index=${e.index}
  >
    ${
      // Only the active event carries a focus ring (shown while the chart has keyboard focus).
      active
        ? svg`<rect class="ring" x=${ringX - 2} y=${top + 1} width=${Math.max(ringRight - ringX + 4, 14)} height=${g.laneHeight - 2} rx="4"></rect>`
        : nothing
    }
    ${
      mark.shape === 'bar'
        ? svg`${softGradient(mark, frame, selected)}<rect class="mark bar" x=${mark.x0} y=${markY - 4} width=${Math.max(mark.x1 - mark.x0, 2)} height="8" rx="3" fill=${e.softStart || e.softEnd ? `url(#soft-${eventKey(e.index)})` : nothing}></rect>
          ${e.ongoing ? svg`<line class="cap" x1=${mark.x1} x2=${mark.x1} y1=${markY - 7} y2=${markY + 7}></line>` : nothing}`
        : svg`<circle class="mark point" cx=${mark.cx} cy=${markY} r=${selected || active ? POINT_RADIUS + 1 : POINT_RADIUS}></circle>`
    }
    ${mark.label ? svg`<text class="label halo" part="event-label" x=${mark.labelX} y=${top + 13}>${mark.label}</text>` : nothing}
  </g>`;
}

function clusterMark(mark: ClusterMark, g: ChartGeometry, state: ChartState): SVGTemplateResult {
  const top = laneTop(g, mark.lane);
  const markY = top + g.laneHeight - 11;
  const count = state.compactCount(mark.members.length);
  return svg`<g class="cluster" part="cluster" aria-hidden="true" data-cluster=${mark.key}>
    ${
      mark.shape === 'bar'
        ? svg`<rect class="mark bar" x=${mark.x0} y=${markY - 5} width=${Math.max(mark.x1 - mark.x0, 2)} height="10" rx="4"></rect>
          <circle class="mark" cx=${Math.max(mark.x0, 0) + CLUSTER_RADIUS} cy=${markY} r=${CLUSTER_RADIUS}></circle>
          <text class="count" x=${Math.max(mark.x0, 0) + CLUSTER_RADIUS} y=${markY + 3.5} text-anchor="middle">${count}</text>`
        : svg`<circle class="mark" cx=${mark.cx} cy=${markY} r=${CLUSTER_RADIUS}></circle>
          <text class="count" x=${mark.cx} y=${markY + 3.5} text-anchor="middle">${count}</text>`
    }
    ${mark.label ? svg`<text class="label halo" part="event-label" x=${mark.labelX} y=${top + 13}>${mark.label}</text>` : nothing}
  </g>`;
}

function axis(frame: FrameLayout, g: ChartGeometry, state: ChartState): SVGTemplateResult {
  const y = g.headerHeight + g.lanes * g.laneHeight;
  const { ticks, context } = frame.axis;
  // The pinned context label (period containing the left edge) gives way to the next boundary's label.
  const shown = context.filter((c, i) => {
    if (i > 0) return c.x >= 0 && c.x <= g.width;
    const next = context[1];
    return !next || next.x > state.measure(c.label) + 16;
  });
  return svg`<g class="axis" part="axis" aria-hidden="true">
    <line class="baseline" x1="0" x2=${g.width} y1=${y + 0.5} y2=${y + 0.5}></line>
    ${ticks.map(
      (t) => svg`
        <line x1=${t.x} x2=${t.x} y1=${y} y2=${y + (t.major ? 8 : 5)}></line>
        ${t.x + 3 + state.measure(t.label) <= g.width ? svg`<text class="tick" x=${t.x + 3} y=${y + 17}>${t.label}</text>` : nothing}
      `,
    )}
    <g class="context">
      ${shown.map((c) => svg`<text class="halo" x=${Math.max(c.x, 0) + 3} y=${y + 35}>${c.label}</text>`)}
    </g>
  </g>`;
}

function grid(frame: FrameLayout, g: ChartGeometry): SVGTemplateResult {
  const bottom = g.headerHeight + g.lanes * g.laneHeight;
  return svg`<g class="grid" aria-hidden="true">
    ${frame.axis.ticks.map(
      (t) =>
        svg`<line class=${t.major ? 'major' : ''} x1=${t.x} x2=${t.x} y1=${g.headerHeight - 4} y2=${bottom}></line>`,
    )}
  </g>`;
}

function published(frame: FrameLayout, g: ChartGeometry, state: ChartState): SVGTemplateResult | typeof nothing {
  if (frame.publishedX === null || !state.publishedLabel) return nothing;
  const x = frame.publishedX;
  const width = state.measure(state.publishedLabel) * 0.92;
  const anchorEnd = x + width + 6 > g.width;
  return svg`<g class="published" part="published-marker" aria-hidden="true">
    <line x1=${x} x2=${x} y1=${4} y2=${g.headerHeight + g.lanes * g.laneHeight}></line>
    <text class="halo" x=${anchorEnd ? x - 4 : x + 4} y="13" text-anchor=${anchorEnd ? 'end' : 'start'}>${state.publishedLabel}</text>
  </g>`;
}

/** Full text of a shortened label, drawn over the marks while its mark is hovered or focused. */
function tooltip(marks: Mark[], g: ChartGeometry, state: ChartState): SVGTemplateResult | typeof nothing {
  const mark = marks.find(
    (m) =>
      m.truncated &&
      (m.key === state.hoverKey ||
        (m.type === 'event' && m.event.index === state.activeIndex && state.hoverKey === null)),
  );
  if (!mark) return nothing;
  const width = state.measure(mark.fullLabel) + 12;
  const x = Math.max(0, Math.min(mark.labelX - 6, g.width - width));
  const top = laneTop(g, mark.lane);
  return svg`<g class="tooltip" aria-hidden="true">
    <rect x=${x} y=${top} width=${width} height="18" rx="4"></rect>
    <text x=${x + 6} y=${top + 13}>${mark.fullLabel}</text>
  </g>`;
}

export function renderChart(frame: FrameLayout, g: ChartGeometry, state: ChartState): TemplateResult {
  const height = chartHeight(g);
  return html`<svg width=${g.width} height=${height} viewBox=${`0 0 ${g.width} ${height}`} role="none">
    ${grid(frame, g)} ${published(frame, g, state)}
    <g class="marks" role="none">
      ${repeat(
        frame.marks,
        (m) => m.key,
        (m) => (m.type === 'event' ? eventMark(m, frame, g, state) : clusterMark(m, g, state)),
      )}
    </g>
    ${axis(frame, g, state)} ${tooltip(frame.marks, g, state)}
  </svg>`;
}
