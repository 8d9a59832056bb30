/**
 * Subjects and speakers: the noun phrase a verb group is about, over asides, relative clauses and
 * participle phrases ("The man who hurled a grenade … was identified"), and short forms of long ones.
 */
import { startsLower } from '../words.js';
import {
  isEventNoun,
  MODIFIER_ADJECTIVES,
  NUMBER_WORDS,
  PREPOSITION_OR_SUBORDINATOR,
  SUBJECT_PRONOUNS,
  TITLES,
} from './lexicon.js';
import { presentS, wordAt, type Word } from './tags.js';
import {
  appositionBefore,
  breakAfter,
  describedBefore,
  endsNounPhrase,
  groupAt,
  inPhrase,
  inSeries,
  isClauseTaking,
  isComplementizer,
  isDash,
  isTimeWord,
  nounPhraseStart,
  objectBefore,
  pauseAfter,
  range,
  type Sentence,
  type VerbGroup,
} from './segments.js';

/** Verbs of speaking out that a speaker, not the thing spoken of, does: "said the rise was unfair and | called for …". */
const SPEAKING_OUT = new Set(
  `called urged demanded vowed pledged promised warned threatened accused appealed asked insisted added criticised
  criticized welcomed condemned announced`.split(/\s+/),
);

/**
 * "The union said the strike would end on Sunday, but | warned of disruption": a simple past after the conjunction
 * goes on from the verb of saying, not from the future it reports ("would end", whose subject is `found`); so too a
 * verb of speaking out after any clause it reports ("Labour said the rise was unfair and | called for a vote"), and a
 * verb whose object "it" or "them" stands for that clause's subject ("said the bridge was unsafe and | closed it"):
 * the speaker's range, or undefined.
 */
function speakerOfReportedFuture(
  s: Sentence,
  start: number,
  reported: VerbGroup,
  found: [number, number],
): [number, number] | undefined {
  const verb = groupAt(s, start);
  if (!verb || verb.start !== verb.head || s.words[verb.head]!.tag !== 'ved') return undefined;
  const object = s.words[verb.end]?.token.core;
  if (
    s.words[reported.start]!.tag !== 'modal' &&
    !SPEAKING_OUT.has(s.words[verb.head]!.token.core) &&
    !((object === 'it' || object === 'them') && s.words[found[0]]!.tag !== 'pron')
  )
    return undefined;
  let k = found[0] - 1;
  if (s.words[k]?.token.core === 'that') k--;
  const saying = groupAt(s, k);
  const said = s.words[k];
  if (!saying || !said || said.mark || !said.report || said.tag !== 'ved' || saying.start !== saying.head)
    return undefined;
  return subjectOf(s, saying.start) ?? undefined;
}

/** The subject of the nearest finite verb before the comma at `comma`, in its clause; or null. */
function subjectBeforeComma(s: Sentence, comma: number): [number, number] | null {
  for (let j = comma; j >= 0 && !breakAfter(s, j); j--) {
    const g = groupAt(s, j);
    if (g && g.kind === 'finite') return subjectOf(s, g.start);
  }
  return null;
}

