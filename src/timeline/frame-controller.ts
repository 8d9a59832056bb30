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
import type { Locale } from './locale.js';
import type { ModelController } from './model-controller.js';
import { SettledWorkController } from './settled-work-controller.js';
import type { ViewportController } from './viewport-controller.js';
import type { ZoomController } from './zoom-controller.js';

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
    const { locale, measure } = this.context;
    return {
      lanes: this.context.viewport.lanes,
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
