/**
 * Which input the element draws and what it resolves to: `.data` first, then `src`, then article text
 * (`.text` or a child `<article>`/`<template>`; several child articles make a story), each validated
 * against its contract: an EventList, or a StoryEventList (drawn by the coverage module, loaded on first use).
 */
import type { EventList } from '../extract/types.js';
import type { ChildArticle } from './article-text.js';
import { isStoryEventList, type CoverageModule, type StoryExtractor } from './coverage-loader.js';
import type { CoverageView } from './coverage/index.js';
import type { NewsTimelineErrorKind } from './events.js';
import type { ArticleExtractor } from './extractor.js';
import type { LoadState } from './source-controller.js';
import { validateEventList, type SkippedEvent } from './validate-event-list.js';

/** A module the input needs: loaded (`value`), failed (`error`), or neither yet. */
export interface Part<T> {
  value: T | null;
  error: Error | null;
}

export type Input =
  | { kind: 'none' }
  | { kind: 'loading'; src: string; needs?: ('coverage' | 'storyExtractor')[] }
  | { kind: 'error'; errorKind: NewsTimelineErrorKind; message: string; field?: string; retry: boolean }
  | {
      kind: 'ready';
      list: EventList;
      skipped: Pick<SkippedEvent, 'id' | 'field' | 'value'>[];
      /** Set when the input is a story of several articles. */
      coverage?: CoverageView;
    };

export interface InputSources {
  /** An EventList or a StoryEventList (as the page gave it: validated here). */
  data: unknown;
  src: string | null;
  load: LoadState | null;
  text: string | null;
  /** The child `<article>`/`<template>` elements: the first is the article; two or more make a story. */
  children: ChildArticle[];
  published: string | null;
  articleTitle: string | null;
  extractor: ArticleExtractor | null;
  /** Whether this build can read a story from child articles (news-timeline.js). */
  canExtractStory: boolean;
  coverage: Part<CoverageModule>;
  storyExtractor: Part<StoryExtractor>;
}

export const NO_EXTRACTOR_MESSAGE =
  'This build of <news-timeline> cannot read article text: load news-timeline.js (with extraction), or pass an EventList as .data or src.';

/** The parts still missing (loading them is the caller's), or the error of one that failed. */
function parts(wanted: [Part<unknown>, 'coverage' | 'storyExtractor'][]): Input | null {
  const failed = wanted.find(([part]) => part.error)?.[0].error;
  if (failed)
    return {
      kind: 'error',
      errorKind: 'fetch',
      message: `The story view could not be loaded: ${failed.message}`,
      retry: true,
    };
  const needs = wanted.filter(([part]) => !part.value).map(([, name]) => name);
  return needs.length ? { kind: 'loading', src: '', needs } : null;
}

function validated(value: unknown, retry: boolean, s: InputSources): Input {
  if (isStoryEventList(value)) {
    const missing = parts([[s.coverage, 'coverage']]);
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
    return { kind: 'ready', list: read.view.eventList, skipped: read.skipped, coverage: read.view };
  }
  const result = validateEventList(value);
  if (!result.ok)
    return {
      kind: 'error',
      errorKind: 'validation',
      message: `Invalid event list: ${result.message}`,
      field: result.field,
      retry,
    };
  return { kind: 'ready', list: result.list, skipped: result.skipped };
}

export function resolveInput(s: InputSources): Input {
  if (s.data != null) return validated(s.data, false, s);
  if (s.src) {
    const load = s.load;
    if (!load || load.src !== s.src || load.status === 'loading') return { kind: 'loading', src: s.src };
    if (load.status === 'error')
      return {
        kind: 'error',
        errorKind: load.error.kind === 'json' ? 'json' : 'fetch',
        message: load.error.message,
        retry: true,
      };
    return validated(load.json, true, s);
  }
  // `.text` wins over child articles; two or more make a story, each article with its own date and title.
  if (s.text === null && s.children.length > 1) return storyOfChildren(s);
  // A child's own published/title win over the element's.
  const fromChild = s.text === null;
  const child = s.children[0];
  const text = s.text ?? child?.text ?? null;
  if (text === null) return { kind: 'none' };
  if (!s.extractor) return { kind: 'error', errorKind: 'extraction', message: NO_EXTRACTOR_MESSAGE, retry: false };
  const published = (fromChild ? child?.published : null) ?? s.published ?? undefined;
  const title = (fromChild ? child?.title : null) ?? s.articleTitle ?? undefined;
  try {
    return validated(s.extractor(text, { published, title }), false, s);
  } catch (error) {
    return {
      kind: 'error',
      errorKind: 'extraction',
      message: `The article could not be read: ${(error as Error).message}`,
      retry: false,
    };
  }
}

/** A story of the child articles, read with `extractStory()` (coverage/index.ts `storyOfArticles`). */
function storyOfChildren(s: InputSources): Input {
  if (!s.canExtractStory)
    return { kind: 'error', errorKind: 'extraction', message: NO_EXTRACTOR_MESSAGE, retry: false };
  const missing = parts([
    [s.storyExtractor, 'storyExtractor'],
    [s.coverage, 'coverage'],
  ]);
  if (missing) return missing;
  const story = s.coverage.value!.storyOfArticles(s.children, s.storyExtractor.value!);
  if (!story.ok) return { kind: 'error', errorKind: 'extraction', message: story.message, retry: false };
  return validated(story.list, false, s);
}
