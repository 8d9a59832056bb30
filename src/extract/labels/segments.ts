/**
 * Verb groups and clause edges: where each verb group is ("has been bombarding", "will vote",
 * "signed"), whether it is finite, where a noun phrase starts and where a clause ends; and the small
 * helpers over word indices that the other files share.
 */
import {
  AWAITING_BEFORE_FOR,
  AWAITING_VERBS,
  CLAUSE_TAKING_VERBS,
  INTERJECTIONS,
  MODIFIER_ADJECTIVES,
  NUMBER_WORDS,
  OBJECT_DETERMINERS,
  PAST_ONLY,
  PREPOSITION_OR_SUBORDINATOR,
  SUBORDINATORS,
  TELLING_VERBS,
  TWO_OBJECT_VERBS,
  BE_FORMS,
} from './lexicon.js';
import { MONTH_AND_DAY_NAMES, startsLower } from '../words.js';
import { COUNT_WORDS, SAME_AS_BASE, type Word } from './tags.js';

export type GroupKind =
  /** a finite verb with its auxiliaries: "has been bombarding", "rejected", "will vote" */
  | 'finite'
  /** a past participle describing a noun or opening a clause: "an accord signed", "Nicknamed …" */
  | 'participle'
  /** an "-ing" form outside a finite group: "reducing its stake", ", saying …" */
  | 'gerund'
  /** "to" and a base verb: "to mark the accession" */
  | 'infinitive';

export interface VerbGroup {
  /** First word (an auxiliary, or "to" of an infinitive) and the word after the last (exclusive). */
  start: number;
  end: number;
  /** The main verb: the last verb of the group. */
  head: number;
  kind: GroupKind;
}

/** Whether a form of "be" stands in verb group `g` before its head: "was arrested", "has been reported". */
export function beBeforeHead(s: Sentence, g: VerbGroup): boolean {
  for (let k = g.start; k < g.head; k++) if (BE_FORMS.has(s.words[k]!.token.core)) return true;
  return false;
}

/** A sentence's words, a time phrase among them, and its verb groups. */
export interface Sentence {
  words: Word[];
  /** The time phrase: words [phraseStart, phraseEnd). */
  phraseStart: number;
  phraseEnd: number;
  /** First word of the phrase with the prepositions that govern it ("on Monday", "since the collapse of …"). */
  governorStart: number;
  groups: VerbGroup[];
  /**
   * For each word, the index of its verb group in `groups`, or -1 (findVerbGroups fills it). Plain arrays, not typed
   * ones: a typed array of more than a few dozen words is allocated outside the heap, which cost more than its use.
   */
  groupOf: number[];
  /** For each word, 1 when it belongs to another time phrase of the sentence (an adverbial, like this one), else 0. */
  otherPhrase?: number[];
  /**
   * For each word, 1 when it belongs to another time phrase that only says when another event was: no label keeps it;
   * 2 when it belongs to another event of the same verb ("slipped to 2020 | and then to 2022"), never kept.
   */
  otherDrop?: number[];
  /** The phrase is part of a noun phrase ("the third-quarter results"): a label keeps it. */
  keepPhrase?: boolean;
  /** The phrase is a length of time ("a five-day strike"), which measures its clause's event. */
  duration?: boolean;
}

export const inPhrase = (s: Sentence, i: number) => i >= s.governorStart && i < s.phraseEnd;

/** Word `i` is in this or another time phrase: "brought Castro to power | 42 years ago | gathered". */
export const isTimeWord = (s: Sentence, i: number) => inPhrase(s, i) || s.otherPhrase?.[i] === 1;

