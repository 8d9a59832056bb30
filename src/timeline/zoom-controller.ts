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
 * loaded or attached yet, or the chart was drawn anew): an update of the host in the middle of a gesture
 * (a hover box appearing under the pointer) never puts the view back where the last frame was.
 *
 * d3-zoom itself (zoom-behaviour.ts, its own chunk in the bundles) is loaded once a chart is drawn and
 * the page is idle, or as soon as the reader reaches for the chart (pointer, touch, focus, wheel),
 * whichever comes first: the first view neither waits for it nor competes with it for the network. Until
 * it arrives, the moves here (buttons, keys, methods) set the state directly.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { screenMapping, transformFor, type ZoomState } from './layout/scale.js';
import { browserIdleScheduler } from './idle-prefetch-controller.js';
import type { ViewportController } from './viewport-controller.js';
import type { ZoomBehaviour } from './zoom-behaviour.js';

/** Changes of k or x smaller than this are no change (d3-zoom's arithmetic leaves such residues). */
const EPSILON = 1e-6;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

let behaviourModule: Promise<typeof import('./zoom-behaviour.js')> | undefined;
/** d3-zoom and the parts of d3 it needs (zoom-behaviour.ts), loaded once for every timeline of the page. */
const loadBehaviour = () => (behaviourModule ??= import('./zoom-behaviour.js'));
/** How a reader reaches for the chart: d3-zoom is loaded then, if the page was not idle before. */
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'wheel'];

export class ZoomController implements ReactiveController {
  /** d3-zoom, once its module has loaded. */
  #behaviour: ZoomBehaviour | null = null;
  #loading: Promise<void> | null = null;
  #idle = 0;
  #onIntent = () => void this.load();
  #pending: ZoomState | null = null;
  #frame = 0;
  #state: ZoomState = { k: 1, x: 0 };
  /** The state was set while d3-zoom could not take it: pushed into d3-zoom after the next update. */
  #unsynced = true;
  #used = false;
  /** Why the gestures are not available (their module could not be loaded), or null. */
  loadError: string | null = null;

  /**
   * @param target the element the behaviour goes on (kept by the host across renders; absent in the list view)
   * @param onGesture called once per frame in which the reader zoomed or panned by a gesture
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly viewport: ViewportController,
    private readonly target: () => Element | undefined,
    private readonly onGesture: () => void = () => {},
  ) {
    host.addController(this);
  }

  /**
   * Loads d3-zoom, once: when the page is idle after the first chart, when the reader reaches for the
   * chart, or when the host's updateComplete is awaited (see `pendingLoad`).
   */
  load(): Promise<void> {
    if (!this.#loading) {
      this.#stopWaiting();
      this.#loading = loadBehaviour().then(
        ({ createZoomBehaviour }) => {
          this.#behaviour = createZoomBehaviour((state, gesture) => this.#zoomed(state, gesture));
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.loadError = `Zooming by wheel, drag and pinch is not available (${(error as Error).message}).`;
          this.host.requestUpdate();
        },
      );
    }
    return this.#loading;
  }

  /** While a chart is drawn without d3-zoom, its arrival (loaded now): the host's updateComplete waits for it. */
  get pendingLoad(): Promise<void> | null {
    return this.#behaviour || this.loadError || !this.target() ? null : this.load();
  }

  #stopWaiting(): void {
    for (const type of INTENT) this.host.removeEventListener(type, this.#onIntent);
    if (this.#idle) browserIdleScheduler.cancel(this.#idle);
    this.#idle = 0;
  }

  // ------------------------------------------------------------------ state

  /** The transform the frames draw. */
  get state(): ZoomState {
    return this.#state;
  }

  /** The current transform: d3-zoom's, which may be a frame ahead of the drawn one during a gesture. */
  get current(): ZoomState {
    const behaviour = this.#behaviour;
    return !behaviour?.target || this.#unsynced ? this.#state : behaviour.transform();
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

  #zoomed(state: ZoomState, gesture: boolean): void {
    if (!gesture) {
      // Programmatic (methods, buttons, transitions already ticking in rAF): apply now.
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.#pending = null;
      this.#apply(state);
      return;
    }
    this.#pending = state;
    if (!this.#frame)
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        const t = this.#pending;
        this.#pending = null;
        if (!t) return;
        this.#used = true;
        this.onGesture();
        this.#apply(t);
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
    const behaviour = this.#behaviour;
    if (!behaviour?.target || this.#unsynced) {
      this.#state = next;
      this.#unsynced = true;
      this.host.requestUpdate();
      return;
    }
    behaviour.move(next, reducedMotion() ? 0 : duration);
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
    const behaviour = this.#behaviour;
    const target = this.target();
    if (!behaviour) {
      if (target && !this.#loading && !this.#idle) this.#idle = browserIdleScheduler.request(() => this.load());
      return;
    }
    if (!target || !this.viewport.base) return;
    if (behaviour.target !== target) {
      // Double-click zoom animates unless the reader asked for less motion.
      behaviour.attach(target, reducedMotion() ? 0 : 250);
      this.#unsynced = true;
    }
    const { width, height } = this.viewport.chartSize();
    behaviour.limit(width, height, this.viewport.scaleExtent);
    if (this.#unsynced) {
      this.#unsynced = false;
      behaviour.move(this.#state, 0);
    }
  }

  hostConnected(): void {
    if (!this.#loading) for (const type of INTENT) this.host.addEventListener(type, this.#onIntent, { passive: true });
    const behaviour = this.#behaviour;
    if (behaviour?.target) behaviour.attach(behaviour.target, reducedMotion() ? 0 : 250);
  }

  hostDisconnected(): void {
    this.#stopWaiting();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending = null;
    this.#behaviour?.detach();
  }
}
