/**
 * DOM-free extraction API: `extract(text, options)` turns an article into an EventList.
 * Importable in Node and the browser as `news-timeline/extract`.
 *
 * Pure, synchronous and deterministic: it never reads the clock. The only error it throws is a
 * RangeError for an invalid `options.published`.
 */
import { findDateline } from './dateline.js';
import { buildEvents } from './events.js';
import { validatePublished } from './published.js';
import { splitSentences } from './sentences.js';
import { findTimexes } from './timex/index.js';
import { EVENT_LIST_VERSION, type ArticleInfo, type EventList, type ExtractOptions } from './types.js';

export * from './types.js';
export { findTimexes } from './timex/index.js';
export { splitSentences } from './sentences.js';
export { findDateline, type Dateline } from './dateline.js';
export { findActors } from './actors.js';
export { makeLabel } from './labels.js';
export { validatePublished } from './published.js';
export { toTimeML } from './timeml.js';

/** Up to this many words are looked up one by one in the text; past it, one pass builds the set of all. */
const COMMON_WORD_LOOKUPS = 24;
const LETTER = /[\p{L}\p{M}]/u;
const LOWER_WORD = /^\p{Ll}[\p{L}\p{M}]*$/u;

/** Whether the code point before `at` (or at `at`) is a letter or a combining mark. */
const letterBefore = (text: string, at: number) =>
  at > 0 && LETTER.test(String.fromCodePoint(codePointBefore(text, at)));
const letterAt = (text: string, at: number) =>
  at < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(at)!));

function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (at > 1 && low >= 0xdc00 && low <= 0xdfff) return text.codePointAt(at - 2)!;
  return low;
}

/** Whether `lower` is written in lower case as a whole word somewhere in `text`. */
function writtenInLowerCase(text: string, lower: string): boolean {
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!letterBefore(text, i) && !letterAt(text, i + lower.length)) return true;
  }
  return false;
}

/**
 * Tells whether a word (lower case) appears in lower case in `text`. A few words (sentence-initial
 * capitals) are looked up one by one, which on a short article costs less than listing every word; when
 * many are asked, one pass lists them all (time stays linear in the text).
 */
function commonWordTest(text: string): (lower: string) => boolean {
  let words: Set<string> | null = null;
  const known = new Map<string, boolean>();
  return (lower) => {
    if (words) return words.has(lower);
    let common = known.get(lower);
    if (common !== undefined) return common;
    if (known.size >= COMMON_WORD_LOOKUPS) {
      words = new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
      return words.has(lower);
    }
    common = LOWER_WORD.test(lower) && writtenInLowerCase(text, lower);
    known.set(lower, common);
    return common;
  };
}

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

  const timexes = findTimexes(text, published);
  const events = buildEvents(timexes, {
    text,
    sentences: splitSentences(text),
    published,
    excluded: dateline,
    isCommonWord: commonWordTest(text),
  });
  return { version: EVENT_LIST_VERSION, article, timexes, events };
}
