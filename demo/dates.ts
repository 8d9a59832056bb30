/**
 * Dates for the demo's text: floating ISO strings (read as UTC, as the EventList says) to milliseconds
 * and to words, in the page's language and in the timeline's own words (layout/human-date.ts), so the
 * article, its tooltips and the timeline write a date the same way.
 */
import type { Timex } from '../src/extract/types.js';
import { clockText, offsetSuffix, parseIsoClock } from '../src/extract/timex/calendar.js';
import { articleZone } from '../src/timeline/article-zone.js';
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

/**
 * "Monday 17 October 2016" for a publication date, as the timeline writes it, with its time and zone when it has them
 * ("Friday 3 May 2013 at 7:31 (UTC−4)"); the input itself if it is not a date.
 */
export function formatPublished(iso: string): string {
  const { date, time } = splitPublished(iso);
  const start = floatingToMs(time ? `${date}T${time}` : iso.slice(0, 10));
  if (Number.isNaN(start)) return iso;
  if (!time) return describeDate({ start, end: start + 86_400_000, granularity: 'day' }, pageLang());
  const zone = articleZone(iso);
  return `${describeDate({ start, end: start + 60_000, granularity: 'minute' }, pageLang())}${zone ? ` (${zone})` : ''}`;
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

/** A publication date as the editor's three fields hold it: `YYYY-MM-DD`, `HH:MM` and a UTC offset (`Z`, `-04:00`). */
export interface PublishedFields {
  date: string;
  /** '' when the article gives no time of day. */
  time: string;
  /** '' when the time is on no zone we know (the article's own clock). */
  zone: string;
}

/**
 * The editor's fields for a publication date (`2019-03-22`, `2019-03-22T10:35`, `2019-03-22T10:35:00-04:00`): what is
 * not there, or not valid, is ''. A zone without a time is dropped (a day has no offset).
 */
export function splitPublished(iso: string | null | undefined): PublishedFields {
  const date = toDateInputValue(iso);
  const clock = date ? parseIsoClock(iso) : null;
  return clock ? { date, time: clockText(clock), zone: offsetSuffix(clock.offset) } : { date, time: '', zone: '' };
}

/** The publication date the editor's fields give: '' without a date; the day alone without a time. */
export function joinPublished({ date, time, zone }: PublishedFields): string {
  if (!date) return '';
  return time ? `${date}T${time}${zone}` : date;
}

/**
 * The zones the editor offers, as UTC offsets with their names ("UTC−4"): every whole hour from −12 to +14 and the
 * offsets of half and three quarters that places keep (India's +5:30, Nepal's +5:45, Newfoundland's −3:30…).
 */
export const ZONE_OFFSETS: readonly { value: string; label: string }[] = [
  -12, -11, -10, -9.5, -9, -8, -7, -6, -5, -4, -3.5, -3, -2, -1, 0, 1, 2, 3, 3.5, 4, 4.5, 5, 5.5, 5.75, 6, 6.5, 7, 8,
  8.75, 9, 9.5, 10, 10.5, 11, 12, 12.75, 13, 14,
].map((hours) => {
  const value = offsetSuffix(hours * 60);
  return { value, label: articleZone(`2000-01-01T00:00${value}`)! };
});
