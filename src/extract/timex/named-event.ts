/**
 * "Hale was arrested in January 2021. … Two weeks before his arrest, he moved the money": the date of the event a
 * noun after "after" or "before" names, told in an earlier clause by a verb or a noun of the same stem beside a date
 * of its own. A length counted from that event counts from its date, not from whatever date the story told last.
 */
import type { Anchor } from './frame.js';
import { clauseStartBefore, isClauseEnd } from './clause-bounds.js';

/**
 * After "after" or "before": the noun of what it names, after a determiner or a possessive. (A bare "-ing" form is
 * a verb with an object of its own, often another act of the same kind: "a day after placing Ivory on injured
 * reserve", told after "Thomas was placed on injured reserve on Wednesday".)
 */
const NAMED_NOUN = /^\s+(?:(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+([a-z]+)|(?![a-z]+ing\b)([a-z]+))\b/i;

/** Nouns whose verb is no regular derivation of them ("his death": "he died"). */
const IRREGULAR_FORMS: Record<string, string> = {
  death: 'died|dead|death|killed',
  sale: 'sold|sale|sell',
  birth: 'born|birth',
  shooting: 'shot|shooting',
  loss: 'lost|loss',
  win: 'won|win',
  fall: 'fell|fall',
  departure: 'left|departed|departure',
  marriage: 'married|marriage|wed',
};

/**
 * Nouns that name a part of a period or something too common to find again ("three days after the start of the
 * trial", "a year after that"): no event of their own.
 */
const TOO_GENERAL = new Set(
  'start end beginning middle close turn rest time times same first last next other event events incident day week month year'.split(
    ' ',
  ),
);

/** Endings a noun of an event takes that its verb does not ("closure", "election", "announcement", "placing"). */
const NOUN_ENDING = /(?:ations?|ions?|ures?|ments?|als?|ing|s)$/;
/** What may follow the stem in the earlier clause: the verb's forms and the noun's. */
const FORM_ENDING = '(?:e|ed|d|es|s|ing|ion|ions|ation|ure|ment|al)?';

/** How far back, in characters, an earlier clause may tell the event. */
const REACH = 2500;
/** The most characters read on either side of an anchor for its clause. */
const CLAUSE_REACH = 300;

/**
 * The anchor (of `anchors`, the dates placed so far, in document order) whose clause tells the event named after
 * `relationEnd` (the offset just after "after" or "before"), among those that end before `clauseStart` (the
 * clause of the length itself); null when none does.
 */
export function namedEventDate(
  text: string,
  relationEnd: number,
  clauseStart: number,
  anchors: readonly Anchor[],
): Anchor | null {
  const m = NAMED_NOUN.exec(text.slice(relationEnd, relationEnd + 40));
  if (!m) return null;
  const noun = (m[1] ?? m[2])!.toLowerCase();
  if (TOO_GENERAL.has(noun)) return null;
  let forms = IRREGULAR_FORMS[noun];
  if (!forms) {
    const stem = noun.replace(NOUN_ENDING, '');
    if (stem.length < 4) return null;
    forms = `${stem}${FORM_ENDING}`;
  }
  // (not "re-elected": a second event of the kind)
  const told = new RegExp(`(?<!\\bre-)\\b(?:${forms})\\b`, 'i');
  // (one scan of the text the dates may tell it in first: most nouns are told by none, and each date's clause is
  // read only when one is)
  if (!told.test(text.slice(Math.max(0, clauseStart - REACH - CLAUSE_REACH), clauseStart))) return null;
  for (let k = anchors.length - 1; k >= 0; k--) {
    const anchor = anchors[k]!;
    if (anchor.start === undefined || anchor.end === undefined || anchor.end > clauseStart) continue;
    if (clauseStart - anchor.end > REACH) break;
    // the anchor's clause, without the words of the dates on either side ("He was elected in 2010 and re-elected
    // in 2014": 2014 tells no election of its own)
    const clauseOpens = clauseStartBefore(text, anchor.start, CLAUSE_REACH);
    const start = Math.max(clauseOpens < 0 ? anchor.start - CLAUSE_REACH : clauseOpens, anchors[k - 1]?.end ?? 0);
    const next = anchors[k + 1]?.start ?? text.length;
    let end = anchor.end;
    while (end < next && end - anchor.end < CLAUSE_REACH && !isClauseEnd(text, end)) end++;
    // (the date's own words are no telling of the event)
    const clause = `${text.slice(start, anchor.start)} ${text.slice(anchor.end, end)}`;
    if (told.test(clause)) return anchor;
  }
  return null;
}
