import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref, createRef } from 'lit/directives/ref.js';
import type { EventList, TimelineEvent, Timex } from '../extract/types.js';
import { readChildArticle, type ChildArticle } from './article-text.js';
import type { ArticleExtractor } from './extractor.js';
import type { NewsTimelineErrorDetail, NewsTimelineSelectDetail, NewsTimelineZoomDetail } from './events.js';
import { prepareLevel } from './layout/clusters.js';
import { formatFloating, parseFloating } from './layout/dates.js';
import { layoutFrame, type EventMark, type FrameLayout, type ZoomState } from './layout/frame.js';
import { describeDate, describeShortDate, describeWindow, prepareDateFormats } from './layout/human-date.js';
import { articleZone, hasClockTime } from './article-zone.js';
import { formatDate, formatNumber, resolveLang } from './layout/intl.js';
import { eventsInWindow, prepareTimeline, type PreparedEvent, type PreparedTimeline } from './layout/prepare.js';
import { baseScale, fitDomain, transformFor, zoomScaleExtent, type TimeScale } from './layout/scale.js';
import { prepareTickFormats } from './layout/ticks.js';
import { prefetchTasks, type PrefetchTask } from './layout/prefetch.js';
import { IdlePrefetchController } from './idle-prefetch-controller.js';
import { SettledWorkController } from './settled-work-controller.js';
import { renderChart, chartHeight, type ChartGeometry } from './render/chart.js';
import { renderControls } from './render/controls.js';
import { renderDetails } from './render/details.js';
import { renderListView } from './render/list-view.js';
import { resolveInput, type Input } from './input.js';
import { keyAction } from './keyboard.js';
import { SourceController } from './source-controller.js';
import { TextMeasurer } from './text-measurer.js';
import { timelineStyles } from './styles.js';
import { ZoomController } from './zoom-controller.js';
import { HoverController, markTarget } from './hover-controller.js';

export type { ArticleExtractor } from './extractor.js';
export type * from './events.js';

