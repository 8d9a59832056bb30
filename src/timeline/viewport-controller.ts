/**
 * The chart's viewport as a Lit ReactiveController: its width (a ResizeObserver), the lane height read
 * from `--news-timeline-lane-height`, how many lanes, and the base scale and zoom limits those give.
 * Custom properties are read on the first update and on resize, never per zoom frame (a style read
 * forces style recalculation).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedTimeline } from './layout/prepare.js';
import { baseScale, fitDomain, zoomScaleExtent, type TimeScale } from './layout/scale.js';
import { lanesFor } from './notes.js';
import { AXIS_HEIGHT, HEADER_HEIGHT, LANE_HEIGHT, MIN_LANE_HEIGHT } from './metrics.js';
import { chartHeight, type ChartGeometry } from './render/chart.js';

export class ViewportController implements ReactiveController {
  /** Width of the chart (px). */
  width = 0;
  laneHeight = LANE_HEIGHT;
  /** Rows of labels: one per event, up to the host's max-lanes, so the height does not jump while zooming. */
  lanes = 2;
  /** Time → px with everything fitted (k = 1); null while there is nothing to draw. */
  base: TimeScale | null = null;
  /** d3-zoom's scale extent for the base: about an hour to two centuries visible. */
  scaleExtent: [number, number] = [1, 1];

  #observer: ResizeObserver | null = null;
  #resizeFrame = 0;
  #fontFamily = '';
  #drawn = { model: null as PreparedTimeline | null, width: 0, laneHeight: 0, maxLanes: 0 };

  /** @param onFontChange the chart font changed: text widths measured so far are stale */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onFontChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      // Redraw in the next frame: a redraw inside the observer callback changes the host's height in
      // the same frame ("ResizeObserver loop completed with undelivered notifications").
      cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => {
        if (width > 0 && width !== this.width) {
          this.width = width;
          this.host.requestUpdate();
        }
      });
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#resizeFrame);
  }

  /**
   * Brings the base scale, limits and lanes up to date with the model, width, lane height and
   * max-lanes; true when they changed (the caller then keeps or chooses the window).
   */
  update(model: PreparedTimeline | null, maxLanes: number): boolean {
    const first = !this.width;
    if (first) this.width = Math.floor(this.host.clientWidth) || 640;
    if (first || this.width !== this.#drawn.width) this.#readMetrics();
    if (!model?.extent) {
      this.base = null;
      this.#drawn.model = null;
      return false;
    }
    const lanes = lanesFor(maxLanes);
    const drawn = this.#drawn;
    if (
      this.base &&
      drawn.model === model &&
      drawn.width === this.width &&
      drawn.laneHeight === this.laneHeight &&
      drawn.maxLanes === lanes
    )
      return false;
    this.#drawn = { model, width: this.width, laneHeight: this.laneHeight, maxLanes: lanes };
    const domain = fitDomain(model.extent);
    this.base = baseScale(domain, this.width);
    this.scaleExtent = zoomScaleExtent(domain);
    this.lanes = Math.min(Math.max(model.events.length, 2), lanes);
    return true;
  }

  #readMetrics(): void {
    const style = getComputedStyle(this.host);
    const lane = parseFloat(style.getPropertyValue('--news-timeline-lane-height'));
    this.laneHeight = Number.isFinite(lane) ? Math.max(lane, MIN_LANE_HEIGHT) : LANE_HEIGHT;
    const font = style.fontFamily;
    if (font !== this.#fontFamily) {
      this.#fontFamily = font;
      this.onFontChange();
    }
  }

  /**
   * Keeps only the lanes the first views use (at least two). The current frame stays as laid out:
   * first-fit packing never passes over an empty lane, so with fewer lanes it would have been the same.
   */
  fitLanes(used: number): void {
    this.lanes = Math.min(this.lanes, Math.max(2, used));
  }

  geometry(): ChartGeometry {
    return {
      width: this.width,
      laneHeight: this.laneHeight,
      lanes: this.lanes,
      headerHeight: HEADER_HEIGHT,
      axisHeight: AXIS_HEIGHT,
    };
  }

  /** The chart's size (px): header, lanes, axis. */
  chartSize(): { width: number; height: number } {
    return { width: this.width, height: chartHeight(this.geometry()) };
  }
}
