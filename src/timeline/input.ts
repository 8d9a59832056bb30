/**
 * Which input the element draws and what it resolves to: `.data` first, then `src`, then article text
 * (`.text` or a child `<article>`/`<template>`), each validated against the EventList contract.
 */
import type { EventList } from '../extract/types.js';
import type { ChildArticle } from './article-text.js';
import type { NewsTimelineErrorKind } from './events.js';
import type { ArticleExtractor } from './extractor.js';
import type { LoadState } from './source-controller.js';
import { validateEventList, type SkippedEvent } from './validate-event-list.js';

export type Input =
  | { kind: 'none' }
  | { kind: 'loading'; src: string }
  | { kind: 'error'; errorKind: NewsTimelineErrorKind; message: string; field?: string; retry: boolean }
  | { kind: 'ready'; list: EventList; skipped: SkippedEvent[] };

export interface InputSources {
  data: EventList | null | undefined;
  src: string | null;
  load: LoadState | null;
  text: string | null;
  child: ChildArticle | null;
  published: string | null;
  articleTitle: string | null;
  extractor: ArticleExtractor | null;
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
  return { kind: 'ready', list: result.list, skipped: result.skipped };
}

export function resolveInput(s: InputSources): Input {
  if (s.data != null) return validated(s.data, false);
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
    return validated(load.json, true);
  }
  // `.text` wins over a child article; a child's own published/title win over the element's.
  const fromChild = s.text === null;
  const text = s.text ?? s.child?.text ?? null;
  if (text === null) return { kind: 'none' };
  if (!s.extractor) return { kind: 'error', errorKind: 'extraction', message: NO_EXTRACTOR_MESSAGE, retry: false };
  const published = (fromChild ? s.child?.published : null) ?? s.published ?? undefined;
  const title = (fromChild ? s.child?.title : null) ?? s.articleTitle ?? undefined;
  try {
    return validated(s.extractor(text, { published, title }), false);
  } catch (error) {
    return {
      kind: 'error',
      errorKind: 'extraction',
      message: `The article could not be read: ${(error as Error).message}`,
      retry: false,
    };
  }
}
