/**
 * Bounds on the size of an EventList, so that any text, however hostile, gives a list that a
 * JavaScript string can hold and a timeline can draw. Real articles never reach them.
 */
import type { TimelineEvent } from './types.js';

/**
 * At most this many characters of an event's sentence are carried in `sentence.text`; `start` and `end`
 * still give the whole sentence. Every event of a sentence carries it: 14,600 events of one 105 KB
 * "sentence" were more text than a JavaScript string holds.
 */
export const MAX_SENTENCE_TEXT = 1000;

/**
 * At most this many timexes per article, the first ones, and so at most this many events: past that, a
 * text is not an article (100,000 phrases are about 4 MB of news prose), reading it would take longer
 * than anyone waits, and the element is built for up to 100,000 events. The rest of the text is not read.
 */
export const MAX_TIMEXES = 100_000;

/** `text` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Cuts every event's `sentence.text` to MAX_SENTENCE_TEXT (the events' sentence objects are their own). */
export function capSentenceTexts(events: TimelineEvent[], max = MAX_SENTENCE_TEXT): void {
  for (const event of events) event.sentence.text = cutText(event.sentence.text, max);
}
