/**
 * The element's language and the dates and numbers it writes in it: one locale throughout an element. The
 * language is the element's own `lang`, else the nearest ancestor's, else en-GB; it is looked up again
 * on every update, and when it changes every cached text is dropped, so a date written in the old
 * language is never shown beside one in the new.
 */
import { articleZone, hasClockTime } from './article-zone.js';
import { describeDate, describeShortDate, describeWindow, prepareDateFormats } from './layout/human-date.js';
import { formatDate, formatNumber, resolveLang } from './layout/intl.js';
import type { PreparedEvent } from './layout/prepare.js';
import { prepareTickFormats } from './layout/ticks.js';

/** Granularities that carry a clock time: written with the article's zone when it has one. */
const CLOCK_GRANULARITIES = new Set(['partOfDay', 'hour', 'minute']);

export class Locale {
  #lang = '';
  #dates = new Map<PreparedEvent, string>();

  constructor(
    /** The element's own `lang`, and the element (for its ancestors'). */
    private readonly source: () => { own: string; element: Element },
    /** TIMEX3 value of an event's timex (a part of the day is named from it). */
    private readonly valueOf: (e: PreparedEvent) => string | undefined,
    /** The article's `published`: clock times are on its clock, named by its offset ("UTC−4") when it has one. */
    private readonly publishedOf: () => string | null = () => null,
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
      const zone = CLOCK_GRANULARITIES.has(e.granularity) ? articleZone(this.publishedOf()) : null;
      if (zone) text += ` ${zone}`;
      this.#dates.set(e, text);
    }
    return text;
  }

  /** "17 Oct 2016". */
  shortDate(ms: number): string {
    return describeShortDate(ms, this.#lang);
  }

  /**
   * The publication marker's label and its short form: "Published 17 Oct 2016" and "17 Oct 2016"; with a
   * publication time on the article's clock, "Published 22 Mar 2019, 10:35 UTC−4" and "22 Mar 2019, 10:35".
   */
  publishedLabel(ms: number, latestOfSeveral = false): [long: string, short: string] {
    const day = describeShortDate(ms, this.#lang);
    const text = this.publishedOf();
    // a story's marker stands at its latest article
    const prefix = latestOfSeveral ? 'Latest article' : 'Published';
    if (!hasClockTime(text)) return [`${prefix} ${day}`, day];
    const time = formatDate(ms, this.#lang, { hour: 'numeric', minute: '2-digit' });
    const zone = articleZone(text);
    return [`${prefix} ${day}, ${time}${zone ? ` ${zone}` : ''}`, `${day}, ${time}`];
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
