/**
 * The SVG of one frame: grid, publication marker, marks in lanes, axis, and the full label of the
 * hovered/focused mark. Article text reaches the DOM only through Lit text bindings.
 *
 * Cost per zoom frame is what matters here (budget: 16 ms at 100,000 events). Each mark and each tick
 * is a group placed by a `transform`, with its children at local coordinates that rarely change:
 * Chromium updates a moved group without laying its text out again, whereas changing a `<text>`'s `x`
 * re-runs SVG text layout. Grid and tick lines are one `<path>` each. Marks are not keyed: a frame
 * reuses the previous frame's groups in order (zooming regroups clusters, so keyed groups were mostly
 * thrown away and cloned again). Events are one flat template in time order (the options of the
 * listbox), so a reused group only changes attributes; clusters, most of the marks of a dense timeline,
 * are updated in place by their own directive (cluster-layer.ts). A mark's label is part of its group,
 * empty when there is no room: a label coming and going would create and remove nodes in every zoom
 * frame.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ClusterMark, EventMark, FrameLayout, Mark } from '../layout/frame.js';
import { CLUSTER_RADIUS, pointHalfWidth, POINT_RADIUS } from '../layout/frame.js';
import { wrapLabel } from '../layout/labels.js';
import { eventKey, type PreparedEvent } from '../layout/prepare.js';
import { TICK_LABEL_OFFSET } from '../layout/ticks.js';
import { clusterLayer } from './cluster-layer.js';
import { laneTop, markY, originX, type LaneGeometry } from './lanes.js';

export interface ChartGeometry extends LaneGeometry {
  width: number;
  lanes: number;
  axisHeight: number;
}

export interface ChartState {
  selectedIndex: number | null;
  activeIndex: number | null;
  hoverKey: string | null;
  setSize: number;
  /** "Published 17 Oct 2016", and the date alone for when that does not fit. */
  publishedLabel: [long: string, short: string] | null;
  describe: (mark: EventMark) => string;
  /** Classes an event's group adds (in a story: the colour of its one source). */
  markClass?: (event: PreparedEvent) => string;
  /** A layer over the events' marks (in a story: the number of articles that report each). */
  badges?: (events: EventMark[], g: ChartGeometry) => SVGTemplateResult;
  measure: (text: string) => number;
  compactCount: (n: number) => string;
  /** Width (px) the edge markers take at the left and right of the header row. */
  edges: { left: number; right: number };
}

export function chartHeight(g: ChartGeometry): number {
  return g.headerHeight + g.lanes * g.laneHeight + g.axisHeight;
}

/**
 * A gradient in the bar's user space (the group's coordinates) so soft edges stay where the real edges
 * are, however the bar is clipped.
 */
