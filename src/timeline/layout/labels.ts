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
 * The longest prefix of `text` (cut at a code point boundary, trailing space dropped) that fits in
 * `maxWidth` with an ellipsis; '' when not even one character fits. Binary search: O(log n) measures.
 */
export function truncateLabel(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}
