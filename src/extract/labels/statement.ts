/**
 * Statements: a phrase right after a verb of saying dates the saying, and the label keeps who said it
 * (shortened) with what was said ("Officials said the bridge collapsed").
 */
import { isEventNoun } from './lexicon.js';
import {
  breakAfter,
  content,
  endsNounPhrase,
  groupAt,
  inPhrase,
  pauseAfter,
  range,
  type Sentence,
  type VerbGroup,
} from './segments.js';
import { shortSubject, speakerAfter, subjectOf } from './subject.js';
import { type Choice } from './clause.js';

/** The verb of saying right before a reported clause ("told Reuters | this was", "said that | he"), with its speaker. */
export function reportingBefore(s: Sentence, subjectStart: number): { group: VerbGroup; speaker: number[] } | null {
  for (let k = subjectStart - 1; k >= 0 && subjectStart - k <= 4; k--) {
    if (pauseAfter(s, k) || inPhrase(s, k)) return null;
    const g = groupAt(s, k);
    if (!g) continue;
    if (g.kind !== 'finite' || !s.words[g.head]!.report) return null;
    const found = subjectOf(s, g.start);
    return found ? { group: g, speaker: shortSubject(s, found, 4) } : null;
  }
  return null;
}

/** Label of a statement: who said it (shortened), the verb, and what was said. */
export function statementChoice(s: Sentence, group: VerbGroup, phrase: string): Choice | null {
  const { words } = s;
  let speaker: number[] = [];
  // '"…," said Anna Berg': the speaker after the verb
  const previous = words[group.start - 1];
  // ('"…," said a spokesman': a determiner after the verb opens the speaker too)
  const after = words[group.end];
  const invertedOrder =
    previous !== undefined &&
    (previous.mark === ',' || previous.closes) &&
    (after?.tag === 'name' || (after?.tag === 'det' && !after.mark));
  const found = invertedOrder ? null : subjectOf(s, group.start);
  let inverted = false;
  if (found) speaker = shortSubject(s, found, 4);
  else {
    const behind = speakerAfter(s, group);
    if (behind && !groupAt(s, behind[1])) {
      speaker = shortSubject(s, behind, 4);
      inverted = true;
    }
  }
  if (!speaker.length) return null;
  const verb = range(group.start, group.end);
  // what comes after the verb: the hearer ("told his Cabinet"), the phrase, then "that" and the content
  let k = inverted ? speaker[speaker.length - 1]! + 1 : group.end;
  const hearer: number[] = [];
  while (!inverted && k < words.length && !inPhrase(s, k) && !breakAfter(s, k - 1) && hearer.length < 4) {
    const w = words[k]!;
    if (w.tag === 'rel' || groupAt(s, k) || w.tag === 'sub') break;
    if (w.tag === 'prep' && !isEventPhrase(s, k)) break;
    hearer.push(k);
    k++;
  }
  while (k < words.length && inPhrase(s, k)) k++;
  let said: number[] = [];
  const opener = words[k];
  const clauseAfter =
    opener !== undefined &&
    !words[k - 1]!.mark &&
    (opener.token.core === 'that' ||
      !(opener.tag === 'prep' || opener.tag === 'sub' || opener.tag === 'rel' || opener.tag === 'conj'));
  if (clauseAfter && !breakAfter(s, k - 1)) {
    const end = contentEnd(s, k);
    said = content(s, k, end);
  }
  let saidFirst = false;
  if (!said.some((i) => groupAt(s, i))) {
    // "…, Adams said Sunday." or '"…," said Woolard': what was said comes before the speaker
    const before = inverted ? group.start : (found?.[0] ?? group.start);
    // (after a comma, a quote or a break: not "was moved to June, before | the board confirmed the date on Monday",
    // whose verb has its object, and says nothing of the clause before)
    const attribution = before > 0 && (pauseAfter(s, before - 1) || words[before - 1]!.closes);
    const object = hearer.length > 0 || (k < words.length && !pauseAfter(s, k - 1));
    if (!attribution && object) return null;
    said = leadingClause(s, before);
    if (!said.some((i) => groupAt(s, i))) said = [];
    saidFirst = true;
  }
  if (!said.length) return null;
  // "Syria’s state news agency said …" with a long content: the speaker without its possessor
  if (speaker.length >= 3 && words[speaker[0]!]!.possessive && speaker.length + 1 + said.length > 14)
    speaker = speaker.slice(1);
  const heard = hearer.length <= 3 ? hearer : [];
  const why = `“${phrase}” dates a statement: who said it, and what`;
  if (saidFirst) {
    // in the sentence's order: what was said, then who said it ("The ferry sank, the coastguard said")
    const attribution = inverted ? [...verb, ...speaker] : [...speaker, ...verb, ...heard];
    const aside = appositiveOfSubject(s, said);
    return {
      kind: 'statement',
      words: [...said, ...attribution],
      keep: [group.head],
      subjectLength: 0,
      ...(aside.length ? { optional: aside } : {}),
      tail: attribution.length,
      commaBefore: attribution[0],
      why,
      group,
    };
  }
  return {
    kind: 'statement',
    words: [...speaker, ...verb, ...heard, ...said],
    keep: [group.head],
    subjectLength: speaker.length,
    why,
    group,
  };
}

/** "in a statement", "at a news briefing": a preposition before an event noun, kept with the verb of saying. */
export function isEventPhrase(s: Sentence, k: number): boolean {
  for (let j = k + 1; j < s.words.length && j - k <= 4; j++) {
    if (isEventNoun(s.words[j]!.token.core) && s.words[j]!.tag === 'noun') return true;
    if (pauseAfter(s, j)) return false;
  }
  return false;
}