/** A strong break after word `i`: ; : a closing bracket or quote, a dash, or the end of a sentence inside a quote. */
export function breakAfter(s: Sentence, i: number): boolean {
  const w = s.words[i];
  const next = s.words[i + 1];
  if (!w || !next) return true;
  // a full stop inside a sentence ends an abbreviation ("U.S.", "p.m.", "Inc."), not a clause
  if (w.mark === ';' || w.mark === ':' || w.mark === '!' || w.mark === '?') return true;
  if (isDash(next) || isDash(w)) return true;
  // a quotation or bracket that closes after a mark, or a bracket that opens: not an inline "modest level"
  if (w.closes && (w.mark || next.tag === 'punct' || next.opens)) return true;
  return next.opens && !inPhrase(s, i + 1) && (/^[([]/u.test(next.token.text) || w.mark !== '') && !bracketInName(s, i);
}

const ACRONYM = /^\(?\p{Lu}{2,}\)?$/u;

/**
 * "The Hamilton | (Ontario) | Spectator quoted": a bracket of one or two capitalised words between two names is part
 * of the name (where a paper or a firm is), not an aside that ends the clause.
 */
function bracketInName(s: Sentence, i: number): boolean {
  const w = s.words[i]!;
  if (w.tag !== 'name' || w.mark) return false;
  for (let k = i + 1; k <= i + 2 && k < s.words.length; k++) {
    const inside = s.words[k]!;
    // (not an acronym of the name before: "the Federal Bureau of Investigation (FBI) Louis Freeh")
    if (inside.tag !== 'name' || (inside.mark && !inside.closes) || ACRONYM.test(inside.token.text)) return false;
    if (inside.closes)
      return /^[([]/u.test(s.words[i + 1]!.token.text) && !inside.mark && s.words[k + 1]?.tag === 'name';
  }
  return false;
}

/** "--", "—", "_": a dash between words. */
export function isDash(w: Word): boolean {
  return w.tag === 'punct' && /^[-–—_]+$/u.test(w.token.text);
}

/**
 * "is likely to | drag on", "agreed to | hand over": a lower-case word right after "to", before a verb's particle, is
 * the infinitive's verb whatever its tag (the tagger takes an unlisted "drag" or "hand" for a noun).
 */
export function afterInfinitiveTo(words: readonly Word[], k: number): boolean {
  const to = words[k - 1];
  return to !== undefined && to.tag === 'to' && !to.mark && startsLower(words[k]!.token.text);
}

/** "Oct. 8 | - | Oct. 12": a dash between two words of the time phrase joins a range, and stays with it in a label. */
export const rangeDash = (s: Sentence, k: number) => k > s.phraseStart && k < s.phraseEnd - 1 && isDash(s.words[k]!);

/** A word of the time phrase that a label writes when it keeps the phrase: any but punctuation, save a range's dash. */
export const phraseWordShown = (s: Sentence, k: number) => s.words[k]!.tag !== 'punct' || rangeDash(s, k);

/**
 * The words of the time phrase from `from` that a label writes when it keeps the phrase, up to an aside in
 * parentheses inside it: "at 8:30 p.m. ET (0030 GMT Friday)" reads "at 8:30 p.m. ET".
 */
export function shownPhraseWords(s: Sentence, from: number): number[] {
  const out: number[] = [];
  for (let k = from; k < s.phraseEnd && !s.words[k]!.token.text.startsWith('('); k++)
    if (phraseWordShown(s, k)) out.push(k);
  return out;
}

/** A comma (or a strong break) after word `i`. */
export const pauseAfter = (s: Sentence, i: number) => s.words[i]?.mark === ',' || breakAfter(s, i);

/** Words that join a noun phrase to the one before it inside a subject ("hundreds of people from the US"). */
const NOUN_LINKS = new Set([
  'of',
  'from',
  'in',
  'at',
  'for',
  'and',
  'with',
  'on',
  'to',
  'into',
  'about',
  'around',
  'near',
  'across',
]);

const isVerbWord = (w: Word) => w.tag === 'verb' || w.tag === 'ved' || w.tag === 'ing';
const NOUN_PHRASE_TAGS = new Set(['noun', 'name', 'num', 'pron', 'det']);

/** Whether a word may end a noun phrase that is a verb's subject ("Talks", "the company", "he", "Sun"). */
export const endsNounPhrase = (w: Word) => w.tag === 'noun' || w.tag === 'name' || w.tag === 'num' || w.tag === 'pron';

/** First word of the noun phrase that ends at word `end` (determiners, adjectives, nouns, names, numbers). */
export function nounPhraseStart(s: Sentence, end: number): number {
  if (s.words[end]?.tag === 'pron') return end;
  let k = end;
  while (k > 0) {
    const j = k - 1;
    const w = s.words[j]!;
    // "The Salem, Ore., | bakery's shares": a place with its state inside the noun phrase
    // (after a determiner: "In Dayton, Ohio, | officials said" is a phrase of place and a clause)
    // ("The Van Nuys, Calif., | thrift had": a city of up to three words; after the determiner, a noun phrase even
    // before a verb)
    if (s.words[j]!.mark === ',' && cityAfterDeterminer(s, j - 1) && !breakAfter(s, j) && placeModifier(s, k, true)) {
      k = j - 1;
      continue;
    }
    if (pauseAfter(s, j) || (j < s.phraseStart && j >= s.governorStart)) break;
    if (j === k - 1 && adverbialPhraseEnds(s, j)) break;
    if (w.tag === 'det') {
      k = j;
      break;
    }
    // "a painstakingly crafted plan"
    const adverbInside = w.tag === 'adv' && s.words[k]!.tag === 'noun' && s.words[k]!.token.core.endsWith('ed');
    // "the average fixed | deal", "Series H preferred | shares": a past form of no verb group, before a noun
    const adjective =
      w.tag === 'ved' && s.groupOf[j]! < 0 && s.words[k]!.tag === 'noun' && startsLower(s.words[k]!.token.text);
    // "Apple's Lion | operating | system", "the | booming | economy": an "-ing" word between a name or a determiner and
    // its noun (not "saw investors | buying | shares")
    const before = j > 0 ? s.words[j - 1]! : undefined;
    const ingInside =
      w.tag === 'ing' &&
      !w.mark &&
      s.words[k]!.tag === 'noun' &&
      startsLower(s.words[k]!.token.text) &&
      before !== undefined &&
      !before.mark &&
      (before.tag === 'name' || before.tag === 'det' || before.possessive);
    if ((!NOUN_PHRASE_TAGS.has(w.tag) && !adverbInside && !adjective && !ingInside) || w.tag === 'pron') break;
    k = j;
  }
  return k;
}

const WHEN_PREPOSITIONS = new Set('on in at during since until till by before after from through'.split(' '));

/**
 * "said on Sunday | inflation would fall", "said Sunday | inflation would": another time phrase that ends at word `j`
 * with its preposition, or right after a verb, says when; it is no part of the noun phrase after it (as "the 2019 |
 * budget", "Friday's | vote" are).
 */
function adverbialPhraseEnds(s: Sentence, j: number): boolean {
  if (s.otherPhrase?.[j] !== 1 || s.otherPhrase[j + 1] === 1 || inPhrase(s, j) || s.words[j]!.possessive) return false;
  let p = j;
  while (p > 0 && s.otherPhrase[p - 1] === 1 && !s.words[p - 1]!.mark) p--;
  const first = s.words[p]!;
  // (a preposition of time: in "expectations about | recent | advances" the phrase is the noun phrase's adjective)
  if (first.tag === 'prep') return WHEN_PREPOSITIONS.has(first.token.core);
  const before = s.words[p - 1];
  return (
    before !== undefined && !before.mark && (before.tag === 'ved' || before.tag === 'verb' || before.tag === 'aux')
  );
}

/** The word before `i` that is neither an adverb nor in the time phrase; -1 at a break. */
function previousWord(s: Sentence, i: number): number {
  let k = i - 1;
  while (k >= 0 && !breakAfter(s, k) && (s.words[k]!.tag === 'adv' || isTimeWord(s, k))) {
    if (s.words[k]!.mark === ',') {
      // "On Friday, | the government planned"; but "the talks that end by May, | invited": the aside's end
      return inPhrase(s, k) || s.words[k]!.tag === 'adv' ? -1 : k;
    }
    k--;
  }
  if (k >= 0 && breakAfter(s, k) && k !== i - 1) return -1;
  return k;
}

/** Whether the past form at `i` is a finite verb ("Talks collapsed") rather than a participle ("an accord signed"). */
function finitePast(s: Sentence, i: number): boolean {
  // "The dispute over pay began": a past that is no participle is the clause's verb
  if (PAST_ONLY.has(s.words[i]!.token.core)) return true;
  const next = s.words[i + 1];
  let p = previousWord(s, i);
  // "The new mayor -- elected in May -- took office": the word before the dashes
  let overDash = false;
  if (i > 0 && isDash(s.words[i - 1]!)) {
    for (let j = i - 2; j > 0 && i - j <= 12; j--) {
      if (isDash(s.words[j]!)) {
        overDash = endsNounPhrase(s.words[j - 1]!);
        if (overDash) p = j - 1;
        break;
      }
      if (s.words[j]!.mark && s.words[j]!.mark !== ',') break;
    }
  }
  // "The minister, speaking to reporters on Monday, said": right after a time phrase that ends an aside
  if (p < 0 && i > 0 && isTimeWord(s, i - 1) && s.words[i - 1]!.mark === ',' && endsAside(s, i - 1))
    return verbAfterAside(s, i, i - 1);
  if (p < 0) return false; // "Nicknamed …"
  if (pauseAfter(s, p) && !overDash) return verbAfterAside(s, i, p);
  const before = s.words[p]!;
  if (before.tag === 'rel' || before.tag === 'pron') return true;
  if (before.tag === 'conj') {
    // "was ordered home and retired", "had moved to Lisbon in 1998 and returned": a second verb of one subject
    // (", and recently ordered": across the comma before the conjunction too)
    // (and over the comma inside a date: "closed on March 3, 2009 and reopened")
    const dateComma = (q: number) => s.words[q]!.mark === ',' && isTimeWord(s, q) && isTimeWord(s, q + 1);
    // (", the first woman to hold one, | and retired": over an apposition closed by the comma before the conjunction)
    const apposition = appositionBefore(s, p - 1);
    const reach = 16 + (apposition >= 0 ? p - 1 - apposition : 0);
    for (
      let q = p - 1;
      q >= 0 &&
      p - q <= reach &&
      (!pauseAfter(s, q) ||
        (q === p - 1 && s.words[q]!.mark === ',') ||
        q === apposition ||
        (dateComma(q) && !breakAfter(s, q)));
      q--
    ) {
      if (q === p - 1 && apposition >= 0) {
        q = apposition + 1;
        continue;
      }
      if (s.groupOf[q]! >= 0) {
        const g = s.groups[s.groupOf[q]!]!;
        // "failed to find a buyer and filed": a past form is no second infinitive; the verb before it
        if (g.kind === 'infinitive' && s.words[i]!.tag === 'ved' && !SAME_AS_BASE.has(s.words[i]!.token.core)) {
          q = g.start;
          continue;
        }
        // "began deliberating late Thursday and returned": an "-ing" form a finite verb governs; that verb
        if (g.kind === 'gerund' && g.start > 0 && s.groupOf[g.start - 1]! >= 0 && !s.words[g.start - 1]!.mark) {
          q = g.start;
          continue;
        }
        // "would hit families already | struggling with bills, and called": an "-ing" form that describes the noun
        // before it (over an adverb) is inside the object; the verb before it
        if (g.kind === 'gerund' || (g.kind === 'participle' && s.words[g.head]!.tag === 'ing')) {
          let n = g.start - 1;
          while (n > 0 && s.words[n]!.tag === 'adv' && !s.words[n]!.mark) n--;
          if (n >= 0 && n < g.start && !s.words[n]!.mark && endsNounPhrase(s.words[n]!) && s.groupOf[n]! < 0) {
            q = n;
            continue;
          }
        }
        return g.kind === 'finite';
      }
    }
    return false;
  }
  // A participle follows its noun directly, so a past form after a time phrase is a verb: after a noun ("the
  // revolution that brought Castro to power 42 years ago | gathered", "The firm last year | sold"), or after a
  // verb when it has an object of its own ("the strike began on Monday | reached the islands")
  // (over an adverb too: "the recession that began in December 2007 nearly | ruined her")
  if (p < i - 1 && timeWordBetween(s, p, i) && !s.words[i - 1]!.mark) {
    if (endsNounPhrase(before)) return true;
    if ((before.tag === 'ved' || before.tag === 'verb') && objectAfter(s, i)) return true;
    // ("the storm that hit in May | faded", "the spell which had begun in June | ended": a relative's verb has its subject
    // in the relative; the past form after its phrase is the main clause's)
    if ((before.tag === 'ved' || before.tag === 'verb') && relativeVerb(s, verbStart(s, p))) return true;
    if (describedBefore(s, p) >= 0) return true;
  }
  if (!endsNounPhrase(before)) return false;
  if (next?.token.core === 'by' && !before.report) return false; // "talks convened by Kerry"
  let npStart = nounPhraseStart(s, p);
  // "hundreds of people from the US began": a noun phrase with its "of", "from" phrases
  for (let hops = 0; hops < 3 && npStart >= 2; hops++) {
    const link = s.words[npStart - 1]!;
    let end = npStart - 2;
    // "forces loyal to the army entered"
    if ((link.token.core === 'to' || link.token.core === 'with') && MODIFIER_ADJECTIVES.has(s.words[end]!.token.core))
      end--;
    else if (!NOUN_LINKS.has(link.token.core)) break;
    // "approved the budget and | the mayor signed it": a past form with an object of its own is a verb, and the
    // noun phrase after "and" its subject (not "the budget and the plan signed by …")
    else if ((link.token.core === 'and' || link.token.core === 'or') && hasObject(s, i) && objectBefore(s, end)) break;
    if (end < 0 || link.mark || pauseAfter(s, end) || !endsNounPhrase(s.words[end]!)) break;
    // "rose on Monday and | 40 stores opened": a time phrase is no part of a subject
    if (s.words[end]!.tag === 'pron' || inPhrase(s, end)) break;
    npStart = nounPhraseStart(s, end);
  }
  // "About 100 protesters marched": a number's "about" is no preposition
  if (npStart === 1 && s.words[0]!.tag === 'prep' && s.words[1]!.tag === 'num') return true;
  const opener = previousWord(s, npStart);
  // "The storm, the first ever recorded in the region, | brought": a past form in an appositive is a participle
  // (not a saying's: "Mr. Lee, the agency said, | made")
  if (opener >= 0 && appositiveBetween(s, opener, npStart, i) && !isClauseTaking(s.words[i]!)) return false;
  if (opener < 0 || pauseAfter(s, opener)) return true; // the noun phrase opens the clause
  const o = s.words[opener]!;
  if (o.tag === 'sub' || o.tag === 'rel' || o.tag === 'conj') return true;
  if (PREPOSITION_OR_SUBORDINATOR.has(o.token.core)) return true; // "after Nixon resigned"
  // "talks convened by Kerry in Lausanne failed": after a participle's agent, the clause's own verb
  if (o.token.core === 'by' && s.groupOf[opener - 1]! >= 0 && s.groups[s.groupOf[opener - 1]!]!.kind === 'participle')
    return true;
  if (o.tag === 'prep' || o.tag === 'to') return false; // "under an accord signed yesterday"
  // "gives staff | a 5% rise backdated to April": the second object of a verb of giving, after the first
  if (secondObject(s, opener, npStart)) return false;
  // "rejected objections raised by…": after a verb the noun phrase is an object; "said Sun shipped" is a clause
  if (s.groupOf[opener]! >= 0) {
    // "the firm that makes the drug | fired": after the object of a relative clause's verb, the main verb
    const inner = s.groups[s.groupOf[opener]!]!;
    if (s.words[inner.start - 1]?.tag === 'rel' && !isClauseTaking(o)) return true;
    return isClauseTaking(o);
  }
  return true;
}

/** Tags of the words of a noun phrase with no verb ("The storm", "Mayor Anna Berg"). */
const BARE_NOUN_PHRASE = new Set(['det', 'noun', 'name', 'num']);

/**
 * "The storm, | the first ever recorded in the region, | brought": the comma at `comma` closes a noun phrase of no
 * verb that opens its clause, the noun phrase at `npStart` opens with a determiner, and the comma segment of the past form at `i` is closed by a comma (within 12 words)
 * right before a verb: the segment is an appositive of that noun phrase, and the clause's verb is the one after it.
 */
function appositiveBetween(s: Sentence, comma: number, npStart: number, i: number): boolean {
  const { words } = s;
  // (the appositive opens with a determiner or "one": "the first…", "a former…", "one of the largest…")
  if (words[npStart]!.tag !== 'det' && words[npStart]!.token.core !== 'one') return false;
  if (words[comma]!.mark !== ',' || breakAfter(s, comma) || !endsNounPhrase(words[comma]!)) return false;
  if (words[comma]!.tag === 'pron' || inPhrase(s, comma)) return false;
  let a = comma;
  while (a > 0 && !pauseAfter(s, a - 1)) a--;
  if (comma - a > 6) return false;
  for (let k = a; k <= comma; k++) if (!BARE_NOUN_PHRASE.has(words[k]!.tag) || s.groupOf[k]! >= 0) return false;
  let end = i;
  while (end < words.length && end - i < 12 && !pauseAfter(s, end)) end++;
  if (end >= words.length - 1 || words[end]!.mark !== ',' || breakAfter(s, end)) return false;
  let v = end + 1;
  while (v < words.length - 1 && words[v]!.tag === 'adv' && !words[v]!.mark) v++;
  const verb = words[v]!;
  return verb.tag === 'ved' || verb.tag === 'verb' || verb.tag === 'aux' || verb.tag === 'modal';
}

/**
 * The noun phrase at `npStart` (opening with a determiner or a number) follows another that ends at `opener`, right
 * after a finite verb that takes no clause: "gives | staff | a 5% rise", "offered | him | a deal" (two objects).
 */
function secondObject(s: Sentence, opener: number, npStart: number): boolean {
  const o = s.words[opener]!;
  const first = s.words[npStart]!;
  if (o.mark || !endsNounPhrase(o) || opener !== npStart - 1) return false;
  if (first.tag !== 'det' && first.tag !== 'num') return false;
  // (a short first object after a verb of its own, not "be": "isn't the revolutionary MacBook Pro | the rumor mill
  // suggested" is a relative clause)
  const verb = nounPhraseStart(s, opener) - 1;
  const g = verb >= 0 && opener - verb <= 3 && !s.words[verb]!.mark ? groupAt(s, verb) : undefined;
  const head = g ? s.words[g.head]! : undefined;
  return (
    g !== undefined &&
    g.kind === 'finite' &&
    g.end === verb + 1 &&
    (head!.tag === 'verb' || head!.tag === 'ved') &&
    !isClauseTaking(head!)
  );
}

/**
 * "A photo of the mayor | shot | in May | won", "The man | arrested | last year | died": a past form read as its
 * clause's verb, with nothing but its time phrase before the next past form, describes the noun before it (two
 * verbs of one subject would be joined by "and"): the next one is the clause's verb, with the same subject (the
 * label of the first stays "The man arrested"). The index of its group, or -1.
 */
export function describedBefore(s: Sentence, p: number): number {
  const index = s.groupOf[p]!;
  const g = index >= 0 ? s.groups[index]! : undefined;
  const w = s.words[p]!;
  if (!g || g.kind !== 'finite' || g.start !== p || w.tag !== 'ved' || w.mark || isClauseTaking(w)) return -1;
  const before = s.words[p - 1];
  return before !== undefined && !before.mark && endsNounPhrase(before) && before.tag !== 'pron' && isTimeWord(s, p + 1)
    ? index
    : -1;
}

/** Object pronouns: "signed | it". */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'us', 'me']);

/** The past form at `i` takes an object: "signed | the contract", "signed | it". */
function hasObject(s: Sentence, i: number): boolean {
  const next = s.words[i + 1];
  // ("said it was", "told the court": after a verb of saying, the clause's subject or a hearer)
  if (next === undefined || s.words[i]!.mark || isClauseTaking(s.words[i]!)) return false;
  return objectAfter(s, i) || (OBJECT_PRONOUNS.has(next.token.core) && next.tag === 'pron' && !isTimeWord(s, i + 1));
}

/** The noun phrase ending at `end` is the object of a finite verb right before it: "approved | the budget". */
export function objectBefore(s: Sentence, end: number): boolean {
  const start = nounPhraseStart(s, end);
  const first = s.words[start]!;
  if (first.tag !== 'det' && first.tag !== 'num') return false;
  const g = groupAt(s, start - 1);
  return g?.kind === 'finite' && !s.words[start - 1]!.mark && !isClauseTaking(s.words[start - 1]!);
}

/** Whether a word of the time phrase lies strictly between words `a` and `b`. */
function timeWordBetween(s: Sentence, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (isTimeWord(s, k)) return true;
  return false;
}

/** "reached | the islands", "killed | ten people": an object right after the word that opens no time phrase. */
function objectAfter(s: Sentence, i: number): boolean {
  const next = s.words[i + 1];
  return (
    next !== undefined &&
    !s.words[i]!.mark &&
    // "hit the coast", "killed ten people", "destroyed 40 homes"
    ((next.tag === 'det' && OBJECT_DETERMINERS.has(next.token.core)) ||
      ((next.tag === 'num' || NUMBER_WORDS.test(next.token.core)) && !next.mark)) &&
    !isTimeWord(s, i + 1) &&
    !isTimeWord(s, i + 2) &&
    !TWO_OBJECT_VERBS.has(s.words[i]!.token.core)
  );
}

/**
 * Word `end` closes a comma aside in "-ing" or "-ed" after a noun phrase ("The minister, | speaking to
 * reporters on Monday,"), not a list of terms ("bonds due Nov. 17, 1992, | priced at par").
 */
function endsAside(s: Sentence, end: number): boolean {
  let start = end;
  while (start > 0 && !pauseAfter(s, start - 1)) start--;
  const opener = s.words[start]!;
  const before = s.words[start - 1];
  return (
    (opener.tag === 'ing' || opener.tag === 'ved') &&
    before !== undefined &&
    before.mark === ',' &&
    !breakAfter(s, start - 1) &&
    endsNounPhrase(before)
  );
}

/**
 * A past form after a comma: the clause's own verb after an aside ("a group led by X, indicated it
 * had…"), or a participle aside itself (", called Sparcstation 1, accounted for…", "…, led by X").
 */
function verbAfterAside(s: Sentence, i: number, p: number): boolean {
  if (s.words[p]!.mark !== ',' || s.words[i + 1]?.token.core === 'by') return false;
  if (inSeries(s, i, p)) return true;
  // comma segments before it: one with a finite verb (not a relative or subordinate aside) means the clause has its verb
  let finite = false;
  let segmentEnd = p;
  for (let k = p; k >= 0 && !breakAfter(s, k); k--) {
    if (k < p && pauseAfter(s, k)) segmentEnd = k;
    const g = s.groupOf[k]!;
    // (", the physicist who led the team that found it,": the verb of a relative clause inside an appositive is
    // not the clause's)
    if (g >= 0 && s.groups[g]!.kind === 'finite' && !relativeVerb(s, s.groups[g]!.start)) finite = true;
    const tag = s.words[k]!.tag;
    const segmentStart = k === 0 || pauseAfter(s, k - 1);
    if (segmentStart) {
      // (", whose shares began trading," is a relative aside too; so is a saying between commas: "The council,
      // the mayor said, | approved")
      const saying = k > 0 && s.words[segmentEnd]!.report && s.groupOf[segmentEnd]! >= 0 && segmentEnd - k <= 5;
      if (finite && !saying && tag !== 'sub' && tag !== 'rel' && s.words[k]!.token.core !== 'whose') return false;
      finite = false;
    }
  }
  // a verb opening the next segment is the clause's own; this one is then an aside
  for (let k = i + 1; k < s.words.length && !breakAfter(s, k - 1); k++) {
    if (s.words[k - 1]!.mark !== ',') continue;
    // ", finally reached": past the adverbs that open the segment
    while (k + 1 < s.words.length && s.words[k]!.tag === 'adv' && !pauseAfter(s, k)) k++;
    const tag = s.words[k]!.tag;
    return !(tag === 'ved' || tag === 'verb' || tag === 'aux' || tag === 'modal');
  }
  return true;
}

/**
 * "The factory closed in March, | reopened in May and was sold in August", "raised rates in 2017, | cut them in 2019
 * and held them": a past form after a comma is a middle verb of a series of one subject's verbs when its words run,
 * with no comma but the series' own, to "and" or "or" and a verb (not "and the mayor signed"): not a participle
 * describing the noun before the comma ("arrested a man, identified as …").
 */
function closesSeries(s: Sentence, i: number): boolean {
  for (let k = i + 1; k + 1 < s.words.length && !breakAfter(s, k - 1); k++) {
    const w = s.words[k]!;
    if (w.tag === 'conj' && (w.token.core === 'and' || w.token.core === 'or') && !w.mark) {
      let v = k + 1;
      while (v + 1 < s.words.length && s.words[v]!.tag === 'adv' && !s.words[v]!.mark) v++;
      const tag = s.words[v]!.tag;
      return tag === 'ved' || tag === 'verb' || tag === 'aux' || tag === 'modal';
    }
    // (a comma only before "and" or the series' next verb: "…, reopened in May, and was sold", "…, flooded in 1998,
    // reopened in 2004 and …")
    const next = s.words[k + 1]!.tag;
    if (w.mark && !(w.mark === ',' && (next === 'conj' || next === 'ved'))) return false;
  }
  return false;
}

/**
 * Whether the past form at `i`, after the comma of word `p`, is the middle verb of a series of one subject's verbs
 * (closesSeries) whose clause has its finite verb before the comma.
 */
export function inSeries(s: Sentence, i: number, p = i - 1): boolean {
  return s.words[p]?.mark === ',' && closesSeries(s, i) && finiteBefore(s, p);
}

/**
 * Whether the comma segment that ends at word `p` holds a finite verb and opens with no aside of its own: "The factory
 * closed in March, | …", "the rampage that started downtown, | …", not "investigators, wondering how he could have done
 * it, | searched …" (a participle's phrase), "Comeaux, 49, | took" (no verb) nor "was shot when a gunman burst out, |
 * put …" (a subordinate clause whose verb was not found).
 */
function finiteBefore(s: Sentence, p: number): boolean {
  let first = p;
  let finite = false;
  for (; first >= 0; first--) {
    const g = s.groupOf[first]!;
    if (g >= 0 && s.groups[g]!.kind === 'finite') finite = true;
    // ("was shot Friday when a gunman burst out, | put …": the verb of a clause after its finite verb goes first)
    const tag = s.words[first]!.tag;
    if (!finite && (tag === 'sub' || tag === 'rel')) return false;
    if (first === 0 || breakAfter(s, first - 1) || pauseAfter(s, first - 1)) break;
  }
  if (!finite || first < 0) return false;
  const opener = s.words[first]!;
  const g = s.groupOf[first]!;
  return opener.tag !== 'sub' && opener.tag !== 'rel' && (g < 0 || s.groups[g]!.kind === 'finite');
}

/**
 * Whether the verb starting at `start` is a relative clause's: right after "who", "which", "that", or after "whose"
 * and its noun ("the architect whose designs transformed the docks").
 */
function relativeVerb(s: Sentence, start: number): boolean {
  if (s.words[start - 1]?.tag === 'rel') return true;
  for (let k = start - 1; k >= 0 && start - k <= 4 && !pauseAfter(s, k); k--)
    if (s.words[k]!.token.core === 'whose') return true;
  return false;
}

/** The first word of the verb group that holds word `k` (or `k`, in none). */
function verbStart(s: Sentence, k: number): number {
  const g = s.groupOf[k]!;
  return g >= 0 ? s.groups[g]!.start : k;
}

/** "said", "believes", "told X": a verb whose object may be a clause without "that". */
export const isClauseTaking = (w: Word) =>
  w.report || CLAUSE_TAKING_VERBS.has(w.token.core) || TELLING_VERBS.has(w.token.core);

/** Finds the verb groups of a sentence, left to right. */
export function findVerbGroups(s: Sentence): void {
  const { words } = s;
  s.groupOf.fill(-1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // (a time phrase holds no verb: "the quarter ended Sept. 30" is one phrase)
    if (inPhrase(s, i) || s.groupOf[i]! >= 0 || s.otherPhrase?.[i] === 1) continue;
    let kind: GroupKind | null = null;
    // "to have been", "to be released": an auxiliary after "to" opens an infinitive
    if (w.tag === 'aux' || w.tag === 'modal') kind = i > 0 && words[i - 1]!.tag === 'to' ? 'infinitive' : 'finite';
    else if (w.tag === 'verb') kind = i > 0 && words[i - 1]!.tag === 'to' ? 'infinitive' : 'finite';
    else if (w.tag === 'ved') {
      // "closing unchanged", "remained closed": a participle right after a verb completes it
      const before = words[i - 1];
      if (before && !before.mark && s.groupOf[i - 1]! >= 0 && before.tag !== 'aux' && before.tag !== 'modal') continue;
      // "The average fixed | deal | fell": a past form inside the noun phrase of the clause's subject is its adjective
      if (adjectiveBeforeSubject(s, i)) continue;
      // "rose as expected", "went ahead as (originally) planned": after "as" a past form of expecting or planning is an
      // aside that says how the event went, no event of its own (not "as revealed today", which the phrase dates)
      if (EXPECTED.has(w.token.core) && afterAs(words, i)) continue;
      kind = finitePast(s, i) ? 'finite' : 'participle';
      // "9.5 million Series H preferred shares": a participle between nouns is an adjective
      const next = words[i + 1];
      if (
        kind === 'participle' &&
        before &&
        !before.mark &&
        !w.mark &&
        endsNounPhrase(before) &&
        before.tag !== 'pron' &&
        next?.tag === 'noun' &&
        !inPhrase(s, i + 1) &&
        startsLower(next.token.text)
      ) {
        continue;
      }
    } else if (w.tag === 'ing') {
      // "all 12 | spending | bills", "the | opening | ceremony": an "-ing" form between a determiner or a number and
      // its noun describes the noun
      const before = words[i - 1];
      const next = words[i + 1];
      if (
        before &&
        (before.tag === 'det' || before.tag === 'num' || COUNT_WORDS.has(before.token.core)) &&
        !before.mark &&
        !w.mark &&
        next?.tag === 'noun' &&
        !inPhrase(s, i + 1) &&
        startsLower(next.token.text)
      )
        continue;
      kind = 'gerund';
    }
    if (!kind) continue;
    let start = i;
    if (kind === 'infinitive') start = i - 1;
    let head = i;
    let end = i + 1;
    if (w.tag === 'aux' || w.tag === 'modal') {
      // "has not yet been", "will soon begin", "was positively identified"
      let k = i + 1;
      // "may, in a year or two, save": the time phrase set off by commas inside the group
      const aside = (at: number) => at === s.governorStart && phraseSetOff(s);
      while (k < words.length && (aside(k) || (!pauseAfter(s, k - 1) && !inPhrase(s, k)))) {
        const before = k - 1;
        if (aside(k)) k = s.phraseEnd;
        const t = words[k]!;
        if (
          t.tag === 'aux' ||
          isVerbWord(t) ||
          (t.tag === 'noun' && (words[before]!.tag === 'modal' || isBaseAfterDo(words, before + 1)))
        ) {
          head = k;
          end = k + 1;
          if (t.tag !== 'aux') break; // the main verb ends the group: "have been bombarding | rebel-controlled"
        } else if (t.tag !== 'adv') break;
        k++;
      }
    }
    const group: VerbGroup = { start, end, head, kind };
    const index = s.groups.push(group) - 1;
    for (let k = start; k < end; k++) if (!inPhrase(s, k)) s.groupOf[k] = index;
  }
}

/**
 * "The average two-year fixed | deal fell", "the revised | figures are": a past form after a determiner (and its
 * modifiers), before a noun and a verb that can only be finite (a past that is no participle, an "-s" or base form,
 * an auxiliary or a modal), describes that noun; not "the council approved | plans unveiled in May".
 */
function adjectiveBeforeSubject(s: Sentence, i: number): boolean {
  const { words } = s;
  const w = words[i]!;
  const noun = words[i + 1];
  const verb = words[i + 2];
  if (w.mark || PAST_ONLY.has(w.token.core) || !noun || !verb || noun.mark || noun.possessive) return false;
  if (noun.tag !== 'noun' || !startsLower(noun.token.text) || inPhrase(s, i + 1)) return false;
  if (!(verb.tag === 'aux' || verb.tag === 'modal' || verb.tag === 'verb' || PAST_ONLY.has(verb.token.core)))
    return false;
  // the determiner that opens the noun phrase, over at most three modifiers ("The | average two-year | fixed")
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && words[k]!.tag === 'noun' && !words[k]!.mark && startsLower(words[k]!.token.text)) k--;
  return k >= 0 && words[k]!.tag === 'det' && !words[k]!.mark;
}

/** Past forms of expecting or planning: "as expected", "as planned". */
const EXPECTED = new Set(
  'expected anticipated planned scheduled forecast predicted promised agreed intended hoped feared'.split(' '),
);

/** Word `i` follows "as" over adverbs ("as | previously | planned"), and "as" is no part of "such as", "so as". */
function afterAs(words: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && words[k]!.tag === 'adv' && !words[k]!.mark) k--;
  const as = words[k];
  if (!as || as.token.core !== 'as' || as.mark) return false;
  const before = words[k - 1];
  return before === undefined || before.mark !== '' || !/^(?:such|so|same|well)$/.test(before.token.core);
}

