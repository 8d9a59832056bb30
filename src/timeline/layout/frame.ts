/**
 * One frame of the timeline: which marks to draw for the visible window at this zoom, where, in which
 * lane, with which (possibly shortened) label. Pure: (model, width, transform) in, plain objects out
 * (with `deferClustering`, also which cluster levels are cached).
 *
 * Cost per frame is linear in the clusters overlapping the window (clusters.ts: a grid per zoom level,
 * so clusters do not flicker while panning and split as you zoom in; wide windows read a cached index
 * of the level), and the output is bounded by the width: lanes are capped (a mark that finds no lane
 * joins its neighbour's cluster).
 *
 * Labels follow two rules. A label is drawn only with its mark: a mark outside the view (a pinned event
 * scrolled away, a mark left of the edge) has none. And an event mark in view never loses its label: a
 * label is shortened with an ellipsis to the room its lane leaves, and where not even its first word
 * would fit, the mark joins its neighbour's cluster instead (a cluster's count is in its badge, so its
 * label may be left out).
 */
import { ELLIPSIS, truncateLabel, type MeasureText } from './labels.js';
import { clustersInWindow, levelToDraw, zoomLevel } from './clusters.js';
import { eventKey, type PreparedEvent, type PreparedTimeline } from './prepare.js';
import { screenMapping, type TimeScale, type ZoomState } from './scale.js';
import { axisTicks, type AxisTicks } from './ticks.js';

export type { ZoomState } from './scale.js';

export interface FrameOptions {
  /** Most lanes to use (rows of labels). */
  lanes: number;
  measure: MeasureText;
  /** Event indexes always drawn on their own (the focused and the selected event). */
  pinned?: ReadonlySet<number>;
  lang: string;
  /** Grid cell (px, at the zoom level's scale) within which events merge into a cluster. */
  clusterPx?: number;
  /** Space kept between neighbours in a lane (px). */
  gap?: number;
  /** Labels longer than this are shortened (px). */
  maxLabelWidth?: number;
  /**
   * End of a cluster's label, after its earliest event's label: `others => " and 11 more"`. A reader
   * learns what happened from a label; the count alone is already in the cluster's badge.
   */
  clusterSuffix?: (others: number) => string;
  /**
   * Draw the nearest coarser cached level's clusters when this zoom level's would take clustering
   * thousands of events (`levelToDraw`, clusters.ts), and say so in `refine`. The frame then depends
   * on which levels are cached; without this option it depends on its inputs only.
   */
  deferClustering?: boolean;
}

export type MarkShape = 'point' | 'bar';

interface MarkBase {
  key: string;
  shape: MarkShape;
  /** Start, end (ms) of what the mark covers. */
  start: number;
  end: number;
  /** Point centre (px). */
  cx: number;
  /** Bar extent (px), clipped a little outside the view. */
  x0: number;
  x1: number;
  lane: number;
  /** Label as drawn ('' when there is no room), its x and width (px), and the whole label. */
  label: string;
  labelX: number;
  labelWidth: number;
  fullLabel: string;
  truncated: boolean;
}

export interface EventMark extends MarkBase {
  type: 'event';
  event: PreparedEvent;
}

export interface ClusterMark extends MarkBase {
  type: 'cluster';
  /** The events it stands for: the earliest first, the rest in no particular order. */
  members: PreparedEvent[];
  /** Centre x (px) of the badge with the count: a point's centre, or a bar's left end kept in view. */
  badgeX: number;
}

export type Mark = EventMark | ClusterMark;

export interface FrameLayout {
  width: number;
  /** Visible domain (ms). */
  from: number;
  to: number;
  /** screen x = scaleA * t + scaleB */
  scaleA: number;
  scaleB: number;
  marks: Mark[];
  lanesUsed: number;
  axis: AxisTicks;
  publishedX: number | null;
  /** Zoom level of the clusters drawn (clusters.ts). */
  clusterLevel: number;
  /**
   * Set when the clusters drawn are a coarser level's (`deferClustering`): the level and window to
   * prepare (`prepareLevel`) before drawing this frame again.
   */
  refine: { level: number; clusterPx: number; from: number; to: number } | null;
}

export const POINT_RADIUS = 5;
export const CLUSTER_RADIUS = 10;
/** Half the height of the badge of an event several articles report (its count inside). */
export const REPORTS_RADIUS = 7;
/** Half the width of an event's point: a badge wide enough for its count where several articles report it. */
export const pointHalfWidth = (e: PreparedEvent): number =>
  (e.reports ?? 1) > 1 ? 5 + 3 * String(e.reports).length : POINT_RADIUS;
