/**
 * How zoom works, in one place: d3-zoom on the time axis as a Lit ReactiveController, and the zoom
 * state the frames draw.
 *
 * The behaviour is attached once to an element the host keeps across renders (the chart's frame, so
 * the wheel zooms over every part of the chart: marks, labels, cluster labels, edge markers). Gesture
 * updates (wheel, drag, pinch, double-click) are coalesced to one per animation frame; programmatic
 * ones (methods, buttons, keys, story steps) go through d3-zoom too, so a gesture and a method never
 * disagree about where the view is. The transform's y is pinned to 0 and its translation constrained
 * horizontally; the base scale (ViewportController) is never mutated.
 *
 * The state drawn is this controller's; d3-zoom's transform may be ahead of it by one frame during a
 * gesture. The state is pushed into d3-zoom only when it was set while d3-zoom could not take it (not
 * attached yet, or the chart was drawn anew): an update of the host in the middle of a gesture (a hover
 * box appearing under the pointer) never puts the view back where the last frame was.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { screenMapping, transformFor, type ZoomState } from './layout/scale.js';
import type { ViewportController } from './viewport-controller.js';

type Target = Element;

/** Changes of k or x smaller than this are no change (d3-zoom's arithmetic leaves such residues). */
const EPSILON = 1e-6;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * d3-zoom's default filter (no secondary buttons, ctrl only with the wheel), and no drag or double-click
 * starting on a control drawn over the chart (an edge marker): the wheel zooms over those too.
 */
function gestureFilter(event: Event & { ctrlKey?: boolean; button?: number }): boolean {
  if (event.type === 'wheel') return true;
  if (event.ctrlKey || event.button) return false;
  return !(event.target instanceof Element && event.target.closest('button'));
}

export class ZoomController implements ReactiveController {
  readonly #behavior: ZoomBehavior<Target, unknown>;
  #selection: Selection<Target, unknown, null, undefined> | null = null;
  #pending: ZoomTransform | null = null;
  #frame = 0;
  #state: ZoomState = { k: 1, x: 0 };
  /** The state was set while d3-zoom could not take it: pushed into d3-zoom after the next update. */
  #unsynced = true;
  #used = false;

  /**
   * @param target the element the behaviour goes on (kept by the host across renders; absent in the list view)
   * @param onGesture called once per frame in which the reader zoomed or panned by a gesture
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly viewport: ViewportController,
    private readonly target: () => Target | undefined,
    private readonly onGesture: () => void = () => {},
  ) {
    host.addController(this);
    this.#behavior = zoom<Target, unknown>()
      .filter(gestureFilter)
      .constrain((transform, extent, translateExtent) => {
        // d3's default constraint, on x only; y stays 0 so the lanes never scroll vertically.
        const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
        const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
        const shifted = transform.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), 0);
        return zoomIdentity.translate(shifted.x, 0).scale(shifted.k);
      })
      .on('zoom', (event: D3ZoomEvent<Target, unknown>) => this.#zoomed(event));
  }

  // ------------------------------------------------------------------ state

  /** The transform the frames draw. */
  get state(): ZoomState {
    return this.#state;
  }

