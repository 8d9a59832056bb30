/**
 * DOM-free extraction API: `extract(text, options)` turns an article into an EventList.
 * Importable in Node and the browser as `news-timeline/extract`.
 *
 * Pure, synchronous and deterministic: it never reads the clock. The only error it throws is a
 * RangeError for an invalid `options.published`.
 */
import { findDateline } from './dateline.js';
import { commonWordTest } from './common-words.js';
import { buildEvents } from './events.js';
import { MAX_TIMEXES, capSentenceTexts } from './output-limits.js';
import { validatePublished } from './published.js';
import { splitSentences } from './sentences.js';
import { findTimexes } from './timex/index.js';
import { EVENT_LIST_VERSION, type ArticleInfo, type EventList, type ExtractOptions } from './types.js';

export * from './types.js';
export { findTimexes } from './timex/index.js';
export { splitSentences } from './sentences.js';
export { findDateline, type Dateline } from './dateline.js';
export { findActors } from './actors.js';
export { makeLabel, describeEvent, type EventLabel, type LabelRequest } from './labels/index.js';
export { validatePublished } from './published.js';
export { toTimeML } from './timeml.js';
export { MAX_TIMEXES, MAX_SENTENCE_TEXT } from './output-limits.js';
export * from './story/index.js';

export function extract(text: string, options: ExtractOptions = {}): EventList {
  const given = options.published ?? null;
  const dateline = findDateline(text);
  let published: string | null = null;
  let publishedFrom: ArticleInfo['publishedFrom'] = 'none';
  if (given !== null) {
    published = validatePublished(given);
    publishedFrom = 'option';
  } else if (dateline?.published) {
    published = dateline.published;
    publishedFrom = 'dateline';
  }

  const article: ArticleInfo = {
    ...(options.title !== undefined && { title: options.title }),
    ...(options.source !== undefined && { source: options.source }),
    published,
    publishedFrom,
    text,
  };

  const timexes = findTimexes(text, published, MAX_TIMEXES);
  const events = buildEvents(timexes, {
    text,
    sentences: splitSentences(text),
    published,
    excluded: dateline,
    isCommonWord: commonWordTest(text),
  });
  capSentenceTexts(events);
  return { version: EVENT_LIST_VERSION, article, timexes, events };
}
