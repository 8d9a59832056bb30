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

/** The line of `text` around `index`, at most `reach` characters either side. */
function lineAround(text: string, index: number, reach: number): string {
  const start = Math.max(text.lastIndexOf('\n', index - 1) + 1, index - reach);
  let end = text.indexOf('\n', index);
  if (end < 0 || end > index + reach) end = Math.min(text.length, index + reach);
  return text.slice(start, end);
}

/** Whether the line around `index` of `text` is a title-case line of at least three words. */
export function inTitleCaseLine(text: string, index: number): boolean {
  // a line with a sentence's stop inside is prose, not a headline
  const line = lineAround(text, index, REACH).replace(/[.!?]\s*$/, '');
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
  const around = lineAround(text, index, HEADLINE_MAX);
  // a line longer than a headline reaches the limit on a side (it has no line break within reach)
  if (around.length >= HEADLINE_MAX) return false;
  const line = around.trim();
  return line.length > 0 && !/[.!?:]["”’)]?$/.test(line) && !/[.!?]\s/.test(line);
}