/** "did not say", "does agree": a base verb after a form of "do". */
const isBaseAfterDo = (words: Word[], k: number) => {
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const c = words[j]!.token.core;
    if (c === 'do' || c === 'does' || c === 'did' || c.endsWith("n't")) return true;
    if (words[j]!.tag !== 'adv') return false;
  }
  return false;
};

/** Whether "that" at `i` opens a complement clause ("said that…", "told him that…") rather than a relative one. */
export function isComplementizer(s: Sentence, i: number): boolean {
  const p = previousWord(s, i);
  if (p < 0) return false;
  const before = s.words[p]!;
  if (s.groupOf[p]! >= 0) return true;
  // "said on Friday that", "told reporters in Paris that": a phrase between the verb and "that"
  if (endsNounPhrase(before)) {
    const prep = previousWord(s, nounPhraseStart(s, p));
    if (prep >= 1 && s.words[prep]!.tag === 'prep' && !s.words[prep]!.mark) {
      const verb = previousWord(s, prep);
      if (verb >= 0 && s.groupOf[verb]! >= 0 && isClauseTaking(s.words[verb]!)) return true;
    }
  }
  // ("told reporters that", "told the court that": a telling verb's object is a person, no antecedent)
  if (before.tag === 'pron' || before.tag === 'name' || before.tag === 'noun') {
    const q = previousWord(s, nounPhraseStart(s, p));
    return q >= 0 && s.groupOf[q]! >= 0 && TELLING_VERBS.has(s.words[s.groups[s.groupOf[q]!]!.head]!.token.core);
  }
  return false;
}