/**
 * Default cluster cell: a cluster's badge and a gap. Events whose marks would touch merge; clusters in
 * neighbouring cells do not overlap in a lane (with 16 px cells, badges 20 px wide did, and filled
 * every lane with clusters at wide zooms).
 */
export const CLUSTER_PX = 2 * CLUSTER_RADIUS + 4;
/** Centre x of a cluster bar's badge: at the bar's left end, kept in view. */
const badgeCentre = (barStart: number) => Math.max(barStart, 0) + CLUSTER_RADIUS;
/** Below this width (px) an interval is drawn as a point at its middle. */
export const MIN_BAR_WIDTH = 10;
/**
 * Margin (px) left of the view whose events a frame still reads: a cluster's badge centred there shows
 * at the edge. Labels never reach in from further left (a label is drawn only with its mark).
 */
export const EDGE_MARGIN_PX = 2 * CLUSTER_RADIUS;

interface Unit {
  /** Shared with the cluster cache until `owned` (copied before a merge appends to it). */
  members: PreparedEvent[];
  owned: boolean;
  pinned: boolean;
  start: number;
  end: number;
  markStart: number;
  markEnd: number;
  /** Right edge of what is drawn: the mark, or a cluster's badge where it reaches further. */
  drawnEnd: number;
  labelX: number;
  /** A cluster's is '' until needed (`fullLabelOf`): merges change it, and most are never drawn. */
  fullLabel: string;
  /** NaN until needed (`fullWidthOf`). */
  fullWidth: number;
  label: string;
  labelWidth: number;
  extentEnd: number;
  lane: number;
  /** Drawn as a bar (else a point at `cx`), as geometry last found. */
  isBar: boolean;
  cx: number;
}

