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

export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    cache.set(key, format);
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

const numberCache = new Map<string, Intl.NumberFormat>();

/** "12,345" or, compact, "12K", in `lang` (cached: toLocaleString builds a formatter per call). */
export function formatNumber(n: number, lang: string, compact = false): string {
  const key = `${lang}|${compact}`;
  let format = numberCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, compact ? { notation: 'compact', maximumFractionDigits: 0 } : {});
    numberCache.set(key, format);
  }
  return format.format(n);
}
