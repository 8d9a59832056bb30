/**
 * Widths of chart label text (12px in the element's font), cached per string: labels are measured in
 * every zoom frame, never through getBBox or layout.
 *
 * Text in scripts whose glyphs do not change with their neighbours (Latin, Greek, Cyrillic, CJK, common
 * punctuation) is measured as the sum of its characters' advances, each measured once on a canvas.
 * A first zoom into a dense timeline meets hundreds of new labels, and shortening one tries several
 * prefixes: a canvas `measureText` per string cost 15–80 µs in Chromium, a sum of cached advances
 * well under one. The sum leaves out kerning, which in these fonts only narrows text, so a label is never
 * wider than measured. Other scripts (Arabic, Indic, combining marks) are shaped: the canvas measures them whole.
 */
import { estimateTextWidth, type MeasureText } from './layout/labels.js';
import { CHART_FONT_SIZE } from './metrics.js';

const MAX_CACHED = 20_000;

/** Characters drawn with a fixed advance: Latin (with precomposed accents), Greek, Cyrillic, punctuation, symbols, CJK. */
const FIXED_ADVANCE =
  /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20bf\u2100-\u214f\u2190-\u21ff\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff01-\uff60]*$/;

export class TextMeasurer {
  readonly #cache = new Map<string, number>();
  readonly #advances = new Map<number, number>();
  #context: CanvasRenderingContext2D | null | undefined;

  /** @param fontFamily read when the first string is measured (after the host's styles apply). */
  constructor(private readonly fontFamily: () => string) {}

  readonly measure: MeasureText = (text: string): number => {
    let width = this.#cache.get(text);
    if (width !== undefined) return width;
    const context = this.#canvas();
    if (!context) width = estimateTextWidth(CHART_FONT_SIZE)(text);
    else if (FIXED_ADVANCE.test(text)) width = this.#sumOfAdvances(context, text);
    else width = context.measureText(text).width;
    if (this.#cache.size > MAX_CACHED) this.#cache.clear();
    this.#cache.set(text, width);
    return width;
  };

  /** Forgets every width (the font changed). */
  reset(): void {
    this.#cache.clear();
    this.#advances.clear();
    this.#context = undefined;
  }

  #canvas(): CanvasRenderingContext2D | null {
    if (this.#context === undefined) {
      const context = document.createElement('canvas').getContext('2d');
      if (context) context.font = `${CHART_FONT_SIZE}px ${this.fontFamily()}`;
      this.#context = context;
    }
    return this.#context;
  }

  // FIXED_ADVANCE holds only characters of the Basic Multilingual Plane: one UTF-16 unit each.
  #sumOfAdvances(context: CanvasRenderingContext2D, text: string): number {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let advance = this.#advances.get(code);
      if (advance === undefined) {
        advance = context.measureText(text[i]).width;
        this.#advances.set(code, advance);
      }
      width += advance;
    }
    return width;
  }
}
