import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StoryEventList } from '../extract/story/types.js';
import type { EventList, TimelineEvent } from '../extract/types.js';
import { LazyPart, type StoryExtractor } from './coverage-loader.js';
import type { CoverageView } from './coverage/index.js';
import type { ArticleExtractor } from './extractor.js';
import type { NewsTimelineErrorDetail, NewsTimelineZoomDetail } from './events.js';
import { formatFloating, parseFloating } from './layout/dates.js';
import { eventsInWindow } from './layout/prepare.js';
import { countOutside, outsideWindow, storyWindow } from './layout/story.js';
import { FrameController } from './frame-controller.js';
import { HoverController, markTarget } from './hover-controller.js';
import { KeyboardController } from './keyboard-controller.js';
import { Locale } from './locale.js';
import { EDGE_MARKER_PADDING, LIST_PAGE_SIZE, ZOOM_STEP } from './metrics.js';
import { ModelController } from './model-controller.js';
import { renderChart } from './render/chart.js';
import { renderControls } from './render/controls.js';
import { renderDetails } from './render/details.js';
import { edgeText, renderEdges } from './render/edges.js';
import { gestureHint, KEYS_SENTENCE } from './render/help.js';
import { browserIdleScheduler } from './idle-prefetch-controller.js';
import type { AttributeNote } from './attribute-notes.js';
import { attributesUnusable, lanesUsable, openingWindow } from './notes.js';
import { renderError, renderLoading, renderMessage, renderNote } from './render/states.js';
import { SelectionController } from './selection-controller.js';
import { timelineStyles } from './styles.js';
import { TextMeasurer } from './text-measurer.js';
import { ViewportController } from './viewport-controller.js';
import { ZoomController } from './zoom-controller.js';

export type { ArticleExtractor } from './extractor.js';
export type { StoryExtractor } from './coverage-loader.js';
export type * from './events.js';

const LOADING = { events: 'Loading events…', article: 'Reading the article…', articles: 'Reading the articles…' };

/** How long the buttons' zooms take (ms; none under prefers-reduced-motion). Keys and methods do not animate. */
const BUTTON_ZOOM_MS = 250;
/** How long a zoom to the events beyond an edge takes (ms). */
const EDGE_ZOOM_MS = 400;