function softGradient(mark: EventMark, frame: FrameLayout, selected: boolean, x: number): SVGTemplateResult {
  const e = mark.event;
  const span = Math.max(e.end - e.start, 1);
  const edge = Math.min(0.5, e.softSpan / span);
  const x1 = frame.scaleA * e.start + frame.scaleB - x;
  const x2 = frame.scaleA * e.end + frame.scaleB - x;
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
  const x = originX(mark);
  const centreY = markY(g);
  const bar = mark.shape === 'bar';
  const classes = `event${selected ? ' selected' : ''}${active ? ' active' : ''}${e.ongoing ? ' ongoing' : ''}${e.background ? ' background' : ''}${state.markClass?.(e) ?? ''}`;
  const half = pointHalfWidth(e);
  const markLeft = bar ? mark.x0 : mark.cx - half;
  const ringX = Math.max(Math.min(markLeft, mark.labelX), 2);
  const ringRight = Math.min(Math.max(bar ? mark.x1 : mark.cx + half, mark.labelX + mark.labelWidth), g.width - 2);
  // Only the active event's ring is drawn (visible while the chart has keyboard focus).
  const ring = active
    ? svg`<rect class="ring" x=${ringX - 2 - x} y="1" width=${Math.max(ringRight - ringX + 4, 14)} height=${g.laneHeight - 2} rx="4"></rect>`
    : nothing;
  const id = eventKey(e.index);
  const soft = bar && (e.softStart || e.softEnd);
  // Points and bars are the same element (a point is a round rect), so a group reused for the other
  // shape in the next frame only changes attributes.
  const r = selected || active ? POINT_RADIUS + 1 : POINT_RADIUS;
  const width = bar ? Math.max(mark.x1 - mark.x0, 2) : 2 * r;
  return svg`<g class=${classes} id=${id} role="option" part=${e.background ? 'event background-event' : 'event'} transform=${`translate(${x},${laneTop(g, mark.lane)})`} aria-selected=${selected ? 'true' : 'false'} aria-posinset=${e.index + 1} aria-setsize=${state.setSize} aria-label=${state.describe(mark)} data-index=${e.index} data-event-id=${e.event.id}>${ring}${soft ? softGradient(mark, frame, selected, x) : nothing}<rect class=${bar ? 'mark bar' : 'mark point'} x=${bar ? 0 : -r} y=${bar ? centreY - 4 : centreY - r} width=${width} height=${bar ? 8 : 2 * r} rx=${bar ? 3 : r} fill=${soft ? `url(#soft-${id})` : nothing}></rect>${bar && e.ongoing ? svg`<line class="cap" x1=${width} x2=${width} y1=${centreY - 7} y2=${centreY + 7}></line>` : nothing}<text class="label halo" part="event-label" x=${mark.labelX - x} y="13">${mark.label}</text></g>`;
}

/** Vertical segments at the ticks' x, as one path `d` (one element instead of one line per tick). */
function ticksPath(xs: number[], y1: number, y2: number): string {
  let d = '';
  for (const x of xs) d += `M${x} ${y1}V${y2}`;
  return d;
}

function axis(frame: FrameLayout, g: ChartGeometry, state: ChartState): SVGTemplateResult {
  const y = g.headerHeight + g.lanes * g.laneHeight;
  const { ticks, context } = frame.axis;
  // The pinned context label (period containing the left edge) gives way to the next boundary's label;
  // a boundary's label is drawn where it fits whole.
  const shown = context.filter((c, i) => {
    if (i > 0) return c.x >= 0 && c.x + TICK_LABEL_OFFSET + state.measure(c.label) <= g.width;
    const next = context[1];
    return !next || next.x > state.measure(c.label) + 16;
  });
  const minor = ticks.filter((t) => !t.major).map((t) => t.x);
  const major = ticks.filter((t) => t.major).map((t) => t.x);
  // Ticks whose labels would touch a neighbour's have none (ticks.ts).
  const labelled = ticks.filter((t) => t.label);
  return svg`<g class="axis" part="axis" aria-hidden="true">
    <line class="baseline" x1="0" x2=${g.width} y1=${y + 0.5} y2=${y + 0.5}></line>
    <path class="ticks" d=${ticksPath(minor, y, y + 5) + ticksPath(major, y, y + 8)}></path>
    ${labelled.map((t) => svg`<text class="tick" transform=${`translate(${t.x + TICK_LABEL_OFFSET},${y + 17})`}>${t.label}</text>`)}
    <g class="context">
      ${shown.map((c) => svg`<text class="halo" transform=${`translate(${Math.max(c.x, 0) + 3},${y + 35})`}>${c.label}</text>`)}
    </g>
  </g>`;
}

function grid(frame: FrameLayout, g: ChartGeometry): SVGTemplateResult {
  const bottom = g.headerHeight + g.lanes * g.laneHeight;
  const top = g.headerHeight - 4;
  const { ticks } = frame.axis;
  const minor = ticks.filter((t) => !t.major).map((t) => t.x);
  const major = ticks.filter((t) => t.major).map((t) => t.x);
  return svg`<g class="grid" aria-hidden="true">
    <path d=${ticksPath(minor, top, bottom)}></path>
    <path class="major" d=${ticksPath(major, top, bottom)}></path>
  </g>`;
}

/**
 * The publication line and its label, right of the line where there is room, else left of it, clear
 * of the edge markers; the date alone where the whole label does not fit, and no label where neither
 * does (the line stays).
 */
function published(frame: FrameLayout, g: ChartGeometry, state: ChartState): SVGTemplateResult | typeof nothing {
  if (frame.publishedX === null || !state.publishedLabel) return nothing;
  const x = frame.publishedX;
  const place = (text: string) => {
    // Published labels are 11px bold, about as wide as measured at the chart's 12px regular.
    const width = state.measure(text);
    const fits = (left: number) => left >= state.edges.left + 4 && left + width <= g.width - state.edges.right - 4;
    return fits(x + 4) ? 'right' : fits(x - 4 - width) ? 'left' : null;
  };
  const [long, short] = state.publishedLabel;
  const longSide = place(long);
  const text = longSide ? long : short;
  const side = longSide ?? place(short);
  const label = side
    ? svg`<text class="halo" x=${side === 'left' ? -4 : 4} y="13" text-anchor=${side === 'left' ? 'end' : 'start'}>${text}</text>`
    : nothing;
  return svg`<g class="published" part="published-marker" aria-hidden="true" transform=${`translate(${x},0)`}>
    <line x1="0" x2="0" y1=${4} y2=${g.headerHeight + g.lanes * g.laneHeight}></line>
    ${label}
  </g>`;
}

/** Line height (px) of the hover box's text. */
const HOVER_LINE = 15;

/**
 * The whole label of a shortened one, drawn over the marks while its mark is hovered or focused and in
 * view (never for a mark scrolled out of view). Wrapped to the chart's width, so a phone shows all of
 * it; it takes no pointer events, so the wheel and the pointer reach the marks under it.
 */
function hoverBox(marks: Mark[], g: ChartGeometry, state: ChartState): SVGTemplateResult | typeof nothing {
  const mark = marks.find(
    (m) =>
      m.truncated &&
      (m.key === state.hoverKey ||
        (m.type === 'event' && m.event.index === state.activeIndex && state.hoverKey === null)),
  );
  if (!mark) return nothing;
  const radius = mark.type === 'cluster' ? CLUSTER_RADIUS : POINT_RADIUS;
  const [left, right] = mark.shape === 'bar' ? [mark.x0, mark.x1] : [mark.cx - radius, mark.cx + radius];
  if (right < 0 || left > g.width) return nothing;
  const padding = 6;
  const lines = wrapLabel(mark.fullLabel, Math.max(g.width - 2 * padding - 2, 40), state.measure);
  const width = Math.min(Math.max(...lines.map(state.measure)) + 2 * padding, g.width);
  const height = lines.length * HOVER_LINE + 5;
  const x = Math.max(0, Math.min(mark.labelX - padding, g.width - width));
  const bottom = g.headerHeight + g.lanes * g.laneHeight;
  const y = Math.max(0, Math.min(laneTop(g, mark.lane), bottom - height));
  return svg`<g class="hover-box" aria-hidden="true">
    <rect x=${x} y=${y} width=${width} height=${height} rx="4"></rect>
    ${lines.map((line, i) => svg`<text x=${x + padding} y=${y + 13 + i * HOVER_LINE}>${line}</text>`)}
  </g>`;
}

export function renderChart(frame: FrameLayout, g: ChartGeometry, state: ChartState): TemplateResult {
  const height = chartHeight(g);
  const events: EventMark[] = [];
  const clusters: ClusterMark[] = [];
  for (const m of frame.marks) {
    if (m.type === 'event') events.push(m);
    else clusters.push(m);
  }
  return html`<svg width=${g.width} height=${height} viewBox=${`0 0 ${g.width} ${height}`} role="none">
    ${grid(frame, g)} ${published(frame, g, state)}
    <g class="clusters" aria-hidden="true" ${clusterLayer(clusters, g, state.compactCount)}></g>
    <g class="marks" role="none">${events.map((m) => eventMark(m, frame, g, state))}</g>
    ${state.badges?.(events, g) ?? nothing} ${axis(frame, g, state)} ${hoverBox(frame.marks, g, state)}
  </svg>`;
}
