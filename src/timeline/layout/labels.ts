/** Label widths and shortening with an ellipsis. Widths come from a `measure` function (canvas in the browser). */

export type MeasureText = (text: string) => number;

const NARROW = /[ il.,:;'!|ijtfr()[\]\u2019]/;
const WIDE = /[mwMW@%]/;

/**
 * A DOM-free width estimate for a proportional sans-serif at `fontSize` px: used in Node tests and
 * before a canvas is available. Errs wide so estimated labels never overlap.
 */
export function estimateTextWidth(fontSize: number): MeasureText {
  return (text) => {
    let em = 0;
    for (const ch of text) {
      if (NARROW.test(ch)) em += 0.32;
      else if (WIDE.test(ch)) em += 0.86;
      else if (ch >= 'A' && ch <= 'Z') em += 0.68;
      else if (ch.codePointAt(0)! > 0x2e80) em += 1;
      else em += 0.56;
    }
    return em * fontSize;
  };
}

export const ELLIPSIS = '\u2026';

/**
 * The longest prefix of `text` that fits in `maxWidth` with an ellipsis; '' when not even one word fits.
 * Text with spaces is cut after a whole word, so the visible words are the first words of the mark's
 * accessible name (WCAG 2.5.3 "label in name": speech users say what they see); text without spaces
 * (e.g. Chinese) is cut at a code point boundary. Binary search: O(log n) measures.
 */
export function truncateLabel(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  const fits = (n: number) => measure(chars.slice(0, n).join('').trimEnd() + ELLIPSIS) <= maxWidth;
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (/\s/.test(text)) {
    // Back off to the end of the last whole word within the prefix (a word ends before a space).
    let end = lo;
    while (end > 0 && !/\s/.test(chars[end] ?? ' ')) end--;
    lo = end;
  }
  const prefix = chars.slice(0, lo).join('').trimEnd();
  return prefix ? prefix + ELLIPSIS : '';
}