/**
 * "We expect | that | to continue", "would not allow that to happen": a "that" right before an infinitive's "to" is
 * the object of the verb before it, no relative or complement clause's opener (neither opens with "to").
 */
export function pronounBeforeTo(s: Sentence, k: number): boolean {
  const w = s.words[k]!;
  return w.token.core === 'that' && !w.mark && s.words[k + 1]?.tag === 'to';
}

export const range = (from: number, to: number) => {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
};

export const groupAt = (s: Sentence, i: number): VerbGroup | undefined => {
  if (i < 0) return undefined; // (see wordAt)
  const g = s.groupOf[i]!;
  return g >= 0 ? s.groups[g] : undefined;
};

export const isFiniteStart = (s: Sentence, i: number) => {
  const g = groupAt(s, i);
  return g !== undefined && g.kind === 'finite' && g.start === i;
};

/**
 * "a $12 million, | or 30 cents a share, | gain": an amount said again between commas inside a noun
 * phrase (the noun goes on after it). The aside's last word, or -1.
 */
export function restatedAmount(s: Sentence, k: number): number {
  const w = s.words[k];
  if (k < 1 || !w || s.words[k - 1]!.mark !== ',' || w.token.core !== 'or' || s.words[k + 1]?.tag !== 'num') return -1;
  for (let j = k + 1; j < s.words.length && j - k <= 6; j++) {
    if (s.words[j]!.mark && s.words[j]!.mark !== ',') return -1;
    if (s.words[j]!.mark !== ',') continue;
    const next = s.words[j + 1];
    const goesOn = next !== undefined && (next.tag === 'noun' || next.tag === 'ing') && startsLower(next.token.text);
    return goesOn && !groupAt(s, j + 1) ? j : -1;
  }
  return -1;
}

