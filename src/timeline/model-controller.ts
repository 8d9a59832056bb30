/**
 * From the element's inputs to the model it draws, as a Lit ReactiveController: which input wins
 * (`.data`, then `src`, then article text: `.text` or a child `<article>`/`<template>`, watched for
 * changes; several child articles make a story), the `src` request, the reading of article text, the
 * modules a story needs (loaded on first use), validation, the prepared model (for a story, of the sources
 * the reader shows), and the
 * `news-timeline-error` events they raise (dispatched after the update that found them).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoryEventList } from '../extract/story/types.js';
import type { EventList, Timex } from '../extract/types.js';
import { CHILD_ARTICLE_ATTRIBUTES, childArticleElements, type ChildArticle } from './child-articles.js';
import { LazyPart, loadCoverage, type CoverageModule, type StoryExtractor } from './coverage-loader.js';
import type { NewsTimelineErrorDetail } from './events.js';
import { ExtractionController } from './extraction-controller.js';
import type { ArticleExtractor } from './extractor.js';
import { articleOf, resolveInput, storyOf, type Input, type ValidationWords } from './input.js';
import { prepareTimeline, type PreparedTimeline } from './layout/prepare.js';
import { SourceController, type SourceLimits } from './source-controller.js';

export interface ModelInputs {
  data: EventList | StoryEventList | null;
  src: string | null;
  text: string | null;
  published: string | null;
  articleTitle: string | null;
  extractor: ArticleExtractor | null;
  /** Loads `extractStory()`, for stories of child articles; null where the build has none. */
  storyExtractor: (() => Promise<StoryExtractor>) | null;
  limits: SourceLimits;
}

export class ModelController implements ReactiveController {
  input: Input = { kind: 'none' };
  model: PreparedTimeline | null = null;
  /** Counts the models prepared (what caches and idle plans key on). */
  version = 0;

