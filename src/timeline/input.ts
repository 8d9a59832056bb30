/**
 * Which input the element draws and what it resolves to: `.data` first, then `src`, then article text
 * (`.text` or a child `<article>`/`<template>`; several child articles make a story), each validated
 * against its contract: an EventList, or a StoryEventList (drawn by the coverage module, loaded on first use).
 */
import type { EventList } from '../extract/types.js';
import type { ChildArticle } from './child-articles.js';
import { isStoryEventList, type CoverageModule, type StoryExtractor } from './coverage-loader.js';
import type { CoverageView } from './coverage/index.js';
import type { NewsTimelineErrorKind } from './events.js';
import type { Article, ExtractionState } from './extraction-controller.js';
import type { LoadState } from './source-controller.js';
import { checkEventList, type SkippedItem } from './validate-event-list.js';
import type { SkippedNoteItem } from './validation-messages.js';

/** The validation messages' module (validation-messages.ts, a chunk loaded when a list is bad). */
export type ValidationWords = typeof import('./validation-messages.js');

/** A module the input needs: loaded (`value`), failed (`error`), or neither yet. */
export interface Part<T> {
  value: T | null;
  error: Error | null;
}

export type Input =
  | { kind: 'none' }
  | {
      kind: 'loading';
      what: 'events' | 'article' | 'articles';
      needs?: ('coverage' | 'storyExtractor' | 'reader' | 'words')[];
    }
  | { kind: 'error'; errorKind: NewsTimelineErrorKind; message: string; field?: string; retry: boolean }
  | {
      kind: 'ready';
      list: EventList;
      skipped: SkippedNoteItem[];
      skippedTimexes: SkippedItem[];
      /** Set when the input is a story of several articles. */
      coverage?: CoverageView;
    };

export interface InputSources {
  /** An EventList or a StoryEventList (as the page gave it: validated here). */
  data: unknown;
  src: string | null;
  load: LoadState | null;
  /** The article text given (articleOf), read only when neither `data` nor `src` is. */
  article: Article | null;
  /** Whether the element can read article text (an extractor is registered). */
  canRead: boolean;
  extraction: ExtractionState | null;
  /**
   * The child `<article>`/`<template>` elements when they make a story (two or more, and no `.text`: see
   * `storyOf`); else none (one child article is `article`).
   */
  children: ChildArticle[];
  /** Whether this build can read a story from child articles (news-timeline.js). */
  canExtractStory: boolean;
  coverage: Part<CoverageModule>;
  storyExtractor: Part<StoryExtractor>;
  /** The words of a bad list's problem (an invalid list waits for them: the loading state). */
  words: Part<ValidationWords>;
  /**
   * Child articles (no `.text`) whose text is not read yet: the code that reads them (the reading chunk)
   * is loading, or failed to load (`error`).
   */
  unreadChildren?: { count: number; error: Error | null } | null;
}

/** The child articles as a story: two or more, unless `.text` is given (it wins). */
export const storyOf = (text: string | null, children: ChildArticle[]): ChildArticle[] =>
  text === null && children.length > 1 ? children : [];

/** The article the element is given: `.text` wins over a child article; a child's own published/title win over the element's. */
export function articleOf(
  text: string | null,
  child: ChildArticle | null,
  published: string | null,
  title: string | null,
): Article | null {
  const fromChild = text === null;
  const body = text ?? child?.text ?? null;
  if (body === null) return null;
  return {
    text: body,
    published: (fromChild ? child?.published : null) ?? published ?? undefined,
    title: (fromChild ? child?.title : null) ?? title ?? undefined,
  };
}

export const NO_EXTRACTOR_MESSAGE =
  'This build of <news-timeline> cannot read article text: load news-timeline.js (with extraction), or pass an EventList as .data or src.';

