/**
 * From the element's inputs to the model it draws, as a Lit ReactiveController: which input wins
 * (`.data`, then `src`, then article text: `.text` or a child `<article>`/`<template>`, watched for
 * changes), the `src` request, the reading of article text, validation, the prepared model, and the
 * `news-timeline-error` events they raise (dispatched after the update that found them).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventList, Timex } from '../extract/types.js';
import { readChildArticle, type ChildArticle } from './article-text.js';
import type { NewsTimelineErrorDetail } from './events.js';
import { ExtractionController } from './extraction-controller.js';
import type { ArticleExtractor } from './extractor.js';
import { articleOf, resolveInput, type Input } from './input.js';
import { prepareTimeline, type PreparedTimeline } from './layout/prepare.js';
import { EVENTS_LEFT_OUT, PHRASES_UNMARKED, skippedNote } from './notes.js';
import { SourceController, type SourceLimits } from './source-controller.js';

export interface ModelInputs {
  data: EventList | null;
  src: string | null;
  text: string | null;
  published: string | null;
  articleTitle: string | null;
  extractor: ArticleExtractor | null;
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
  #child: ChildArticle | null = null;
  #childChanged = false;
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
  }

  /** While article text is being read, a promise of the result (the host's updateComplete waits for it). */
  get reading(): Promise<void> | null {
    return this.#extraction.reading;
  }

  hostConnected(): void {
    this.#readChild();
    this.#observer = new MutationObserver(() => this.#readChild());
    this.#observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['published', 'title'],
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
      this.#extraction.version !== this.#extractionVersion;
    this.#childChanged = false;
    this.#sourceVersion = this.#source.version;
    this.#extractionVersion = this.#extraction.version;
    if (now) this.#resolve(inputs);
    return now;
  }

  /** Loads `src` again (the error state's Retry button). */
  retry(): void {
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
    });
    this.model = null;
    this.version++;
    this.#timexes = null;
    const input = this.input;
    if (input.kind === 'ready') {
      this.model = prepareTimeline(input.list);
      if (input.skipped.length || input.skippedTimexes.length) {
        const number = String;
        this.#queueError({
          kind: 'skipped-events',
          message: [
            skippedNote(input.skipped, EVENTS_LEFT_OUT, number),
            skippedNote(input.skippedTimexes, PHRASES_UNMARKED, number),
          ]
            .filter(Boolean)
            .join(' '),
          skipped: input.skipped.length,
          fatal: false,
        });
      }
    } else if (input.kind === 'error' && !(previous.kind === 'error' && previous.message === input.message)) {
      this.#queueError({ kind: input.errorKind, message: input.message, field: input.field, fatal: true });
    }
  }

  #article(inputs: ModelInputs) {
    return articleOf(inputs.text, this.#child, inputs.published, inputs.articleTitle);
  }

  #readChild(): void {
    const child = readChildArticle(this.host);
    const current = this.#child;
    if (child?.text === current?.text && child?.published === current?.published && child?.title === current?.title)
      return;
    this.#child = child;
    this.#childChanged = true;
    this.host.requestUpdate();
  }

  #queueError(detail: NewsTimelineErrorDetail): void {
    this.#pending.push(
      new CustomEvent<NewsTimelineErrorDetail>('news-timeline-error', { detail, bubbles: true, composed: true }),
    );
  }
}
