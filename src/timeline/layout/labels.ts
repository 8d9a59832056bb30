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
 * Where a label may be cut, and the width of each cut with its ellipsis (measured when first needed).
 * Zoom frames shorten the same labels to a different room every frame: the widths are kept per text,
 * so a label is measured a few times in its life instead of a few times per frame.
 */
interface Cuts {
  /** Code point positions, ascending: the prefix before each is a candidate. */
  at: number[];
  widths: Float64Array;
  chars: string[];
}

const MAX_CUT_TEXTS = 5000;
const cutsByMeasure = new WeakMap<MeasureText, Map<string, Cuts>>();

function cutsOf(text: string, measure: MeasureText): Cuts {
  let perMeasure = cutsByMeasure.get(measure);
  if (!perMeasure) cutsByMeasure.set(measure, (perMeasure = new Map()));
  let cuts = perMeasure.get(text);
  if (!cuts) {
    const chars = Array.from(text);
    const at: number[] = [];
    // Text with spaces is cut before a space (after a whole word); text without, between code points.
    const words = /\s/.test(text);
    for (let i = 1; i < chars.length; i++) if (!words || /\s/.test(chars[i])) at.push(i);
    cuts = { at, widths: new Float64Array(at.length).fill(NaN), chars };
    if (perMeasure.size >= MAX_CUT_TEXTS) perMeasure.clear();
    perMeasure.set(text, cuts);
  }
  return cuts;
}

const prefix = (cuts: Cuts, i: number) => cuts.chars.slice(0, cuts.at[i]).join('').trimEnd();

/**
 * The longest prefix of `text` that fits in `maxWidth` with an ellipsis; '' when not even one word fits.
 * Text with spaces is cut after a whole word, so the visible words are the first words of the mark's
 * accessible name (WCAG 2.5.3 "label in name": speech users say what they see); text without spaces
 * (e.g. Chinese) is cut at a code point boundary. Binary search over the cuts (widths grow with the
 * prefix): O(log n) measures the first time, none once the cuts it meets are known.
 */
export function truncateLabel(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  const cuts = cutsOf(text, measure);
  const width = (i: number) => {
    let w = cuts.widths[i];
    if (Number.isNaN(w)) cuts.widths[i] = w = measure(prefix(cuts, i) + ELLIPSIS);
    return w;
  };
  // Largest cut that fits; -1 when none does.
  let lo = -1;
  let hi = cuts.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(mid) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const kept = lo < 0 ? '' : prefix(cuts, lo);
  return kept ? kept + ELLIPSIS : '';
}

/**
 * `text` in lines no wider than `maxWidth`, broken between words (text without spaces, between code
 * points; a word wider than a line is shortened with an ellipsis): the whole label in a box as wide as
 * the chart.
 */
export function wrapLabel(text: string, maxWidth: number, measure: MeasureText): string[] {
  const words = /\s/.test(text.trim());
  const joiner = words ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const word of words ? text.split(/\s+/).filter(Boolean) : Array.from(text)) {
    const candidate = line ? line + joiner + word : word;
    if (!line || measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => (measure(l) <= maxWidth ? l : truncateLabel(l, maxWidth, measure) || l));
}
