/**
 * What the reader points at: the mark under the pointer, the list row under the pointer, and whether
 * the chart has keyboard focus (then the active event counts as hovered). Reports changes of the
 * hovered event as `news-timeline-hover`, once per update, comparing events by identity.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NewsTimelineHoverDetail } from './events.js';
import type { PreparedEvent } from './layout/prepare.js';

export interface HoverContext {
  events: readonly PreparedEvent[] | null;
  listView: boolean;
  /** The keyboard-active event index. */
  active: number | null;
}

/** The mark element (event or cluster) an event's composed path passes through. */
export function markTarget(event: Event): Element | undefined {
  return event
    .composedPath()
    .find((n) => n instanceof Element && (n.hasAttribute('data-index') || n.hasAttribute('data-cluster'))) as
    Element | undefined;
}

export class HoverController implements ReactiveController {
  /** Key of the mark under the pointer (`ev-<index>` or a cluster key), or null. */
  #markKey: string | null = null;
  #listIndex: number | null = null;
  #chartFocused = false;
  #lastReported: PreparedEvent | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly context: () => HoverContext,
  ) {
    host.addController(this);
  }

  get markKey(): string | null {
    return this.#markKey;
  }

  get chartFocused(): boolean {
    return this.#chartFocused;
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    const target = markTarget(event);
    const key = target ? (target.getAttribute('data-cluster') ?? target.id) : null;
    if (key === this.#markKey) return;
    this.#markKey = key;
    this.host.requestUpdate();
  };

  readonly onPointerLeave = (): void => {
    if (this.#markKey === null) return;
    this.#markKey = null;
    this.host.requestUpdate();
  };

  setChartFocused(focused: boolean): void {
    if (focused === this.#chartFocused) return;
    this.#chartFocused = focused;
    this.host.requestUpdate();
  }

  setListIndex(index: number | null): void {
    if (index === this.#listIndex) return;
    this.#listIndex = index;
    this.host.requestUpdate();
  }

  /** The hovered event: under the pointer, else the active one while the chart has keyboard focus. */
  hoveredIndex(): number | null {
    const { events, listView, active } = this.context();
    if (!events) return null;
    if (listView) return this.#listIndex;
    const key = this.#markKey;
    if (key !== null) {
      const index = key.startsWith('ev-') ? Number(key.slice(3)) : NaN;
      return Number.isInteger(index) && index < events.length ? index : null;
    }
    return this.#chartFocused && active !== null && active < events.length ? active : null;
  }

  /** Fires `news-timeline-hover` when the hovered event changed since the last report. */
  report(): void {
    const index = this.hoveredIndex();
    const prepared = index === null ? null : (this.context().events?.[index] ?? null);
    if (prepared === this.#lastReported) return;
    this.#lastReported = prepared;
    this.host.dispatchEvent(
      new CustomEvent<NewsTimelineHoverDetail>('news-timeline-hover', {
        detail: { event: prepared ? prepared.event : null },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** A pointer over a detached element will never leave it. */
  hostDisconnected(): void {
    this.#markKey = null;
  }
}
