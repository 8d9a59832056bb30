/**
 * The selected event and the story walk through the events (TimelineJS's previous and next): a step
 * selects the next or previous event in time order, zooms to it (layout/story.ts `stepWindow`) and so
 * opens its card. Selections by the reader fire `news-timeline-select`; one made from outside (the
 * `selected` property or attribute) only pans it into view.
 */
import type { ReactiveControllerHost } from 'lit';
import type { NewsTimelineSelectDetail } from './events.js';
import type { PreparedTimeline } from './layout/prepare.js';
import { stepWindow } from './layout/story.js';
import type { ZoomController } from './zoom-controller.js';

/** How long a story step's zoom takes (ms; none under prefers-reduced-motion). */
const STEP_DURATION = 450;

export interface SelectionHost extends ReactiveControllerHost, EventTarget {
  /** Id of the selected event (the element's reflected property). */
  selected: string | null;
}

export class SelectionController {
  #byReader = false;

  constructor(
    private readonly host: SelectionHost,
    private readonly model: () => PreparedTimeline | null,
    private readonly zoom: ZoomController,
    /** Called with the index the reader selected (the keyboard's active event follows it). */
    private readonly onSelect: (index: number) => void,
  ) {}

  /** Position in time order of the selected event, or null. */
  get index(): number | null {
    const model = this.model();
    if (this.host.selected === null || !model) return null;
    return model.byId().get(this.host.selected)?.index ?? null;
  }

  /** Whether the current `selected` was set by `select` (the reader) rather than from outside. */
  get byReader(): boolean {
    return this.#byReader;
  }

  /** Selects the event at `index` (null clears) as the reader did, firing `news-timeline-select`. */
  select(index: number | null): void {
    const model = this.model();
    const prepared = index === null || !model ? null : (model.events[index] ?? null);
    if (prepared) this.onSelect(prepared.index);
    const id = prepared ? prepared.event.id : null;
    if (id === this.host.selected && (prepared === null || this.index === prepared.index)) return;
    this.#byReader = true;
    this.host.selected = id;
    this.host.updateComplete.then(() => (this.#byReader = false));
    this.host.dispatchEvent(
      new CustomEvent<NewsTimelineSelectDetail>('news-timeline-select', {
        detail: { event: prepared ? prepared.event : null },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** The next (`by` 1) or previous (-1) event of the story: selected, zoomed to. From no selection, the first. */
  step(by: 1 | -1): void {
    const model = this.model();
    if (!model?.events.length) return;
    const current = this.index;
    const next = current === null ? 0 : Math.min(Math.max(current + by, 0), model.events.length - 1);
    if (next === current) return;
    this.select(next);
    const [from, to] = stepWindow(model.events[next]);
    this.zoom.show(from, to, STEP_DURATION);
  }
}
