/**
 * Which input the element draws and what it resolves to: `.data` first, then `src`, then article text
 * (`.text` or a child `<article>`/`<template>`), each validated against the EventList contract.
 */
import type { EventList } from '../extract/types.js';
import type { ChildArticle } from './article-text.js';
import type { NewsTimelineErrorKind } from './events.js';
import type { Article, ExtractionState } from './extraction-controller.js';
import type { LoadState } from './source-controller.js';
import { validateEventList, type SkippedEvent, type SkippedItem } from './validate-event-list.js';

export type Input =
  | { kind: 'none' }
  | { kind: 'loading'; what: 'events' | 'article' }
  | { kind: 'error'; errorKind: NewsTimelineErrorKind; message: string; field?: string; retry: boolean }
  | { kind: 'ready'; list: EventList; skipped: SkippedEvent[]; skippedTimexes: SkippedItem[] };

export interface InputSources {
  data: EventList | null | undefined;
  src: string | null;
  load: LoadState | null;
  /** The article text given (articleOf), read only when neither `data` nor `src` is. */
  article: Article | null;
  /** Whether the element can read article text (an extractor is registered). */
  canRead: boolean;
  extraction: ExtractionState | null;
}

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

function validated(value: unknown, retry: boolean): Input {
  const result = validateEventList(value);
  if (!result.ok)
    return {
      kind: 'error',
      errorKind: 'validation',
      message: `Invalid event list: ${result.message}`,
      field: result.field,
      retry,
    };
  return { kind: 'ready', list: result.list, skipped: result.skipped, skippedTimexes: result.skippedTimexes };
}

export function resolveInput(s: InputSources): Input {
  if (s.data != null) return validated(s.data, false);
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
    return validated(load.json, true);
  }
  if (!s.article) return { kind: 'none' };
  if (!s.canRead) return { kind: 'error', errorKind: 'extraction', message: NO_EXTRACTOR_MESSAGE, retry: false };
  const reading = s.extraction;
  if (!reading || reading.status === 'reading') return { kind: 'loading', what: 'article' };
  if (reading.status === 'error')
    return { kind: 'error', errorKind: 'extraction', message: reading.message, retry: false };
  return validated(reading.list, false);
}