/** A finite verb among the words [from, to). */
function verbIn(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (groupAt(s, k)?.kind === 'finite') return true;
  return false;
}

/** End of what was said, starting at `from`: the clause with its own clauses, up to a strong break. */
export function contentEnd(s: Sentence, from: number): number {
  for (let k = from + 1; k < s.words.length; k++) {
    if (breakAfter(s, k - 1)) return k;
    // "…, the sources said": an attribution after the content is not part of it
    if (s.words[k - 1]!.mark === ',' && s.words[k]!.tag !== 'conj' && attributionAt(s, k)) return k;
    // "said sales fell 4.2%, | with trading in June hit by rain": a phrase after "with" and the comma that closes the
    // reported clause is an aside (not one inside it: "said that the bridge, | with its new deck, | would reopen")
    if (s.words[k - 1]!.mark === ',' && s.words[k]!.token.core === 'with' && !s.words[k]!.mark && verbIn(s, from, k))
      return k;
  }
  return s.words.length;
}

/**
 * The attribution that closes a sentence after the clause ending at `end` (exclusive): ", the report
 * said", ", officials said Friday", ", said Anna Berg". Its words (the phrase and asides left out), or null.
 */
export function attributionAfter(s: Sentence, end: number): number[] | null {
  const { words } = s;
  if (end <= 0 || end >= words.length || words[end - 1]!.mark !== ',') return null;
  let verb: VerbGroup | undefined;
  let stop = end;
  for (let k = end; k < words.length && k - end <= 6; k++) {
    const g = groupAt(s, k);
    if (g) {
      if (g.kind !== 'finite' || !words[g.head]!.report) return null;
      verb = g;
      stop = g.end;
      break;
    }
    if (pauseAfter(s, k) || words[k]!.tag === 'rel' || words[k]!.tag === 'sub') return null;
  }
  if (!verb) return null;
  // "said Anna Berg": the speaker after the verb
  if (verb.start === end) {
    const after = speakerAfter(s, verb);
    if (!after) return null;
    stop = after[1];
  }
  // the sentence ends here, or goes on with a phrase or an aside ("said on Friday in a statement")
  const next = words[stop];
  if (next && !inPhrase(s, stop) && !pauseAfter(s, stop - 1) && next.tag !== 'prep') return null;
  const out = content(s, end, stop);
  return out.length >= 2 ? out : null;
}

/** Words at `k` read "X said" (a short subject and a verb of saying). */
export function attributionAt(s: Sentence, k: number): boolean {
  for (let j = k; j < s.words.length && j - k <= 6; j++) {
    const g = groupAt(s, j);
    if (g) return s.words[g.head]!.report;
    if (pauseAfter(s, j)) return false;
  }
  return false;
}

/** The first clause of the sentence, up to `before` (a quotation or a clause before "…, X said"). */
export function leadingClause(s: Sentence, before: number): number[] {
  let stop = before;
  for (let k = 0; k < before; k++) {
    if (breakAfter(s, k)) {
      stop = k + 1;
      break;
    }
  }
  return content(s, 0, stop);
}

/**
 * "Sytenko, | a former official of the agency, | is expected to visit Cairo, the spokesman said": the words of an
 * appositive between commas after the noun phrase that opens what was said (`said`, in order), before its verb; they
 * give way first when the label is too long. Empty when there is none.
 */
function appositiveOfSubject(s: Sentence, said: readonly number[]): number[] {
  const { words } = s;
  const first = said.findIndex((k) => words[k]!.mark !== '');
  if (first < 0 || first > 4 || words[said[first]!]!.mark !== ',' || !endsNounPhrase(words[said[first]!]!)) return [];
  const opener = words[said[first]! + 1];
  // ("Early voting, | which opened on Oct. 20, | drew …": a relative clause between commas too)
  const relative = opener?.tag === 'rel' && (opener.token.core === 'which' || opener.token.core === 'who');
  if (!opener || (opener.tag !== 'det' && opener.tag !== 'num' && !relative)) return [];
  for (let i = first + 1; i < said.length && i - first <= 12; i++) {
    const k = said[i]!;
    if ((groupAt(s, k) && !relative) || breakAfter(s, k) || (words[k]!.mark && words[k]!.mark !== ',')) return [];
    if (words[k]!.mark !== ',') continue;
    // (the clause's verb right after the closing comma)
    const verb = groupAt(s, k + 1);
    return verb?.kind === 'finite' && verb.start === k + 1 ? said.slice(first + 1, i + 1) : [];
  }
  return [];
}

/** An inverted verb of saying before the comma at `k` ('"…," said Anna Berg, a spokeswoman,'), or undefined. */
export function invertedReportBefore(s: Sentence, k: number): VerbGroup | undefined {
  for (let j = k; j >= 0 && k - j <= 12; j--) {
    if (breakAfter(s, j) && s.words[j]!.mark !== ',') return undefined;
    const g = groupAt(s, j);
    if (!g) continue;
    const next = s.words[g.end];
    return s.words[g.head]!.report && g.kind === 'finite' && next?.tag === 'name' ? g : undefined;
  }
  return undefined;
}

/** Between the verb of saying and the phrase only a hearer or "in a statement": the phrase dates the saying. */
export function saidDirectly(s: Sentence, from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let k = from; k < to; k++) {
    const w = s.words[k]!;
    if (groupAt(s, k) || w.tag === 'rel' || w.tag === 'sub' || (w.mark && w.mark !== ',')) return false;
  }
  return true;
}