/**
 * A zoomable, accessible timeline of the events of a news article.
 *
 * Give it an EventList (`.data`), a URL to one (`src`), or the article itself (`.text`, or a child
 * `<article>`/`<template>` with `published` and `title` attributes; needs the build with extraction,
 * `news-timeline.js`). A story told by several articles is drawn from a StoryEventList (`.data` or `src`)
 * or from several child `<article>`s (each with its own `published`, `title`, `source`, `url`): a number
 * on a mark says how many articles report the event, its card lists every source, and a bar of the
 * articles shows or hides each one's events. What a story needs loads on first use. It opens on the story: the window around the publication date that holds the
 * dense core of the events (`opening`), with markers at the edges counting the events beyond them.
 * Previous and Next walk the events in time order, zooming to each and opening its card. Wheel, drag,
 * pinch or double-click to zoom the time axis; click or press Enter on an event to read its sentence.
 * One tab stop: arrow keys move between events in time order, Home/End jump to the first/last, N/P step
 * through the story, `+`/`-`/`0` zoom and fit, Escape clears the selection, `?` shows the keys.
 *
 * @tag news-timeline
 *
 * @fires news-timeline-select - An event was selected or the selection cleared by the reader. `detail: {event}` (the EventList event, or null). Bubbles, composed.
 * @fires news-timeline-hover - The event the reader points at or, while the chart has keyboard focus, the active event changed (pointer enter/leave of an event mark or list row, arrow keys, focus, blur). `detail: {event}` (the EventList event, or null). Bubbles, composed.
 * @fires news-timeline-zoom - The visible window changed (also after the first draw and on resize). `detail: {from, to}` as floating ISO date-times (UTC). Bubbles, composed.
 * @fires news-timeline-error - Input could not be drawn (`fatal: true`: the error state shows: kinds `fetch`, `json`, `validation`, `extraction`, `render`), or the timeline draws with a note (`fatal: false`): events that cannot be drawn were left out (kind `skipped-events`, `skipped`: how many; the message says why), or an attribute value cannot be used (kind `attribute`, `field`: its name; the message says what is used instead). `detail: {kind, message, field?, skipped?, fatal}`. Bubbles, composed.
 *
 * @csspart controls - The toolbar: previous and next event, the story position, visible range, zoom out, zoom in, fit, list view toggle, keys.
 * @csspart axis - The time axis (ticks, tick labels, context labels).
 * @csspart event - One event's mark and label (an SVG `<g role="option">` with `data-event-id`, the event's id).
 * @csspart background-event - An event whose date only describes a thing (`background: true` in the EventList): also an `event`, drawn lighter (class `background`).
 * @csspart event-label - The label text of an event or a cluster.
 * @csspart cluster - A mark standing for several events too close to tell apart; click to zoom in.
 * @csspart edge-marker - "← 2 earlier" / "1 later →": events wholly outside the view; click to zoom to them.
 * @csspart published-marker - The line and label at the publication date.
 * @csspart details - The card of the selected event (or, with none, a hint on how to read the timeline).
 * @csspart help - The panel listing the keys.
 * @csspart list - The table view of the events.
 * @csspart state - The loading, empty and error messages.
 * @csspart note - The note about what was left out (events that cannot be drawn, time phrases that cannot be marked) and attribute values not used.
 * @csspart sources - In a story: the bar of its articles (letter, colour, name), each a toggle that shows or hides the events only it reports.
 * @csspart source - In a story: one article that reports the selected event, in its card (title, linked when it has an http(s) URL; source, date, sentences).
 *
 * @cssproperty [--news-timeline-background=#ffffff (dark: #15171b)] - Background.
 * @cssproperty [--news-timeline-color=#1d2330 (dark: #e8eaed)] - Text colour.
 * @cssproperty [--news-timeline-muted-color=#5b6472 (dark: #a3abb8)] - Axis labels, hints.
 * @cssproperty [--news-timeline-grid-color=#e3e6eb (dark: #2b3039)] - Grid lines and borders.
 * @cssproperty [--news-timeline-event-color=#1f5fcc (dark: #7fb0ff)] - Event points and bars.
 * @cssproperty [--news-timeline-selected-color=#c2410c (dark: #ffab70)] - The selected event.
 * @cssproperty [--news-timeline-cluster-color=#4b5563 (dark: #a5afbd)] - Cluster marks.
 * @cssproperty [--news-timeline-cluster-text-color=#ffffff (dark: #15171b)] - Count inside a cluster mark.
 * @cssproperty [--news-timeline-background-event-opacity=0.5] - Opacity of background events (mark and label).
 * @cssproperty [--news-timeline-published-color=#b42318 (dark: #ff8a80)] - Publication-date line and label.
 * @cssproperty [--news-timeline-focus-color=#0b57d0 (dark: #8ab4f8)] - Focus rings.
 * @cssproperty [--news-timeline-mark-color=#fff1a8 (dark: #5c4d00)] - Highlight of the time phrase in the details.
 * @cssproperty [--news-timeline-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--news-timeline-font-size=13px] - Font size of the controls, details and list (chart labels are 12px, measured for layout).
 * @cssproperty [--news-timeline-lane-height=34px] - Height of one row of labels (px).
 * @cssproperty [--news-timeline-border-radius=6px] - Corner radius of panels and buttons.
 * @cssproperty [--news-timeline-source-1-color=#0f766e (dark: #2dd4bf)] - In a story: the first article's colour (the 6th, 11th, … too; letters tell them apart).
 * @cssproperty [--news-timeline-source-2-color=#7c3aed (dark: #b39dfa)] - In a story: the second article's colour.
 * @cssproperty [--news-timeline-source-3-color=#be185d (dark: #f472b6)] - In a story: the third article's colour.
 * @cssproperty [--news-timeline-source-4-color=#3f7d20 (dark: #8fd16a)] - In a story: the fourth article's colour.
 * @cssproperty [--news-timeline-source-5-color=#8a5a00 (dark: #f3c04b)] - In a story: the fifth article's colour.
 */
