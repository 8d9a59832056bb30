/**
 * A web page's time stamps, pasted with the article: "May 3, 2013 at 7:31 AM ET", "Updated 5:40 p.m. ET",
 * "PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013", or a headline ending in the time
 * it was posted ("… quake hits Aceh Tue Jul 02 2013, 14:58 hrs"). They date the page, not something that
 * happened: their phrases make no events (the timexes stay, and may still date the story).
 */
import { STAMP_QUALIFIERS, STAMP_VERBS } from './dateline.js';
import { ZONE_WORD } from './timex/zones.js';
import { isEntryStamp } from './timex/refiners/live-stamp-refiner.js';
import type { Timex } from './types.js';

/** The head of an article, where a page puts its stamps: past a section line, a headline and a byline or two. */
const HEAD_LINES = 10;
const HEAD_CHARS = 1500;
/** The longest line read as a stamp ("Posted: … | Last Updated: …" fits). */
const STAMP_LENGTH = 160;

/** What a stamp line holds besides its dates and times: labels, zones ("ET", "GMT"), separators. */
const REST_WORD = /[^\s|/:,.·•()[\]–—-]+/g;
const LABEL = new RegExp(`^(?:${STAMP_QUALIFIERS}|${STAMP_VERBS}|time|on|at|hrs)$`, 'i');
const ZONE = new RegExp(`^${ZONE_WORD}$`);
/** Pieces of a date no phrase took ("5 / 5 / 2010", spaced out by a page's markup). */
const DIGITS = /^\d{1,4}$/;

/**
 * Whether every word of `rest` (between separators) is a label, a zone or digits. Read word by word, up to the first
 * that is none (most lines fail at their first): no list of all the words of a line.
 */
function isStampRest(rest: string): boolean {
  REST_WORD.lastIndex = 0;
  for (let m = REST_WORD.exec(rest); m; m = REST_WORD.exec(rest)) {
    const word = m[0];
    if (!LABEL.test(word) && !ZONE.test(word) && !DIGITS.test(word)) return false;
  }
  return true;
}

/** A date with its year and a clock time: what a page stamps on a headline. */
const DATED_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const YEAR = /(?<![\d:])(?:1[89]|20)\d\d(?![\d:])/;

/** Offsets of a stamp in the text (end exclusive). */
export interface StampSpan {
  start: number;
  end: number;
}

/**
 * The spans of the article's head that are page stamps (sorted). `timexes` are the article's time phrases in
 * document order.
 */
export function stampSpans(text: string, timexes: readonly Timex[]): StampSpan[] {
  const spans: StampSpan[] = [];
  const limit = Math.min(text.length, HEAD_CHARS);
  let lineStart = 0;
  let k = 0;
  for (let line = 0; line < HEAD_LINES && lineStart < limit; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (k < timexes.length && timexes[k]!.start < lineStart) k++;
    const inLine: Timex[] = [];
    // a stamp is a short line above the story: a text of dates alone is the story itself
    const short = lineEnd - lineStart <= STAMP_LENGTH;
    for (let j = k; short && j < timexes.length && timexes[j]!.end <= lineEnd; j++) inLine.push(timexes[j]!);
    // (a live report's entry stamp alone on its line dates the entry below it, not the page)
    if (inLine.length > 0 && !inLine.some(isEntryStamp) && /\p{L}/u.test(text.slice(lineEnd, lineEnd + 400))) {
      // what is left of the line without its time phrases
      let rest = '';
      let at = lineStart;
      for (const t of inLine) {
        rest += text.slice(at, t.start) + ' ';
        at = t.end;
      }
      rest += text.slice(at, lineEnd);
      if (isStampRest(rest)) spans.push({ start: lineStart, end: lineEnd });
      else {
        // a headline that ends in the time it was posted (no full stop: a sentence may end in a date and time)
        const last = inLine.at(-1)!;
        const tail = text.slice(last.end, lineEnd);
        if (DATED_CLOCK.test(last.value) && YEAR.test(last.text) && isStampRest(tail) && !/[.!?]\s*$/.test(tail))
          spans.push({ start: last.start, end: last.end });
      }
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}
