/**
 * Noun events and descriptive dates: "Tuesday's vote", "the 2012 election" are labelled by their noun
 * phrase; a date that only describes a thing ("the 1930s steel span") is a background event.
 */
import { isEventNoun } from './lexicon.js';
import {
  breakAfter,
  endsNounPhrase,
  groupAt,
  inPhrase,
  nounPhraseStart,
  pauseAfter,
  type Sentence,
} from './segments.js';
import { type Choice } from './clause.js';
import { COUNT_WORDS } from './tags.js';

/** Words that, after a noun, say how or when it happened rather than add to it: "its results | late", "rates | again". */
const ADVERBS_AFTER_NOUN = new Set(['late', 'early', 'again', 'ahead', 'abroad', 'overnight', 'instead']);

/** The noun at the head of the noun phrase that starts at `from` ("deadly U.S. Embassy blasts"). */
export function headNounAfter(s: Sentence, from: number): number {
  let k = from;
  let head = -1;
  while (k < s.words.length) {
    const w = s.words[k]!;
    // ("fourth-quarter results | next week": a noun, not a count, ends before another phrase that says when)
    const noun = head >= 0 && s.words[head]!.tag === 'noun' && !COUNT_WORDS.has(s.words[head]!.token.core);
    if (noun && s.otherDrop?.[k] === 1 && s.otherDrop[head] !== 1) break;
    // ("reported its March results | late": an adverb the tagger took for a noun ends the phrase)
    if (head >= 0 && ADVERBS_AFTER_NOUN.has(w.token.core)) break;
    if (!(
      w.tag === 'noun' ||
      w.tag === 'name' ||
      w.tag === 'num' ||
      (w.tag === 'ved' && k === from) ||
      // "the 1996 Olympic bombing": an -ing noun ends the phrase
      (w.tag === 'ing' && (k === from || isEventNoun(w.token.core)))
    ))
      break;
    head = k;
    if (pauseAfter(s, k)) break;
    k++;
  }
  return head;
}

/** The label of a noun event or a background thing: the noun phrase with the phrase, and its "of …" or other complement. */
export function nounChoice(
  s: Sentence,
  npStart: number,
  head: number,
  kind: 'noun' | 'background',
  why: string,
): Choice {
  let end = head + 1;
  // "a 2011 audit of the agency", "the blasts in Kenya and Tanzania"
  // (not the time phrase itself: "the fourth decline | in the past five days")
  // ("Wednesday's trip | to Hull": "to" before a name or a determiner is a preposition too, but not one that ends
  // a range: "from the 1983 film Local Hero | to a role")
  const to =
    s.words[end]?.tag === 'to' &&
    (s.words[end + 1]?.tag === 'name' || s.words[end + 1]?.tag === 'det') &&
    s.words[npStart - 1]?.token.core !== 'from';
  if (
    !pauseAfter(s, head) &&
    end < s.words.length &&
    (s.words[end]!.tag === 'prep' || to) &&
    !placeOfVerb(s, npStart, end, kind) &&
    !groupAt(s, end) &&
    // (nor another time phrase: "stints in 1994, | in 1996")
    !otherAdverbial(s, end)
  ) {
    let k = end + 1;
    while (k < s.words.length && k - end <= 6) {
      const w = s.words[k]!;
      if (
        groupAt(s, k) ||
        w.tag === 'rel' ||
        w.tag === 'sub' ||
        w.tag === 'prep' ||
        inPhrase(s, k) ||
        otherAdverbial(s, k)
      )
        break;
      k++;
      if (pauseAfter(s, k - 1)) break;
    }
    // ("its 2019 results | before the market | opens": a word of time before a clause opens that clause, whose
    // subject is no complement of the noun)
    const clauseOpened = CLAUSE_PREPOSITIONS.has(s.words[end]!.token.core) && groupAt(s, k)?.kind === 'finite';
    if (!clauseOpened) end = k;
  }
  const words: number[] = [];
  for (let k = npStart; k < end; k++)
    if (s.words[k]!.tag !== 'punct' && !(k >= s.governorStart && k < s.phraseStart)) words.push(k);
  return { kind, words, keep: [head], subjectLength: 0, why };
}

/** Prepositions that also open a clause ("before the market opens", "since the war ended"). */
const CLAUSE_PREPOSITIONS = new Set(['before', 'after', 'until', 'till', 'since', 'once']);

/** Prepositions of place: after a verb's object, they say where the verb's event was. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'inside', 'outside', 'behind', 'under']);

/**
 * "Police found the stolen 1998 sedan | in a field": the place after a thing the verb right before it takes as its
 * object is where the verb's event was, no part of the thing (an event noun keeps it: "the blasts in Kenya").
 */
function placeOfVerb(s: Sentence, npStart: number, prep: number, kind: 'noun' | 'background'): boolean {
  if (kind !== 'background' || npStart < 1 || !PLACE_PREPOSITIONS.has(s.words[prep]!.token.core)) return false;
  const g = groupAt(s, npStart - 1);
  return g !== undefined && g.kind === 'finite' && g.head === npStart - 1 && !s.words[npStart - 1]!.mark;
}

/** The noun phrase and the verbless segment after its comma that holds the phrase, at the end of a clause; or null. */
/** Adverbs that hedge a time ("possibly later today"): the phrase still dates the clause. */
const HEDGES = new Set(['possibly', 'probably', 'perhaps', 'maybe', 'likely', 'hopefully', 'ideally', 'presumably']);

export function appositionOf(s: Sentence): number[] | null {
  let start = s.governorStart;
  while (start > 0 && !pauseAfter(s, start - 1)) start--;
  if (start === 0 || s.words[start - 1]!.mark !== ',' || !endsNounPhrase(s.words[start - 1]!)) return null;
  // "…, now in its sixth year", "…, still in its first week": an adverb, then the phrase
  if (s.words[start]!.tag !== 'adv' || (start + 1 !== s.governorStart && start !== s.governorStart)) return null;
  // "will begin once the site is safe, possibly later today": a hedge on when the clause happens, no description
  if (HEDGES.has(s.words[start]!.token.core)) return null;
  let end = start;
  while (end < s.words.length && !pauseAfter(s, end)) end++;
  if (end < s.words.length - 1 && !breakAfter(s, end)) return null; // the clause goes on after it
  end = Math.min(end + 1, s.words.length);
  if (end - start > 7) return null;
  for (let k = start; k < end; k++)
    if (groupAt(s, k) || s.words[k]!.tag === 'rel' || s.words[k]!.tag === 'sub') return null;
  const npStart = nounPhraseStart(s, start - 1);
  const out: number[] = [];
  for (let k = npStart; k < end; k++) if (s.words[k]!.tag !== 'punct') out.push(k);
  return out;
}

/**
 * Word `k` opens another time phrase of the sentence that says when ("stints in 1994, | in 1996"), not one that
 * describes a noun after it ("of the | eight-year war", "the | daily paper").
 */
function otherAdverbial(s: Sentence, k: number): boolean {
  if (s.otherPhrase?.[k] !== 1) return false;
  let end = k;
  while (end + 1 < s.words.length && s.otherPhrase[end + 1] === 1) end++;
  const last = s.words[end]!;
  const next = s.words[end + 1];
  const describes = !last.mark && next !== undefined && (next.tag === 'noun' || next.tag === 'name');
  return !describes && !last.possessive;
}
