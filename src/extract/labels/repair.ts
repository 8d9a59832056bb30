/**
 * Repairs a label too short to read ("Talks collapsed", "An accord signed"): the time phrase goes
 * back in place, then the words around grow to the clause's edges, then to the sentence.
 */
import { countWords, MIN_LABEL_WORDS } from './render.js';
import {
  adverbialAside,
  groupAt,
  isClauseTaking,
  pauseAfter,
  range,
  shownPhraseWords,
  type Sentence,
} from './segments.js';
import { antecedent, subjectOf } from './subject.js';

const sorted = (words: Iterable<number>) => [...new Set(words)].sort((a, b) => a - b);

/** Base forms of verbs of thinking, whose bare clause says what is thought: "cant believe | the final is …". */
const THINKING = new Set('believe think know hope guess reckon expect fear feel'.split(' '));

export function repairShort(s: Sentence, words: number[]): number[] {
  if (countWords(s, words) >= MIN_LABEL_WORDS) return words;
  const n = s.words.length;
  const first = words.length ? words[0]! : s.governorStart;
  const last = words.length ? words[words.length - 1]! : s.phraseEnd - 1;
  // 1. "Talks collapsed on Sunday", "An accord signed yesterday": the phrase back next to its words
  let out = words;
  // ("cant believe | the final | is | on saturday": over the "be" a label does not end with, which then stands before
  // the phrase, when the words are a clause's subject that opens the sentence or what a verb of thinking takes; not an
  // object before it: "the last time an Australian hosted | the show | was")
  let gap = last + 1;
  const opener = s.words[first - 1];
  const ownSubject =
    opener === undefined ||
    ((isClauseTaking(opener) || THINKING.has(opener.token.core)) && groupAt(s, first - 1) !== undefined);
  while (ownSubject && words.length && gap < s.governorStart && s.words[gap]!.tag === 'aux' && !s.words[gap]!.mark)
    gap++;
  // ("she would remain, | on and off, | until 1999": over an adverbial aside, which stays out)
  const overAside = words.length > 0 && adverbialAside(s, last, s.governorStart - 1);
  if (overAside) gap = s.governorStart;
  if (s.governorStart <= gap && s.phraseEnd >= first) {
    // with its prepositions ("In 2008 its profits collapsed", not "2008 its profits collapsed"), but "Saturday's
    // debate" takes no "In" before it: a phrase inside a noun phrase has none unless words come before it
    const inNounPhrase = s.keepPhrase || s.words[s.phraseEnd - 1]!.possessive;
    let from = first < s.governorStart || (words.length && !inNounPhrase) ? s.governorStart : s.phraseStart;
    // (an "of" belongs to the word before it: "the September 11 attacks", not "Of the September 11 attacks")
    if (first >= s.phraseEnd) while (from < s.phraseStart && s.words[from]!.token.core === 'of') from++;
    out = sorted([...words, ...(overAside ? [] : range(last + 1, gap)), ...shownPhraseWords(s, from)]);
    if (countWords(s, out) >= MIN_LABEL_WORDS) return out;
  }
  // 2. the words up to the commas or breaks around them
  let from = out.length ? out[0]! : 0;
  let to = out.length ? out[out.length - 1]! + 1 : n;
  while (from > 0 && !pauseAfter(s, from - 1)) from--;
  while (to < n && !pauseAfter(s, to - 1)) to++;
  // ("…, which were raised after the 2015 floods,": a relative clause after its comma opens with the noun it describes)
  const rel = s.words[from]!;
  if (from > 0 && rel.tag === 'rel' && (rel.token.core === 'which' || rel.token.core === 'who')) {
    const noun = antecedent(s, from, true);
    if (noun && noun[1] <= from) from = noun[0];
  }
  const grown: number[] = [];
  // ("Rovers, who had won nine games, | led through a first-half penalty": a verb the growth opens with keeps its
  // subject before the aside)
  const g = groupAt(s, from);
  const subject = g && g.kind === 'finite' && g.start === from && from > 0 ? subjectOf(s, from) : null;
  if (subject && subject[1] < from && subject[1] - subject[0] <= 4)
    for (let k = subject[0]; k < subject[1]; k++) if (s.words[k]!.tag !== 'punct') grown.push(k);
  for (let k = from; k < to; k++) if (s.words[k]!.tag !== 'punct') grown.push(k);
  if (countWords(s, grown) >= MIN_LABEL_WORDS) return grown;
  // 3. the sentence
  const all: number[] = [];
  for (let k = 0; k < n; k++) if (s.words[k]!.tag !== 'punct') all.push(k);
  return all;
}
