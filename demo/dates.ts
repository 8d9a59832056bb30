/**
 * Dates for the demo's text: floating ISO strings (read as UTC, as the EventList says) to milliseconds
 * and to words.
 */
import type { Granularity, Timex } from '../src/extract/types.js';

/** Milliseconds of a floating ISO date or date-time (`2016-10-17`, `2016-10-15T18:00`), read as UTC. */
export function floatingToMs(iso: string): number {
  if (/^[+-]?\d{4,6}-\d{2}-\d{2}$/.test(iso)) return Date.parse(`${iso}T00:00:00Z`);
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso)) return Date.parse(`${iso}Z`);
  return Date.parse(iso);
}

const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const LONG_DAY = utc({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DAY = utc({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const MONTH = utc({ month: 'long', year: 'numeric' });
const TIME = utc({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Monday 17 October 2016" for a publication date; the input itself if it is not a date. */
export function formatPublished(iso: string): string {
  const ms = floatingToMs(iso.slice(0, 10));
  return Number.isNaN(ms) ? iso : LONG_DAY.format(ms);
}

function formatAt(from: string, granularity: Granularity | undefined): string {
  const ms = floatingToMs(from);
  if (Number.isNaN(ms)) return from;
  switch (granularity) {
    case 'century':
    case 'decade':
    case 'year':
    case 'half':
    case 'quarter':
    case 'season':
      return String(new Date(ms).getUTCFullYear());
    case 'month':
      return MONTH.format(ms);
    case 'hour':
    case 'minute':
      return TIME.format(ms);
    default:
      return SHORT_DAY.format(ms);
  }
}

/** A tooltip for a marked phrase: what it resolved to, and why. */
export function describeTimex(timex: Timex): string {
  const where = timex.from ? formatAt(timex.from, timex.granularity) : timex.value;
  const value = timex.value && timex.value !== where ? ` (${timex.value})` : '';
  return `${where}${value}${timex.why ? ` — ${timex.why}` : ''}`;
}

/** `YYYY-MM-DD` for a date input, or '' when `iso` does not start with a valid date. */
export function toDateInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(floatingToMs(day)) ? day : '';
}
