/**
 * Whether a phrase sits in a line written in title case, as many headlines are ("Talks Resume Early Next Week",
 * "Vote Set For March As Parties Clash"). There a capital says nothing: "Next Week" is the date, not the name
 * of a programme, and "For March" is a preposition of time and a month.
 */

/** How far either side of the phrase its line is read. */
const REACH = 160;
/** A word as title case writes it: capitalised (short function words may stay lower case). */
const CAPITALISED = /^[A-Z][a-z'’-]*$/;
const LOWER = /^[a-z][a-z'’-]*$/;
/** Function words a title may leave in lower case ("of", "and", "to"). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'as', 'vs']);

/** Whether the line around `index` of `text` is a title-case line of at least three words. */
export function inTitleCaseLine(text: string, index: number): boolean {
  let start = text.lastIndexOf('\n', index - 1) + 1;
  if (start < index - REACH) start = index - REACH;
  let end = text.indexOf('\n', index);
  if (end < 0 || end > index + REACH) end = Math.min(text.length, index + REACH);
  // a line with a sentence's stop inside is prose, not a headline
  const line = text.slice(start, end).replace(/[.!?]\s*$/, '');
  if (/[.!?]\s+\S/.test(line)) return false;
  let capitalised = 0;
  let lower = 0;
  for (const word of line.split(/[\s,:;"“”()]+/)) {
    if (CAPITALISED.test(word)) capitalised++;
    else if (LOWER.test(word) && !SMALL_WORDS.has(word)) lower++;
  }
  return capitalised >= 3 && lower === 0;
}

/** The longest line read as a headline. */
const HEADLINE_MAX = 140;

/**
 * Whether `index` of `text` sits in a headline: a short line of its own with no sentence's stop in it or at its
 * end ("PM to visit China next week", "Shops To Close Over Christmas").
 */
export function inHeadlineLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  let end = text.indexOf('\n', index);
  if (end < 0) end = text.length;
  if (end - start > HEADLINE_MAX) return false;
  const line = text.slice(start, end).trim();
  return line.length > 0 && !/[.!?:]["”’)]?$/.test(line) && !/[.!?]\s/.test(line);
}
