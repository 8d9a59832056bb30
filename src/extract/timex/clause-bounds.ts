/**
 * Where the clause around a phrase ends and starts: at ; ! ? or a line break, or at a full stop followed by a
 * space that closes no abbreviation. A full stop before a lower-case word goes on with the sentence ("7 a.m. to
 * 8 p.m."), except in a text that writes its sentences in lower case. The tense refiner reads a phrase's clause
 * between these ends; a year that opens the clause dates what it tells (opening-year.ts).
 */
import { isSpace } from '../words.js';
import { stopEndsLowerCaseSentence, writesSentencesInLowerCase } from '../sentences.js';

/** An initial ("J. Smith"): a capital alone, so that "plan a." in lower case still ends its sentence. */
const INITIAL = /\b[A-Z]\.$/;
/**
 * Titles and abbreviations, in any casing: a line in capitals writes "MR." and "VS." ("ROE VS. WADE"). "No." and "NO."
 * only capitalised: "voters said no. The count…" ends its sentence.
 */
const ABBREVIATION = /\b(?:mr|ms|mrs|dr|gen|gov|sen|rep|st|jan|feb|aug|sept?|oct|nov|dec|corp|inc|co|ltd|vs)\.$/i;
const NUMBER_SIGN = /\bN[oO]\.$/;

/** A month's abbreviation in any casing ("sept.", "SEPT."): before a day's number it ends no clause. */
const MONTH_ABBREVIATION = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$/i;

/** Whether a sentence or clause ends at offset `i` of `text` (the mark is its last character). */
export function isClauseEnd(text: string, i: number): boolean {
  // by code (it runs for every character around every phrase): `text[i]` makes a string each time
  const c = text.charCodeAt(i);
  if (c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a) return true; // ; ! ? newline
  if (c !== 0x2e) return false; // .
  if (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1))) return false; // "0.9", "U.S."
  const next = text.charCodeAt(i + 2);
  // a lower-case word goes on with the sentence: "7 a.m. to 8 p.m." (the text's casing is read once, when needed)
  if (next >= 0x61 && next <= 0x7a) return writesSentencesInLowerCase(text) && stopEndsLowerCaseSentence(text, i);
  const before = text.slice(Math.max(0, i - 6), i + 1);
  if (next >= 0x30 && next <= 0x39 && MONTH_ABBREVIATION.test(before)) return false; // "SEPT. 9", "sept. 9"
  return !INITIAL.test(before) && !ABBREVIATION.test(before) && !NUMBER_SIGN.test(before);
}

/**
 * Where the clause holding offset `index` starts: just after the nearest clause end before it, at most `reach`
 * characters back; 0 at the text's start, -1 when no end is that near.
 */
export function clauseStartBefore(text: string, index: number, reach: number): number {
  const from = Math.max(0, index - reach);
  for (let i = index - 1; i >= from; i--) if (isClauseEnd(text, i)) return i + 1;
  return from === 0 ? 0 : -1;
}

/**
 * A sentence's end, found by a scan of a stretch of text (the comparison and holiday-season refiners): a stop before a
 * space and a word (in any case: transcripts and posts write in lower case), not the stop of an initial or of
 * "a.m."/"p.m."; or a line break.
 */
export const SENTENCE_END = /(?<!\b\p{L})[.!?]["”’)]*\s+(?=["“‘(]*[\p{L}\d])|\n/u;

/** The characters at which a clause may end (isClauseEnd tells whether it does). */
const CLAUSE_MARK = /[.;!?\n]/g;

/**
 * The clause ends of a text (isClauseEnd), found in one pass for the tense refiner: the clauses of a text's phrases overlap, and
 * reading each clause's characters again cost more than reading the text once.
 */
export class ClauseEnds {
  private readonly ends: number[] = [];

  constructor(text: string) {
    CLAUSE_MARK.lastIndex = 0;
    for (let m = CLAUSE_MARK.exec(text); m; m = CLAUSE_MARK.exec(text))
      if (isClauseEnd(text, m.index)) this.ends.push(m.index);
  }

  /** What clauseStartBefore(text, index, reach) gives. */
  startBefore(index: number, reach: number): number {
    const from = Math.max(0, index - reach);
    const k = this.firstAtOrAfter(index) - 1; // the last end before `index`
    if (k >= 0 && this.ends[k]! >= from) return this.ends[k]! + 1;
    return from === 0 ? 0 : -1;
  }

  /** The first clause end in [from, to), or `to`. */
  firstIn(from: number, to: number): number {
    const k = this.firstAtOrAfter(from);
    return k < this.ends.length && this.ends[k]! < to ? this.ends[k]! : to;
  }

  private firstAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