const HEADER_HEIGHT = 22;
const AXIS_HEIGHT = 46;
const ZOOM_STEP = 2;
const EPSILON = 1e-6;
/** Granularities that carry a clock time, shown with the article's zone. */
const CLOCK_GRANULARITIES = new Set(['partOfDay', 'hour', 'minute']);

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A zoomable, accessible timeline of the events of a news article.
 *
 * Give it an EventList (`.data`), a URL to one (`src`), or the article itself (`.text`, or a child
 * `<article>`/`<template>` with `published` and `title` attributes; needs the build with extraction,
 * `news-timeline.js`). Wheel, drag, pinch or double-click to zoom the time axis; click or press Enter
 * on an event to read its sentence. One tab stop: arrow keys move between events in time order,
 * Home/End jump to the first/last, `+`/`-`/`0` zoom and fit, Escape clears the selection.
 *
 * @tag news-timeline
 *
 * @fires news-timeline-select - An event was selected or the selection cleared by the reader. `detail: {event}` (the EventList event, or null). Bubbles, composed.
 * @fires news-timeline-hover - The event the reader points at or, while the chart has keyboard focus, the active event changed (pointer enter/leave of an event mark or list row, arrow keys, focus, blur). `detail: {event}` (the EventList event, or null). Bubbles, composed.
 * @fires news-timeline-zoom - The visible window changed (also after the first draw and on resize). `detail: {from, to}` as floating ISO date-times (UTC). Bubbles, composed.
 * @fires news-timeline-error - Input could not be drawn (`fatal: true`: the error state shows) or events with impossible dates were skipped (`fatal: false`, `skipped`: how many). `detail: {kind, message, field?, skipped?, fatal}`. Bubbles, composed.
 *
 * @csspart controls - The toolbar: zoom in, zoom out, fit, visible range, list view toggle.
 * @csspart axis - The time axis (ticks, tick labels, context labels).
 * @csspart event - One event's mark and label (an SVG `<g role="option">` with `data-event-id`, the event's id).
 * @csspart event-label - The label text of an event or a cluster.
 * @csspart cluster - A mark standing for several events too close to tell apart; click to zoom in.
 * @csspart published-marker - The line and label at the publication date.
 * @csspart details - The panel of the selected event.
 * @csspart list - The table view of the events.
 * @csspart state - The loading, empty and error messages.
 * @csspart note - The note about skipped events.
 *
 * @cssproperty [--news-timeline-background=#ffffff (dark: #15171b)] - Background.
 * @cssproperty [--news-timeline-color=#1d2330 (dark: #e8eaed)] - Text colour.
 * @cssproperty [--news-timeline-muted-color=#5b6472 (dark: #a3abb8)] - Axis labels, hints.
 * @cssproperty [--news-timeline-grid-color=#e3e6eb (dark: #2b3039)] - Grid lines and borders.
 * @cssproperty [--news-timeline-event-color=#1f5fcc (dark: #7fb0ff)] - Event points and bars.
 * @cssproperty [--news-timeline-selected-color=#c2410c (dark: #ffab70)] - The selected event.
 * @cssproperty [--news-timeline-cluster-color=#4b5563 (dark: #a5afbd)] - Cluster marks.
 * @cssproperty [--news-timeline-cluster-text-color=#ffffff (dark: #15171b)] - Count inside a cluster mark.
 * @cssproperty [--news-timeline-published-color=#b42318 (dark: #ff8a80)] - Publication-date line and label.
 * @cssproperty [--news-timeline-focus-color=#0b57d0 (dark: #8ab4f8)] - Focus rings.
 * @cssproperty [--news-timeline-mark-color=#fff1a8 (dark: #5c4d00)] - Highlight of the time phrase in the details.
 * @cssproperty [--news-timeline-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--news-timeline-font-size=13px] - Font size of the controls, details and list (chart labels are 12px, measured for layout).
 * @cssproperty [--news-timeline-lane-height=34px] - Height of one row of labels (px).
 * @cssproperty [--news-timeline-border-radius=6px] - Corner radius of panels and buttons.
 */
export class NewsTimeline extends LitElement {
  static override styles = timelineStyles;

  /**
   * Reads article text into an EventList. Set by `news-timeline.js` (the build with extraction); null in
   * `news-timeline-element.js`, where `.text` and child articles show an error instead.
   */
  static extractor: ArticleExtractor | null = null;
  /** How long `src` may take before the error state shows (ms). */
  static fetchTimeout = 15_000;
  /** Largest `src` body accepted (bytes). */
  static maxSourceBytes = 50_000_000;

  /** The EventList to draw. Takes precedence over `src` and article text. */
  @property({ attribute: false }) data: EventList | null = null;

  /** URL of an EventList JSON to fetch (when `data` is not set). */
  @property() src: string | null = null;

  /** Article text to extract events from in the browser (needs the build with extraction). */
  @property({ attribute: false }) text: string | null = null;

  /**
   * Publication date of `text` (ISO `2016-10-17`), or date-time with its offset (`2019-03-22T10:35:00-04:00`: clock
   * phrases resolve against it and clock times show the article's zone); a child `<article published>` overrides it.
   */
  @property() published: string | null = null;

  /** Title of `text` (a child `<article title>` overrides it). */
  @property({ attribute: 'article-title' }) articleTitle: string | null = null;

  /** Id of the selected event (reflected). */
  @property({ reflect: true }) selected: string | null = null;

  /** Language of axis and date labels (BCP 47); inherited from the nearest `lang` ancestor, else en-GB. */
  @property() override lang = '';

  /** Start of the initial visible window (floating ISO date); default: fit all events. */
  @property({ attribute: 'range-from' }) rangeFrom: string | null = null;

  /** End of the initial visible window (floating ISO date). */
  @property({ attribute: 'range-to' }) rangeTo: string | null = null;

  /** Most rows of labels; labels that find no room are shortened, then events merge into clusters. */
  @property({ attribute: 'max-lanes', type: Number }) maxLanes = 6;

  /** `timeline` or `list` (the table view of the same events). */
  @property({ reflect: true }) view: 'timeline' | 'list' = 'timeline';

  @state() private _child: ChildArticle | null = null;
  @state() private _width = 0;
  @state() private _zoom: ZoomState = { k: 1, x: 0 };
  @state() private _active: number | null = null;
  @state() private _listPage = 0;

  #input: Input = { kind: 'none' };
  #model: PreparedTimeline | null = null;
  #timexMap: Map<string, Timex> | null = null;
  #base: TimeScale | null = null;
  #scaleExtent: [number, number] = [1, 1];
  #lanes = 2;
  #laneHeight = 34;
  #fontSize = 13;
  #frame: FrameLayout | null = null;
  #lang = 'en-GB';
  /** Counts the models prepared (what the idle prefetch plans for). */
  #modelVersion = 0;
  /** Language whose date formatters exist (created with the first frame drawn, not in zoom frames). */
  #formatsLang: string | null = null;
  #needsWindow = false;
  #pendingEvents: CustomEvent[] = [];
  #lastZoomDetail = '';
  #text = new TextMeasurer(() => getComputedStyle(this).fontFamily);
  #measure = this.#text.measure;
  #dateCache = new Map<PreparedEvent, string>();
  #chartRef = createRef<HTMLDivElement>();
  #resizeObserver: ResizeObserver | null = null;
  #resizeFrame = 0;
  #mutationObserver: MutationObserver | null = null;
  #zoom: ZoomController;
  /** Clusters of a zoom level its frames deferred (frame.ts `refine`), made once the zoom rests. */
  readonly #refine = new SettledWorkController(this);
  #source = new SourceController(this);
  #hover = new HoverController(this, () => ({
    events: this.#model?.events ?? null,
    listView: this.view === 'list',
    active: this._active,
  }));
  #sourceVersion = 0;

  constructor() {
    super();
    this.#zoom = new ZoomController(this, (zoom, fromGesture) => this.#onZoom(zoom, fromGesture));
    new IdlePrefetchController(
      this,
      () =>
        `${this.#modelVersion}|${this._zoom.k}|${this._zoom.x}|${this._width}|${this.#lanes}|${this.#fontSize}|${this.#lang}|${this.view}`,
      () => this.#prefetchPlan(),
    );
  }

  // ---------------------------------------------------------------- public API

  /** The visible window as floating ISO date-times (UTC), or null when nothing is drawn. */
  get visibleRange(): { from: string; to: string } | null {
    if (!this.#base || !this.#model?.extent) return null;
    const [from, to] = this.#windowOf(this.#zoom.attached ? this.#zoom.state : this._zoom);
    return { from: formatFloating(from), to: formatFloating(to) };
  }

  /** Shows the window [from, to] (floating ISO strings read as UTC, Dates, or ms), within the zoom limits. */
  zoomTo(from: string | Date | number, to: string | Date | number): void {
    const start = toMs(from);
    const end = toMs(to);
    if (!Number.isFinite(start) || !Number.isFinite(end) || !this.#base) return;
    this.#apply(transformFor(this.#base, Math.min(start, end), Math.max(start, end), this.#scaleExtent));
  }

  /** Shows every event (with a margin). */
  fit(): void {
    this.#apply({ k: 1, x: 0 });
  }

  /** Zooms in two times around the middle (or the focused event). */
  zoomIn(): void {
    this.#scaleBy(ZOOM_STEP, 0);
  }

  /** Zooms out two times. */
  zoomOut(): void {
    this.#scaleBy(1 / ZOOM_STEP, 0);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChild();
    this.#mutationObserver = new MutationObserver(() => this.#readChild());
    this.#mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['published', 'title'],
    });
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      // Redraw in the next frame: a redraw inside the observer callback changes the host's height
      // in the same frame ("ResizeObserver loop completed with undelivered notifications").
      cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => {
        if (width > 0 && width !== this._width) this._width = width;
      });
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mutationObserver?.disconnect();
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#resizeFrame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.#derive(changed);
    } catch (error) {
      // Never an uncaught exception from rendering: show it.
      this.#input = {
        kind: 'error',
        errorKind: 'render',
        message: `This timeline could not be drawn: ${(error as Error).message}`,
        retry: false,
      };
      this.#model = null;
      this.#frame = null;
    }
  }

  protected override updated(): void {
    const chart = this.#chartRef.value;
    if (chart && this.#base) {
      this.#zoom.attach(chart);
      this.#zoom.configure({
        width: this._width,
        height: chartHeight(this.#geometry()),
        scaleExtent: this.#scaleExtent,
      });
      const current = this.#zoom.state;
      if (Math.abs(current.k - this._zoom.k) > EPSILON || Math.abs(current.x - this._zoom.x) > EPSILON)
        this.#zoom.set(this._zoom);
    }
    const refine = this.#frame?.refine;
    const model = this.#model;
    if (refine && model)
      this.#refine.schedule(() => prepareLevel(model, refine.level, refine.clusterPx, refine.from, refine.to));
    else this.#refine.cancel();
    for (const event of this.#pendingEvents.splice(0)) this.dispatchEvent(event);
    this.#hover.report();
    if (this.#frame) {
      const detail = this.visibleRange;
      const key = detail ? `${detail.from}/${detail.to}` : '';
      if (detail && key !== this.#lastZoomDetail) {
        this.#lastZoomDetail = key;
        this.dispatchEvent(
          new CustomEvent<NewsTimelineZoomDetail>('news-timeline-zoom', { detail, bubbles: true, composed: true }),
        );
      }
    }
  }

  // ---------------------------------------------------------------- derived state

  #derive(changed: PropertyValues<this>): void {
    this.#lang = resolveLang(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang'));
    if (changed.has('lang')) this.#dateCache.clear();
    this.#source.want(this.data == null ? this.src : null, this.#sourceLimits());
    const inputChanged =
      changed.has('data') ||
      changed.has('src') ||
      changed.has('text') ||
      changed.has('published') ||
      changed.has('articleTitle') ||
      changed.has('_child' as keyof NewsTimeline) ||
      this.#source.version !== this.#sourceVersion;
    this.#sourceVersion = this.#source.version;
    if (inputChanged) this.#resolveInput();

    if (!this._width) this._width = Math.floor(this.clientWidth) || 640;
    // Custom properties are read on the first update and on resize, not per zoom frame (forces style).
    const metricsChanged = (!this.hasUpdated || changed.has('_width' as keyof NewsTimeline)) && this.#readMetrics();
    const widthChanged = changed.has('_width' as keyof NewsTimeline);
    const modelChanged = inputChanged;
    const model = this.#model;
    if (!model?.extent) {
      this.#base = null;
      this.#frame = null;
      return;
    }
    if (modelChanged || widthChanged || metricsChanged || changed.has('maxLanes')) {
      const previousWindow = this.#base && !modelChanged ? this.#windowOf(this._zoom) : null;
      const domain = fitDomain(model.extent);
      this.#base = baseScale(domain, this._width);
      this.#scaleExtent = zoomScaleExtent(domain);
      // A height that does not jump while zooming: one lane per event, up to max-lanes.
      this.#lanes = Math.min(Math.max(model.events.length, 2), Math.max(1, Math.floor(this.maxLanes) || 1));
      if (previousWindow)
        this._zoom = transformFor(this.#base, previousWindow[0], previousWindow[1], this.#scaleExtent);
      if (modelChanged) this.#needsWindow = true;
    }
    if (changed.has('rangeFrom') || changed.has('rangeTo')) this.#needsWindow = true;
    if (this.#needsWindow) {
      this.#needsWindow = false;
      const from = this.rangeFrom ? parseFloating(this.rangeFrom) : NaN;
      const to = this.rangeTo ? parseFloating(this.rangeTo) : NaN;
      this._zoom =
        Number.isFinite(from) && Number.isFinite(to) && from !== to
          ? transformFor(this.#base!, Math.min(from, to), Math.max(from, to), this.#scaleExtent)
          : { k: 1, x: 0 };
    }
    // A selection made from outside (property or attribute) is brought into view.
    if (changed.has('selected') && this.selected !== null && !this.#selecting) this.#reveal(this.#selectedIndex());
    const pinned = new Set<number>();
    if (this._active !== null && this._active < model.events.length) pinned.add(this._active);
    const selectedIndex = this.#selectedIndex();
    if (selectedIndex !== null) pinned.add(selectedIndex);
    if (this.#formatsLang !== this.#lang) {
      this.#formatsLang = this.#lang;
      prepareTickFormats(this.#lang);
      prepareDateFormats(this.#lang);
    }
    this.#frame = layoutFrame(model, this.#base!, this._zoom, { ...this.#frameOptions(this.#lanes), pinned });
  }

  #frameOptions(lanes: number) {
    return {
      lanes,
      lang: this.#lang,
      measure: this.#measure,
      deferClustering: true,
      clusterSuffix: (others: number) => ` and ${formatNumber(others, this.#lang)} more`,
    };
  }

  /** Reads lane height and font size from the custom properties; true when they changed. */
  #readMetrics(): boolean {
    const style = getComputedStyle(this);
    const lane = parseFloat(style.getPropertyValue('--news-timeline-lane-height')) || 34;
    const font = parseFloat(style.fontSize) || 13;
    const changed = lane !== this.#laneHeight || font !== this.#fontSize;
    if (changed) {
      this.#laneHeight = Math.max(lane, 24);
      this.#fontSize = font;
      this.#text.reset();
    }
    return changed;
  }

  #resolveInput(): void {
    const previous = this.#input;
    this.#input = resolveInput({
      data: this.data,
      src: this.src,
      load: this.#source.state,
      text: this.text,
      child: this._child,
      published: this.published,
      articleTitle: this.articleTitle,
      extractor: (this.constructor as typeof NewsTimeline).extractor,
    });
    this.#model = null;
    this.#modelVersion++;
    this.#timexMap = null;
    this.#dateCache.clear();
    this._listPage = 0;
    const input = this.#input;
    if (input.kind === 'ready') {
      this.#model = prepareTimeline(input.list);
      if (this._active !== null && this._active >= this.#model.events.length) this._active = null;
      if (input.skipped.length) {
        const n = input.skipped.length;
        const first = input.skipped[0];
        this.#queueError({
          kind: 'skipped-events',
          message: `${n} event${n === 1 ? '' : 's'} with impossible dates skipped (first: ${first.id}, ${first.field} "${first.value}")`,
          skipped: n,
          fatal: false,
        });
      }
    } else if (input.kind === 'error' && !(previous.kind === 'error' && previous.message === input.message)) {
      this.#queueError({ kind: input.errorKind, message: input.message, field: input.field, fatal: true });
    }
  }

  #readChild(): void {
    const child = readChildArticle(this);
    const current = this._child;
    if (child?.text !== current?.text || child?.published !== current?.published || child?.title !== current?.title)
      this._child = child;
  }

  #queueError(detail: NewsTimelineErrorDetail): void {
    this.#pendingEvents.push(
      new CustomEvent<NewsTimelineErrorDetail>('news-timeline-error', { detail, bubbles: true, composed: true }),
    );
  }

  // ---------------------------------------------------------------- zoom

  #windowOf(zoom: ZoomState): [number, number] {
    const base = this.#base!;
    const [d0, d1] = base.domain().map((d) => d.getTime());
    const width = base.range()[1];
    const a = (zoom.k * width) / (d1 - d0);
    const b = zoom.x - a * d0;
    return [-b / a, (width - b) / a];
  }

  #onZoom(zoom: ZoomState, _fromGesture: boolean): void {
    if (Math.abs(zoom.k - this._zoom.k) < EPSILON && Math.abs(zoom.x - this._zoom.x) < EPSILON) return;
    this._zoom = zoom;
  }

  #apply(zoom: ZoomState, duration = 0): void {
    const [kMin, kMax] = this.#scaleExtent;
    const k = Math.min(Math.max(zoom.k, kMin), kMax);
    if (this.#zoom.attached && this.#chartRef.value) this.#zoom.set({ k, x: zoom.x }, reducedMotion() ? 0 : duration);
    else this._zoom = { k, x: zoom.x };
  }

  #scaleBy(factor: number, duration: number): void {
    if (!this.#base) return;
    const activeMark = this.#frame?.marks.find((m) => m.type === 'event' && m.event.index === this._active);
    const cx = activeMark && activeMark.cx >= 0 && activeMark.cx <= this._width ? activeMark.cx : this._width / 2;
    if (this.#zoom.attached && this.#chartRef.value) this.#zoom.scaleBy(factor, cx, reducedMotion() ? 0 : duration);
    else {
      const z = this._zoom;
      const [kMin, kMax] = this.#scaleExtent;
      const k = Math.min(Math.max(z.k * factor, kMin), kMax);
      this._zoom = { k, x: cx - ((cx - z.x) * k) / z.k };
    }
  }

  /** Pans (keeping the zoom) so the event at `index` is in view; zooms in if a cluster would hide it. */
  #reveal(index: number | null): void {
    if (index === null || !this.#base || !this.#model) return;
    const e = this.#model.events[index];
    if (!e) return;
    const zoom = this.#zoom.attached ? this.#zoom.state : this._zoom;
    const [d0, d1] = this.#base.domain().map((d) => d.getTime());
    const a = (zoom.k * this._width) / (d1 - d0);
    const x0 = a * (e.start - d0) + zoom.x;
    const x1 = a * (e.end - d0) + zoom.x;
    const margin = Math.min(80, this._width / 4);
    // In view when any of it is (a bar may be wider than the view): then leave the view alone.
    if (x1 >= margin && x0 <= this._width - margin) return;
    this.#apply({ k: zoom.k, x: zoom.x + this._width / 2 - (x0 + x1) / 2 });
  }

  // ---------------------------------------------------------------- selection & keyboard

  #selecting = false;

  #selectedIndex(): number | null {
    if (this.selected === null || !this.#model) return null;
    return this.#model.byId().get(this.selected)?.index ?? null;
  }

  #select(index: number | null): void {
    const model = this.#model;
    const prepared = index === null || !model ? null : (model.events[index] ?? null);
    const id = prepared ? prepared.event.id : null;
    if (prepared) this._active = prepared.index;
    if (id === this.selected && (prepared === null || this.#selectedIndex() === prepared.index)) return;
    this.#selecting = true;
    this.selected = id;
    this.updateComplete.then(() => (this.#selecting = false));
    this.dispatchEvent(
      new CustomEvent<NewsTimelineSelectDetail>('news-timeline-select', {
        detail: { event: prepared ? prepared.event : null },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #move(to: number): void {
    const model = this.#model;
    if (!model || !model.events.length) return;
    const index = Math.min(Math.max(to, 0), model.events.length - 1);
    this._active = index;
    this.#reveal(index);
  }

  #startIndex(): number {
    if (this._active !== null) return this._active;
    const selected = this.#selectedIndex();
    if (selected !== null) return selected;
    const firstVisible = this.#frame?.marks.find((m) => m.cx >= 0 || m.x1 >= 0);
    if (firstVisible) return firstVisible.type === 'event' ? firstVisible.event.index : firstVisible.members[0].index;
    return 0;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const model = this.#model;
    const action = keyAction(event.key, ZOOM_STEP);
    if (!model || !action || (action.kind === 'clear' && this.selected === null)) return;
    const current = this._active ?? this.#startIndex();
    switch (action.kind) {
      case 'move':
        // The first arrow press lands on the start event itself.
        this.#move(this._active === null ? current : current + action.by);
        break;
      case 'first':
        this.#move(0);
        break;
      case 'last':
        this.#move(model.events.length - 1);
        break;
      case 'pan': {
        const z = this.#zoom.attached ? this.#zoom.state : this._zoom;
        this.#apply({ k: z.k, x: z.x + action.views * this._width });
        break;
      }
      case 'select':
        this.#select(current);
        break;
      case 'clear':
        this.#select(null);
        break;
      case 'zoom':
        this.#scaleBy(action.factor, 0);
        break;
      case 'fit':
        this.fit();
        break;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  #onFocus = (): void => {
    this.#hover.setChartFocused(true);
    if (this._active === null && this.#model?.events.length) this._active = this.#startIndex();
  };

  #onClick = (event: MouseEvent): void => {
    const target = markTarget(event);
    if (!target) return;
    const index = target.getAttribute('data-index');
    if (index !== null) {
      this.#select(Number(index));
      return;
    }
    const key = target.getAttribute('data-cluster');
    const cluster = this.#frame?.marks.find((m) => m.key === key);
    if (cluster?.type !== 'cluster' || !this.#base) return;
    const span = cluster.end - cluster.start;
    const margin = Math.max(span * 0.15, 30 * 60_000);
    const before = this.#zoom.attached ? this.#zoom.state.k : this._zoom.k;
    this.#apply(
      transformFor(this.#base, cluster.start - margin, cluster.end + margin, this.#scaleExtent),
      reducedMotion() ? 0 : 300,
    );
    // Already at the deepest zoom (identical dates): open the first of them instead.
    if (before >= this.#scaleExtent[1] - EPSILON) this.#select(cluster.members[0].index);
  };

  #onChartBlur = (): void => this.#hover.setChartFocused(false);

  // ---------------------------------------------------------------- text

  /** The timex of an event (map built on first use: only the details panel and the list need it). */
  #timex(id: string): Timex | undefined {
    if (!this.#timexMap) {
      this.#timexMap = new Map();
      if (this.#input.kind === 'ready')
        for (const t of this.#input.list.timexes) if (!this.#timexMap.has(t.id)) this.#timexMap.set(t.id, t);
    }
    return this.#timexMap.get(id);
  }

  /** Idle-time work for the next zoom frames: cluster levels, label widths, date texts (layout/prefetch.ts). */
  #prefetchPlan(): PrefetchTask[] {
    const model = this.#model;
    if (!model?.extent || !this.#base || !this.#frame || this.view === 'list') return [];
    return prefetchTasks(
      model,
      this.#base,
      this._zoom,
      { ...this.#frameOptions(this.#lanes), pinned: new Set() },
      this.#scaleExtent[1],
      (frame) => {
        for (const mark of frame.marks) if (mark.type === 'event') this.#describe(mark.event);
      },
    );
  }

  #describe(e: PreparedEvent): string {
    let text = this.#dateCache.get(e);
    if (text === undefined) {
      text = describeDate(e, this.#lang);
      // clock times are on the article's clock: name its zone when the publication time gives one
      const zone = CLOCK_GRANULARITIES.has(e.granularity) ? this.#articleZone() : null;
      if (zone) text += ` ${zone}`;
      this.#dateCache.set(e, text);
    }
    return text;
  }

  /** The zone of the article's clock ("UTC−4"), from a publication time with an offset; else null. */
  #articleZone(): string | null {
    return this.#input.kind === 'ready' ? articleZone(this.#input.list.article.published) : null;
  }

  /** "Published 22 Mar 2019", or with the time on the article's clock: "Published 22 Mar 2019, 10:35 UTC−4". */
  #publishedLabel(published: number): string {
    const text = this.#input.kind === 'ready' ? this.#input.list.article.published : null;
    const day = describeShortDate(published, this.#lang);
    if (!hasClockTime(text)) return `Published ${day}`;
    const zone = articleZone(text);
    const time = formatDate(published, this.#lang, { hour: 'numeric', minute: '2-digit' });
    return `Published ${day}, ${time}${zone ? ` ${zone}` : ''}`;
  }

  #geometry(): ChartGeometry {
    return {
      width: this._width,
      laneHeight: this.#laneHeight,
      lanes: this.#lanes,
      headerHeight: HEADER_HEIGHT,
      axisHeight: AXIS_HEIGHT,
    };
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const input = this.#input;
    switch (input.kind) {
      case 'none':
        return this.#renderState('No events to show yet.', 'Give the timeline an event list or an article.');
      case 'loading':
        return html`<div class="state" part="state" role="status" aria-live="polite">
          <div class="spinner" aria-hidden="true"></div>
          <p class="title">Loading events…</p>
        </div>`;
      case 'error':
        return html`<div class="state error" part="state" role="alert">
          <p class="title">The timeline could not be shown.</p>
          <p class="message">${input.message}</p>
          ${input.retry ? html`<button type="button" @click=${this.#retry}>Retry</button>` : nothing}
        </div>`;
      case 'ready':
        if (!this.#model?.events.length)
          return html`${this.#renderNote()}${this.#renderState('No dated events in this article.', this.#skippedText())}`;
        return this.#renderReady();
    }
  }

  #retry = (): void => this.#source.retry(this.#sourceLimits());

  #sourceLimits() {
    const ctor = this.constructor as typeof NewsTimeline;
    return { timeoutMs: ctor.fetchTimeout, maxBytes: ctor.maxSourceBytes };
  }

  #renderState(title: string, message: string): TemplateResult {
    return html`<div class="state" part="state" role="status">
      <p class="title">${title}</p>
      ${message ? html`<p>${message}</p>` : nothing}
    </div>`;
  }

  #skippedText(): string {
    const input = this.#input;
    if (input.kind !== 'ready' || !input.skipped.length) return '';
    const n = input.skipped.length;
    return `${formatNumber(n, this.#lang)} event${n === 1 ? ' was' : 's were'} left out because ${n === 1 ? 'its date is' : 'their dates are'} impossible (for example ${input.skipped[0].id}: ${input.skipped[0].field} "${input.skipped[0].value}").`;
  }

  #renderNote(): TemplateResult | typeof nothing {
    const text = this.#skippedText();
    return text ? html`<p class="note" part="note" role="note">${text}</p>` : nothing;
  }

  #renderReady(): TemplateResult {
    const model = this.#model!;
    const frame = this.#frame;
    const selectedIndex = this.#selectedIndex();
    const selected = selectedIndex === null ? null : model.events[selectedIndex];
    const range = frame ? describeWindow(frame.from, frame.to, this.#lang) : '';
    const [kMin, kMax] = this.#scaleExtent;
    const k = this._zoom.k;
    const list = this.#input.kind === 'ready' ? this.#input.list : null;
    const title = list?.article.title;
    const published = model.published;
    const label = `Timeline${title ? ` of “${title}”` : ''}: ${formatNumber(model.events.length, this.#lang)} events, in time order`;
    return html`
      ${renderControls({
        canZoomOut: k > kMin + EPSILON,
        canZoomIn: k < kMax - EPSILON,
        listView: this.view === 'list',
        range,
        onZoomOut: this.#zoomOutButton,
        onZoomIn: this.#zoomInButton,
        onFit: this.#fitButton,
        onToggleView: this.#toggleView,
      })}
      ${this.#renderNote()}
      ${
        this.view === 'list'
          ? renderListView({
              events: model.events,
              page: this._listPage,
              selectedIndex,
              describe: (e) => this.#describe(e),
              phrase: (e) => this.#timex(e.event.timex)?.text ?? '',
              onSelect: (e) => this.#select(e.index),
              onPage: (page) => (this._listPage = page),
              onHover: (e) => this.#hover.setListIndex(e ? e.index : null),
            })
          : html`<div
                class="chart"
                ${ref(this.#chartRef)}
                role="listbox"
                tabindex="0"
                aria-label=${label}
                aria-describedby="keys"
                aria-activedescendant=${this._active !== null && frame?.marks.some((m) => m.type === 'event' && m.event.index === this._active) ? `ev-${this._active}` : nothing}
                @keydown=${this.#onKeyDown}
                @focus=${this.#onFocus}
                @blur=${this.#onChartBlur}
                @click=${this.#onClick}
                @pointerover=${this.#hover.onPointerOver}
                @pointerleave=${this.#hover.onPointerLeave}
              >
                ${
                  frame
                    ? renderChart(frame, this.#geometry(), {
                        selectedIndex,
                        activeIndex: this._active,
                        hoverKey: this.#hover.markKey,
                        setSize: model.events.length,
                        publishedLabel: published === null ? null : this.#publishedLabel(published),
                        describe: (m: EventMark) => `${m.event.event.label}, ${this.#describe(m.event)}`,
                        measure: this.#measure,
                        compactCount: (n) => formatNumber(n, this.#lang, true),
                      })
                    : nothing
                }
              </div>
              <p id="keys" class="visually-hidden">
                Arrow keys move between events in time order, Enter selects, plus and minus zoom, 0 shows all, Escape
                clears the selection.
              </p>`
      }
      ${renderDetails(selected, selected ? this.#timex(selected.event.timex) : undefined, selected ? this.#describe(selected) : '', () => this.#select(null))}
    `;
  }

  // Buttons animate (250 ms) unless the reader asked for less motion; keys and methods do not.
  #zoomOutButton = (): void => this.#scaleBy(1 / ZOOM_STEP, 250);
  #zoomInButton = (): void => this.#scaleBy(ZOOM_STEP, 250);
  #fitButton = (): void => this.#apply({ k: 1, x: 0 }, 250);

  #toggleView = (): void => {
    this.view = this.view === 'list' ? 'timeline' : 'list';
    const selected = this.#selectedIndex();
    if (this.view === 'list' && selected !== null) this._listPage = Math.floor(selected / 100);
  };

  /** Events overlapping the visible window, in time order (for tests and the demo). */
  get visibleEvents(): TimelineEvent[] {
    if (!this.#model || !this.#frame) return [];
    return eventsInWindow(this.#model, this.#frame.from, this.#frame.to).map((e) => e.event);
  }
}

function toMs(value: string | Date | number): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return parseFloating(value);
}
