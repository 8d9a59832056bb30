/**
 * Which words an article writes in lower case: a capitalised first word of a sentence that also
 * appears in lower case ("Security sources said", "security") is an ordinary word, not a name.
 */

/** Up to this many words are looked up one by one in the text; past it, one pass builds the set of all. */
const COMMON_WORD_LOOKUPS = 24;
const LETTER = /[\p{L}\p{M}]/u;
const LOWER_LETTER = /\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}[\p{L}\p{M}]*$/u;

/** Whether a code point is a letter or a combining mark (`[\p{L}\p{M}]`); ASCII without the regex. */
const isLetter = (code: number) =>
  code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : LETTER.test(String.fromCodePoint(code));
/** Whether a code point is a lower-case letter (`\p{Ll}`); ASCII without the regex. */
const isLowerLetter = (code: number) =>
  code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER_LETTER.test(String.fromCodePoint(code));

/** Whether the code point before `at` (or at `at`) is a letter or a combining mark. */
const letterBefore = (text: string, at: number) => at > 0 && isLetter(codePointBefore(text, at));
const letterAt = (text: string, at: number) => at < text.length && isLetter(text.codePointAt(at)!);

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
 * Every word of `text` that starts with a lower-case letter: what the regex
 * `(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*` (flags gu) matches, scanned by code point without the regex for ASCII.
 */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  const n = text.length;
  let afterLetter = false;
  for (let i = 0; i < n;) {
    const code = text.codePointAt(i)!;
    const next = i + (code > 0xffff ? 2 : 1);
    if (afterLetter || !isLowerLetter(code)) {
      afterLetter = isLetter(code);
      i = next;
      continue;
    }
    let end = next;
    while (end < n) {
      const c = text.codePointAt(end)!;
      if (!isLetter(c)) break;
      end += c > 0xffff ? 2 : 1;
    }
    words.add(text.slice(i, end));
    afterLetter = false; // the code point at `end` is no letter
    i = end;
  }
  return words;
}

/**
 * Tells whether a word (lower case) appears in lower case in `text`. A few words (sentence-initial
 * capitals) are looked up one by one, which on a short article costs less than listing every word; when
 * many are asked, one pass lists them all (time stays linear in the text).
 */
export function commonWordTest(text: string): (lower: string) => boolean {
  let words: Set<string> | null = null;
  const known = new Map<string, boolean>();
  return (lower) => {
    if (words) return words.has(lower);
    let common = known.get(lower);
    if (common !== undefined) return common;
    if (known.size >= COMMON_WORD_LOOKUPS) {
      words = lowerCaseWords(text);
      return words.has(lower);
    }
    common = LOWER_WORD.test(lower) && writtenInLowerCase(text, lower);
    known.set(lower, common);
    return common;
  };
}