/** Words [from, to) without the time phrase and its prepositions (unless it is part of a noun phrase), and without lone marks. */
export function content(s: Sentence, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const restated = restatedAmount(s, k);
    if (restated >= 0 && restated < to) {
      k = restated; // "a $12 million, or 30 cents a share, gain": the amount once
      continue;
    }
    const close = k > from || k === 0 ? bracketEnd(s, k) : -1;
    if (close > k && close < to) {
      k = close; // "400 kilos (880 pounds) of cocaine": the bracket is an aside
      continue;
    }
    if ((s.keepPhrase || !inPhrase(s, k)) && s.words[k]!.tag !== 'punct') out.push(k);
  }
  return out;
}

/** The word that closes a bracket opened at word `k` (within 12 words, the phrase not inside), or -1. */
export function bracketEnd(s: Sentence, k: number): number {
  // (a word that opens a bracket opens something: the tagger's flag spares the regex for most words)
  if (!s.words[k]!.opens || !/^[“‘"]*\(/u.test(s.words[k]!.token.text)) return -1;
  for (let j = k; j < s.words.length && j - k < 12; j++) {
    if (j >= s.phraseStart && j < s.phraseEnd) return -1;
    if (/\)[”’"]*[,;:.!?]?$/u.test(s.words[j]!.token.text)) return j;
  }
  return -1;
}

/** The time phrase is set off by commas inside a clause: "may, in a year or two, save", "was, on Sunday, in". */
export function phraseSetOff(s: Sentence): boolean {
  const before = s.governorStart - 1;
  return (
    before >= 0 &&
    s.words[before]!.mark === ',' &&
    !breakAfter(s, before) &&
    s.words[s.phraseEnd - 1]?.mark === ',' &&
    !breakAfter(s, s.phraseEnd - 1) &&
    s.phraseEnd < s.words.length
  );
}

/** Where the clause that goes on from word `from` ends (exclusive). */
export function clauseEnd(s: Sentence, from: number, head: number, relative = false): number {
  const { words } = s;
  const takesClause = head >= 0 && isClauseTaking(words[head]!);
  // a finite main clause ends at the next verb after its time phrase ("was recently | widened" is one verb:
  // an auxiliary's verb may follow an adverb)
  const headGroup = head >= 0 ? groupAt(s, head) : undefined;
  const endsAtNextVerb =
    !relative &&
    !takesClause &&
    headGroup?.kind === 'finite' &&
    words[headGroup.head]!.tag !== 'aux' &&
    words[headGroup.head]!.tag !== 'modal';
  // "Germany was reunited, | and the Soviet Union collapsed": a mark or a new clause right after the verb ends
  // the clause too (not after a verb of saying: "said, however, that …")
  const after = (k: number) => k > from || (k - 1 === head && !takesClause);
  let resumed = -1;
  for (let k = from; k < words.length; k++) {
    // a bracket without a mark after it is an aside inside the clause
    const close = bracketEnd(s, k);
    if (close > k && !words[close]!.mark) {
      k = close;
      continue;
    }
    if (
      after(k) &&
      breakAfter(s, k - 1) &&
      !(words[k - 1]!.closes && bracketEnd(s, k) < 0 && /\)$/.test(words[k - 1]!.token.text))
    )
      return k;
    const restated = k > from ? restatedAmount(s, k) : -1;
    if (restated >= 0) {
      k = restated;
      resumed = restated + 1; // its closing comma ends nothing
      continue;
    }
    // a comma ends the clause, except inside the phrase ("July 14, 1913") or a place ("Paris, France")
    // (or around a phrase set off by commas: "was, on Sunday, in second place")
    const insidePhrase =
      (inPhrase(s, k - 1) && k - 1 < s.phraseEnd - 1) ||
      ((k === s.governorStart || k === s.phraseEnd) && phraseSetOff(s));
    if (
      after(k) &&
      words[k - 1]!.mark === ',' &&
      !insidePhrase &&
      !placeApposition(s, k) &&
      !placeModifier(s, k) &&
      !yearComma(s, k - 1) &&
      k !== resumed
    )
      return k;
    const w = words[k]!;
    if (inPhrase(s, k)) continue;
    // "got moved to saturday | lol cant wait": a post's interjection ends the clause
    if (k > from && INTERJECTIONS.has(w.token.core)) return k;
    // "the ferry that sank near Crete | had been refitted": another finite verb starts another clause
    // (with the adverbs of that verb: "that began in 2007 | nearly ruined her")
    if (relative && k > from && !takesClause && isFiniteStart(s, k) && !isFiniteStart(s, k - 1)) {
      let end = k;
      while (end - 1 > from && words[end - 1]!.tag === 'adv' && !words[end - 1]!.mark) end--;
      return end;
    }
    // "since the strike began on Monday | reached the islands": a verb after the head's own time phrase
    if (
      endsAtNextVerb &&
      k > head + 1 &&
      isTimeWord(s, k - 1) &&
      s.groupOf[k - 1]! < 0 &&
      groupAt(s, k) !== headGroup &&
      (isFiniteStart(s, k) || (w.tag === 'ved' && groupAt(s, k)?.start === k))
    )
      return k;
    const core = w.token.core;
    if (w.tag === 'sub' && !SUBORDINATORS.has(core)) continue;
    if (w.tag === 'sub') return k;
    if (w.tag === 'prep' && PREPOSITION_OR_SUBORDINATOR.has(core) && opensClause(s, k)) return k;
    if (w.tag === 'rel') {
      if (core === 'that' && ((takesClause && isComplementizer(s, k)) || pronounBeforeTo(s, k))) continue;
      return k;
    }
    // ("rose and fell" is one clause: the verb right after "and" has the subject before it)
    if (w.tag === 'conj' && (k > from || (after(k) && !groupAt(s, k + 1))) && opensClause(s, k)) return k;
    // "will spend £2m in 2025 | and £3m in 2026": a second object with a time phrase of its own, the verb left out
    if (k > from && gappedAt(s, k) > k) return k;
  }
  return words.length;
}

const TIMES_OF_DAY = /^(?:mornings?|afternoons?|evenings?|nights?|weekends?)$/;

/** Tags of the words of a noun phrase left after "and" when its verb is left out ("and | £3m", "and | a further 4%"). */
const GAPPED_TAGS = new Set(['det', 'num', 'noun', 'name']);

/**
 * "will spend £2m in 2025 | and | £3m | in 2026", "gives staff a 5% rise backdated to April | and | a further 4% |
 * from next April": after a time phrase, "and" (or "or") with a noun phrase of up to five words and another time
 * phrase, no verb between: the verb before is left out. The first word of the second time phrase (with its
 * prepositions), or -1.
 */
export function gappedAt(s: Sentence, k: number): number {
  const w = s.words[k]!;
  if (w.mark || (w.token.core !== 'and' && w.token.core !== 'or') || k < 1) return -1;
  if (!isTimeWord(s, k - 1) || s.words[k - 1]!.mark) return -1;
  // ("on sale in Europe on Nov. 14 and | in the United States | early next year": a place may open with its preposition)
  const preposition = k + 1 < s.words.length && s.words[k + 1]!.tag === 'prep' && !s.words[k + 1]!.mark ? 1 : 0;
  let j = k + 1 + preposition;
  while (j < s.words.length && j - k <= 5 + preposition && !isTimeWord(s, j)) {
    const np = s.words[j]!;
    if (!GAPPED_TAGS.has(np.tag) || np.mark || groupAt(s, j) || np.possessive) return -1;
    // (no day or month: "on Monday and | Tuesday nights | from March 30" is one time phrase the engine split)
    if (MONTH_AND_DAY_NAMES.has(np.token.core) || TIMES_OF_DAY.test(np.token.core)) return -1;
    j++;
  }
  return j > k + 1 + preposition && j < s.words.length && isTimeWord(s, j) ? j : -1;
}

/** "net income in the year ending June 30, 1990, | to fall": the comma after a date's year is the date's own. */
export function yearComma(s: Sentence, k: number): boolean {
  const w = s.words[k]!;
  return isTimeWord(s, k) && /^\d{4},$/.test(w.token.text) && s.words[k - 1]?.mark === ',';
}

/** Most words of an apposition between commas ("the first woman to hold one in the faculty"). */
const MAX_APPOSITION = 10;

/**
 * "was appointed to a chair in 1979, | the first woman to hold one in the faculty, | and retired", "joined Leeds in
 * 1990, | then a second-tier side, | and left": the comma of word `close` closes a noun phrase set off by commas (a
 * determiner first, or "then", "now" and one), with no finite verb, clause opener or other mark inside: the index of
 * the word whose comma opens it, else -1. A verb after "and" past it has the subject of the verb before it.
 */
export function appositionBefore(s: Sentence, close: number): number {
  const { words } = s;
  if (close < 2 || words[close]?.mark !== ',' || !endsNounPhrase(words[close]!)) return -1;
  for (let j = close - 1; j > 0 && close - j <= MAX_APPOSITION; j--) {
    const w = words[j]!;
    if (w.mark) {
      let first = j + 1;
      if (APPOSITION_ADVERBS.has(words[first]!.token.core)) first++;
      if (w.mark !== ',' || breakAfter(s, j) || words[first]?.tag !== 'det' || first >= close) return -1;
      return j;
    }
    const g = groupAt(s, j);
    if ((g && g.kind === 'finite') || w.tag === 'rel' || w.tag === 'sub' || w.tag === 'conj') return -1;
  }
  return -1;
}

/** Adverbs that may open an apposition: ", then a second-tier side,", ", now a museum,". */
const APPOSITION_ADVERBS = new Set(['then', 'now', 'still', 'once']);

/** Words of an adverbial aside between commas ("on and off", "at least for now", "once again"): at most this many. */
export const MAX_ADVERBIAL_ASIDE = 4;

/** Quantifiers that, before a unit of time, say how often: ", most weekends,", ", every day,". */
const HOW_OFTEN = new Set(['every', 'each', 'most', 'some', 'many', 'several', 'all']);
const OFTEN_UNITS =
  /^(?:days?|weeks?|weekends?|months?|years?|summers?|winters?|springs?|autumns?|mornings?|evenings?|nights?|times|seasons?)$/;

/**
 * ", on and off,", ", at least for now,", ", once again,": the words after the comma of word `open` up to word `close`,
 * whose comma ends them, are a short aside that says how or how often: it starts with a preposition or an adverb (or
 * is a quantifier and a unit of time: ", most weekends,") and holds no verb, name, number, clause opener, time phrase or other mark. A phrase after it goes with the words before it.
 */
export function adverbialAside(s: Sentence, open: number, close: number): boolean {
  const { words } = s;
  if (close - open > MAX_ADVERBIAL_ASIDE || close <= open || words[open]!.mark !== ',' || words[close]!.mark !== ',')
    return false;
  const first = words[open + 1]!;
  // (", most weekends,", ", every day,": how often, as a quantifier and a unit of time)
  const often = first.tag === 'det' && HOW_OFTEN.has(first.token.core) && OFTEN_UNITS.test(words[close]!.token.core);
  if (breakAfter(s, open) || (first.tag !== 'prep' && first.tag !== 'adv' && !often)) return false;
  for (let a = open + 1; a <= close; a++) {
    const { tag, mark } = words[a]!;
    if (groupAt(s, a) || isTimeWord(s, a) || (a < close && mark)) return false;
    if (tag === 'name' || tag === 'num' || tag === 'rel' || tag === 'sub') return false;
  }
  return true;
}

/** "Independence, Mo., on March 12", "Paris, France": a comma inside a place name does not end the clause. */
export function placeApposition(s: Sentence, k: number): boolean {
  const before = s.words[k - 1]!;
  const w = s.words[k];
  return before.tag === 'name' && w !== undefined && w.tag === 'name' && w.mark === ',' && k + 1 < s.words.length;
}

/** "the Dayton, Ohio, | bank": a place with its state before a noun is that noun's modifier, not the clause's end. */
function placeModifier(s: Sentence, k: number, afterDeterminer = false): boolean {
  const state = s.words[k - 1]!;
  const city = s.words[k - 2];
  const w = s.words[k];
  return (
    city !== undefined &&
    w !== undefined &&
    city.tag === 'name' &&
    city.mark === ',' &&
    state.tag === 'name' &&
    w.tag === 'noun' &&
    startsLower(w.token.text) &&
    !groupAt(s, k) &&
    // ("in Dayton, Ohio, officials said": a clause of its own)
    (afterDeterminer || groupAt(s, k + 1)?.kind !== 'finite')
  );
}

/** The city at `city` (its last word) follows a determiner, over at most two more words of its name. */
function cityAfterDeterminer(s: Sentence, city: number): boolean {
  let d = city - 1;
  while (d > 0 && city - d <= 2 && s.words[d]!.tag === 'name' && !s.words[d]!.mark) d--;
  return d >= 0 && s.words[d]!.tag === 'det' && !s.words[d]!.mark;
}

/** A word ("after", "and") followed by a clause of its own: a finite verb within a few words, or a gerund. */
export function opensClause(s: Sentence, k: number): boolean {
  const most = s.words[k]!.tag === 'conj' ? 4 : 8; // "and | deeper discounts than observers have seen" is no clause
  // (a time phrase that opens the clause counts no words: "and | by 6 p.m. | the crowd had")
  let time = 0;
  for (let j = k + 1; j < s.words.length && j - k - time <= most; j++) {
    if (j === k + 1 + time && isTimeWord(s, j)) time++;
    if (breakAfter(s, j - 1) && j - 1 > k) return false;
    const g = groupAt(s, j);
    if (g && (g.kind === 'finite' || (g.kind === 'gerund' && j === k + 1))) return true;
    if (g) return false;
    const tag = s.words[j]!.tag;
    if (tag === 'sub' || tag === 'rel' || tag === 'conj') return false;
  }
  return false;
}

/** The first finite verb group after word `from`, over asides, within the clause; or undefined. */
export function finiteAfter(s: Sentence, from: number, limit = 40): VerbGroup | undefined {
  for (let k = from; k < s.words.length && k - from < limit; k++) {
    if (k > from && breakAfter(s, k - 1) && s.words[k - 1]!.mark !== ',' && !s.words[k - 1]!.closes) return undefined;
    if (inPhrase(s, k)) continue;
    const w = s.words[k]!;
    if ((w.tag === 'sub' || w.tag === 'rel') && k > from) {
      // an embedded clause: its verb is not the one we look for ("a group that…", "while profitable")
      const g = finiteAfter(s, k + 1, 12);
      if (!g) return undefined;
      k = clauseEnd(s, g.end, g.head) - 1;
      continue;
    }
    const g = groupAt(s, k);
    if (g && g.kind === 'finite' && g.start === k) return g;
  }
  return undefined;
}

export const wordsIn = (s: Sentence, words: number[]) => words.filter((k) => s.words[k]!.token.isWord).length;

/** The tag of the word before `i` past adverbs and the time phrase ("that | sank"), or undefined. */
export function previousTag(s: Sentence, i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && (s.words[k]!.tag === 'adv' || inPhrase(s, k))) k--;
  return k >= 0 ? s.words[k]!.tag : undefined;
}

/** Prepositions that name what something is about: "update investors on | Christmas trading". */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'for', 'over']);
/** Tags of a word that may follow a noun phrase with no verb of its own ("Christmas trading | on Jan. 8"). */
const AFTER_NOUN_PHRASE = new Set(['prep', 'to', 'conj', 'sub', 'rel', 'det']);

