/**
 * d3-zoom on the chart, behind the few calls ZoomController makes. Its own module, loaded once the
 * element is connected (in the bundles, the chunk news-timeline-zoom-<hash>.js beside them): d3-zoom with
 * the parts of d3-selection, d3-transition, d3-drag and d3-dispatch it needs is about 5 KB gzip that the
 * first view does not wait for. Until it arrives, zoom buttons, keys and methods move the view without
 * it; only the gestures (wheel, drag, pinch, double-click) need it.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { ZoomState } from './layout/scale.js';

type Target = Element;

/**
 * d3-zoom's default filter (no secondary buttons, ctrl only with the wheel), and no drag or double-click
 * starting on a control drawn over the chart (an edge marker): the wheel zooms over those too.
 */
function gestureFilter(event: Event & { ctrlKey?: boolean; button?: number }): boolean {
  if (event.type === 'wheel') return true;
  if (event.ctrlKey || event.button) return false;
  return !(event.target instanceof Element && event.target.closest('button'));
}

export interface ZoomBehaviour {
  /** The element the behaviour was last put on (still set after `detach`, for a reconnected host). */
  readonly target: Target | null;
  /** Puts the behaviour on `target` (taking it off the previous one); double-click zooms take `duration` ms. */
  attach(target: Target, duration: number): void;
  /** Takes the behaviour off its target and stops a running animation. */
  detach(): void;
  /** The viewport (px) and the zoom limits. Pans reach half a view beyond the whole timeline each side. */
  limit(width: number, height: number, scaleExtent: [number, number]): void;
  /** d3-zoom's transform (during a gesture, a frame ahead of the one drawn). */
  transform(): ZoomState;
  /** Moves to `state`, animated over `duration` ms when it is above 0. */
  move(state: ZoomState, duration: number): void;
}

/** @param onZoom every transform d3-zoom reaches; `gesture` when the reader's input caused it */
export function createZoomBehaviour(onZoom: (state: ZoomState, gesture: boolean) => void): ZoomBehaviour {
  let selection: Selection<Target, unknown, null, undefined> | null = null;
  const behaviour = zoom<Target, unknown>()
    .filter(gestureFilter)
    .constrain((transform, extent, translateExtent) => {
      // d3's default constraint, on x only; y stays 0 so the lanes never scroll vertically.
      const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
      const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
      const shifted = transform.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), 0);
      return zoomIdentity.translate(shifted.x, 0).scale(shifted.k);
    })
    .on('zoom', ({ transform, sourceEvent }: D3ZoomEvent<Target, unknown>) =>
      onZoom({ k: transform.k, x: transform.x }, !!sourceEvent),
    );
  return {
    get target() {
      return selection?.node() ?? null;
    },
    attach(target, duration) {
      behaviour.duration(duration);
      selection?.on('.zoom', null);
      selection = select(target);
      selection.call(behaviour);
    },
    detach() {
      selection?.interrupt();
      selection?.on('.zoom', null);
    },
    limit(width, height, scaleExtent) {
      behaviour
        .extent([
          [0, 0],
          [width, height],
        ])
        .scaleExtent(scaleExtent)
        .translateExtent([
          [-width / 2, 0],
          [width * 1.5, height],
        ]);
    },
    transform() {
      const t = (selection?.node() as (Target & { __zoom?: ZoomTransform }) | undefined)?.__zoom ?? zoomIdentity;
      return { k: t.k, x: t.x };
    },
    move(state, duration) {
      if (!selection) return;
      const t = zoomIdentity.translate(state.x, 0).scale(state.k);
      selection.interrupt();
      if (duration > 0) selection.transition().duration(duration).call(behaviour.transform, t);
      else selection.call(behaviour.transform, t);
    },
  };
}
