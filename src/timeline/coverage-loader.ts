/**
 * Stories of several articles are drawn by a module loaded the first time one arrives (coverage/: the
 * StoryEventList's validator, the sources in the card, the filter, their styles), and read from child
 * articles by `extractStory()`, loaded the same way: a page showing one article loads neither.
 */
import type { StoryArticleInput, StoryEventList } from '../extract/story/types.js';

export type CoverageModule = typeof import('./coverage/index.js');
/** `extractStory()` (news-timeline.js loads it on first use; the element-only build has none). */
export type StoryExtractor = (articles: StoryArticleInput[]) => StoryEventList;

/** A StoryEventList rather than an EventList: it lists `articles`, not one `article`. */
export const isStoryEventList = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'articles' in value && !('article' in value);

export const loadCoverage = (): Promise<CoverageModule> => import('./coverage/index.js');

/** A module loaded on first want: its value, or the error that stopped it (until `retry`). */
export class LazyPart<T> {
  value: T | null = null;
  error: Error | null = null;
  /** While it loads, the promise of the load's end (either way). */
  loading: Promise<void> | null = null;

  constructor(
    private readonly load: () => Promise<T>,
    /** Called when the load ends, either way. */
    private readonly onSettled: () => void,
  ) {}

  /** Starts loading, unless loaded, loading or failed. */
  want(): void {
    if (this.value || this.error || this.loading) return;
    this.loading = this.load()
      .then(
        (value) => void (this.value = value),
        (error: unknown) => void (this.error = error instanceof Error ? error : new Error(String(error))),
      )
      .finally(() => {
        this.loading = null;
        this.onSettled();
      });
  }

  /** Forgets a failure (the error state's Retry). */
  retry(): void {
    this.error = null;
  }
}