/**
 * "will update investors on | Christmas | trading on Jan. 8", "a forecast for | 2020 | earnings": after a preposition
 * that names a topic, the time phrase [start, end) describes the plain noun after it, which ends the noun phrase. Not
 * a noun that opens a clause of its own ("on Monday | police said"), nor an "-ing" word with words after it ("vote on
 * Monday | approving the deal").
 */
export function topicNounAfter(words: Word[], start: number, end: number): boolean {
  // (indices checked before reading: a read outside an array is slow)
  if (start < 1 || end >= words.length) return false;
  const before = words[start - 1]!;
  if (before.tag !== 'prep' || before.mark || !TOPIC_PREPOSITIONS.has(before.token.core)) return false;
  // (a phrase with its own determiner is a noun phrase of its own: "for a second day | due to …")
  const noun = words[end]!;
  if (words[start]!.tag === 'det' || words[end - 1]!.mark || !startsLower(noun.token.text)) return false;
  if (MODIFIER_ADJECTIVES.has(noun.token.core)) return false;
  const after = end + 1 < words.length ? words[end + 1] : undefined;
  const ends = noun.mark !== '' || after === undefined;
  if (noun.tag === 'ing') return ends;
  return noun.tag === 'noun' && (ends || (AFTER_NOUN_PHRASE.has(after.tag) && startsLower(after.token.text)));
}

/**
 * "Investors will watch | Friday's | jobs report", "braced for | Monday's | strike": a possessive time phrase [start, end)
 * right after a verb of watching or waiting (or its "for"), which opens the object that verb awaits: that verb's index,
 * or -1. The label is that clause, and keeps the phrase in its object.
 */
export function awaitedBy(words: readonly Word[], start: number, end: number): number {
  const last = words[end - 1];
  if (!last?.possessive || last.mark || start < 1 || !words[end]) return -1;
  const v = start - 1;
  const before = words[v]!;
  if (before.mark) return -1;
  if (before.token.core === 'for' && v >= 1 && !words[v - 1]!.mark && AWAITING_BEFORE_FOR.has(words[v - 1]!.token.core))
    return v - 1;
  return AWAITING_VERBS.has(before.token.core) && before.tag !== 'noun' ? v : -1;
}