/** The subject of the verb group starting at `start`: a word range, or null. */
export function subjectOf(s: Sentence, start: number): [number, number] | null {
  const { words } = s;
  // "Sterling was flat, | having gained 2%": a perfect participle after a clause's comma has that clause's subject
  // (a pronoun says too little before "having": the words as they were)
  if (words[start]!.token.core === 'having' && words[start - 1]?.mark === ',') {
    const found = subjectBeforeComma(s, start - 1);
    if (found && words[found[0]]!.tag !== 'pron') return found;
  }
  let k = start - 1;
  while (k >= 0 && !breakAfter(s, k) && (words[k]!.tag === 'adv' || isTimeWord(s, k))) {
    // (nor past the end of a bracket around another phrase: "The company (founded in 1998) | was sold" is read over
    // the bracket below)
    if (words[k]!.mark === ',' || (words[k]!.closes && !inPhrase(s, k))) break;
    k--;
  }
  // "The board (all seven members) voted": the subject is before the bracket
  if (k > 0 && /\)[”’"]*$/u.test(words[k]!.token.text)) {
    let open = k;
    while (open > 0 && !/^[“‘"]*\(/u.test(words[open]!.token.text)) open--;
    if (open > 0 && endsNounPhrase(words[open - 1]!)) return extendedNounPhrase(s, open - 1);
  }
  // "The suspect -- a man of 27 -- was charged": the subject is before the dashes
  if (k > 0 && isDash(words[k]!)) {
    const open = dashOpening(s, k);
    if (open < 0) return null;
    k = open - 1;
  }
  if (k < 0 || (breakAfter(s, k) && words[k]!.mark !== ',' && !isDash(words[k + 1]!))) return null;
  const w = words[k]!;
  if (w.tag === 'rel' && w.token.core !== 'where') return antecedent(s, k);
  // "the businesses to be acquired | had", "the shares sold in May | rose": after a noun's verb phrase, the noun
  const g0 = groupAt(s, k);
  if (g0 && g0.kind !== 'finite') {
    const np = postmodified(s, g0);
    if (np) return np;
  }
  if (w.tag === 'conj') {
    // "had moved to Lisbon in 1998 and returned to Porto": the subject of the first verb
    // "Omaha, Nebraska", "July 14, 1913": commas inside a place or a date
    const placeComma = (j: number) =>
      s.words[j]!.mark === ',' &&
      ((s.words[j]!.tag === 'name' && s.words[j + 1]?.tag === 'name') ||
        (s.words[j]!.tag === 'num' && s.words[j + 1]?.tag === 'num'));
    // "were to take delivery in May, but will now receive": across one comma before the conjunction
    // (and over an apposition it closes: "was appointed in 1979, the first woman to hold one, | and retired")
    const apposition = appositionBefore(s, k - 1);
    let reach = 14 + (apposition >= 0 ? k - 1 - apposition : 0);
    // (the comma before a noun phrase that a relative clause closed by the comma before "and" describes: "sold the
    // house, | a ruin that had stood empty, | and left")
    let overRelative = -1;
    for (
      let j = k - 1;
      j >= 0 &&
      k - j <= reach &&
      (!pauseAfter(s, j) ||
        placeComma(j) ||
        (j === k - 1 && s.words[j]!.mark === ',') ||
        j === apposition ||
        j === overRelative);
      j--
    ) {
      if (j === k - 1 && apposition >= 0) {
        j = apposition + 1;
        continue;
      }
      const g = groupAt(s, j);
      if (g && g.kind === 'finite') {
        const found = subjectOf(s, g.start);
        // "received word on where the body had been buried, and ordered": not the verb of a clause inside
        const opener = s.words[(found ? found[0] : g.start) - 1];
        if (opener && opener.tag === 'rel' && !opener.mark) {
          j = (found ? found[0] : g.start) - 1;
          // ("bought the mill, | a wreck that nobody wanted, | and reopened it": over the apposition the clause describes)
          const noun = s.words[k - 1]!.mark === ',' ? antecedent(s, j) : null;
          if (noun && s.words[noun[0] - 1]?.mark === ',' && s.words[noun[0]]!.tag === 'det') {
            overRelative = noun[0] - 1;
            reach = Math.max(reach, k - noun[0] + 8);
          }
          continue;
        }
        // "was arrested after an audit found missing funds, | and pleaded": nor of a clause after "after", "before"…
        // closed by the comma before "and", or by a verb that does not agree with its subject ("after auditors found
        // gaps | and was suspended")
        const subordinate =
          opener !== undefined &&
          !opener.mark &&
          (opener.tag === 'sub' || PREPOSITION_OR_SUBORDINATOR.has(opener.token.core)) &&
          (s.words[k - 1]!.mark === ',' || disagrees(s, s.words[start], found));
        if (subordinate && found) {
          j = found[0] - 1;
          continue;
        }
        // "Weitz penned the book, which led to a prize, | and directed": a relative clause closed by its comma has
        // the noun before it as subject, not the verb after "and" ("Hoover, who ran the bureau and died" has); the
        // verb before that noun is the one "and" joins ("Weitz penned … and directed"), over an apposition the noun
        // is ("sold the house, a ruin that had stood empty, and left")
        const relative = s.words[g.start - 1];
        // ("that" only after such an apposition: "polygamy, a tenet that was set out by Smith, but | was denounced"
        // with no comma before "a tenet" is one relative clause that goes on)
        const appositive = found !== null && s.words[found[0] - 1]?.mark === ',' && s.words[found[0]]!.tag === 'det';
        // (nor a verb after "and" with the relative clause's own auxiliary, which goes on with it: "a tenet that was
        // set out by Smith, but | was dropped")
        const first = s.words[g.start]!;
        const parallel = first.tag === 'aux' && first.token.core === s.words[start]!.token.core;
        const that = relative?.token.core === 'that' && appositive && found[1] === g.start - 1 && !parallel;
        if (relative?.tag === 'rel' && (relative.token.core !== 'that' || that) && s.words[k - 1]!.mark === ',') {
          if (!found || found[1] > g.start - 1 || parallel) return null;
          if (appositive) overRelative = found[0] - 1;
          reach = Math.max(reach, k - found[0] + 8);
          j = found[0];
          continue;
        }
        return (found && speakerOfReportedFuture(s, start, g, found)) ?? found;
      }
    }
    return null;
  }
  // "The factory closed in March, | reopened in May and …": a verb in a series has the subject of the first
  if (w.mark === ',' && groupAt(s, start)?.kind === 'finite' && inSeries(s, start, k)) {
    for (let j = k; j >= 0 && !breakAfter(s, j); j--) {
      const g = groupAt(s, j);
      if (g && g.kind === 'finite' && g.start < k) return subjectOf(s, g.start);
    }
  }
  if (w.mark === ',') return subjectOverAsides(s, k);
  if (endsNounPhrase(w)) {
    const np = extendedNounPhrase(s, k);
    const participle = subjectBeforeParticiple(s, np[0], np[1]);
    if (participle) return participle;
    const relative = subjectBeforeRelative(s, np[0]);
    // ("A plan to name the park after a nurse who served | was": the relative clause may end a subject's infinitive
    // phrase in turn)
    if (relative) return subjectBeforeParticiple(s, relative[0], relative[1]) ?? relative;
    // "On Monday, | closing the bridge | was": the object of an "-ing" word that opens the sentence's main clause, with
    // it (not one after a clause: "most films have been shot, | meaning the 2010 slate would")
    const ing = np[0] - 1;
    if (
      ing >= 0 &&
      words[ing]!.tag === 'ing' &&
      !words[ing]!.mark &&
      (ing === 0 || pauseAfter(s, ing - 1)) &&
      !range(0, ing).some((j) => groupAt(s, j)?.kind === 'finite')
    )
      return [ing, np[1]];
    return coordinatedSubject(s, np) ?? np;
  }
  if (groupAt(s, k)) {
    // "The man who hurled a grenade … before the bomb exploded | was identified": a relative clause ends here
    for (let j = k - 1; j >= 0 && k - j < 30 && !breakAfter(s, j); j--) {
      const w = words[j]!;
      // "Workers at the plant that closed in 2009 | were asked": the noun phrase the relative clause is in
      if (w.tag === 'rel' && (w.token.core !== 'that' || !isComplementizer(s, j)) && w.token.core !== 'where') {
        // "A proposal to rename the depot after a hero who died in 1998 | was dropped": the noun phrase the
        // relative clause is in may end an infinitive's or a participle's phrase, whose noun is the subject
        const np = antecedent(s, j, true);
        return np && (subjectBeforeParticiple(s, np[0], np[1]) ?? np);
      }
    }
    // "Most of the money the city borrowed in the 1990s | was repaid"
    const g = groupAt(s, k)!;
    const inner = g.kind === 'finite' ? subjectOf(s, g.start) : null;
    const contact = inner ? contactAntecedent(s, inner[0]) : -1;
    if (contact >= 0) return extendedNounPhrase(s, inner![0] - 1);
    // "The first ferry since the strike began on Monday | reached": a clause after "since", "after"… inside
    // the noun phrase before it
    const opener = inner ? inner[0] - 1 : -1;
    if (
      opener > 0 &&
      PREPOSITION_OR_SUBORDINATOR.has(words[opener]!.token.core) &&
      !words[opener - 1]!.mark &&
      endsNounPhrase(words[opener - 1]!)
    )
      return extendedNounPhrase(s, opener - 1);
    // "A photo of the mayor shot in May | won a prize": the subject of the past form that describes it
    if (inner && describedBefore(s, g.head) >= 0) return inner;
  }
  return null;
}

/**
 * "The union and Elven Lines | reached": two noun phrases joined by "and" or "or" that open the clause are
 * one subject ("the union met and Elven Lines reached" keeps only the second: the first has its verb).
 */
function coordinatedSubject(s: Sentence, np: [number, number]): [number, number] | null {
  const link = np[0] - 1;
  const conj = wordAt(s.words, link);
  if (!conj || conj.mark || (conj.token.core !== 'and' && conj.token.core !== 'or') || link < 1) return null;
  const before = s.words[link - 1]!;
  if (before.mark || before.tag === 'pron' || !endsNounPhrase(before) || isTimeWord(s, link - 1)) return null;
  const first = extendedNounPhrase(s, link - 1);
  const opener = first[0] - 1;
  const opens = opener < 0 || pauseAfter(s, opener) || s.words[opener]!.tag === 'sub' || s.words[opener]!.tag === 'rel';
  return opens ? [first[0], np[1]] : null;
}

/** The noun phrase an infinitive or participle group describes ("the businesses | to be acquired"), when it opens the clause. */
function postmodified(s: Sentence, g: VerbGroup): [number, number] | null {
  const p = g.start - 1;
  if (p < 0 || pauseAfter(s, p) || !endsNounPhrase(s.words[p]!) || s.words[p]!.tag === 'pron') return null;
  const np = extendedNounPhrase(s, p);
  const before = np[0] - 1;
  const opens = before < 0 || pauseAfter(s, before) || groupAt(s, before)?.kind === 'finite';
  return opens ? np : null;
}

/** The dash that opens the aside closed by the dash at `close` (within 20 words, no other break), or -1. */
function dashOpening(s: Sentence, close: number): number {
  for (let j = close - 1; j > 0 && close - j <= 20; j--) {
    const w = s.words[j]!;
    if (isDash(w)) return j;
    if (w.mark && w.mark !== ',') return -1;
  }
  return -1;
}

/**
 * A relative clause without "that": "the anger | the plan aroused", "jobs | he has held". The subject
 * at `subjectStart` opens a new noun phrase right after a lower-case noun that is no verb's hearer or
 * object of a verb of saying ("told reporters | he would"). Returns the antecedent's first word, or -1.
 */
export function contactAntecedent(s: Sentence, subjectStart: number): number {
  const before = subjectStart - 1;
  const w = wordAt(s.words, before);
  const first = s.words[subjectStart]!;
  // (or an amount after its determiner: "the £55m | it forecast")
  const amount = w?.tag === 'num' && wordAt(s.words, before - 1)?.tag === 'det' && !s.words[before - 1]!.mark;
  if (!w || w.mark || !((w.tag === 'noun' && startsLower(w.token.text)) || amount) || isTimeWord(s, before)) return -1;
  if (groupAt(s, before) || w.possessive) return -1;
  if (!(first.tag === 'det' || (first.tag === 'pron' && SUBJECT_PRONOUNS.has(first.token.core)))) return -1;
  const start = nounPhraseStart(s, before);
  // "Four years after | his death | she closed the practice": the object of the preposition after a time phrase that
  // opens the sentence ends that phrase; the clause after it is the sentence's main clause
  // ("after | the death of her husband | she closed")
  const object = extendedNounPhrase(s, before)[0];
  const link = s.words[object - 1];
  if (link?.tag === 'prep' && !link.mark && object - 1 === s.phraseEnd && s.governorStart <= 1) return -1;
  // "In the spring | she went out", "Even in her eighties | she", "After the war | they moved": so too the object of a
  // preposition that opens the sentence (over adverbs), before a pronoun: the sentence's main clause follows
  // (not when a second verb follows in the clause: "In the house they built in 1990 | the family lived")
  if (
    link?.tag === 'prep' &&
    !link.mark &&
    first.tag === 'pron' &&
    openingAt(s, object - 1) &&
    !secondVerb(s, subjectStart)
  )
    return -1;
  // "told reporters in Paris he", "said in a statement the company": the clause is what was said
  for (let k = start - 1; k >= 0 && start - k <= 8 && !pauseAfter(s, k); k--) {
    const g = groupAt(s, k);
    if (g) return isClauseTaking(s.words[g.head]!) ? -1 : start;
    if (s.words[k]!.tag === 'sub' || s.words[k]!.tag === 'rel') break;
  }
  return start;
}

/** After the verb of the subject at `subjectStart`, another verb in the clause (before a mark or a conjunction). */
function secondVerb(s: Sentence, subjectStart: number): boolean {
  let first = false;
  for (let k = subjectStart + 1; k < s.words.length && !pauseAfter(s, k - 1); k++) {
    // ("she moved out | and | sold": a verb after a conjunction is the same subject's)
    if (s.words[k]!.tag === 'conj') return false;
    const g = groupAt(s, k);
    // (a past form alone counts: "the family | lived" is read as a participle after the verb before it)
    if (g && g.start === k && (g.kind === 'finite' || (g.head === k && s.words[k]!.tag === 'ved'))) {
      if (first) return true;
      first = true;
    }
  }
  return false;
}

/** Word `k` opens the sentence, after adverbs only ("Even | in her eighties"). */
function openingAt(s: Sentence, k: number): boolean {
  for (let j = 0; j < k; j++) if (s.words[j]!.tag !== 'adv' || s.words[j]!.mark) return false;
  return true;
}

/**
 * "Syria talks convened by Kerry in the city of Lausanne | failed", "A proposal to rename the depot | was
 * dropped": when the noun phrase before a verb ends a participle's or an infinitive's phrase, the subject
 * is the noun phrase before the participle (with the infinitive's phrase, which says what the noun is).
 */
export function subjectBeforeParticiple(s: Sentence, start: number, end = start): [number, number] | null {
  for (let k = start - 1; k >= 1 && start - k <= 16; k--) {
    if (pauseAfter(s, k)) return null;
    const g = groupAt(s, k);
    if (g) {
      // "talks convened by …", "the price wars flaring up in …", "a proposal to rename the depot"
      const describing = g.kind === 'participle' || g.kind === 'gerund' || g.kind === 'infinitive';
      const at = g.start;
      if (!describing || (g.kind !== 'infinitive' && at !== k) || at < 1) return null;
      if (!endsNounPhrase(s.words[at - 1]!) || pauseAfter(s, at - 1) || s.words[at - 1]!.tag === 'pron') return null;
      const np = extendedNounPhrase(s, at - 1);
      // the noun phrase opens the clause (after a time phrase too: "On Monday | a motion to sell the hall was")
      const opener = wordAt(s.words, np[0] - 1);
      const opens =
        np[0] === 0 ||
        pauseAfter(s, np[0] - 1) ||
        isTimeWord(s, np[0] - 1) ||
        (opener !== undefined && !opener.mark && (opener.tag === 'conj' || opener.tag === 'sub'));
      // "A woman crossing the street | to attend a service | was": the noun phrase before an infinitive may be the
      // object of a participle in turn
      // (or of its preposition: "riding | to | the market")
      const link = wordAt(s.words, np[0] - 1);
      const linked = link !== undefined && (link.tag === 'prep' || link.tag === 'to') && !link.mark;
      const outer = groupAt(s, np[0] - (linked ? 2 : 1));
      // (a short one: a long noun phrase here is more likely a clause's, misread)
      const objectOf =
        outer !== undefined && (outer.kind === 'gerund' || outer.kind === 'participle') && np[1] - np[0] <= 4;
      if (!opens) return g.kind === 'infinitive' && objectOf ? subjectBeforeParticiple(s, np[0], end) : null;
      // an infinitive says what the noun is ("a proposal | to rename the depot"): it stays
      return g.kind === 'infinitive' ? [np[0], end] : np;
    }
    const tag = s.words[k]!.tag;
    if (tag === 'sub' || tag === 'rel' || (tag === 'conj' && k === start - 1)) return null;
  }
  return null;
}

/**
 * "Fighters in the revolution that brought Castro to power | gathered": when the noun phrase before a
 * verb ends a relative clause (a finite verb after "that", "who" or "which", in the same stretch
 * without commas), the verb's subject is the noun phrase the relative clause describes, with its "in …".
 */
export function subjectBeforeRelative(s: Sentence, start: number): [number, number] | null {
  let verb = false;
  for (let k = start - 1; k >= 1 && start - k <= 16; k--) {
    if (pauseAfter(s, k)) return null;
    const w = s.words[k]!;
    const g = groupAt(s, k);
    if (g) {
      if (g.kind !== 'finite') continue;
      if (verb) return null; // two finite verbs: not one relative clause
      verb = true;
      k = g.start;
      continue;
    }
    if (w.tag === 'rel') {
      if (!verb || w.token.core === 'where' || !endsNounPhrase(s.words[k - 1]!) || pauseAfter(s, k - 1)) return null;
      // "said on Sunday that he hoped …": a "that" after a verb of saying opens what was said, no relative clause
      if (w.token.core === 'that' && isComplementizer(s, k)) return null;
      return extendedNounPhrase(s, k - 1);
    }
    if (w.tag === 'sub' || w.tag === 'conj') return null;
  }
  return null;
}

/**
 * The noun phrase before a relative pronoun at `rel` ("the men | who launched", "fighters in the
 * revolution | that"); `whole`: with its "of", "in" phrases (the subject of a verb after the clause).
 */
export function antecedent(s: Sentence, rel: number, whole = false): [number, number] | null {
  let end = rel - 1;
  // "his father , who": a comma written apart
  const looseComma = end > 0 && s.words[end]!.tag === 'punct' && s.words[end]!.token.text === ',';
  if (looseComma) end--;
  // "Costa, 58, who led": an age set off by commas stands between the person and "who"
  if (end > 0 && s.words[end]!.tag === 'num' && s.words[end]!.mark === ',' && s.words[end - 1]!.mark === ',') end--;
  // "the arrest of Kopp, who is charged", "a vision for NATO, which will": the name in the phrase of a
  // common noun (not "Campbell of the Council of Churches, who", "Poland and Hungary, who")
  // (a month or a day is when the noun before it was: "the festival in June, which drew" is the festival's)
  if (s.words[end]?.tag === 'name' && (looseComma || s.words[end]!.mark === ',') && !isTimeWord(s, end)) {
    const start = nounPhraseStart(s, end);
    const link = wordAt(s.words, start - 1);
    const head = wordAt(s.words, start - 2);
    // ("the Chief Executive of GM, which": "which" never stands for a person)
    const thing =
      head !== undefined &&
      ((head.tag === 'noun' && startsLower(head.token.text)) ||
        (s.words[rel]!.token.core === 'which' && (head.tag === 'name' || head.tag === 'noun')));
    if (link?.tag === 'prep' && !link.mark && thing) return [start, end + 1];
    // "a group led by Anna Berg, which": "which" never stands for the person who leads; the noun led
    if (s.words[rel]!.token.core === 'which') {
      const led = agentOf(s, start);
      if (led) return led;
    }
  }
  // "rose 8% in the fourth quarter, which ended in September": a period named by a time phrase is what "which"
  // stands for, not the noun phrase before its preposition
  const period = s.words[end];
  if (
    period?.tag === 'noun' &&
    period.mark === ',' &&
    rel === end + 1 &&
    isTimeWord(s, end) &&
    !inPhrase(s, end) &&
    startsLower(period.token.text)
  )
    return [nounPhraseStart(s, end), end + 1];
  // "the third storm of the season, which began in September": a period named by a noun ("season", "term") is what
  // "which" stands for too, not the noun its "of" phrase describes
  if (
    period?.tag === 'noun' &&
    period.mark === ',' &&
    rel === end + 1 &&
    s.words[rel]!.token.core === 'which' &&
    PERIOD_NOUNS.test(period.token.core)
  ) {
    const start = nounPhraseStart(s, end);
    if (s.words[start]!.tag === 'det') return [start, end + 1];
  }
  if (end < 0 || breakAfter(s, end) || !endsNounPhrase(s.words[end]!)) {
    // "Sytenko, a former official, who…" is rare; a comma before the pronoun is usual: "Saudi Arabia, which"
    if (end >= 0 && s.words[end]!.mark === ',' && endsNounPhrase(s.words[end]!)) return extendedNounPhrase(s, end);
    return null;
  }
  // without a comma, the relative clause describes the nearest noun phrase; after a comma too when the phrase
  // before its preposition is a verb's object ("denied the charges | throughout the trial, which opened": the
  // preposition's phrase tells of the verb, not of the charges)
  const near = nounPhraseStart(s, end);
  const link = wordAt(s.words, near - 1);
  const adverbial =
    link?.tag === 'prep' &&
    link.token.core !== 'of' &&
    !link.mark &&
    near >= 2 &&
    endsNounPhrase(s.words[near - 2]!) &&
    (verbObject(s, near - 2) || verbPhrase(s, near - 2));
  if ((s.words[end]!.mark === ',' || whole) && !adverbial) return extendedNounPhrase(s, end);
  // "a shortage of chips that has slowed", "the leaders of the party who have": the verb agrees with the noun the
  // "of" phrase describes, not with the nearest
  if (link?.token.core === 'of' && !link.mark && near >= 2 && endsNounPhrase(s.words[near - 2]!)) {
    const number = numberOfVerb(s.words[rel + 1]);
    if (number && number !== numberOfNoun(s.words[end]!) && number === numberOfNoun(s.words[near - 2]!))
      return [nounPhraseStart(s, near - 2), end + 1];
  }
  return [near, end + 1];
}

/** The verb `w` is singular and the subject `found` ends in a plural noun, or the other way round. */
function disagrees(s: Sentence, w: Word | undefined, found: [number, number] | null): boolean {
  const number = numberOfVerb(w);
  const noun = found ? numberOfNoun(s.words[found[1] - 1]!) : undefined;
  return number !== undefined && noun !== undefined && number !== noun;
}

/** Singular or plural by the form of a verb right after a relative pronoun ("has", "is", "plans"), or undefined. */
function numberOfVerb(w: Word | undefined): 'one' | 'many' | undefined {
  if (!w || (w.tag !== 'aux' && w.tag !== 'verb')) return undefined;
  const core = w.token.core;
  if (/^(?:has|is|was|does)$/.test(core)) return 'one';
  if (/^(?:have|are|were|do)$/.test(core)) return 'many';
  return w.tag === 'verb' && presentS(core) ? 'one' : undefined;
}

/** Singular or plural by the form of a common noun ("shortage", "chips"), or undefined for a name or a number. */
function numberOfNoun(w: Word): 'one' | 'many' | undefined {
  if (w.tag !== 'noun' || !startsLower(w.token.text)) return undefined;
  return presentS(w.token.core) ? 'many' : 'one';
}

/** Nouns of a period of time that may be the antecedent of "which" ("the season, which began"). */
const PERIOD_NOUNS =
  /^(?:season|year|quarter|half|term|decade|century|week|month|era|period|session|campaign|tournament)$/;

/**
 * The noun phrase ending at `end` opens with a determiner right after a finite verb: "denied | the charges"; not
 * after a verb of saying, whose noun phrase opens the clause said ("said | its warning for wind, which").
 */
function verbObject(s: Sentence, end: number): boolean {
  const start = nounPhraseStart(s, end);
  const first = s.words[start]!;
  const verb = s.words[start - 1];
  return (
    first.tag === 'det' &&
    verb !== undefined &&
    !verb.mark &&
    groupAt(s, start - 1)?.kind === 'finite' &&
    !(verb.report && SAYING.has(verb.token.core))
  );
}

/**
 * The noun phrase ending at `end` is the object of a preposition (not "of") right after a finite verb: "was held | at
 * the start" (a phrase of the verb: "for the race founder, who died" after it tells of the founder, not the start).
 */
function verbPhrase(s: Sentence, end: number): boolean {
  const start = nounPhraseStart(s, end);
  const prep = wordAt(s.words, start - 1);
  return (
    prep !== undefined &&
    prep.tag === 'prep' &&
    prep.token.core !== 'of' &&
    !prep.mark &&
    s.words[start]!.tag === 'det' &&
    start >= 2 &&
    !s.words[start - 2]!.mark &&
    groupAt(s, start - 2)?.kind === 'finite'
  );
}

/** Verbs of saying whose object is a clause, seldom a noun phrase ("said | its warning …, which"). */
const SAYING = new Set(['said', 'says', 'say', 'added', 'announced', 'warned', 'stated', 'predicted', 'forecast']);

/** Words that join a noun phrase to the noun before it: "the top commander of", "the ban on", "the envoy to", "markets around". */
const NOUN_LINKS = new Set(
  `of and at in into about for on with from over against to around near across throughout within
  under behind among between outside inside`.split(/\s+/),
);

/** Adverbs that make a preposition with the link after them ("out of", "back to", "away from"). */
const PREPOSITION_ADVERBS = new Set(['out', 'back', 'away', 'up', 'down', 'next', 'close']);

/** A noun phrase ending at `end`, with "of" phrases and "and" before it ("the top commander of a … force"). */
export function extendedNounPhrase(s: Sentence, end: number): [number, number] {
  let start = nounPhraseStart(s, end);
  for (let hops = 0; hops < 3 && start >= 2; hops++) {
    const link = s.words[start - 1]!;
    let before = start - 2;
    // "Syrian forces loyal to President Assad": an adjective and its phrase after the noun
    if (
      (link.token.core === 'to' || link.token.core === 'with') &&
      MODIFIER_ADJECTIVES.has(s.words[before]!.token.core)
    ) {
      before--;
      if (before < 0 || pauseAfter(s, before) || !endsNounPhrase(s.words[before]!)) break;
      start = nounPhraseStart(s, before);
      continue;
    }
    // ("the strike | by | nurses", "a speech by the mayor": "by" after an event noun names who did it)
    const joins =
      NOUN_LINKS.has(link.token.core) ||
      (link.token.core === 'by' && before >= 0 && isEventNoun(s.words[before]!.token.core));
    // "Flights out of New Orleans", "the road back to the city": an adverb and the link are one preposition
    if (joins && before >= 1 && PREPOSITION_ADVERBS.has(s.words[before]!.token.core) && !s.words[before]!.mark)
      before--;
    if (!joins || link.mark || pauseAfter(s, before) || !endsNounPhrase(s.words[before]!)) break;
    if (s.words[before]!.tag === 'pron') break;
    // "spoke on Monday and | a vigil was held": a time phrase is no part of the subject after "and"
    if (isTimeWord(s, before)) break;
    const next = nounPhraseStart(s, before);
    // "approved the budget and | the mayor": a verb's object is no part of the noun phrase after "and" (an object
    // opens with a determiner or a number; "elected officials and …" is one noun phrase)
    if ((link.token.core === 'and' || link.token.core === 'or') && objectBefore(s, before)) break;
    start = next;
  }
  return [start, end + 1];
}

/**
 * "a group led by | Anna Berg", "the talks convened by | the UN": when the noun phrase at `start` is the agent of a
 * participle, the noun phrase the participle describes; else null.
 */
function agentOf(s: Sentence, start: number): [number, number] | null {
  const by = wordAt(s.words, start - 1);
  const participle = wordAt(s.words, start - 2);
  const noun = start - 3;
  if (!by || by.token.core !== 'by' || by.mark || !participle || participle.tag !== 'ved' || participle.mark)
    return null;
  if (noun < 0 || groupAt(s, noun) || s.words[noun]!.mark || !endsNounPhrase(s.words[noun]!)) return null;
  if (s.words[noun]!.tag === 'pron') return null;
  return extendedNounPhrase(s, noun);
}

/** "Sytenko, a former official of the U.N., is": the noun phrase before the asides (up to three). */
export function subjectOverAsides(s: Sentence, k: number): [number, number] | null {
  const { words } = s;
  let segmentEnd = k; // the last word of the current comma segment
  let best: [number, number] | null = null;
  for (let hops = 0; hops < 4; hops++) {
    let j = segmentEnd - 1;
    // (a bracket inside the segment is part of it: ", which offered $900 million (£700 million), | said")
    const bracketOpens = (at: number) => !words[at]!.mark && /^[“‘"]*\(/u.test(words[at + 1]!.token.text);
    while (j >= 0 && (!pauseAfter(s, j) || bracketOpens(j))) j--;
    const segmentStart = j + 1;
    // "In recent months a group of lenders, led by …, has": the segment's noun phrase after its time phrase
    let first = words[segmentStart]!;
    let start = segmentStart;
    while (start < segmentEnd && isTimeWord(s, start)) first = words[++start]!;
    const nounLike =
      !inPhrase(s, start) &&
      (first.tag === 'det' ||
        first.tag === 'name' ||
        first.tag === 'noun' ||
        first.tag === 'num' ||
        first.tag === 'pron');
    if (nounLike && endsNounPhrase(words[segmentEnd]!)) {
      // "A group led by Anna Berg, which …, raised": the noun the participle describes, not its agent
      let np = agentOf(s, nounPhraseStart(s, segmentEnd)) ?? extendedNounPhrase(s, segmentEnd);
      // "The last storm to hit the area, in August 2005, killed": the noun an infinitive or a participle describes
      np = subjectBeforeParticiple(s, np[0], np[1]) ?? np;
      // "the hottest spell since July 2022, when records fell, would break": a time phrase after a preposition
      // ends the noun phrase before it, which is the subject
      const p = np[0] - 1;
      if (
        isTimeWord(s, np[0]) &&
        p >= 1 &&
        words[p]!.tag === 'prep' &&
        !words[p]!.mark &&
        endsNounPhrase(words[p - 1]!)
      )
        np = [extendedNounPhrase(s, p - 1)[0], np[1]];
      best = np[0] < start ? [start, segmentEnd + 1] : np;
      // "The Fairfield, N.J., company, which …, had": a place with its state inside the noun phrase, which starts
      // before the segment; the next segment is the one before it
      if (np[0] < segmentStart && start === segmentStart && !isTimeWord(s, np[0])) {
        best = np;
        j = np[0] - 1;
      }
    }
    if (j < 0 || words[j]!.mark !== ',') break; // the sentence or clause starts here
    segmentEnd = j;
  }
  return best;
}

/** The speaker after an inverted "said" ('"…," said Edgar Woolard Jr., Du Pont's chairman'). */
export function speakerAfter(s: Sentence, group: VerbGroup): [number, number] | null {
  let end = group.end;
  while (
    end < s.words.length &&
    (s.words[end]!.tag === 'name' || s.words[end]!.tag === 'det' || s.words[end]!.tag === 'noun')
  ) {
    if (inPhrase(s, end)) break;
    end++;
    if (pauseAfter(s, end - 1)) break;
  }
  return end > group.end ? [group.end, end] : null;
}

/** A long speaker or subject made short: a name without its titles, a noun phrase without its "of …". */
export function shortSubject(s: Sentence, [from, to]: [number, number], most: number): number[] {
  const words = range(from, to);
  if (words.length <= most) return words;
  // "The union and Elven Lines": two short noun phrases joined are one subject, kept whole
  const joint = words.findIndex((k) => /^(?:and|or)$/.test(s.words[k]!.token.text) && !s.words[k - 1]!.mark);
  if (joint >= 1 && joint <= 3 && words.length - joint - 1 <= 3 && words.length <= most + 3) return words;
  // "U.S. Secretary of State Madeleine Albright": the name at its end
  let nameStart = to;
  while (nameStart > from && s.words[nameStart - 1]!.tag === 'name' && !TITLES.has(s.words[nameStart - 1]!.token.core))
    nameStart--;
  const titlesOnly = words.every(
    (k) =>
      k >= nameStart ||
      s.words[k]!.tag === 'name' ||
      s.words[k]!.tag === 'det' ||
      TITLES.has(s.words[k]!.token.core) ||
      s.words[k]!.token.core === 'of',
  );
  // "The United States automobile firm General Motors": a name of two words or more at the end says who
  // "The Organization of African Unity", "the Bank of America": one name over its "of" (not when it is
  // the object of a preposition itself: "Joan Campbell of the National Council of Churches")
  let ofName = nameStart;
  while (
    ofName - 2 >= from &&
    s.words[ofName - 1]!.token.core === 'of' &&
    !s.words[ofName - 1]!.mark &&
    s.words[ofName - 2]!.tag === 'name' &&
    !TITLES.has(s.words[ofName - 2]!.token.core) &&
    to - ofName + 2 <= most
  ) {
    ofName -= 2;
    while (ofName > from && s.words[ofName - 1]!.tag === 'name' && !TITLES.has(s.words[ofName - 1]!.token.core))
      ofName--;
  }
  if (ofName < nameStart) {
    const first = ofName > from && s.words[ofName - 1]!.token.core === 'the' ? ofName - 1 : ofName;
    const before = first > from ? s.words[first - 1]! : undefined;
    if (!before || !(before.tag === 'prep' || before.tag === 'to')) return range(first, to);
  }
  // (not the object of a preposition: "costs of the move from Wall Street")
  const link = nameStart > from ? s.words[nameStart - 1]! : undefined;
  const linked = link !== undefined && (link.tag === 'prep' || link.tag === 'to') && link.token.core !== 'of';
  if ((titlesOnly || to - nameStart >= 2) && to - nameStart >= 2 && to - nameStart <= most && !linked)
    return range(nameStart, to);
  // "The top commander of a Cambodian resistance force": up to its first preposition
  for (let k = from + 1; k < to; k++) {
    const tag = s.words[k]!.tag;
    if (MODIFIER_ADJECTIVES.has(s.words[k]!.token.core) && k - from >= 1)
      return headFirst(s, from, Math.min(k, from + most + 2), most + 2);
    // ("A draft plan | to allow night flights": an infinitive's phrase goes like a preposition's)
    if ((tag === 'prep' || tag === 'conj' || tag === 'rel' || groupAt(s, k)?.kind === 'infinitive') && k - from >= 2) {
      // "Voters | in the northern seat | of Cranmoor": a head of one word before a preposition other than "of", which
      // cutting from the front would leave behind, is the subject alone
      const oneWordHead = s.words[from + 1]!.tag === 'prep' && s.words[from + 1]!.token.core !== 'of';
      if (oneWordHead && k - from > most && !s.words[from]!.mark) return [from];
      return headFirst(s, from, k, most);
    }
    // "Construction of the 320-bed hospital": a head noun alone before "of" keeps it, and the shortened phrase after
    if (
      k - from === 1 &&
      s.words[k]!.token.core === 'of' &&
      s.words[k + 1]?.tag === 'det' &&
      !s.words[from]!.mark &&
      most >= 4
    )
      return [from, k, ...shortSubject(s, [k + 1, to], most - 2)];
  }
  return headFirst(s, from, to, most);
}

/**
 * At most `most` words of the noun phrase [from, to) that keep its head, the last word: its determiner
 * or number, then the nouns before the head ("Three major United States stock market indexes" → "Three
 * stock market indexes"), never half a name.
 */
function headFirst(s: Sentence, from: number, to: number, most: number): number[] {
  if (to - from <= most) return range(from, to);
  const first = s.words[from]!;
  const lead =
    first.tag === 'det' || first.tag === 'num' || first.possessive || NUMBER_WORDS.test(first.token.core) ? [from] : [];
  let tail = to - (most - lead.length);
  while (tail < to - 1 && s.words[tail]!.tag === 'name' && s.words[tail - 1]!.tag === 'name') tail++;
  // "A [city] urban plan" would read "A urban plan": "a" and "an" keep their noun's sound
  const article = lead.length ? first.token.core : '';
  const vowel = (k: number) => /^[aeiou]/i.test(s.words[k]!.token.core);
  const agrees = (k: number) => !((article === 'a' && vowel(k)) || (article === 'an' && !vowel(k)));
  let fit = tail;
  while (fit < to - 1 && !agrees(fit)) fit++;
  // (none agrees: the nouns without the article, as a headline says them)
  return agrees(fit) ? [...lead, ...range(fit, to)] : range(tail - lead.length, to);
}
