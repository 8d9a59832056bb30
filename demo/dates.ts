/**
 * Dates for the demo's text: floating ISO strings (read as UTC, as the EventList says) to milliseconds
 * and to words, in the page's language and in the timeline's own words (layout/human-date.ts), so the
 * article, its tooltips and the timeline write a date the same way.
 */
import type { Timex } from '../src/extract/types.js';
import { describeDate } from '../src/timeline/layout/human-date.js';

/** Milliseconds of a floating ISO date or date-time (`2016-10-17`, `2016-10-15T18:00`), read as UTC. */
export function floatingToMs(iso: string): number {
  if (/^[+-]?\d{4,6}-\d{2}-\d{2}$/.test(iso)) return Date.parse(`${iso}T00:00:00Z`);
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso)) return Date.parse(`${iso}Z`);
  return Date.parse(iso);
}

/**
 * The page's language (`<html lang>`, en-GB in index.html): the demo writes its dates and numbers in it,
 * and the timeline inherits it, so the page reads in one locale.
 */
export function pageLang(): string {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  try {
    return Intl.getCanonicalLocales(lang || 'en-GB')[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/** "1,234" in the page's language. */
export const formatCount = (n: number) => n.toLocaleString(pageLang());

/** "Monday 17 October 2016" for a publication date, as the timeline writes it; the input itself if it is not a date. */
export function formatPublished(iso: string): string {
  const start = floatingToMs(iso.slice(0, 10));
  return Number.isNaN(start) ? iso : describeDate({ start, end: start + 86_400_000, granularity: 'day' }, pageLang());
}

/** A tooltip for a marked phrase: what it resolved to (in the timeline's words), and why. */
export function describeTimex(timex: Timex): string {
  const start = timex.from ? floatingToMs(timex.from) : NaN;
  const end = timex.to ? floatingToMs(timex.to) : start;
  const where =
    Number.isNaN(start) || !timex.granularity
      ? timex.value
      : describeDate(
          {
            start,
            end: Number.isNaN(end) ? start : end,
            granularity: timex.granularity,
            mod: timex.mod,
            value: timex.value,
          },
          pageLang(),
        );
  const value = timex.value && timex.value !== where ? ` (${timex.value})` : '';
  return `${where}${value}${timex.why ? ` — ${timex.why}` : ''}`;
}

/** `YYYY-MM-DD` for a date input, or '' when `iso` does not start with a valid date. */
export function toDateInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(floatingToMs(day)) ? day : '';
}