/** The parts still missing (loading them is the caller's), or the error of one that failed. */
function parts(wanted: [Part<unknown>, 'coverage' | 'storyExtractor'][], what: 'events' | 'articles'): Input | null {
  const failed = wanted.find(([part]) => part.error)?.[0].error;
  if (failed)
    return {
      kind: 'error',
      errorKind: 'fetch',
      message: `The story view could not be loaded: ${failed.message}`,
      retry: true,
    };
  const needs = wanted.filter(([part]) => !part.value).map(([, name]) => name);
  return needs.length ? { kind: 'loading', what, needs } : null;
}

function validated(value: unknown, retry: boolean, s: InputSources): Input {
  if (isStoryEventList(value)) {
    const missing = parts([[s.coverage, 'coverage']], 'events');
    if (missing) return missing;
    const read = s.coverage.value!.readStory(value);
    if (!read.ok)
      return {
        kind: 'error',
        errorKind: 'validation',
        message: `Invalid story list: ${read.message}`,
        field: read.field,
        retry,
      };
    return { kind: 'ready', list: read.view.eventList, skipped: read.skipped, skippedTimexes: [], coverage: read.view };
  }
  const result = checkEventList(value);
  if (!result.ok) {
    const { field, problem } = result;
    const words = s.words;
    if (!words.value && !words.error) return { kind: 'loading', what: 'events', needs: ['words'] };
    return {
      kind: 'error',
      errorKind: 'validation',
      // Without the words (their file did not load), where the problem is.
      message: `Invalid event list: ${words.value ? words.value.invalidMessage(field, problem) : `the problem is at ${field || 'its top level'}`}`,
      field,
      retry,
    };
  }
  return { kind: 'ready', list: result.list, skipped: result.skipped, skippedTimexes: result.skippedTimexes };
}

export function resolveInput(s: InputSources): Input {
  if (s.data != null) return validated(s.data, false, s);
  if (s.src) {
    const load = s.load;
    if (!load || load.src !== s.src || load.status === 'loading') return { kind: 'loading', what: 'events' };
    if (load.status === 'error')
      return {
        kind: 'error',
        errorKind: load.error.kind === 'json' ? 'json' : 'fetch',
        message: load.error.message,
        retry: true,
      };
    return validated(load.json, true, s);
  }
  if (s.unreadChildren) {
    const { count, error } = s.unreadChildren;
    if (!(count > 1 ? s.canExtractStory : s.canRead))
      return { kind: 'error', errorKind: 'extraction', message: NO_EXTRACTOR_MESSAGE, retry: false };
    if (error)
      return {
        kind: 'error',
        errorKind: 'extraction',
        message: `The article could not be read: the extraction code could not be loaded (${error.message})`,
        retry: true,
      };
    return { kind: 'loading', what: count > 1 ? 'articles' : 'article', needs: ['reader'] };
  }
  if (s.children.length > 1) return storyOfChildren(s);
  if (!s.article) return { kind: 'none' };
  if (!s.canRead) return { kind: 'error', errorKind: 'extraction', message: NO_EXTRACTOR_MESSAGE, retry: false };
  const reading = s.extraction;
  if (!reading || reading.status === 'reading') return { kind: 'loading', what: 'article' };
  if (reading.status === 'error')
    return { kind: 'error', errorKind: 'extraction', message: reading.message, retry: false };
  return validated(reading.list, false, s);
}

/** A story of the child articles, read with `extractStory()` (coverage/index.ts `storyOfArticles`). */
function storyOfChildren(s: InputSources): Input {
  if (!s.canExtractStory)
    return { kind: 'error', errorKind: 'extraction', message: NO_EXTRACTOR_MESSAGE, retry: false };
  const missing = parts(
    [
      [s.storyExtractor, 'storyExtractor'],
      [s.coverage, 'coverage'],
    ],
    'articles',
  );
  if (missing) return missing;
  const story = s.coverage.value!.storyOfArticles(s.children, s.storyExtractor.value!);
  if (!story.ok) return { kind: 'error', errorKind: 'extraction', message: story.message, retry: false };
  return validated(story.list, false, s);
}
