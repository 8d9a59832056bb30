/**
 * Widths of chart label text (12px in the element's font), measured once per string on a canvas and
 * cached: labels are measured in every zoom frame, never through getBBox or layout.
 */
import { estimateTextWidth, type MeasureText } from './layout/labels.js';

const CHART_FONT_SIZE = 12;
const MAX_CACHED = 20_000;

export class TextMeasurer {
  readonly #cache = new Map<string, number>();
  #context: CanvasRenderingContext2D | null | undefined;

  /** @param fontFamily read when the first string is measured (after the host's styles apply). */
  constructor(private readonly fontFamily: () => string) {}

  readonly measure: MeasureText = (text: string): number => {
    let width = this.#cache.get(text);
    if (width !== undefined) return width;
    if (this.#context === undefined) {
      const context = document.createElement('canvas').getContext('2d');
      if (context) context.font = `${CHART_FONT_SIZE}px ${this.fontFamily()}`;
      this.#context = context;
    }
    width = this.#context ? this.#context.measureText(text).width : estimateTextWidth(CHART_FONT_SIZE)(text);
    if (this.#cache.size > MAX_CACHED) this.#cache.clear();
    this.#cache.set(text, width);
    return width;
  };

  /** Forgets every width (the font changed). */
  reset(): void {
    this.#cache.clear();
    this.#context = undefined;
  }
}
