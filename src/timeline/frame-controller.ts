/**
 * The frame drawn for the current zoom (layout/frame.ts), with the work kept out of zoom frames: the
 * clusters of a zoom level a fast zoom deferred, made once the zoom rests (SettledWorkController), and
 * the next zoom levels prepared in idle time (IdlePrefetchController, layout/prefetch.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IdlePrefetchController } from './idle-prefetch-controller.js';
import { prepareLevel } from './layout/clusters.js';
import { layoutFrame, type FrameLayout, type FrameOptions } from './layout/frame.js';
import type { MeasureText } from './layout/labels.js';
import { prefetchTasks, type PrefetchTask } from './layout/prefetch.js';
import { transformFor, type ZoomState } from './layout/scale.js';
import { storyWindow } from './layout/story.js';
import type { Locale } from './locale.js';
import type { ModelController } from './model-controller.js';
import { SettledWorkController } from './settled-work-controller.js';
import type { ViewportController } from './viewport-controller.js';
import type { ZoomController } from './zoom-controller.js';

/** Above this many events the chart keeps all its lanes (they fill anyway; sizing frames would cost a first render). */
const FIT_LANES_MAX_EVENTS = 5000;

export interface FrameContext {
  model: ModelController;
  viewport: ViewportController;
  zoom: ZoomController;
  locale: Locale;
  measure: MeasureText;
  /** The list view draws no frames (and prepares none). */
  listView: () => boolean;
}

export class FrameController implements ReactiveController {
  /** The frame of the last update, or null when nothing is drawn. */
  frame: FrameLayout | null = null;
  readonly #refine: SettledWorkController;

  constructor(
    host: ReactiveControllerHost,
    private readonly context: FrameContext,
  ) {
    host.addController(this);
    this.#refine = new SettledWorkController(host);
    const { model, viewport, zoom, locale } = context;
    new IdlePrefetchController(
      host,
      () =>
        `${model.version}|${zoom.state.k}|${zoom.state.x}|${viewport.width}|${viewport.lanes}|${locale.lang}|${context.listView()}`,
      () => this.#prefetchPlan(),
    );
  }

  #options(): FrameOptions {
    const { locale, measure, viewport } = this.context;
    return {
      lanes: viewport.lanes,
      // Wide charts give long labels more room (280 px, frame.ts's default, up to 800 px wide).
      maxLabelWidth: Math.round(Math.min(Math.max(viewport.width * 0.35, 280), 420)),
      lang: locale.lang,
      measure,
      deferClustering: true,
      clusterSuffix: (others: number) => ` and ${locale.number(others)} more`,
    };
  }

  /** Lays out the frame of the current zoom; `pinned` events are drawn on their own. */
  update(pinned: ReadonlySet<number>): void {
    const model = this.context.model.model;
    const base = this.context.viewport.base;
    this.frame =
      model && base ? layoutFrame(model, base, this.context.zoom.state, { ...this.#options(), pinned }) : null;
  }

  /**
   * Lanes the reader's first views need: the current frame's, the whole timeline's (Fit) and the
   * story's, so the chart is as tall as its lanes without leaving the views a reader starts from
   * short of lanes. Lists of thousands of events keep every lane.
   */
  lanesNeeded(): number {
    const { model: source, viewport, zoom } = this.context;
    const model = source.model;
    const base = viewport.base;
    if (!this.frame || !model || !base || model.events.length > FIT_LANES_MAX_EVENTS) return viewport.lanes;
    let used = this.frame.lanesUsed;
    const views: ZoomState[] = [{ k: 1, x: 0 }];
    const story = storyWindow(model, viewport.width);
    if (story) views.push(transformFor(base, story[0], story[1], viewport.scaleExtent));
    for (const view of views) {
      if (Math.abs(view.k - zoom.state.k) < 1e-9 && Math.abs(view.x - zoom.state.x) < 1e-6) continue;
      used = Math.max(used, layoutFrame(model, base, view, this.#options()).lanesUsed);
    }
    return used;
  }

  hostUpdated(): void {
    const refine = this.frame?.refine;
    const model = this.context.model.model;
    if (refine && model)
      this.#refine.schedule(() => prepareLevel(model, refine.level, refine.clusterPx, refine.from, refine.to));
    else this.#refine.cancel();
  }

  /** Idle-time work for the next zoom frames: cluster levels, label widths, date texts (layout/prefetch.ts). */
  #prefetchPlan(): PrefetchTask[] {
    const { model, viewport, zoom, locale } = this.context;
    const prepared = model.model;
    if (!prepared?.extent || !viewport.base || !this.frame || this.context.listView()) return [];
    return prefetchTasks(
      prepared,
      viewport.base,
      zoom.state,
      { ...this.#options(), pinned: new Set() },
      viewport.scaleExtent[1],
      (frame) => {
        for (const mark of frame.marks) if (mark.type === 'event') locale.date(mark.event);
      },
    );
  }
}
