/**
 * The element's language and the dates and numbers it writes in it: one locale throughout an element. The
 * language is the element's own `lang`, else the nearest ancestor's, else en-GB; it is looked up again
 * on every update, and when it changes every cached text is dropped, so a date written in the old
 * language is never shown beside one in the new.
 */
import { describeDate, describeShortDate, describeWindow, prepareDateFormats } from './layout/human-date.js';
import { formatNumber, resolveLang } from './layout/intl.js';
import type { PreparedEvent } from './layout/prepare.js';
import { prepareTickFormats } from './layout/ticks.js';

export class Locale {
  #lang = '';
  #dates = new Map<PreparedEvent, string>();

  constructor(
    /** The element's own `lang`, and the element (for its ancestors'). */
    private readonly source: () => { own: string; element: Element },
    /** TIMEX3 value of an event's timex (a part of the day is named from it). */
    private readonly valueOf: (e: PreparedEvent) => string | undefined,
  ) {}

  /** The resolved BCP 47 language (valid for Intl). */
  get lang(): string {
    return this.#lang;
  }

  /** Looks the language up again (called in the host's willUpdate, before anything is written). */
  update(): void {
    const { own, element } = this.source();
    const lang = resolveLang(own || element.parentElement?.closest('[lang]')?.getAttribute('lang'));
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#dates.clear();
    // Formatters are slow to create: made here, in an update, rather than in the first zoom frame that needs them.
    prepareTickFormats(lang);
    prepareDateFormats(lang);
  }

  /** Forgets the date texts (the events changed). */
  reset(): void {
    this.#dates.clear();
  }

  /** "Saturday 15 October 2016, evening" (cached per event). */
  date(e: PreparedEvent): string {
    let text = this.#dates.get(e);
    if (text === undefined) {
      text = describeDate({ ...e, value: this.valueOf(e) }, this.#lang);
      this.#dates.set(e, text);
    }
    return text;
  }

  /** "17 Oct 2016". */
  shortDate(ms: number): string {
    return describeShortDate(ms, this.#lang);
  }

  /** "12 Sept – 3 Nov 2016". */
  window(from: number, to: number): string {
    return describeWindow(from, to, this.#lang);
  }

  /** "12,345"; compact: "12K". */
  number(n: number, compact = false): string {
    return formatNumber(n, this.#lang, compact);
  }
}