  /** The current transform: d3-zoom's, which may be a frame ahead of the drawn one during a gesture. */
  get current(): ZoomState {
    const node = this.#selection?.node();
    if (!node || this.#unsynced) return this.#state;
    const t = (node as Target & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
    return { k: t.k, x: t.x };
  }

  /** The visible window (ms) of the current transform, or null before there is a scale. */
  window(): [number, number] | null {
    const base = this.viewport.base;
    if (!base) return null;
    const { from, to } = screenMapping(base, this.current);
    return [from, to];
  }

  /** Whether the reader has zoomed or panned (a gesture, a zoom button or key). */
  get used(): boolean {
    return this.#used;
  }

  markUsed(): void {
    if (this.#used) return;
    this.#used = true;
    this.host.requestUpdate();
  }

  get canZoomIn(): boolean {
    return this.#state.k < this.viewport.scaleExtent[1] - EPSILON;
  }

  get canZoomOut(): boolean {
    return this.#state.k > this.viewport.scaleExtent[0] + EPSILON;
  }

  #apply(state: ZoomState): void {
    if (Math.abs(state.k - this.#state.k) < EPSILON && Math.abs(state.x - this.#state.x) < EPSILON) return;
    this.#state = state;
    this.host.requestUpdate();
  }

  #zoomed(event: D3ZoomEvent<Target, unknown>): void {
    const transform = event.transform;
    if (!event.sourceEvent) {
      // Programmatic (methods, buttons, transitions already ticking in rAF): apply now.
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.#pending = null;
      this.#apply({ k: transform.k, x: transform.x });
      return;
    }
    this.#pending = transform;
    if (!this.#frame)
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        const t = this.#pending;
        this.#pending = null;
        if (!t) return;
        this.#used = true;
        this.onGesture();
        this.#apply({ k: t.k, x: t.x });
      });
  }

  // ------------------------------------------------------------------ moves

  /**
   * Moves to a transform, k within the zoom limits; `duration` > 0 animates (not under
   * prefers-reduced-motion).
   */
  set(state: ZoomState, duration = 0): void {
    const [kMin, kMax] = this.viewport.scaleExtent;
    const next = { k: Math.min(Math.max(state.k, kMin), kMax), x: state.x };
    const selection = this.#selection;
    if (!selection || this.#unsynced) {
      this.#state = next;
      this.#unsynced = true;
      this.host.requestUpdate();
      return;
    }
    const t = zoomIdentity.translate(next.x, 0).scale(next.k);
    selection.interrupt();
    const ms = reducedMotion() ? 0 : duration;
    if (ms > 0) selection.transition().duration(ms).call(this.#behavior.transform, t);
    else selection.call(this.#behavior.transform, t);
  }

  /** Shows [from, to] (ms) across the width, within the zoom limits. */
  show(from: number, to: number, duration = 0): void {
    const base = this.viewport.base;
    if (!base || !Number.isFinite(from) || !Number.isFinite(to)) return;
    this.set(transformFor(base, Math.min(from, to), Math.max(from, to), this.viewport.scaleExtent), duration);
  }

  /** Shows the whole timeline (the base scale). */
  fit(duration = 0): void {
    this.set({ k: 1, x: 0 }, duration);
  }

  /** Scales by `factor` around screen x `cx`. */
  scaleBy(factor: number, cx: number, duration = 0): void {
    const z = this.current;
    const [kMin, kMax] = this.viewport.scaleExtent;
    const k = Math.min(Math.max(z.k * factor, kMin), kMax);
    this.set({ k, x: cx - ((cx - z.x) * k) / z.k }, duration);
  }

  /** Pans by `dx` px (positive: the view moves to earlier times). */
  panBy(dx: number): void {
    const z = this.current;
    this.set({ k: z.k, x: z.x + dx });
  }

  /**
   * Pans, keeping the zoom, so that some of [start, end] is in view with a margin; leaves the view alone
   * when it already is (a bar may be wider than the view).
   */
  reveal(start: number, end: number): void {
    const base = this.viewport.base;
    if (!base) return;
    const width = this.viewport.width;
    const z = this.current;
    const { a, b } = screenMapping(base, z);
    const x0 = a * start + b;
    const x1 = a * end + b;
    const margin = Math.min(80, width / 4);
    if (x1 >= margin && x0 <= width - margin) return;
    this.set({ k: z.k, x: z.x + width / 2 - (x0 + x1) / 2 });
  }

  // ------------------------------------------------------------------ lifecycle

  /** Attaches to the target kept by the host, sets the viewport and limits, and pushes a state set meanwhile. */
  hostUpdated(): void {
    const target = this.target();
    const base = this.viewport.base;
    if (!target || !base) return;
    if (this.#selection?.node() !== target) {
      // Double-click zoom animates unless the reader asked for less motion.
      this.#behavior.duration(reducedMotion() ? 0 : 250);
      this.#selection?.on('.zoom', null);
      this.#selection = select(target);
      this.#selection.call(this.#behavior);
      this.#unsynced = true;
    }
    const { width, height } = this.viewport.chartSize();
    this.#behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent(this.viewport.scaleExtent)
      // Pans reach half a view beyond the whole timeline each side.
      .translateExtent([
        [-width / 2, 0],
        [width * 1.5, height],
      ]);
    if (this.#unsynced) {
      this.#unsynced = false;
      this.#selection.interrupt();
      const t = zoomIdentity.translate(this.#state.x, 0).scale(this.#state.k);
      this.#selection.call(this.#behavior.transform, t);
    }
  }

  hostConnected(): void {
    if (this.#selection) this.#selection.call(this.#behavior);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending = null;
    this.#selection?.interrupt();
    this.#selection?.on('.zoom', null);
  }
}
