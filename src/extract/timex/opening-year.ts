/**
 * A year that opens a sentence dates what the sentence tells without a year of its own: "In 2015, the bill
 * failed in March" (March 2015), "Last year, profit fell in the fourth quarter" (last year's), "Last year, the
 * river flooded in the spring". Not a year inside the sentence: "The law, passed in 2015, takes effect in March"
 * (the month is read by tense).
 */
import { abbreviationBefore } from '../sentences.js';
import type { Anchor } from './frame.js';

/** How far back the start of a phrase's sentence is looked for. */
const SENTENCE_REACH = 400;
/** A sentence opening with a preposition of time, where a year then stands: "In 2015,", "Back in early 2015,". */
const OPENING_PREPOSITION = /^(?:(?:back|also|and|but|then|so|even|only)\s+)?(?:in|during|throughout)\s+/i;
/** A sentence opening with a year of its own: "Last year,", "Earlier this year", "That year". */
const OPENING_YEAR_WORDS =
  /^(?:(?:early|earlier|late|later)\s+)?(?:last|this|that|the\s+(?:previous|following))\s+year\b(?!\s+(?:is|was|has|had|will|saw|marked)\b)/i;

/**
 * Where the sentence holding offset `index` starts: after the last . ! ? and a space (closing no abbreviation),
 * or a line break, at most SENTENCE_REACH characters back; -1 when none is that near.
 */
function sentenceStartBefore(text: string, index: number): number {
  const from = Math.max(0, index - SENTENCE_REACH);
  for (let i = index - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < text.length && text.charCodeAt(i + 1) <= 0x20) {
      if (c === 0x2e && abbreviationBefore(text, i)) continue;
      let start = i + 1;
      while (start < index && text.charCodeAt(start) <= 0x20) start++;
      return start;
    }
  }
  return from === 0 ? 0 : -1;
}

/**
 * Where a year that opens the sentence holding offset `index` would start ("In |2015, …", "|Last year, …"), or
 * -1 when the sentence opens otherwise ("The 2008-09 season was …": a year inside the subject opens nothing).
 */
export function yearOpeningAt(text: string, index: number): number {
  const start = sentenceStartBefore(text, index);
  if (start < 0) return -1;
  const head = text.slice(start, Math.min(index, start + 40));
  if (OPENING_YEAR_WORDS.test(head)) return start;
  const preposition = OPENING_PREPOSITION.exec(head);
  return preposition ? start + preposition[0].length : -1;
}

/** The year of the narrative's anchor when it is a year that opens the phrase's sentence at `openingAt`. */
export function openingYear(anchor: Anchor | null | undefined, openingAt: number): number | null {
  if (!anchor || anchor.period.granularity !== 'year' || anchor.start === undefined || openingAt < 0) return null;
  return anchor.start === openingAt ? anchor.period.first.y : null;
}
