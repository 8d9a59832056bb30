/**
 * d3-zoom on the time axis only, as a Lit ReactiveController. The behaviour is attached once to an
 * element the host keeps across renders; gesture updates (wheel, drag, pinch, double-click) are
 * coalesced to one per animation frame, programmatic ones apply at once. The transform's y is pinned
 * to 0 and its translation constrained horizontally; the base scale is never mutated.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ZoomState } from './layout/frame.js';

export interface ZoomLimits {
  width: number;
  height: number;
  scaleExtent: [number, number];
}

type Target = Element;

export class ZoomController implements ReactiveController {
  readonly #behavior: ZoomBehavior<Target, unknown>;
  #selection: Selection<Target, unknown, null, undefined> | null = null;
  #pending: ZoomTransform | null = null;
  #frame = 0;
  #width = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly onZoom: (zoom: ZoomState, fromGesture: boolean) => void,
  ) {
    host.addController(this);
    this.#behavior = zoom<Target, unknown>()
      .constrain((transform, extent, translateExtent) => {
        // d3's default constraint, on x only; y stays 0 so the lanes never scroll vertically.
        const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
        const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
        const shifted = transform.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), 0);
        return zoomIdentity.translate(shifted.x, 0).scale(shifted.k);
      })
      .on('zoom', (event: D3ZoomEvent<Target, unknown>) => this.#zoomed(event));
  }

  #zoomed(event: D3ZoomEvent<Target, unknown>): void {
    const transform = event.transform;
    if (!event.sourceEvent) {
      // Programmatic (methods, buttons, transitions already ticking in rAF): apply now.
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.#pending = null;
      this.onZoom({ k: transform.k, x: transform.x }, false);
      return;
    }
    this.#pending = transform;
    if (!this.#frame)
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        const t = this.#pending;
        this.#pending = null;
        if (t) this.onZoom({ k: t.k, x: t.x }, true);
      });
  }

  /** Attaches the behaviour (once per target element). */
  attach(target: Target): void {
    if (this.#selection?.node() === target) return;
    // Double-click zoom animates unless the reader asked for less motion.
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#behavior.duration(reduce ? 0 : 250);
    this.#selection?.on('.zoom', null);
    this.#selection = select(target);
    this.#selection.call(this.#behavior);
  }

  get attached(): boolean {
    return this.#selection !== null;
  }

  /** Sets the viewport, zoom limits and pan limits (half a view beyond the fitted domain each side). */
  configure({ width, height, scaleExtent }: ZoomLimits): void {
    this.#width = width;
    this.#behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent(scaleExtent)
      .translateExtent([
        [-width / 2, 0],
        [width * 1.5, height],
      ]);
  }

  get scaleExtent(): [number, number] {
    return this.#behavior.scaleExtent();
  }

  /** The current transform (as d3-zoom holds it, possibly ahead of the last rendered frame). */
  get state(): ZoomState {
    const node = this.#selection?.node();
    if (!node) return { k: 1, x: 0 };
    const t = (node as Target & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
    return { k: t.k, x: t.x };
  }

  /** Moves to a transform; `duration` > 0 animates (callers pass 0 under prefers-reduced-motion). */
  set(state: ZoomState, duration = 0): void {
    if (!this.#selection) return;
    const [kMin, kMax] = this.#behavior.scaleExtent();
    const k = Math.min(Math.max(state.k, kMin), kMax);
    const t = zoomIdentity.translate(state.x, 0).scale(k);
    this.#selection.interrupt();
    if (duration > 0) this.#selection.transition().duration(duration).call(this.#behavior.transform, t);
    else this.#selection.call(this.#behavior.transform, t);
  }

  /** Scales by `factor` around screen x `cx` (default: the middle). */
  scaleBy(factor: number, cx: number | undefined, duration = 0): void {
    if (!this.#selection) return;
    const point: [number, number] = [cx ?? this.#width / 2, 0];
    this.#selection.interrupt();
    if (duration > 0) this.#selection.transition().duration(duration).call(this.#behavior.scaleBy, factor, point);
    else this.#selection.call(this.#behavior.scaleBy, factor, point);
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
