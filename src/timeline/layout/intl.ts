/** Cached Intl.DateTimeFormat instances (creating one is slow), always in UTC, with a safe locale. */

const cache = new Map<string, Intl.DateTimeFormat>();

/** Default when neither the element nor an ancestor has `lang`. */
export const DEFAULT_LANG = 'en-GB';

const resolved = new Map<string, string>();

/** `lang` if Intl knows it, else the default: an invalid tag must not throw during render. Cached. */
export function resolveLang(lang: string | null | undefined): string {
  if (!lang) return DEFAULT_LANG;
  let result = resolved.get(lang);
  if (result === undefined) {
    try {
      // Syntax check only (cheap, loads no locale data); Intl falls back by itself for unknown languages.
      result = Intl.getCanonicalLocales(lang)[0] ?? DEFAULT_LANG;
    } catch {
      result = DEFAULT_LANG;
    }
    resolved.set(lang, result);
  }
  return result;
}

// Callers pass module-level option objects: looked up by identity first (no key string built per call,
// which showed in zoom-frame profiles), by content the first time an object is seen.
const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let perLang = byOptions.get(options);
  if (!perLang) byOptions.set(options, (perLang = new Map()));
  let format = perLang.get(lang);
  if (!format) {
    const key = `${lang}|${JSON.stringify(options)}`;
    format = cache.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
      cache.set(key, format);
    }
    perLang.set(lang, format);
  }
  return format;
}

export function formatDate(ms: number, lang: string, options: Intl.DateTimeFormatOptions): string {
  return dateFormat(lang, options).format(ms);
}

export function formatDateRange(from: number, to: number, lang: string, options: Intl.DateTimeFormatOptions): string {
  const format = dateFormat(lang, options);
  return from < to ? format.formatRange(from, to) : format.format(from);
}

const numberCache = new Map<string, { format: Intl.NumberFormat; texts: Map<number, string> }>();

/**
 * "12,345" or, compact, "12K", in `lang`. Formatters and their results are cached: cluster counts are
 * formatted for every cluster in every zoom frame, and Intl formatting showed in frame profiles.
 */
export function formatNumber(n: number, lang: string, compact = false): string {
  const key = `${lang}|${compact}`;
  let entry = numberCache.get(key);
  if (!entry) {
    const format = new Intl.NumberFormat(lang, compact ? { notation: 'compact', maximumFractionDigits: 0 } : {});
    entry = { format, texts: new Map() };
    numberCache.set(key, entry);
  }
  let text = entry.texts.get(n);
  if (text === undefined) {
    text = entry.format.format(n);
    if (entry.texts.size > 10_000) entry.texts.clear();
    entry.texts.set(n, text);
  }
  return text;
}
