/**
 * Article text being read, as a Lit ReactiveController: one reading at a time (new text aborts the one
 * under way, so a late result never overwrites a newer one), aborted on disconnect and started again on
 * reconnect. An extractor may answer at once or with a promise; every outcome is a state, nothing
 * rejects unhandled.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExtractOptions } from '../extract/types.js';
import type { ArticleExtractor } from './extractor.js';

export interface Article extends ExtractOptions {
  text: string;
}

export type ExtractionState =
  | { article: Article; status: 'reading'; controller: AbortController; done: Promise<void> }
  | { article: Article; status: 'done'; list: unknown }
  | { article: Article; status: 'error'; message: string };

const same = (a: Article, b: Article) => a.text === b.text && a.published === b.published && a.title === b.title;

export class ExtractionController implements ReactiveController {
  #state: ExtractionState | null = null;
  #extractor: ArticleExtractor | null = null;
  /** Bumped on every state change, so the host can tell in willUpdate. */
  version = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): ExtractionState | null {
    return this.#state;
  }

  /** While text is being read, a promise of the result's arrival (the host's updateComplete waits for it). */
  get reading(): Promise<void> | null {
    return this.#state?.status === 'reading' ? this.#state.done : null;
  }

  #set(state: ExtractionState | null): void {
    this.#state = state;
    this.version++;
    this.host.requestUpdate();
  }

  /** Makes `article` (or nothing) the text wanted: starts, keeps or aborts the reading accordingly. */
  want(article: Article | null, extractor: ArticleExtractor | null): void {
    const current = this.#state;
    if (current && article && same(current.article, article) && extractor === this.#extractor) return;
    if (current?.status === 'reading') current.controller.abort();
    this.#extractor = extractor;
    if (article && extractor) this.#read(article, extractor);
    else if (current) this.#set(null);
  }

  #read(article: Article, extractor: ArticleExtractor): void {
    const controller = new AbortController();
    const failed = (error: unknown): ExtractionState => ({
      article,
      status: 'error',
      message: `The article could not be read: ${error instanceof Error ? error.message : String(error)}`,
    });
    let result: ReturnType<ArticleExtractor>;
    try {
      result = extractor(article.text, { published: article.published, title: article.title }, controller.signal);
    } catch (error) {
      return this.#set(failed(error));
    }
    if (typeof (result as PromiseLike<unknown> | null)?.then !== 'function')
      return this.#set({ article, status: 'done', list: result });
    const reading: ExtractionState = { article, status: 'reading', controller, done: Promise.resolve() };
    reading.done = Promise.resolve(result).then(
      (list) => {
        if (this.#state === reading) this.#set({ article, status: 'done', list });
      },
      (error: unknown) => {
        if (this.#state === reading && !controller.signal.aborted) this.#set(failed(error));
      },
    );
    this.#set(reading);
  }

  hostConnected(): void {
    // A reading cut short by a disconnect starts again on the next update.
    if (this.#state?.status === 'reading' && this.#state.controller.signal.aborted) this.#set(null);
  }

  hostDisconnected(): void {
    if (this.#state?.status === 'reading') this.#state.controller.abort();
  }
}
