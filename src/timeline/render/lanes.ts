/** Where marks sit in the chart's lanes: shared by the event templates (chart.ts) and the cluster layer. */
import type { Mark } from '../layout/frame.js';

export interface LaneGeometry {
  laneHeight: number;
  /** Row above the lanes for the publication label. */
  headerHeight: number;
}

/** Top (px) of a lane. */
export const laneTop = (g: LaneGeometry, lane: number) => g.headerHeight + lane * g.laneHeight;

/** Centre y of a lane's marks, from the lane's top: the label above, the mark below. */
export const markY = (g: LaneGeometry) => g.laneHeight - 11;

/** Screen x of a mark's group origin: a bar's (clipped) left end, a point's centre. */
export const originX = (mark: Mark) => (mark.shape === 'bar' ? mark.x0 : mark.cx);