export class NewsTimeline extends LitElement {
  static override styles = timelineStyles;

  /**
   * Reads article text into an EventList, at once or by a promise. Set by `news-timeline.js` (the build
   * with extraction: it loads extraction the first time text arrives); null in `news-timeline-element.js`,
   * where `.text` and child articles show an error instead.
   */
  static extractor: ArticleExtractor | null = null;
  /**
   * Article text at least this long (characters) is read in a Web Worker by `news-timeline.js` (0: all of
   * it), so that reading never holds up the page; shorter text is read on the main thread. Reading a first
   * text there compiles the extraction code too: about 140 ms for a short article on a desktop.
   */
  static extractInWorkerFrom = 0;
  /**
   * Loads `extractStory()`, which reads several child articles into a story. Set by `news-timeline.js` (from
   * the extraction chunk); null in `news-timeline-element.js`, where several child articles show an error.
   */
  static storyExtractor: (() => Promise<StoryExtractor>) | null = null;
  /** How long `src` may take before the error state shows (ms). */
  static fetchTimeout = 15_000;
  /** Largest `src` body accepted (bytes). */
  static maxSourceBytes = 50_000_000;

  /** The EventList (or StoryEventList) to draw. Takes precedence over `src` and article text. */
  @property({ attribute: false }) data: EventList | StoryEventList | null = null;

  /** URL of an EventList or StoryEventList JSON to fetch (when `data` is not set). */
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

  /**
   * The window the timeline opens on: `story` (the dense core of the events around the publication
   * date; the events beyond it are counted at the edges) or `all` (every event, as Fit shows). A window
   * given by `range-from` and `range-to` takes precedence. Setting it again opens that window again.
   */
  @property() opening: 'story' | 'all' = 'story';

  /** Start of the opening window (floating ISO date), with `range-to`: takes precedence over `opening`. */
  @property({ attribute: 'range-from' }) rangeFrom: string | null = null;

  /** End of the opening window (floating ISO date), with `range-from`. */
  @property({ attribute: 'range-to' }) rangeTo: string | null = null;

  /** Most rows of labels; labels that find no room are shortened, then events merge into clusters. */
  @property({ attribute: 'max-lanes', type: Number }) maxLanes = 8;

  /** `timeline` or `list` (the table view of the same events). */
  @property({ reflect: true }) view: 'timeline' | 'list' = 'timeline';