export function layoutFrame(
  model: PreparedTimeline,
  base: TimeScale,
  zoom: ZoomState,
  options: FrameOptions,
): FrameLayout {
  const width = base.range()[1];
  const { a, b, from, to } = screenMapping(base, zoom);
  const screen = (t: number) => a * t + b;
  const clusterPx = options.clusterPx ?? CLUSTER_PX;
  const gap = options.gap ?? 8;
  const maxLabelWidth = Math.min(options.maxLabelWidth ?? 280, width);
  const lanes = Math.max(1, Math.floor(options.lanes));
  const pinned = options.pinned ?? new Set<number>();
  const measure = options.measure;
  const clusterSuffix = options.clusterSuffix ?? ((n: number) => ` and ${n} more`);
  const suffixes = new Map<number, string>();
  const suffixOf = (others: number) => {
    let suffix = suffixes.get(others);
    if (suffix === undefined) suffixes.set(others, (suffix = clusterSuffix(others)));
    return suffix;
  };
  // A cluster's "Label of the earliest event and 4 more" (an event's full label is set by geometry).
  const fullLabelOf = (u: Unit) => {
    if (!u.fullLabel && u.members.length > 1) u.fullLabel = u.members[0].event.label + suffixOf(u.members.length - 1);
    return u.fullLabel;
  };
  // A cluster's width is its parts' (measured and cached apiece): its text is not built to be measured.
  const fullWidthOf = (u: Unit) => {
    if (Number.isNaN(u.fullWidth)) {
      const others = u.members.length - 1;
      const first = measure(u.members[0].event.label);
      u.fullWidth = others ? first + measure(suffixOf(others)) : first;
    }
    return u.fullWidth;
  };

  // Events just left of the view still count: their marks show at the edge.
  const level = zoomLevel(a);
  const windowFrom = from - EDGE_MARGIN_PX / a;
  const clusterLevel = options.deferClustering ? levelToDraw(model, level, clusterPx, windowFrom, to) : level;
  const groups = clustersInWindow(model, clusterLevel, clusterPx, windowFrom, to, pinned);

  const units: Unit[] = [];
  const addUnit = (members: PreparedEvent[], start: number, end: number, isPinned: boolean): Unit => {
    const unit: Unit = {
      members,
      owned: false,
      pinned: isPinned,
      start,
      end,
      markStart: 0,
      markEnd: 0,
      drawnEnd: 0,
      labelX: 0,
      fullLabel: '',
      fullWidth: NaN,
      label: '',
      labelWidth: 0,
      extentEnd: 0,
      lane: -1,
      isBar: false,
      cx: 0,
    };
    units.push(unit);
    return unit;
  };
  for (const g of groups) addUnit(g.members, g.start, g.end, false);
  // Pinned events are drawn on their own, even off-screen, so focus can always land on them.
  for (const index of pinned) {
    const e = model.events[index];
    if (!e) continue;
    addUnit([e], e.start, e.end, true);
  }

  // Whether any of a unit's mark is in the view (its geometry is set).
  const inView = (u: Unit) => u.markEnd >= 0 && u.markStart <= width;
  const geometry = (u: Unit) => {
    const sx = screen(u.start);
    const ex = screen(u.end);
    const isBar = ex - sx >= MIN_BAR_WIDTH;
    const r = u.members.length > 1 ? CLUSTER_RADIUS : pointHalfWidth(u.members[0]);
    const cx = (sx + ex) / 2;
    u.markStart = isBar ? sx : cx - r;
    u.markEnd = isBar ? ex : cx + r;
    // A cluster bar's badge sits at its left end, kept in view (chart.ts): on a bar shorter than the
    // badge, or one starting left of the view, it reaches past the bar's end. So does the badge of an
    // event bar several articles report.
    u.drawnEnd =
      isBar && (u.members.length > 1 || r > POINT_RADIUS)
        ? Math.max(ex, Math.max(sx, 0) + 2 * (u.members.length > 1 ? CLUSTER_RADIUS : r))
        : u.markEnd;
    const first = u.members[0].event.label;
    const others = u.members.length - 1;
    u.fullLabel = others ? '' : first;
    u.fullWidth = NaN;
    // Labels start at their mark; near the right edge they shift left to stay whole (but never off the
    // left). Only there does the label's width move it: most units are merged into clusters, whose
    // labels are drawn only where a lane has room, and a first frame meets hundreds of them.
    u.labelX =
      u.markStart > width - maxLabelWidth
        ? Math.max(0, Math.min(u.markStart, width - Math.min(fullWidthOf(u), maxLabelWidth)))
        : Math.max(0, u.markStart);
    const room = Math.min(maxLabelWidth, width - u.labelX);
    // A cluster's count is in its badge: its label ("Talks fail and 2 more") is drawn only where a lane
    // has room left (see finish), so clusters never push events' labels into other lanes. A mark out of
    // view has no label: it would stand at the edge without its mark.
    u.label = others || !inView(u) ? '' : room > 0 ? truncateLabel(first, room, measure) : '';
    u.labelWidth = u.label ? measure(u.label) : 0;
    u.extentEnd = Math.max(u.drawnEnd, u.labelX + u.labelWidth);
    u.isBar = isBar;
    u.cx = cx;
  };
  for (const u of units) geometry(u);
  const leftOf = (u: Unit) => Math.min(u.markStart, u.labelX);
  /** Whether shortening `u`'s label to `room` leaves it a label (or it needs none: a cluster, a blank label, out of view). */
  const keepsLabel = (u: Unit, room: number) =>
    u.members.length > 1 ||
    !u.label ||
    (room > measure(ELLIPSIS) * 2 && truncateLabel(fullLabelOf(u), room, measure) !== '');
  units.sort((p, q) => leftOf(p) - leftOf(q) || p.members[0].index - q.members[0].index);

  // Greedy interval packing, first fit; then shorten a neighbour's label; then merge into a cluster.
  const laneLast: (Unit | null)[] = new Array(lanes).fill(null);
  const placed: Unit[] = [];
  const shorten = (u: Unit, room: number) => {
    u.label = room > measure(ELLIPSIS) * 2 ? truncateLabel(fullLabelOf(u), room, measure) : '';
    u.labelWidth = u.label ? measure(u.label) : 0;
    u.extentEnd = Math.max(u.drawnEnd, u.labelX + u.labelWidth);
  };
  for (const u of units) {
    const left = Math.min(u.markStart, u.labelX);
    let lane = laneLast.findIndex((last) => !last || last.extentEnd + gap <= left);
    if (lane < 0) {
      // Lanes whose last mark ends before this one starts: only its label is in the way.
      let bestRoom = -Infinity;
      laneLast.forEach((last, l) => {
        if (last && last.drawnEnd + gap <= left) {
          const room = left - gap - last.labelX;
          if (room > bestRoom) {
            bestRoom = room;
            lane = l;
          }
        }
      });
      // Not at the cost of its label: then this mark joins a cluster below instead.
      if (lane >= 0 && !keepsLabel(laneLast[lane]!, bestRoom)) lane = -1;
      if (lane >= 0) shorten(laneLast[lane]!, bestRoom);
    }
    if (lane < 0 && !u.pinned) {
      // No room at all: join the cluster of the lane whose last mark ends first.
      let target = -1;
      laneLast.forEach((last, l) => {
        if (last && !last.pinned && (target < 0 || last.markEnd < laneLast[target]!.markEnd)) target = l;
      });
      if (target >= 0) {
        const into = laneLast[target]!;
        merge(into, u);
        geometry(into);
        continue;
      }
    }
    if (lane < 0) {
      // A pinned mark with no room: take the lane that frees up first and overlap (rare, and temporary).
      lane = 0;
      laneLast.forEach((last, l) => {
        if (last && laneLast[lane] && last.extentEnd < laneLast[lane]!.extentEnd) lane = l;
      });
    }
    u.lane = lane;
    laneLast[lane] = u;
    placed.push(u);
  }

  const clip = (px: number) => Math.min(Math.max(px, -20), width + 20);
  // A cluster's full label, its first part shortened to the room; '' when not even two words fit ("The… and
  // 1 more" names nothing: the badge shows the count).
  const clusterText = (u: Unit, room: number): string => {
    if (fullWidthOf(u) <= room) return fullLabelOf(u);
    const suffix = suffixOf(u.members.length - 1);
    const label = u.members[0].event.label;
    const first = truncateLabel(label, room - measure(suffix), measure);
    if (!first || (/\s/.test(label.trim()) && !/\s/.test(first.trim()))) return '';
    return first + suffix;
  };
  return finish();

  /** Moves `u`'s events into `into` (a cluster from then on). */
  function merge(into: Unit, u: Unit): void {
    if (!into.owned) {
      into.members = into.members.slice();
      into.owned = true;
    }
    const members = into.members;
    const at = members.length;
    for (const e of u.members) members.push(e);
    // The earliest first (a cluster is named after it): both lists have theirs first.
    if (members[at].index < members[0].index) [members[0], members[at]] = [members[at], members[0]];
    into.start = Math.min(into.start, u.start);
    into.end = Math.max(into.end, u.end);
  }

  function finish(): FrameLayout {
    // Re-apply shortening after any regrouping: each mark's label must end before the next mark in its
    // lane. A mark that would lose its label that way (or its mark would touch the next one) joins the
    // next mark's cluster, and the mark before it is looked at again.
    const byLane: Unit[][] = Array.from({ length: lanes }, () => []);
    for (const u of placed) byLane[u.lane].push(u);
    const out: Mark[] = [];
    let lanesUsed = 0;
    byLane.forEach((laneUnits, lane) => {
      for (const u of laneUnits) geometry(u);
      for (let i = 0; i < laneUnits.length - 1; i++) {
        const u = laneUnits[i];
        const next = laneUnits[i + 1];
        const nextLeft = leftOf(next);
        const room = nextLeft - gap - u.labelX;
        const crowded = u.drawnEnd + gap > nextLeft || (u.extentEnd + gap > nextLeft && !keepsLabel(u, room));
        if (crowded && !u.pinned && !next.pinned) {
          merge(next, u);
          geometry(next);
          laneUnits.splice(i, 1);
          // The merged mark may start further left: the mark before it is looked at again.
          i = Math.max(i - 2, -1);
          continue;
        }
        if (u.extentEnd + gap > nextLeft) shorten(u, room);
      }
      if (laneUnits.length) lanesUsed = lane + 1;
      laneUnits.forEach((u, i) => {
        const { isBar, cx } = u;
        const next = laneUnits[i + 1];
        if (u.members.length > 1) {
          const room = (next ? leftOf(next) - gap : width) - u.labelX;
          u.label = inView(u) ? clusterText(u, room) : '';
          u.labelWidth = u.label ? measure(u.label) : 0;
        }
        const fullLabel = fullLabelOf(u);
        const base = {
          key: u.members.length > 1 ? `c-${eventKey(u.members[0].index)}` : eventKey(u.members[0].index),
          shape: (isBar ? 'bar' : 'point') as MarkShape,
          start: u.start,
          end: u.end,
          cx,
          x0: clip(isBar ? u.markStart : cx),
          x1: clip(isBar ? u.markEnd : cx),
          lane,
          label: u.label,
          labelX: u.labelX,
          labelWidth: u.labelWidth,
          fullLabel,
          truncated: u.label !== fullLabel,
        };
        out.push(
          u.members.length > 1
            ? { ...base, type: 'cluster', members: u.members, badgeX: isBar ? badgeCentre(u.markStart) : cx }
            : { ...base, type: 'event', event: u.members[0] },
        );
      });
    });
    out.sort((p, q) => p.start - q.start || p.lane - q.lane);
    const published = model.published;
    return {
      width,
      from,
      to,
      scaleA: a,
      scaleB: b,
      marks: out,
      lanesUsed,
      axis: axisTicks(from, to, width, screen, options.lang, measure),
      publishedX: published !== null && published >= from && published <= to ? screen(published) : null,
      clusterLevel,
      refine: clusterLevel === level ? null : { level, clusterPx, from: windowFrom, to },
    };
  }
}
