/**
 * A year that opens a sentence dates what the sentence tells without a year of its own: "In 2015, the bill
 * failed in March" (March 2015), "Last year, profit fell in the fourth quarter" (last year's), "Last year, the
 * river flooded in the spring". Not a year inside the sentence: "The law, passed in 2015, takes effect in March"
 * (the month is read by tense).
 */
import { isSpace } from '../words.js';
import { clauseStartBefore } from './clause-bounds.js';
import type { Anchor } from './frame.js';

/** How far back the start of a phrase's sentence (or clause: "…; in 2015, …") is looked for. */
const SENTENCE_REACH = 400;
/** A sentence opening with a preposition of time, where a year then stands: "In 2015,", "Back in early 2015,". */
const OPENING_PREPOSITION = /^(?:(?:back|also|and|but|then|so|even|only)\s+)?(?:in|during|throughout)\s+/i;
/** A sentence opening with a year of its own: "Last year,", "Earlier this year", "That year" (not "Last year's champion"). */
const OPENING_YEAR_WORDS =
  /^(?:(?:early|earlier|late|later)\s+)?(?:last|this|that|the\s+(?:previous|following))\s+year\b(?!['’]s\b|\s+(?:is|was|has|had|will|saw|marked)\b)/i;

/**
 * Where a year that opens the sentence holding offset `index` would start ("In |2015, …", "|Last year, …"), or
 * -1 when the sentence opens otherwise ("The 2008-09 season was …": a year inside the subject opens nothing).
 */
function yearOpeningAt(text: string, index: number): number {
  let start = clauseStartBefore(text, index, SENTENCE_REACH);
  if (start < 0) return -1;
  while (start < index && isSpace(text.charCodeAt(start))) start++;
  const head = text.slice(start, Math.min(index, start + 40));
  if (OPENING_YEAR_WORDS.test(head)) return start;
  const preposition = OPENING_PREPOSITION.exec(head);
  return preposition ? start + preposition[0].length : -1;
}

/** A phrase as its parser read it: the text and the phrase's offset in it. */
export interface PhraseAt {
  text: string;
  index: number;
}

/**
 * An offset of the whole text (an anchor's) as an offset of the piece a parser reads (chunks.ts): `textAt` is the
 * phrase's offset in the whole text (the resolve context's `at`), `index` its offset in the piece. Negative when it
 * lies before the piece (a piece ends at a sentence's end, so such an offset is in another sentence).
 */
export function pieceOffset(wholeOffset: number, index: number, textAt: number | undefined): number {
  return wholeOffset - ((textAt ?? index) - index);
}

/**
 * The year of the narrative's anchor when it is a year that opens the sentence of the phrase `at`, else null. The
 * sentence is read only when the anchor is a year just before the phrase (rare): not for every month and quarter.
 * `textAt` is the phrase's offset in the whole text (pieceOffset).
 */
export function openingYear(
  anchor: Anchor | null | undefined,
  at: PhraseAt | null,
  textAt: number | undefined,
): number | null {
  if (!at || !anchor || anchor.period.granularity !== 'year' || anchor.start === undefined) return null;
  const start = pieceOffset(anchor.start, at.index, textAt);
  if (start < 0 || start >= at.index || at.index - start > SENTENCE_REACH) return null;
  return yearOpeningAt(at.text, at.index) === start ? anchor.period.first.y : null;
}