  /**
   * Level (1–6) of the heading the selected event's label is in the details card, to fit the page's
   * outline; 0 (or `none`) for no heading.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private _listPage = 0;

  readonly #text = new TextMeasurer(() => getComputedStyle(this).fontFamily);
  // Controllers; their host callbacks run in this order.
  readonly #model = new ModelController(this, () => ({
    data: this.data,
    src: this.src,
    text: this.text,
    published: this.published,
    articleTitle: this.articleTitle,
    extractor: (this.constructor as typeof NewsTimeline).extractor,
    storyExtractor: (this.constructor as typeof NewsTimeline).storyExtractor,
    limits: {
      timeoutMs: (this.constructor as typeof NewsTimeline).fetchTimeout,
      maxBytes: (this.constructor as typeof NewsTimeline).maxSourceBytes,
    },
  }));
  readonly #viewport = new ViewportController(this, () => this.#text.reset());
  // The chart's frame, found after each update (lit's ref directive would cost its async-directive machinery,
  // about 0.5 KB gzip, for this one element).
  readonly #zoom = new ZoomController(
    this,
    this.#viewport,
    () => this.renderRoot.querySelector<HTMLDivElement>('.chart-frame') ?? undefined,
  );
  readonly #locale = new Locale(
    () => ({ own: this.lang, element: this }),
    (e) => this.#model.timex(e.event.timex)?.value,
    () => (this.#model.input.kind === 'ready' ? this.#model.input.list.article.published : null),
  );
  readonly #hover: HoverController = new HoverController(this, () => ({
    events: this.#model.model?.events ?? null,
    listView: this.view === 'list',
    active: this.#keyboard.active,
  }));
  readonly #selection = new SelectionController(
    this,
    () => this.#model.model,
    this.#zoom,
    (index) => (this.#keyboard.active = index),
  );
  readonly #keyboard: KeyboardController = new KeyboardController(this, {
    model: () => this.#model.model,
    frame: () => this.#frames.frame,
    width: () => this.#viewport.width,
    selection: this.#selection,
    zoom: this.#zoom,
    hover: this.#hover,
  });
  readonly #frames = new FrameController(this, {
    model: this.#model,
    viewport: this.#viewport,
    zoom: this.#zoom,
    locale: this.#locale,
    measure: this.#text.measure,
    listView: () => this.view === 'list',
  });
  /** Whether the story's styles are adopted (on its first story: single articles never load them). */
  #coverageStyled = false;
  /**
   * The list view and the keys' panel (panels.ts): loaded when either is first opened, or when the page is
   * idle after the first chart, so that opening them does not wait.
   */
  readonly #panels = new LazyPart<typeof import('./panels.js')>(
    () => import('./panels.js'),
    // Loaded ahead (idle), it changes nothing drawn: no update.
    () => this.#panelsOpen() && this.requestUpdate(),
  );
  #panelsStyled = false;
  #panelsIdle = 0;
  /** The opening window is due (new model, or `opening`/`range-*` changed). */
  #needsOpening = false;
  #lastZoomDetail = '';
  /** Attribute values not used, with what is used instead (shown in the note). */
  #attributeNotes: AttributeNote[] = [];
  #reportedNotes = '';

  // ---------------------------------------------------------------- public API

  /** The visible window as floating ISO date-times (UTC), or null when nothing is drawn. */
  get visibleRange(): { from: string; to: string } | null {
    const window = this.#model.model?.extent ? this.#zoom.window() : null;
    return window ? { from: formatFloating(window[0]), to: formatFloating(window[1]) } : null;
  }

  /**
   * The story drawn, when the input is one (a StoryEventList given, fetched or read from several child
   * articles; events that cannot be drawn left out), else null. Events' ids in `news-timeline-select` are
   * its events' ids.
   */
  get storyList(): StoryEventList | null {
    return this.#coverage()?.list ?? null;
  }

  #coverage(): CoverageView | null {
    const input = this.#model.input;
    return input.kind === 'ready' ? (input.coverage ?? null) : null;
  }

  /** Events overlapping the visible window, in time order (for tests and the demo). */
  get visibleEvents(): TimelineEvent[] {
    const model = this.#model.model;
    const frame = this.#frames.frame;
    return model && frame ? eventsInWindow(model, frame.from, frame.to).map((e) => e.event) : [];
  }

  /** Shows the window [from, to] (floating ISO strings read as UTC, Dates, or ms), within the zoom limits. */
  zoomTo(from: string | Date | number, to: string | Date | number): void {
    this.#zoom.show(toMs(from), toMs(to));
  }

  /** Shows every event (with a margin). */
  fit(): void {
    this.#zoom.fit();
  }

  /** Zooms in two times around the middle (or the focused event). */
  zoomIn(): void {
    this.#zoom.scaleBy(ZOOM_STEP, this.#keyboard.focusX());
  }

  /** Zooms out two times. */
  zoomOut(): void {
    this.#zoom.scaleBy(1 / ZOOM_STEP, this.#keyboard.focusX());
  }

  /** Selects the next event in time order (the first, with none selected) and zooms to it, as the Next button does. */
  next(): void {
    this.#selection.step(1);
  }

  /** Selects the previous event in time order and zooms to it, as the Previous button does. */
  previous(): void {
    this.#selection.step(-1);
  }

  // ---------------------------------------------------------------- derived state

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.#derive(changed);
    } catch (error) {
      // Never an uncaught exception from rendering: show it.
      this.#model.fail(`This timeline could not be drawn: ${(error as Error).message}`);
      this.#frames.frame = null;
    }
  }

  #derive(changed: PropertyValues<this>): void {
    this.#locale.update();
    const inputChanged = ['data', 'src', 'text', 'published', 'articleTitle'].some((p) =>
      changed.has(p as keyof NewsTimeline),
    );
    const windowBefore = this.#zoom.window();
    const modelChanged = this.#model.update(inputChanged);
    const model = this.#model.model;
    // Attribute values not used are noted where the timeline is drawn (the note shows with it).
    // Their words load with the validation messages when needed: until then no note; without them, a short one.
    const words =
      model?.events.length && attributesUnusable(this.maxLanes, this.rangeFrom, this.rangeTo)
        ? this.#model.words()
        : null;
    const notes =
      words === undefined
        ? [
            {
              field: lanesUsable(this.maxLanes) ? 'range-from' : 'max-lanes',
              message: 'An attribute value is not used.',
            },
          ]
        : words
          ? [
              words.maxLanesNote(this.maxLanes),
              words.openingRange(this.rangeFrom, this.rangeTo, this.#openingName()).note,
            ]
          : [];
    this.#attributeNotes = notes.filter((note): note is AttributeNote => note !== null);
    if (modelChanged) {
      this.#locale.reset();
      this.#keyboard.update(model);
      this._listPage = 0;
    }
    if (this.#panelsOpen()) this.#panels.want();
    const panels = this.#panels.value;
    if (panels && !this.#panelsStyled) {
      this.#panelsStyled = true;
      const root = this.renderRoot as ShadowRoot;
      if (panels.panelStyles.styleSheet)
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, panels.panelStyles.styleSheet];
    }
    const coverage = this.#coverage();
    if (coverage && !this.#coverageStyled) {
      this.#coverageStyled = true;
      const root = this.renderRoot as ShadowRoot;
      if (coverage.styles.styleSheet)
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, coverage.styles.styleSheet];
    }
    const relaid = this.#viewport.update(model, this.maxLanes);
    if (relaid) {
      // A new model opens on its story; a new width or lane height, or sources shown or hidden, keep the
      // window the reader had.
      if ((modelChanged && !this.#model.refiltered) || !windowBefore) this.#needsOpening = true;
      else this.#zoom.show(windowBefore[0], windowBefore[1]);
    }
    if (!model?.extent || !this.#viewport.base) {
      this.#frames.frame = null;
      return;
    }
    if (changed.has('opening') || changed.has('rangeFrom') || changed.has('rangeTo')) this.#needsOpening = true;
    if (this.#needsOpening) {
      this.#needsOpening = false;
      this.#open();
    }
    // A selection made from outside (property or attribute) is brought into view.
    const selected = this.#selection.index;
    if (changed.has('selected') && selected !== null && !this.#selection.byReader)
      this.#zoom.reveal(model.events[selected].start, model.events[selected].end);
    const pinned = new Set<number>();
    const active = this.#keyboard.active;
    if (active !== null && active < model.events.length) pinned.add(active);
    if (selected !== null) pinned.add(selected);
    this.#frames.update(pinned);
    // The chart is as tall as the views a reader starts from need (lanes they leave empty would stay
    // empty); zooming keeps that height.
    if (relaid && this.#frames.frame) this.#viewport.fitLanes(this.#frames.lanesNeeded());
  }

  #openingName(): string {
    return this.opening === 'all' ? 'every event' : 'its story';
  }

  /** Shows the opening window: `range-from`/`range-to` when both are dates, else the story or everything. */
  #open(): void {
    const range = openingWindow(this.rangeFrom, this.rangeTo);
    if (range) return this.#zoom.show(range[0], range[1]);
    const story = this.opening === 'all' ? null : storyWindow(this.#model.model!, this.#viewport.width);
    if (story) this.#zoom.show(story[0], story[1]);
    else this.#zoom.fit();
  }

  /**
   * Also waits for what the reader would wait for: article text being read, and d3-zoom's module under a
   * drawn chart (zoom-behaviour.ts, loaded now if the page was not idle yet); then for the update their
   * arrival asks for. After `await el.updateComplete`, a timeline given text is drawn and answers gestures.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.#pendingWork(); pending; pending = this.#pendingWork()) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #pendingWork(): Promise<void> | null {
    return (
      this.#model.reading ??
      (this.isConnected ? (this.#zoom.pendingLoad ?? (this.#panelsOpen() ? this.#panels.loading : null)) : null)
    );
  }

  /** Whether the list view or the keys' panel is open (they need the panels chunk). */
  #panelsOpen(): boolean {
    return this.view === 'list' || this.#keyboard.helpOpen;
  }

  protected override updated(): void {
    this.#hover.report();
    if (this.#frames.frame && !this.#panels.value && !this.#panelsIdle)
      this.#panelsIdle = browserIdleScheduler.request(() => this.#panels.want());
    const reported = this.#attributeNotes.map((note) => note.message).join(' ');
    if (reported !== this.#reportedNotes) {
      this.#reportedNotes = reported;
      for (const { field, message } of this.#attributeNotes)
        this.dispatchEvent(
          new CustomEvent<NewsTimelineErrorDetail>('news-timeline-error', {
            detail: { kind: 'attribute', message, field, fatal: false },
            bubbles: true,
            composed: true,
          }),
        );
    }
    const detail = this.#frames.frame ? this.visibleRange : null;
    const key = detail ? `${detail.from}/${detail.to}` : '';
    if (detail && key !== this.#lastZoomDetail) {
      this.#lastZoomDetail = key;
      this.dispatchEvent(
        new CustomEvent<NewsTimelineZoomDetail>('news-timeline-zoom', { detail, bubbles: true, composed: true }),
      );
    }
  }

  // ---------------------------------------------------------------- reader actions

  #onChartClick = (event: MouseEvent): void => {
    const target = markTarget(event);
    const index = target?.getAttribute('data-index');
    if (index != null) return this.#selection.select(Number(index));
    // A cluster: zoom into it; at the deepest zoom already (identical dates), open its first event.
    const cluster = this.#frames.frame?.marks.find((m) => m.key === target?.getAttribute('data-cluster'));
    if (cluster?.type !== 'cluster') return;
    const margin = Math.max((cluster.end - cluster.start) * 0.15, 30 * 60_000);
    if (this.#zoom.canZoomIn) this.#zoom.show(cluster.start - margin, cluster.end + margin, 300);
    else this.#selection.select(cluster.members[0].index);
  };

  #showOutside(side: 'earlier' | 'later'): void {
    const model = this.#model.model;
    const frame = this.#frames.frame;
    const window = model && frame ? outsideWindow(model, frame.from, frame.to, side) : null;
    if (!window) return;
    this.#zoom.show(window[0], window[1], EDGE_ZOOM_MS);
    this.#zoom.markUsed();
  }

  #onEarlier = () => this.#showOutside('earlier');
  #onLater = () => this.#showOutside('later');
  #onPrevious = () => this.#selection.step(-1);
  #onNext = () => this.#selection.step(1);
  #onZoomOut = () => this.#keyboard.zoomBy(1 / ZOOM_STEP, BUTTON_ZOOM_MS);
  #onZoomIn = () => this.#keyboard.zoomBy(ZOOM_STEP, BUTTON_ZOOM_MS);
  #onFit = () => {
    this.#zoom.fit(BUTTON_ZOOM_MS);
    this.#zoom.markUsed();
  };
  #onToggleHelp = () => this.#keyboard.toggleHelp();
  #onCloseHelp = () => this.#keyboard.toggleHelp(false);
  #onCloseDetails = () => this.#selection.select(null);
  #onRetry = () => this.#model.retry();
  #onToggleSource = (id: string) => this.#model.toggleSource(id);
  #onToggleView = (): void => {
    this.view = this.view === 'list' ? 'timeline' : 'list';
    const selected = this.#selection.index;
    if (this.view === 'list' && selected !== null) this._listPage = Math.floor(selected / LIST_PAGE_SIZE);
  };

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const input = this.#model.input;
    switch (input.kind) {
      case 'none':
        return renderMessage('No events to show yet.', 'Give the timeline an event list or an article.');
      case 'loading':
        return renderLoading(LOADING[input.what]);
      case 'error':
        return renderError(input.message, input.retry ? this.#onRetry : null);
      case 'ready': {
        const number = (n: number) => this.#locale.number(n);
        const coverage = input.coverage;
        const [skippedEvents, skippedTimexes] = this.#model.skippedNotes(number);
        const skipped = [skippedEvents, coverage?.undatedNote(number) ?? ''].filter(Boolean).join(' ');
        const bar = coverage
          ? coverage.renderBar({ hidden: this.#model.hidden, number, onToggle: this.#onToggleSource })
          : nothing;
        if (!this.#model.model?.events.length)
          return html`${bar}${renderNote(skipped)}${renderMessage(
            coverage
              ? this.#model.hidden.size
                ? 'No events from the articles shown.'
                : 'No dated events in these articles.'
              : 'No dated events in this article.',
            skipped,
          )}`;
        const note = [skipped, skippedTimexes, ...this.#attributeNotes.map((n) => n.message), this.#zoom.loadError];
        return this.#renderReady(note.filter(Boolean).join(' '), bar);
      }
    }
  }

  #renderReady(note: string, bar: TemplateResult | typeof nothing): TemplateResult {
    const model = this.#model.model!;
    const locale = this.#locale;
    const frame = this.#frames.frame;
    const listView = this.view === 'list';
    const selectedIndex = this.#selection.index;
    const selected = selectedIndex === null ? null : model.events[selectedIndex];
    const number = (n: number) => locale.number(n);
    const coverage = this.#coverage();
    return html`
      ${renderControls({
        position: selectedIndex,
        total: model.events.length,
        canZoomOut: this.#zoom.canZoomOut,
        canZoomIn: this.#zoom.canZoomIn,
        listView,
        helpOpen: this.#keyboard.helpOpen,
        width: this.#viewport.width,
        range: frame ? locale.window(frame.from, frame.to) : '',
        number,
        onPrevious: this.#onPrevious,
        onNext: this.#onNext,
        onZoomOut: this.#onZoomOut,
        onZoomIn: this.#onZoomIn,
        onFit: this.#onFit,
        onToggleView: this.#onToggleView,
        onToggleHelp: this.#onToggleHelp,
      })}
      ${bar} ${renderNote(note)} ${this.#keyboard.helpOpen ? this.#renderKeyHelp() : nothing}
      ${
        listView
          ? this.#renderListView({
              events: model.events,
              page: this._listPage,
              selectedIndex,
              describe: (e) => locale.date(e),
              phrase: (e) => this.#model.timex(e.event.timex)?.text ?? '',
              sources: coverage ? (e) => coverage.letters(e) : undefined,
              onSelect: (e) => this.#selection.select(e.index),
              onPage: (page) => (this._listPage = page),
              onHover: (e) => this.#hover.setListIndex(e ? e.index : null),
            })
          : this.#renderChart()
      }
      ${renderDetails({
        event: selected,
        timex: selected ? this.#model.timex(selected.event.timex) : undefined,
        when: selected ? locale.date(selected) : '',
        headingLevel: this.headingLevel,
        sources: selected ? coverage?.renderSources(selected, locale.lang) : undefined,
        hint: `Select an event, or press Next, to read the story one event at a time.${this.#zoom.used ? '' : ` ${gestureHint()}`}`,
        onClose: this.#onCloseDetails,
      })}
    `;
  }

  #renderKeyHelp(): TemplateResult | typeof nothing {
    const panels = this.#panels.value;
    if (panels) return panels.renderKeyHelp(this.#onCloseHelp);
    // Without the panel (its file did not load), the keys in words.
    return this.#panels.error ? renderMessage('Keys', KEYS_SENTENCE) : nothing;
  }

  #renderListView(state: Parameters<typeof import('./panels.js').renderListView>[0]): TemplateResult {
    const panels = this.#panels.value;
    if (panels) return panels.renderListView(state);
    if (this.#panels.error)
      return renderMessage(
        'The list view could not be loaded.',
        `${this.#panels.error.message}. The timeline view shows the same events.`,
      );
    return renderLoading('Loading the list…');
  }

  #renderChart(): TemplateResult {
    const model = this.#model.model!;
    const frame = this.#frames.frame;
    const locale = this.#locale;
    const active = this.#keyboard.active;
    const title = this.#model.input.kind === 'ready' ? this.#model.input.list.article.title : undefined;
    const coverage = this.#coverage();
    const label = `Timeline${coverage ? ` of a story told by ${locale.number(coverage.sources.length)} article${coverage.sources.length === 1 ? '' : 's'}` : title ? ` of “${title}”` : ''}: ${locale.number(model.events.length)} events, in time order`;
    const counts = frame ? countOutside(model, frame.from, frame.to) : { earlier: 0, later: 0 };
    const edgeWidth = (side: 'earlier' | 'later', n: number) =>
      n ? this.#text.measure(edgeText(side, locale.number(n))) + 2 * (EDGE_MARKER_PADDING + 1) : 0;
    return html`<div class="chart-frame">
        <div
          class="chart"
          role="listbox"
          tabindex="0"
          aria-label=${label}
          aria-describedby="keys"
          aria-activedescendant=${active !== null && frame?.marks.some((m) => m.type === 'event' && m.event.index === active) ? `ev-${active}` : nothing}
          @keydown=${this.#keyboard.onKeyDown}
          @focus=${this.#keyboard.onFocus}
          @blur=${this.#keyboard.onBlur}
          @click=${this.#onChartClick}
          @pointerover=${this.#hover.onPointerOver}
          @pointerleave=${this.#hover.onPointerLeave}
        >
          ${
            frame
              ? renderChart(frame, this.#viewport.geometry(), {
                  selectedIndex: this.#selection.index,
                  activeIndex: active,
                  hoverKey: this.#hover.markKey,
                  setSize: model.events.length,
                  publishedLabel:
                    model.published === null ? null : locale.publishedLabel(model.published, coverage !== null),
                  describe: (m) =>
                    `${m.event.event.label}, ${locale.date(m.event)}${coverage?.describe(m.event) ?? ''}`,
                  markClass: coverage ? (e) => coverage.markClass(e) : undefined,
                  badges: coverage ? (events, g) => coverage.badges(events, g, this.#selection.index) : undefined,
                  measure: this.#text.measure,
                  compactCount: (n) => locale.number(n, true),
                  edges: { left: edgeWidth('earlier', counts.earlier), right: edgeWidth('later', counts.later) },
                })
              : nothing
          }
        </div>
        ${renderEdges({ counts, number: (n) => locale.number(n), onEarlier: this.#onEarlier, onLater: this.#onLater })}
      </div>
      <p id="keys" class="visually-hidden">${KEYS_SENTENCE}</p>`;
  }
}

function toMs(value: string | Date | number): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return parseFloating(value);
}
