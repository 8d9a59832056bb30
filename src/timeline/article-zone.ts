/**
 * The article's own clock. Extraction puts clock times on the article's clock (floating ISO, drawn as UTC like
 * every date), so the element shows them as the article gives them; when `published` carries a UTC offset
 * ("2019-03-22T10:35:00-04:00"), that offset names the zone those times are in.
 */

/** "UTC−4", "UTC+5:30", "UTC" for the offset of an ISO date-time; null for a date, or a time without a zone. */
export function articleZone(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/.exec(published.trim());
  if (!m) return null;
  if (m[1] === 'Z' || (Number(m[3]) === 0 && Number(m[4]) === 0)) return 'UTC';
  const minutes = Number(m[4]);
  return `UTC${m[2] === '-' ? '−' : '+'}${Number(m[3])}${minutes ? `:${m[4]}` : ''}`;
}

/** Whether `published` gives a time of day, not only a date. */
export function hasClockTime(published: string | null | undefined): boolean {
  return !!published && /T\d{2}:\d{2}/.test(published);
}
