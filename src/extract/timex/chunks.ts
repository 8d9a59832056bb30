/**
 * Pieces of a text for chrono-node's parse loop, which copies the rest of its text after every match and
 * so costs time quadratic in the length it is given: pieces of about CHUNK_LENGTH characters keep the whole
 * extraction linear. A piece ends at a paragraph break or a sentence end, which no time phrase crosses.
 */
import { abbreviationBefore, stopEndsLowerCaseSentence, writesSentencesInLowerCase } from '../sentences.js';

/** Pieces end at the first paragraph break or sentence end past this many characters. */
const CHUNK_LENGTH = 1500;
/** Without one within this many characters (a list, a text without full stops), a piece ends at a space. */
const MAX_LENGTH = 6000;

/** A paragraph break, or a sentence end: . ! ? (and closing quotes), space, then a capital or an opening quote. */
const BREAK = /\n[^\S\n]*\n|[.!?]["'”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
/** The same in a text that writes its sentences in lower case (sentences.ts): any letter may open the next one. */
const BREAK_ANY_CASE = /\n[^\S\n]*\n|[.!?]["'”’)]*\s+(?=["“‘(]?\p{L})/gu;
export interface TextChunk {
  start: number;
  end: number;
}

/** Consecutive pieces covering all of `text`. */
export function textChunks(text: string): TextChunk[] {
  const chunks: TextChunk[] = [];
  let start = 0;
  while (text.length - start > CHUNK_LENGTH) {
    const end = breakAfter(text, start + CHUNK_LENGTH, start + MAX_LENGTH);
    chunks.push({ start, end });
    start = end;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

/** How far past `limit` a break's spaces and next capital are read. */
const LOOKAHEAD = 256;

/**
 * Where the first break at or after `from` ends (before `limit`), else the last space before `limit`.
 * The break is searched in the window up to `limit` (and a little past it), never in the rest of the text:
 * a text without breaks would otherwise be read to its end once per piece.
 */
function breakAfter(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit + LOOKAHEAD);
  const lowerCase = writesSentencesInLowerCase(text);
  const re = lowerCase ? BREAK_ANY_CASE : BREAK;
  re.lastIndex = 0;
  for (let m = re.exec(window); m && from + m.index < limit; m = re.exec(window)) {
    const at = from + m.index;
    // "Oct. 17", "Mr. Smith", "U.S. Army"; in lower case also "j. smith", "7 p.m. on"
    if (m[0][0] === '.' && (lowerCase ? !stopEndsLowerCaseSentence(text, at) : abbreviationBefore(text, at))) continue;
    return at + m[0].length;
  }
  if (limit >= text.length) return text.length;
  for (let i = limit; i > from; i--) if (text.charCodeAt(i) <= 32) return i;
  return limit;
}