  readonly #source: SourceController;
  readonly #extraction: ExtractionController;
  #sourceVersion = 0;
  #extractionVersion = 0;
  #children: ChildArticle[] = [];
  #childChanged = false;
  /** How many child articles are there but not read: their reader (the reading chunk) is not loaded. */
  #childrenUnread = 0;
  readonly #reader: LazyPart<(host: Element) => ChildArticle[]>;
  /** Modules a story needs; `#partsVersion` counts their loads ending. */
  readonly #coverage: LazyPart<CoverageModule>;
  readonly #storyExtractor: LazyPart<StoryExtractor>;
  /**
   * The words of a bad list or a skipped item (validation-messages.ts): an invalid list is resolved again
   * when they arrive; a drawn one with skipped items reports them then (`#skippedReported`).
   */
  readonly #words: LazyPart<ValidationWords>;
  #skippedReported = true;
  #partsVersion = 0;
  #partsSeen = 0;
  /** Ids of the story's sources the reader turned off; `#refiltered`: the model changed by that alone. */
  #hidden = new Set<string>();
  #refiltered = false;
  #observer: MutationObserver | null = null;
  #timexes: Map<string, Timex> | null = null;
  #pending: CustomEvent[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => ModelInputs,
  ) {
    host.addController(this);
    this.#source = new SourceController(host);
    this.#extraction = new ExtractionController(host);
    const settled = () => {
      this.#partsVersion++;
      host.requestUpdate();
    };
    this.#coverage = new LazyPart(loadCoverage, settled);
    this.#storyExtractor = new LazyPart(() => this.inputs().storyExtractor!(), settled);
    this.#words = new LazyPart(
      () => import('./validation-messages.js'),
      () => {
        if (this.input.kind === 'ready') this.#reportSkipped();
        else this.#partsVersion++;
        host.requestUpdate();
      },
    );
    this.#reader = new LazyPart(
      () => import('./reading.js').then(({ readChildArticles }) => readChildArticles),
      () => {
        this.#childChanged = true;
        this.#readChild();
        host.requestUpdate();
      },
    );
  }

  /** While article text is being read, a promise of the result (the host's updateComplete waits for it). */
  get reading(): Promise<void> | null {
    return this.#reader.loading ?? this.#extraction.reading ?? this.#words.loading;
  }

  /**
   * The validation messages' module for notes the host words (wanted here): null while it loads, undefined
   * when it could not load.
   */
  words(): ValidationWords | null | undefined {
    this.#words.want();
    return this.#words.value ?? (this.#words.error ? undefined : null);
  }

  /**
   * The notes of what of the list was left out and of the time phrases not marked: in words once they load
   * (updateComplete waits for them); until then, or without them, the counts.
   */
  skippedNotes(number: (n: number) => string): string[] {
    const input = this.input;
    if (input.kind !== 'ready') return [];
    const lists = [input.skipped, input.skippedTimexes];
    return (
      this.#words.value?.skippedNotes(lists, number) ??
      lists.map((l) => (l.length ? `${number(l.length)} skipped.` : ''))
    );
  }

  hostConnected(): void {
    this.#readChild();
    this.#observer = new MutationObserver(() => this.#readChild());
    this.#observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: CHILD_ARTICLE_ATTRIBUTES,
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Dispatches the error events found in the update. */
  hostUpdated(): void {
    for (const event of this.#pending.splice(0)) this.host.dispatchEvent(event);
  }

  /**
   * Resolves the input again when a property it depends on changed (`changed`), the child article did,
   * or the request did; true when it did (the model is new).
   */
  update(changed: boolean): boolean {
    const inputs = this.inputs();
    const src = inputs.data == null ? inputs.src : null;
    this.#source.want(src, inputs.limits);
    const article = inputs.data == null && !src ? this.#article(inputs) : null;
    this.#extraction.want(article, inputs.extractor);
    const now =
      changed ||
      this.#childChanged ||
      this.#source.version !== this.#sourceVersion ||
      this.#extraction.version !== this.#extractionVersion ||
      this.#partsVersion !== this.#partsSeen;
    this.#childChanged = false;
    this.#sourceVersion = this.#source.version;
    this.#extractionVersion = this.#extraction.version;
    this.#partsSeen = this.#partsVersion;
    this.#refiltered = false;
    if (now) this.#resolve(inputs);
    else if (this.#filterChanged) this.#refilter();
    return now || this.#refiltered;
  }

  /** The model is new only because the reader showed or hid a source (the view is kept). */
  get refiltered(): boolean {
    return this.#refiltered;
  }

  /** Ids of the story's sources the reader turned off. */
  get hidden(): ReadonlySet<string> {
    return this.#hidden;
  }

  #filterChanged = false;

  /** Shows or hides the events of a source of the story (those that no shown source reports). */
  toggleSource(id: string): void {
    const hidden = new Set(this.#hidden);
    if (!hidden.delete(id)) hidden.add(id);
    this.#hidden = hidden;
    this.#filterChanged = true;
    this.host.requestUpdate();
  }

  #refilter(): void {
    this.#filterChanged = false;
    if (this.input.kind !== 'ready' || !this.input.coverage) return;
    this.model = this.input.coverage.prepare(this.#hidden);
    this.version++;
    this.#refiltered = true;
  }

  /** Loads `src` again, or a module a story needs (the error state's Retry button). */
  retry(): void {
    if (this.#coverage.error || this.#storyExtractor.error || this.#reader.error) {
      this.#coverage.retry();
      this.#storyExtractor.retry();
      this.#reader.retry();
      this.#partsVersion++;
      this.host.requestUpdate();
      return;
    }
    this.#words.retry();
    this.#source.retry(this.inputs().limits);
  }

  /** Shows an error instead of the model (rendering failed). */
  fail(message: string): void {
    this.input = { kind: 'error', errorKind: 'render', message, retry: false };
    this.model = null;
  }

  /** The timex of an event (the map is built on first use: only texts for people need it). */
  timex(id: string): Timex | undefined {
    if (!this.#timexes) {
      this.#timexes = new Map();
      if (this.input.kind === 'ready')
        for (const t of this.input.list.timexes) if (!this.#timexes.has(t.id)) this.#timexes.set(t.id, t);
    }
    return this.#timexes.get(id);
  }

  #resolve(inputs: ModelInputs): void {
    const previous = this.input;
    this.input = resolveInput({
      data: inputs.data,
      src: inputs.src,
      load: this.#source.state,
      article: this.#article(inputs),
      canRead: !!inputs.extractor,
      extraction: this.#extraction.state,
      children: storyOf(inputs.text, this.#children),
      canExtractStory: inputs.storyExtractor !== null,
      coverage: this.#coverage,
      storyExtractor: this.#storyExtractor,
      words: this.#words,
      unreadChildren:
        this.#childrenUnread && inputs.text === null
          ? { count: this.#childrenUnread, error: this.#reader.error }
          : null,
    });
    this.model = null;
    this.version++;
    this.#timexes = null;
    this.#filterChanged = false;
    const input = this.input;
    if (input.kind === 'loading') {
      if (input.needs?.includes('coverage')) this.#coverage.want();
      if (input.needs?.includes('storyExtractor')) this.#storyExtractor.want();
      if (input.needs?.includes('reader')) this.#reader.want();
      if (input.needs?.includes('words')) this.#words.want();
    }
    if (input.kind === 'ready') {
      // A new story shows all its sources; the same story (a child edited, a module loaded) keeps the choice.
      const sources = input.coverage?.sources.map((s) => s.id).join('\n') ?? '';
      if (sources !== this.#sourceIds) this.#hidden = new Set();
      this.#sourceIds = sources;
      this.model = input.coverage ? input.coverage.prepare(this.#hidden) : prepareTimeline(input.list);
      this.#skippedReported = !(input.skipped.length || input.skippedTimexes.length);
      if (!this.#skippedReported) {
        this.#words.want();
        this.#reportSkipped();
      }
    } else if (input.kind === 'error' && !(previous.kind === 'error' && previous.message === input.message)) {
      this.#queueError({ kind: input.errorKind, message: input.message, field: input.field, fatal: true });
    }
  }

  #sourceIds = '';

  /** The one article to read: none when the child articles make a story. */
  #article(inputs: ModelInputs) {
    if (storyOf(inputs.text, this.#children).length) return null;
    return articleOf(inputs.text, this.#children[0] ?? null, inputs.published, inputs.articleTitle);
  }

  #readChild(): void {
    const read = this.#reader.value;
    // Without the reader, only whether there are child articles (the input resolves to loading them).
    const unread = read ? 0 : childArticleElements(this.host).length;
    if (unread !== this.#childrenUnread) {
      this.#childrenUnread = unread;
      this.#childChanged = true;
      this.host.requestUpdate();
    }
    const children = read ? read(this.host) : [];
    const before = this.#children;
    const same = (c: ChildArticle, i: number) =>
      (Object.keys(c) as (keyof ChildArticle)[]).every((key) => c[key] === before[i]![key]);
    if (children.length === before.length && children.every(same)) return;
    this.#children = children;
    this.#childChanged = true;
    this.host.requestUpdate();
  }

  /** Reports what was left out (a `skipped-events` error) once its words are loaded, or failed to. */
  #reportSkipped(): void {
    const input = this.input;
    if (this.#skippedReported || input.kind !== 'ready' || this.#words.loading) return;
    this.#skippedReported = true;
    this.#queueError({
      kind: 'skipped-events',
      message: this.skippedNotes(String).filter(Boolean).join(' '),
      skipped: input.skipped.length,
      fatal: false,
    });
  }

  #queueError(detail: NewsTimelineErrorDetail): void {
    this.#pending.push(
      new CustomEvent<NewsTimelineErrorDetail>('news-timeline-error', { detail, bubbles: true, composed: true }),
    );
  }
}
