/**
 * A coarse part of speech for each word of a sentence, from the lexicon, suffixes, capitals and the
 * word before: enough to find verb groups, noun phrases and clause openers. No statistics.
 */
import {
  isAsciiLetter,
  joinsLettersWithHyphen,
  MONTH_AND_DAY_NAMES,
  SAME_FORM_PAST,
  startsLower,
  type Token,
} from '../words.js';
import {
  ADVERBS,
  AUXILIARIES,
  CLAUSE_TAKING_VERBS,
  COMMON_VERBS,
  COORDINATORS,
  DETERMINERS,
  EVENT_NOUNS,
  GERUND_TAKING_VERBS,
  isEventNoun,
  isVerbS,
  IRREGULAR_PAST,
  LY_NOUNS,
  MODALS,
  MODIFIER_ADJECTIVES,
  MODIFIER_ING_VERBS,
  OBJECT_DETERMINERS,
  OBJECT_PRONOUNS,
  INDEFINITE_PRONOUNS,
  ING_COMPOUND_NOUNS,
  PREPOSITIONS,
  RELATIVES,
  REPORTING_VERBS,
  SENTENCE_OPENERS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TITLES,
  BE_FORMS,
} from './lexicon.js';

export type Tag =
  /** a dash, a lone quote or bracket */
  | 'punct'
  | 'det'
  | 'prep'
  /** when, because, although… (after/before/since/until are `prep` until a clause follows) */
  | 'sub'
  /** who, which, that, where */
  | 'rel'
  | 'conj'
  | 'pron'
  /** be, have, do */
  | 'aux'
  | 'modal'
  | 'to'
  | 'adv'
  | 'num'
  /** a finite or base verb ("plans", "vote" after "will") */
  | 'verb'
  /** a past tense or past participle ("-ed", "met") */
  | 'ved'
  | 'ing'
  /** a capitalised word inside a sentence */
  | 'name'
  /** nouns and adjectives */
  | 'noun';

export interface Word {
  token: Token;
  tag: Tag;
  /** The mark right after the word, closing quotes and brackets aside: `,` `;` `:` `.` `!` `?` or ''. */
  mark: string;
  /** The word ends a bracket or a quotation. */
  closes: boolean;
  /** The word opens a bracket or a quotation. */
  opens: boolean;
  /** A verb of saying ("said", "told"). */
  report: boolean;
  /** Ends in 's or s' ("Tuesday's", "officials'"). */
  possessive: boolean;
}

/**
 * The word at `i`, or undefined before the first one. (`words[-1]` reads no element but a property named "-1": V8
 * then reads by its slow generic path at that place in the code, for every later read there too.)
 */
export function wordAt(words: readonly Word[], i: number): Word | undefined {
  return i >= 0 ? words[i] : undefined;
}

const DOTTED = /^(?:\p{Lu}\.)+$/u;
const NUMBER_FIRST = /^[“‘"«([]*[\p{N}$€£¥]/u;
const UPPER_FIRST = /^[“‘"«([`']*\p{Lu}/u;
const OPENS = 1;
const CLOSES = 2;
const POSSESSIVE = 4;
const FINAL = 8;

/** “ ‘ " « ( [ */
const isOpening = (c: number) => c === 0x201c || c === 0x2018 || c === 0x22 || c === 0xab || c === 0x28 || c === 0x5b;
/** ” ’ " » ) ] */
const isClosing = (c: number) => c === 0x201d || c === 0x2019 || c === 0x22 || c === 0xbb || c === 0x29 || c === 0x5d;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
/** , ; : . ! ? */
const isStop = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x21 || c === 0x3f;

/**
 * What tagWords reads of a word's marks, as bits, scanned by hand (it runs for every word of every
 * dated sentence): OPENS (`/^(?:[“‘"«([]|``|')/`), CLOSES (`/(?:[”’"»)\]]|'')$/` before or after its final
 * mark), POSSESSIVE (`/(?:['’]s|s['’])[”"»),;:.!?\]]*$/`) and FINAL, the end of a sentence (`/[.!?][”’"»)\]']*$/`).
 */
function shapeOf(text: string, hasMark: boolean): number {
  const n = text.length;
  if (n === 0) return 0;
  let bits = 0;
  const c0 = text.charCodeAt(0);
  if (isOpening(c0) || c0 === 0x27 || (c0 === 0x60 && text.charCodeAt(1) === 0x60)) bits |= OPENS;
  const endsClosing = (end: number) =>
    end > 0 &&
    (isClosing(text.charCodeAt(end - 1)) ||
      (end > 1 && text.charCodeAt(end - 1) === 0x27 && text.charCodeAt(end - 2) === 0x27));
  // (a straight single quote after a word's mark closes a quotation: "by March,'" is no possessive)
  if (endsClosing(n - (hasMark ? 1 : 0)) || endsClosing(n) || (hasMark && text.charCodeAt(n - 1) === 0x27))
    bits |= CLOSES;
  let e = n;
  for (
    let c = text.charCodeAt(e - 1);
    e > 0 && ((isClosing(c) && c !== 0x2019) || isStop(c));
    c = text.charCodeAt(e - 1)
  )
    e--;
  if (e >= 2) {
    const a = text.charCodeAt(e - 2);
    const b = text.charCodeAt(e - 1);
    if ((b === 0x73 && isApostrophe(a)) || (isApostrophe(b) && a === 0x73)) bits |= POSSESSIVE;
  }
  let f = n;
  for (let c = text.charCodeAt(f - 1); f > 0 && (isClosing(c) || c === 0x27); c = text.charCodeAt(f - 1)) f--;
  if (f > 0) {
    const c = text.charCodeAt(f - 1);
    if (c === 0x2e || c === 0x21 || c === 0x3f) bits |= FINAL;
  }
  return bits;
}

/** Whether a word begins with an ASCII letter and ends with two (or is one letter): markOf '', shapeOf 0. */
function lettersAtEnds(text: string): boolean {
  const n = text.length;
  return (
    isAsciiLetter(text.charCodeAt(0)) &&
    isAsciiLetter(text.charCodeAt(n - 1)) &&
    (n === 1 || isAsciiLetter(text.charCodeAt(n - 2)))
  );
}

/** The first character code after a word's opening marks (“ ‘ " « ( [ ` '), or 0. */
function firstCode(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isOpening(c) && c !== 0x60 && c !== 0x27) return c;
    i++;
  }
  return 0;
}

/** The mark after a word, with closing quotes and brackets skipped: "Monday,”" → ",". */
function markOf(text: string): string {
  let i = text.length - 1;
  for (let c = text.charCodeAt(i); i > 0 && (isClosing(c) || c === 0x27); c = text.charCodeAt(i)) i--;
  const c = text.charCodeAt(i);
  // a full stop inside a sentence ends an abbreviation ("U.S.", "Corp."): no mark
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f ? text[i]! : '';
}

/** Every listed word with its tag: one look-up per word (the first list that holds a word wins). */
const LEXICON = (() => {
  const lexicon = new Map<string, Tag>();
  const add = (words: Iterable<string>, tag: Tag | ((word: string) => Tag)) => {
    for (const word of words) if (!lexicon.has(word)) lexicon.set(word, typeof tag === 'string' ? tag : tag(word));
  };
  add(DETERMINERS, 'det');
  add(['to'], 'to');
  add(RELATIVES, 'rel');
  add(COORDINATORS, 'conj');
  add(PREPOSITIONS, 'prep');
  add(SUBORDINATORS, 'sub');
  add(SUBJECT_PRONOUNS, 'pron');
  add(OBJECT_PRONOUNS, 'pron');
  add(INDEFINITE_PRONOUNS, 'noun');
  add(AUXILIARIES, 'aux');
  add(MODALS, 'modal');
  add(ADVERBS, 'adv');
  add(IRREGULAR_PAST, 'ved');
  add(REPORTING_VERBS, (word) => (word.endsWith('ed') ? 'ved' : 'verb'));
  return lexicon;
})();

/** Prefixes that make a verb of a verb ("co-wrote", "re-ran", "mis-spent"). */
const VERB_PREFIXES = new Set(['co', 're', 'pre', 'mis', 'over', 'out', 'under', 'fore']);

/**
 * The last character codes of a word, for suffix tests by hand: `endsWith` is a call into the runtime, and these
 * run for every word of every label window.
 */
const last = (word: string) => word.charCodeAt(word.length - 1);
const secondLast = (word: string) => word.charCodeAt(word.length - 2);
const S = 0x73;
/** `word.endsWith('s')`. */
const endsWithS = (word: string) => last(word) === S;
/** `word.endsWith('ss')`. */
const endsWithSS = (word: string) => last(word) === S && secondLast(word) === S;

/** The first '-' in `word`, or -1 (indexOf, by hand: words are short). */
function dashIn(word: string): number {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) === 0x2d) return i;
  return -1;
}

/** A vowel (or "y") before the last three letters: "do|ing", "dy|ing", not "br|ing". */
const VOWEL_BEFORE_ING = /[aeiouy][^aeiouy]*...$/;

/** The part of speech of a lower-case word, from the lexicon and its suffix. */
function lexicalTag(core: string): Tag {
  const listed = LEXICON.get(core);
  if (listed) return listed;
  const n = core.length;
  const z = last(core);
  if (n > 3 && z === 0x64 && secondLast(core) === 0x65) return 'ved'; // "-ed"
  // "co-wrote", "re-ran", "over-spent": a prefix and an irregular past
  const dash = dashIn(core);
  if (dash > 0 && VERB_PREFIXES.has(core.slice(0, dash)) && IRREGULAR_PAST.has(core.slice(dash + 1))) return 'ved';
  // "cost-cutting", "rice-processing": a compound in "-ing" is an adjective or a noun ("bring", "thing", "spring": no
  // vowel before the "-ing", no "-ing" form)
  if (n > 4 && z === 0x67 && secondLast(core) === 0x6e && core.charCodeAt(n - 3) === 0x69)
    return dash >= 0 || !VOWEL_BEFORE_ING.test(core) ? 'noun' : 'ing';
  if (n > 4 && z === 0x79 && secondLast(core) === 0x6c && !LY_NOUNS.has(core)) return 'adv'; // "-ly"
  return 'noun';
}

/** Tags the words of a sentence (or of a window of one: the first word counts as a sentence start). */
export function tagWords(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  // one look-up per word: the lexical tags of all words, read again for the words around each one (retag)
  const lexical: Tag[] = tokens.map((t) => lexicalTag(t.core));
  let sentenceStart = true;
  // what the passes after this loop need to find anything: a word tagged as a finite or base verb, a relative
  // "that" or "which" (read as each word's tag is final: once the next word has been tagged)
  let verbs = false;
  let relatives = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const text = token.text;
    const core = token.core;
    // most words begin with a letter and end with two: no marks at their ends, nothing for the scans below to find
    const bare = lettersAtEnds(text);
    const mark = bare ? '' : markOf(text);
    const shape = bare ? 0 : shapeOf(text, mark !== '');
    const word: Word = {
      token,
      tag: 'noun',
      mark,
      closes: (shape & CLOSES) !== 0,
      opens: (shape & OPENS) !== 0,
      report: false,
      possessive: (shape & POSSESSIVE) !== 0,
    };
    const previous = wordAt(words, i - 1);
    const c = bare ? text.charCodeAt(0) : firstCode(text);
    if (!token.isWord) {
      word.tag = 'punct';
    } else if (c < 0x80 ? (c >= 0x30 && c <= 0x39) || c === 0x24 : NUMBER_FIRST.test(text)) {
      word.tag = 'num';
    } else if (c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_FIRST.test(text)) {
      // "The", "Nicknamed", "After" open a sentence; "Friday", "Reuters", "Sinn Fein" are names.
      if (core === 'i') word.tag = 'pron';
      // "US troops will leave": the country, never the pronoun, in capitals
      else if (core === 'us' && text.includes('US')) word.tag = 'name';
      else if (sentenceStart && (SENTENCE_OPENERS.has(core) || lexical[i] !== 'noun')) word.tag = lexical[i]!;
      else word.tag = 'name';
      // "Reed is paying", "Boeing had been": a capital read as "-ed" or "-ing" by its suffix alone, before an auxiliary, is a name
      // (so before a lower-case verb: "United won on Saturday", "United face City"; "Armed police stormed" has its noun)
      const following = tokens[i + 1];
      const nextTag = lexical[i + 1];
      if (
        sentenceStart &&
        (word.tag === 'ved' || word.tag === 'ing') &&
        !LEXICON.has(core) &&
        following !== undefined &&
        !mark &&
        (nextTag === 'aux' ||
          nextTag === 'modal' ||
          ((nextTag === 'ved' || nextTag === 'verb') && startsLower(following.text)))
      )
        word.tag = 'name';
      // "Harding's appeal", "BlueKing, which": a possessive, or a capital inside the word, is a name's
      else if ((word.tag === 'ved' || word.tag === 'ing') && (word.possessive || INNER_CAPITAL.test(text)))
        word.tag = 'name';
      // "Fed Chair Jerome Powell testifies", "Fed officials": the central bank, not "fed" ("Fed up with delays")
      else if (core === 'fed' && !mark && following !== undefined && !startsLower(following.text)) word.tag = 'name';
      // "That is another …", "This was": a demonstrative before a verb stands for a noun
      if (sentenceStart && (core === 'that' || core === 'this') && following && !mark && VERB_TAGS.has(lexical[i + 1]!))
        word.tag = 'pron';
    } else {
      word.tag = lexical[i]!;
      // "us troops will leave", "the us economy" (a line in capitals read in lower case): "us" opening a sentence or
      // after an article, before a noun, is the country; the pronoun follows a verb or a preposition
      if (core === 'us' && !mark && (sentenceStart || previous?.tag === 'det') && lexical[i + 1] === 'noun')
        word.tag = 'name';
    }
    if (word.tag === 'verb' || word.tag === 'ved') word.report = REPORTING_VERBS.has(core);
    // "this was", "many saw": a determiner right before a verb stands for a noun ("some unfinished business" does not)
    const following = tokens[i + 1];
    const nounNext = following !== undefined && lexical[i + 1] === 'noun' && startsLower(following.text);
    if (
      previous?.tag === 'det' &&
      !previous.mark &&
      STANDALONE_DETERMINERS.has(previous.token.core) &&
      (word.tag === 'aux' ||
        word.tag === 'modal' ||
        (word.tag === 'ved' && !nounNext) ||
        // "many said", but "several states", "some reports": an -s form after a determiner is its noun
        (word.tag === 'verb' && word.report && !endsWithS(core)))
    ) {
      previous.tag = 'pron';
    }
    if (previous) {
      retag(word, previous, tokens, lexical, i, wordAt(words, i - 2), words);
      if (previous.tag === 'verb') verbs = true;
      else if (isRelativeThatOrWhich(previous)) relatives = true;
    }
    // "questions about | how the phones were smuggled": "how" opens a clause (not "how many kids", a noun phrase)
    if (core === 'how' && (word.tag === 'noun' || word.tag === 'name') && !HOW_QUANTITIES.has(following?.core ?? ''))
      word.tag = 'sub';
    // "have won only once | since October", "met once in May": "once" after an adverb or a past form, before a
    // preposition, counts times; it opens no clause ("will fall once | in 2027 the mine opens" does)
    else if (
      core === 'once' &&
      word.tag === 'sub' &&
      !word.mark &&
      lexical[i + 1] === 'prep' &&
      (previous?.tag === 'adv' || previous?.tag === 'ved') &&
      !previous.mark
    )
      word.tag = 'adv';
    words.push(word);
    sentenceStart = (shape & FINAL) !== 0 && !DOTTED.test(text);
  }
  const lastWord = wordAt(words, words.length - 1);
  if (lastWord?.tag === 'verb') verbs = true;
  else if (lastWord && isRelativeThatOrWhich(lastWord)) relatives = true;
  // (each pass below changes only a word next to a verb, or before a relative: most sentences need none of them)
  if (verbs) {
    secondVerbs(words);
    objectNouns(words);
    if (relatives) pluralsBeforeRelatives(words);
    pluralsBeforePasts(words);
  }
  if (relatives) verbBeforeRelative(words);
  return words;
}

/** A relative "that" or "which" (what pluralsBeforeRelatives and verbBeforeRelative look for). */
const isRelativeThatOrWhich = (w: Word) => w.tag === 'rel' && (w.token.core === 'that' || w.token.core === 'which');

/** Auxiliaries that agree with a plural subject ("states have", "states were"). */
const PLURAL_AUXILIARIES = new Set(['are', 'were', 'have', 'had']);

/** Past forms the same as their base: after an "-s" form a past, so that "-s" word is its subject's noun. */
const BASE_PASTS = new Set('hit cut put set hurt let shut quit spread cost split'.split(' '));

/** Verbs in "-s" that a participle may follow as their complement ("gets paid by the hour", "looks designed by"). */
const LINKING_S = new Set(['gets', 'becomes', 'seems', 'looks', 'feels', 'remains', 'stays', 'appears', 'sounds']);

/**
 * "The company's price | cuts | hurt earnings", "price | cuts | hit margins": an "-s" form right before one of
 * BASE_PASTS is the plural noun of the subject (two finite verbs do not follow each other; "plans hit" reads only so).
 * So is one right before a past form and its agent's "by": "reeling from | changes | mandated by Congress" (a verb in
 * "-s" takes no passive participle after it). And one after an article and a noun, before an auxiliary: "the united
 * | states | has said" (in lower case, or a line in capitals read so).
 */
function pluralsBeforePasts(words: Word[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!;
    const next = words[k + 1]!;
    if (w.tag !== 'verb' || w.mark || !startsLower(w.token.text) || !endsWithS(w.token.core)) continue;
    const agent = !next.mark && words[k + 2]?.token.core === 'by' && !LINKING_S.has(w.token.core);
    if (
      next.tag === 'ved' &&
      (BASE_PASTS.has(next.token.core) || agent) &&
      startsLower(next.token.text) &&
      !takesClause(w.token.core)
    )
      w.tag = 'noun';
    // "the united states | has said", "THE UNITED STATES WILL": after an article and a noun, right before an
    // auxiliary or a modal ("is" left out: "what the report states is clear"; "may" before a day is the month: "the
    // sale ends may 5")
    else if (
      (next.tag === 'aux' || next.tag === 'modal') &&
      next.token.core !== 'is' &&
      !(next.token.core === 'may' && /^\d/.test(words[k + 2]?.token.core ?? '')) &&
      words[k - 1]!.tag === 'noun' &&
      !words[k - 1]!.mark &&
      words[k - 2]?.tag === 'det'
    )
      w.tag = 'noun';
  }
}

/**
 * "The price | cuts | that were announced": an "-s" form right before a relative pronoun and its verb is the
 * antecedent's plural noun (a verb of saying may take "that" as its object: "says that was wrong").
 */
function pluralsBeforeRelatives(words: Word[]): void {
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (w.tag !== 'rel' || (w.token.core !== 'that' && w.token.core !== 'which') || w.mark) continue;
    const last = words[k - 1]!;
    if (
      VERB_TAGS.has(words[k + 1]!.tag) &&
      last.tag === 'verb' &&
      !last.mark &&
      startsLower(last.token.text) &&
      endsWithS(last.token.core) &&
      !takesClause(last.token.core)
    )
      last.tag = 'noun';
  }
}

/** Tags of the words of a noun phrase: a subject's before its verb, an object's before "that". */
const PHRASE_TAGS = new Set<Tag>(['det', 'noun', 'name', 'num']);

/**
 * "The supplement | contains | various information that has been filed", "The report | lists | data that were sent": a
 * sentence that opens with a noun phrase and has no verb before a relative clause has its verb inside that phrase: the
 * "-s" form of a common verb after its subject's noun (the tagger read "supplement contains various information" as
 * one compound).
 */
function verbBeforeRelative(words: Word[]): void {
  let candidate = -1;
  // ("includes job | cuts | that": a plural of the object read as a verb)
  let plural = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.tag === 'rel' && (w.token.core === 'that' || w.token.core === 'which')) {
      const next = words[k + 1];
      const verbNext = next !== undefined && VERB_TAGS.has(next.tag);
      if (candidate > 0 && k > candidate + 1 && !words[k - 1]!.mark && verbNext) {
        words[candidate]!.tag = 'verb';
        if (plural >= 0) words[plural]!.tag = 'noun';
      }
      return;
    }
    const objectPlural =
      candidate > 0 && plural < 0 && w.tag === 'verb' && startsLower(w.token.text) && endsWithS(w.token.core);
    if (objectPlural) plural = k;
    else if (!PHRASE_TAGS.has(w.tag) || w.possessive || (w.mark && k < words.length - 1)) return;
    // (after the subject's noun, not its determiner: "the lists")
    if (candidate < 0 && k >= 1 && w.tag === 'noun' && startsLower(w.token.text) && isVerbS(w.token.core)) {
      const before = words[k - 1]!;
      if (before.tag === 'noun' || before.tag === 'name') candidate = k;
    }
  }
}

/** A verb of saying or thinking, in any form the lists hold ("believe" by "believes"). */
const takesClause = (core: string) =>
  CLAUSE_TAKING_VERBS.has(core) ||
  CLAUSE_TAKING_VERBS.has(`${core}s`) ||
  REPORTING_VERBS.has(core) ||
  REPORTING_VERBS.has(`${core}s`);

/**
 * "had tightened its contracting | rules | in 2023", "cut the pay | rises": an "-s" word that ends a noun phrase
 * opened by an article right after a verb is the plural noun of that verb's object, not a second finite verb (a
 * clause has one, and a verb of saying or thinking, whose object may be a clause, is left alone: "said the firm
 * plans", "believes the market needs").
 */
function objectNouns(words: Word[]): void {
  for (let k = 2; k < words.length; k++) {
    const w = words[k]!;
    if (w.tag !== 'verb' || !endsWithS(w.token.core) || !startsLower(w.token.text)) continue;
    let d = k - 1;
    while (d > 0 && k - d < 4 && !words[d]!.mark && (words[d]!.tag === 'noun' || words[d]!.tag === 'num')) d--;
    const det = words[d]!;
    const verb = words[d - 1];
    if (d === k - 1 || det.mark || det.tag !== 'det' || !ARTICLES.has(det.token.core) || !verb || verb.mark) continue;
    if ((verb.tag !== 'ved' && verb.tag !== 'verb') || verb.report || takesClause(verb.token.core)) continue;
    // (the noun phrase's words are lower-case nouns: "the sales | plans" is a compound, "the Fed | plans" a name)
    if (words.slice(d + 1, k).some((n) => n.possessive || !startsLower(n.token.text))) continue;
    w.tag = 'noun';
  }
}

/**
 * "The window opens on April 14 and closes at the end of May": after "and" or "or", an "-s" form after the clause's
 * "-s" verb is a second verb of the same subject, not a noun, when what follows opens its complement. (The base form
 * after a modal's verb, "will open … and close", is left a noun: its label would lose the modal.)
 */
function secondVerbs(words: Word[]): void {
  let form = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.tag === 'verb' && isVerbS(w.token.core)) form = true;
    else if (w.tag === 'conj' && !w.mark && form && (w.token.core === 'and' || w.token.core === 'or')) {
      const n = words[k + 1];
      const after = words[k + 2];
      if (
        n &&
        n.tag === 'noun' &&
        !n.possessive &&
        startsLower(n.token.text) &&
        isVerbS(n.token.core) &&
        (n.mark !== '' ||
          !after ||
          after.tag === 'prep' ||
          after.tag === 'det' ||
          after.tag === 'adv' ||
          // "… and ends Thursday", "and closes next week"
          (after.tag === 'name' && MONTH_AND_DAY_NAMES.has(after.token.core)) ||
          SCHEDULE_WORDS.has(after.token.core))
      )
        n.tag = 'verb';
    }
    if (w.mark && w.mark !== ',') form = false;
  }
}

/** Prepositions after which an "-ing" word before a noun is a gerund with its object: "after taking office". */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'without']);
/** Prepositions after which it is one when its verb is common and seldom an adjective: "for taking bribes". */
const VERB_GERUND_PREPOSITIONS = new Set(['for', 'by', 'with', 'since']);

/** The base form of a verb's "-ing" form, when it is a common verb: "taking" → "take", "cutting" → "cut". */
function commonStem(ing: string): string | undefined {
  const stem = ing.slice(0, -3);
  if (COMMON_VERBS.has(stem)) return stem;
  if (COMMON_VERBS.has(`${stem}e`)) return `${stem}e`;
  const n = stem.length;
  if (n > 2 && stem[n - 1] === stem[n - 2] && COMMON_VERBS.has(stem.slice(0, -1))) return stem.slice(0, -1);
  return undefined;
}

/**
 * "sentenced for taking bribes", "after taking office", "by selling shares": after these prepositions an "-ing"
 * word before a noun is a gerund with its object, not a modifier ("of operating profit", "for working capital",
 * "with rising costs", "the bombing victims").
 */
function gerundAfterPreposition(preposition: string, ing: string): boolean {
  if (EVENT_NOUNS.has(ing) || INDEFINITE_PRONOUNS.has(ing)) return false;
  if (GERUND_PREPOSITIONS.has(preposition)) return true;
  if (!VERB_GERUND_PREPOSITIONS.has(preposition)) return false;
  const stem = commonStem(ing);
  return stem !== undefined && !MODIFIER_ING_VERBS.has(stem);
}

/**
 * "was jailed for | dumping waste", "were fined on Monday for | dodging tax": a passive just before "for" (at `at`),
 * within its clause, is what a deed is punished or praised for: the "-ing" word after the "for" is a gerund, whatever
 * its verb ("paid for working capital", "a plan for housing projects" have no passive before).
 */
function passiveBefore(earlier: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 1 && at - k <= 5; k--) {
    const w = earlier[k]!;
    if (w.mark || w.closes) return false;
    if (w.tag === 'ved') {
      const be = earlier[k - 1]!;
      return !be.mark && BE_FORMS.has(be.token.core);
    }
    if (
      w.tag !== 'prep' &&
      w.tag !== 'name' &&
      w.tag !== 'num' &&
      w.tag !== 'det' &&
      w.tag !== 'noun' &&
      w.tag !== 'adv'
    )
      return false;
  }
  return false;
}

/** A capital letter after the first letter of a word: "BlueKing", "PayPal". */
const INNER_CAPITAL = /^.\p{Ll}+\p{Lu}/u;

/** Participles that end an absolute phrase of time after "with" ("with 7:42 left", "with a minute gone"). */
const ABSOLUTE_PARTICIPLES = new Set(['left', 'gone', 'elapsed']);

/** A word that takes a clause or reports one, in any of its forms ("say", "expects", "insisted"). */
function takesThatClause(base: string): boolean {
  for (const form of [base, `${base}s`, `${base}es`, `${base}d`, `${base}ed`])
    if (CLAUSE_TAKING_VERBS.has(form) || REPORTING_VERBS.has(form)) return true;
  return false;
}

/**
 * "to bring that night after night", "will sign that deal on Friday": "that" after a base verb (after "to" or a
 * modal) is the determiner of its object when a singular noun follows and no verb comes in the next two words; not
 * after a verb that takes a clause ("will ensure that", "to say that"), nor before a plural ("to ensure that prices
 * rise": no "that" determines one) or a verb ("to show that pay rose").
 */
function baseVerbThenObject(
  verb: Word,
  before: Word | undefined,
  tokens: readonly Token[],
  lexical: readonly Tag[],
  index: number,
): boolean {
  if (verb.tag !== 'verb' || !before || before.mark || (before.tag !== 'to' && before.tag !== 'modal')) return false;
  const noun = tokens[index + 1]!.core;
  if (/[^s]s$/.test(noun) || takesThatClause(verb.token.core)) return false;
  const second = lexical[index + 2];
  const third = lexical[index + 3];
  return (second === undefined || !VERB_TAGS.has(second)) && (third === undefined || !VERB_TAGS.has(third));
}

/** Whether "with" opens the words before `index` (at most three, none a verb or a pronoun, no punctuation). */
function absoluteAfterWith(tokens: readonly Token[], lexical: readonly Tag[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const token = tokens[k]!;
    if (token.core === 'with') return k < index - 1;
    if (!token.isWord || markOf(token.text) !== '') return false;
    const tag = lexical[k]!;
    if (tag === 'pron' || tag === 'conj' || VERB_TAGS.has(tag) || token.core === 'whom' || token.core === 'which')
      return false;
  }
  return false;
}

/**
 * Context: "the revised offer" (adjective), "a news briefing" (noun), "will vote" (verb), "he plans" (verb).
 * `lexical`: the lexical tags of `tokens`, looked up once by tagWords.
 */
/**
 * "New plans | for the stadium in Leeds | will be published", "Fresh rules for landlords come into force": an "-s" form
 * second in the sentence, after a word that opens it, before a preposition whose phrase runs (no mark, no clause
 * opener) to a verb, is the subject's plural ("Smith plans a stadium" has no verb after it; "Smith warns of cuts
 * that will …" opens a clause before it; "of" and "to" are left out: "warns of", "plans to").
 */
function pluralBeforeItsPhrase(
  word: Word,
  previous: Word,
  before2: Word | undefined,
  tokens: readonly Token[],
  lexical: readonly Tag[],
  index: number,
): boolean {
  const next = tokens[index + 1];
  if (
    !next ||
    lexical[index + 1] !== 'prep' ||
    next.core === 'of' ||
    word.mark ||
    previous.mark ||
    !(before2 === undefined || SENTENCE_END_MARKS.has(before2.mark)) ||
    (previous.tag !== 'name' && previous.tag !== 'noun') ||
    !endsWithS(word.token.core) ||
    endsWithSS(word.token.core)
  )
    return false;
  for (let k = index + 2; k < tokens.length && k <= index + 10; k++) {
    if (markOf(tokens[k - 1]!.text) !== '') return false;
    const tag = lexical[k];
    if (tag === 'aux' || tag === 'modal' || tag === 'ved') return true;
    // (an "-s" form there is a plural more often: "for landlords | in Leeds"; "come", "go" are verbs)
    if ((tag === 'verb' && !endsWithS(tokens[k]!.core)) || PLAIN_VERBS.has(tokens[k]!.core)) return true;
    if (tag === 'rel' || tag === 'sub' || tag === 'conj' || tag === 'to') return false;
  }
  return false;
}

/** Forms of "do" before a base verb, with their negatives (typed with or without the apostrophe). */
const DO_FORMS = new Set("do does did don't doesn't didn't dont doesnt didnt".split(' '));

/** Marks that end a sentence: a word after one opens the next. */
const SENTENCE_END_MARKS = new Set(['.', '!', '?']);

/**
 * The noun at `index` goes on, with nouns and names and no mark, for at most four words, to a past form, an auxiliary or
 * a modal: a subject and its verb.
 */
function verbAfterNounPhrase(tokens: readonly Token[], lexical: readonly Tag[], index: number): boolean {
  for (let k = index; k < tokens.length && k <= index + 4; k++) {
    if (k > index) {
      const tag = lexical[k];
      if (tag === 'ved' || tag === 'aux' || tag === 'modal') return true;
      if (tag !== 'noun') return false;
    }
    if (markOf(tokens[k]!.text) !== '') return false;
  }
  return false;
}

function retag(
  word: Word,
  previous: Word,
  tokens: readonly Token[],
  lexical: readonly Tag[],
  index: number,
  before2: Word | undefined,
  earlier: readonly Word[],
): void {
  const next = tokens[index + 1];
  const core = word.token.core;
  const afterDeterminer = previous.tag === 'det' && !previous.mark;
  // "The following are", "the past": a preposition after an article is a noun ("each for", "all in" stay)
  if (
    afterDeterminer &&
    ARTICLES.has(previous.token.core) &&
    word.tag === 'prep' &&
    !PREPOSITIONS_AFTER_DETERMINERS.has(core)
  )
    word.tag = 'noun';
  // "that" before a lower-case noun is its determiner after a verb that takes no clause ("lost that status", "won
  // that race"; not before a verb: "won that race ended") and after a preposition ("an inquiry into that accident",
  // "at that point": no relative "that" follows a preposition; "in that", "so that", "now that" may open a clause)
  if (
    core === 'that' &&
    word.tag === 'rel' &&
    !previous.mark &&
    next !== undefined &&
    startsLower(next.text) &&
    lexical[index + 1] === 'noun' &&
    ((previous.tag === 'ved' &&
      !REPORTING_VERBS.has(previous.token.core) &&
      !CLAUSE_TAKING_VERBS.has(previous.token.core) &&
      (tokens[index + 2] === undefined || !VERB_TAGS.has(lexical[index + 2]!))) ||
      (previous.tag === 'prep' && !CLAUSE_PREPOSITIONS.has(previous.token.core)) ||
      baseVerbThenObject(previous, before2, tokens, lexical, index))
  )
    word.tag = 'det';
  // "so far this winter", "thus far": an adverb of time, no noun to head a subject
  if (core === 'far' && !previous.mark && (previous.token.core === 'so' || previous.token.core === 'thus'))
    word.tag = 'adv';
  // "It last updated its targets", "was last seen": "last" between a subject or an auxiliary and a past form
  else if (
    core === 'last' &&
    !previous.mark &&
    (previous.tag === 'pron' || previous.tag === 'aux' || previous.tag === 'name' || previous.tag === 'rel') &&
    next !== undefined &&
    lexical[index + 1] === 'ved'
  )
    word.tag = 'adv';
  // "the club's next away game", "its home match": "away" and "home" before a noun describe it
  else if (
    (core === 'away' || core === 'home') &&
    !previous.mark &&
    (previous.tag === 'det' || previous.tag === 'noun' || previous.possessive) &&
    next !== undefined &&
    startsLower(next.text) &&
    lexical[index + 1] === 'noun'
  )
    word.tag = 'noun';
  // "Veteran running back Ladell Betts went": an "-ing" form that names a role with the word after it is a noun
  if (
    !previous.mark &&
    previous.tag === 'ing' &&
    word.tag !== 'punct' &&
    ING_COMPOUND_NOUNS.has(`${previous.token.core} ${core}`)
  ) {
    previous.tag = 'noun';
    word.tag = 'noun';
  }
  // "Armed police stormed …", "Used car prices fell", "Sat nav firm TomTom cut": a past form that opens the sentence,
  // before a noun phrase and its verb, describes the noun (the clause's verb comes after them)
  if (
    previous.tag === 'ved' &&
    !previous.mark &&
    (before2 === undefined || SENTENCE_END_MARKS.has(before2.mark)) &&
    word.tag === 'noun' &&
    startsLower(word.token.text) &&
    verbAfterNounPhrase(tokens, lexical, index)
  )
    previous.tag = 'noun';
  switch (word.tag) {
    case 'adv':
      // "the first ferry", "its only plant", "the then president": an ordinal after an article is an adjective
      if (afterDeterminer && ARTICLES.has(previous.token.core) && ADJECTIVE_ADVERBS.has(core)) word.tag = 'noun';
      break;
    case 'ved':
      // "the revised offer", "a heavily wooded area", "with Kuwait now annexed"
      if (afterDeterminer || (previous.tag === 'adv' && !previous.mark && before2?.tag === 'det')) word.tag = 'noun';
      // "a rate cut could", "a quarter-point cut in September": a past form that is also a base form, after an article
      // and one lower-case noun, is that noun phrase's head when a modal or an auxiliary follows (a past verb takes
      // none), or after a hyphened compound before a preposition ("A two-year-old cut his hand", "the storm hit on
      // Monday", "a quarter-point cut off" keep their verbs)
      else if (
        SAME_AS_BASE.has(core) &&
        !previous.mark &&
        !word.mark &&
        previous.tag === 'noun' &&
        startsLower(previous.token.text) &&
        before2 !== undefined &&
        !before2.mark &&
        ARTICLES.has(before2.token.core) &&
        next !== undefined &&
        (AUXILIARY_TAGS.has(lexical[index + 1]!) ||
          (joinsLettersWithHyphen(previous.token.core) &&
            lexical[index + 1] === 'prep' &&
            !PARTICLES_OF_PAST.has(next.core)))
      )
        word.tag = 'noun';
      // "the driver's sat nav", "the firm's revised offer": after a possessive, before a noun
      else if (
        previous.possessive &&
        !previous.mark &&
        previous.tag !== 'pron' &&
        !word.mark &&
        next !== undefined &&
        startsLower(next.text) &&
        lexical[index + 1] === 'noun'
      )
        word.tag = 'noun';
      // "the first named storm", "its second reported case": after an article and an ordinal, before a noun
      else if (
        ORDINALS.has(previous.token.core) &&
        !previous.mark &&
        before2 !== undefined &&
        ARTICLES.has(before2.token.core) &&
        !before2.mark &&
        !word.mark &&
        next !== undefined &&
        startsLower(next.text) &&
        lexical[index + 1] === 'noun' &&
        !ADJECTIVE_END.test(next.core)
      )
        word.tag = 'noun';
      // "went on injured reserve", "because of increased demand": right after a preposition and before a noun, a
      // past form describes the noun (a clause's verb follows its subject, not a preposition)
      else if (
        previous.tag === 'prep' &&
        !previous.mark &&
        // ("as revealed today", "after armed police arrived": a subordinator may open a clause)
        !SUBORDINATORS.has(previous.token.core) &&
        !word.mark &&
        next !== undefined &&
        startsLower(next.text) &&
        lexical[index + 1] === 'noun'
      )
        word.tag = 'noun';
      // "to cut jobs", "will set a date": a past form that is also the base form
      else if ((previous.tag === 'to' || previous.tag === 'modal') && !previous.mark && SAME_AS_BASE.has(core))
        word.tag = 'verb';
      // "with 14:05 left", "with ten minutes left in the game": an absolute phrase after "with", no clause
      else if (!previous.mark && ABSOLUTE_PARTICIPLES.has(core) && absoluteAfterWith(tokens, lexical, index))
        word.tag = 'noun';
      break;
    case 'ing':
      // "the bombing", "the judge's ruling", "composite trading Friday", "of operating profit": a noun or a modifier
      if (afterDeterminer || (previous.possessive && !previous.mark)) word.tag = 'noun';
      // "Early voting, which began …": the second word of a sentence, the antecedent of a relative after its comma
      else if (index === 1 && !previous.mark && word.mark === ',' && (next?.core === 'which' || next?.core === 'who'))
        word.tag = 'noun';
      else if (!previous.mark && next && !startsComplement(next)) {
        // "composite trading on", "a news briefing today", but "a venture involving units" (and not after a plural
        // that opens the sentence: "Protesters marching through the city" are protesters who march)
        const opening = index === 1 || (index === 2 && before2?.tag === 'det' && !before2.mark);
        const pc = previous.token.core;
        const plural = opening && pc.length >= 2 && endsWithS(pc) && secondLast(pc) !== S; // /[^s]s$/
        const nounBefore =
          (previous.tag === 'noun' || previous.tag === 'name' || previous.tag === 'num') &&
          !plural &&
          (PREPOSITIONS.has(next.core) || TIME_WORDS.has(next.core) || MONTH_AND_DAY_NAMES.has(next.core));
        const modifier =
          (previous.tag === 'prep' || previous.tag === 'conj') &&
          lexical[index + 1] === 'noun' &&
          startsLower(next.text) &&
          !gerundAfterPreposition(previous.token.core, core) &&
          !(previous.token.core === 'for' && passiveBefore(earlier, index - 1));
        // "reports of flooding reached": an -ing word right before a verb ends a noun phrase
        const lexicalNext = lexical[index + 1];
        const verbNext =
          previous.tag === 'prep' && (lexicalNext === 'ved' || lexicalNext === 'aux' || lexicalNext === 'modal');
        // "to pay departing investors", "reported rising sales", but "began selling shares"
        const objectModifier =
          (previous.tag === 'verb' || previous.tag === 'ved') &&
          !GERUND_TAKING_VERBS.has(previous.token.core) &&
          lexical[index + 1] === 'noun' &&
          startsLower(next.text);
        // "investment banking firms reported": an "-ing" word between two nouns before a verb
        const after = tokens[index + 2];
        // "plastic film food packaging machinery": deep inside a noun phrase (two nouns before it)
        const nounNext = lexical[index + 1] === 'noun' && startsLower(next.text);
        const deep =
          previous.tag === 'noun' &&
          !previous.mark &&
          before2 !== undefined &&
          !before2.mark &&
          (before2.tag === 'noun' || before2.tag === 'name');
        const betweenNouns =
          (previous.tag === 'noun' || previous.tag === 'name') &&
          nounNext &&
          ((after !== undefined && VERB_TAGS.has(lexical[index + 2]!)) || deep);
        // "a bank holding company", "a data processing unit": after a singular noun, before a noun, a compound
        const compound =
          previous.tag === 'noun' &&
          nounNext &&
          startsLower(previous.token.text) &&
          !endsWithS(previous.token.core) &&
          !COUNT_WORDS.has(previous.token.core) &&
          // the noun after it ends the phrase ("doing something that", "requesting extra state funds" are verbs' objects)
          !INDEFINITE_PRONOUNS.has(next.core) &&
          (after === undefined || lexical[index + 2] !== 'noun' || markOf(next.text) !== '');
        // "the old library building was": after a lower-case noun, right before an auxiliary, the noun that ends the
        // subject
        const nextTag = lexical[index + 1]!;
        // ("amber warning extended as …": at the start of the line, before a past form too)
        const opensLine = before2 === undefined || before2.mark !== '' || before2.tag === 'det';
        const endsSubject =
          previous.tag === 'noun' &&
          startsLower(previous.token.text) &&
          (nextTag === 'aux' ||
            nextTag === 'modal' ||
            (nextTag === 'ved' && opensLine && !/[^s]s$/.test(previous.token.core)));
        // "when funding was frozen", "because spending has risen": after a subordinator, the subject's noun; so after a
        // verb of saying ("said trading had weakened", "says spending will rise")
        const subjectAfterSub =
          (previous.tag === 'sub' || (previous.report && !previous.mark)) && (nextTag === 'aux' || nextTag === 'modal');
        if (
          nounBefore ||
          modifier ||
          verbNext ||
          objectModifier ||
          betweenNouns ||
          compound ||
          endsSubject ||
          subjectAfterSub
        )
          word.tag = 'noun';
      }
      break;
    case 'verb':
      // "the reports", "Iraq's claims"; "filed claims", "denied reports": an "-s" form right after a past form is its object
      // "crews from 15 states": a number counts a plural (not "Article 5 states", a name's number)
      if (
        afterDeterminer ||
        previous.possessive ||
        next?.core === 'of' ||
        // "$500 million of | notes due 2031", "a string of | claims": after "of", a noun (no finite verb follows it)
        (previous.token.core === 'of' && !previous.mark) ||
        (!previous.mark &&
          endsWithS(core) &&
          !endsWithSS(core) &&
          (previous.tag === 'ved' || (previous.tag === 'num' && before2?.tag !== 'name' && before2?.tag !== 'noun'))) ||
        // "Member states will decide", "oil importers have agreed": an "-s" form after a noun, right before a modal or
        // an auxiliary of the plural, ends its subject (a finite verb takes no modal after it; not "is": "what the
        // report says is true")
        (!previous.mark &&
          !word.mark &&
          (previous.tag === 'noun' || previous.tag === 'name') &&
          endsWithS(core) &&
          !endsWithSS(core) &&
          next !== undefined &&
          (lexical[index + 1] === 'modal' || PLURAL_AUXILIARIES.has(next.core))) ||
        pluralBeforeItsPhrase(word, previous, before2, tokens, lexical, index)
      ) {
        word.tag = 'noun';
        word.report = false;
      }
      break;
    case 'noun': {
      if (pluralBeforeItsPhrase(word, previous, before2, tokens, lexical, index)) break;
      // "I don't think", "they didnt reply": a common verb right after a form of "do" is its base verb
      if (!previous.mark && DO_FORMS.has(previous.token.core) && COMMON_VERBS.has(core)) {
        word.tag = 'verb';
        break;
      }
      // (read once: several rules below ask it)
      const verbS = isVerbS(core);
      // "…, still plans to announce", ", and hopes to win", "its loss, expects to report": an "-s" form before "to"
      // and a verb, after a comma, "and" or an adverb, is the verb of the clause (not "the plans to expand")
      if (
        (previous.mark === ',' || previous.tag === 'conj' || previous.tag === 'adv') &&
        next?.core === 'to' &&
        verbS &&
        startsLower(word.token.text) &&
        !word.mark &&
        tokens[index + 2] !== undefined &&
        COMMON_VERBS.has(tokens[index + 2]!.core)
      ) {
        word.tag = 'verb';
        break;
      }
      // "Ashford, who won the title in 2019-20, face a trip": the base form after a relative aside is the main verb
      // (any word before a name, a number or a pronoun when the aside follows the noun phrase that opens the
      // sentence, which then needs its verb: "Arsenal, who last won the title in 2004, host Chelsea")
      if (
        previous.mark === ',' &&
        startsLower(word.token.text) &&
        !word.mark &&
        next !== undefined &&
        ((COMMON_VERBS.has(core) && lexical[index + 1] === 'det') ||
          // "Early voting, which began last week, | ends at 5 p.m.": an "-s" form of a common verb too
          (verbS && (lexical[index + 1] === 'prep' || lexical[index + 1] === 'det' || lexical[index + 1] === 'num')) ||
          (!TITLES.has(core) &&
            (lexical[index + 1] === 'det' ||
              lexical[index + 1] === 'num' ||
              OBJECT_PRONOUNS.has(next.core) ||
              (lexical[index + 1] === 'noun' &&
                // (in a sentence written without capitals, "host | chelsea", any noun may be the name)
                (!startsLower(next.text) || caseless(tokens, index)) &&
                !nameThenVerb(tokens, lexical, index + 1))) &&
            asideAfterOpening(tokens, index - 1))) &&
        closesRelativeAside(tokens, index - 1)
      ) {
        word.tag = 'verb';
        break;
      }
      // "It delays a planned rise … and pauses a tax credit": an "-s" form after "he", "she" or "it", or after "and"
      // when the clause's verb before it is an "-s" form too, is a verb (before an object's determiner)
      if (
        presentS(core) &&
        startsLower(word.token.text) &&
        !word.mark &&
        next !== undefined &&
        lexical[index + 1] === 'det' &&
        OBJECT_DETERMINERS.has(next.core) &&
        ((!previous.mark && SINGULAR_SUBJECTS.has(previous.token.core)) ||
          (previous.tag === 'conj' &&
            !previous.mark &&
            previous.token.core === 'and' &&
            // (not "sells cars and | trucks the …": after a plural, a plural joined to it)
            !(before2 !== undefined && pluralNoun(before2)) &&
            presentVerbBefore(earlier)))
      ) {
        word.tag = 'verb';
        break;
      }
      // "before the window shuts on 1 September": an "-s" word after a singular noun phrase that opens a clause,
      // before a preposition or the clause's end (not an event's plural: "since the rate cuts in May")
      if (
        presentS(core) &&
        startsLower(word.token.text) &&
        (word.mark !== '' || next === undefined || lexical[index + 1] === 'prep') &&
        !isEventNoun(core) &&
        singularSubjectBefore(earlier)
      ) {
        word.tag = 'verb';
        break;
      }
      // "earlier than it | forecast in August", "when she | cut the rate", "the £55m it | forecast": a past form that is
      // also a base form, after "he", "she" or "it" that open a clause (not an object: "made it | set", "for it"), is
      // that clause's verb
      if (
        SAME_AS_BASE.has(core) &&
        !previous.mark &&
        SINGULAR_SUBJECTS.has(previous.token.core) &&
        startsLower(word.token.text) &&
        (before2 === undefined ||
          before2.mark !== '' ||
          before2.tag === 'sub' ||
          before2.tag === 'rel' ||
          before2.tag === 'conj' ||
          before2.token.core === 'than' ||
          // ("down from the £55m | it | forecast": a relative clause with no "that" after the noun it describes)
          before2.tag === 'num' ||
          (before2.tag === 'noun' && startsLower(before2.token.text)))
      ) {
        word.tag = 'ved';
        break;
      }
      if (previous.mark) break;
      // ("will not | run", "could never | return": over the negation after the modal)
      const negatedModal =
        (previous.token.core === 'not' || previous.token.core === 'never') && before2?.tag === 'modal' && !before2.mark;
      if (previous.tag === 'modal' || negatedModal || (previous.tag === 'to' && COMMON_VERBS.has(core))) {
        word.tag = 'verb';
      } else if (
        previous.tag === 'to' &&
        // a plural after "to" stays a noun ("to jobs"), a base form in "-ss" does not ("to discuss the plan")
        (!endsWithS(core) || endsWithSS(core)) &&
        ((next !== undefined && startsComplement(next)) || /(?:ate|ize|ise|ify|en)$/.test(core))
      ) {
        word.tag = 'verb'; // "plans to redeem its notes", "to cooperate with"
      } else if (
        PLURAL_SUBJECTS.has(previous.token.core) &&
        startsLower(word.token.text) &&
        // not after a question's modal: "will you | kill" (the modal's group takes the verb)
        !(before2 !== undefined && (before2.tag === 'modal' || before2.tag === 'aux')) &&
        (COMMON_VERBS.has(core) || (next !== undefined && startsComplement(next)))
      ) {
        word.tag = 'verb'; // "They want the plan", "we need", but "we residents"
      } else if (
        // "once schools return in September", "when prices rise": after a subordinator and a plural noun
        before2?.tag === 'sub' &&
        !before2.mark &&
        COMMON_VERBS.has(core) &&
        startsLower(word.token.text) &&
        pluralNoun(previous) &&
        (next === undefined || lexical[index + 1] !== 'noun' || !startsLower(next.text))
      ) {
        word.tag = 'verb';
      } else if (
        PLAIN_VERBS.has(core) &&
        startsLower(word.token.text) &&
        (pluralNoun(previous) || pluralBeforePhrase(earlier, index)) &&
        (next === undefined || lexical[index + 1] !== 'noun' || !startsLower(next.text))
      ) {
        // "Tickets go on sale", "Prices rise 5%", "Voters in the state go to the polls", but "the sales plan", "sports fans"
        word.tag = 'verb';
      } else if (
        // "Traders now see a cut", "The analysts still expect growth": over an adverb after the plural that opens the
        // sentence, alone or after its article
        (PLAIN_VERBS.has(core) || COMMON_VERBS.has(core)) &&
        startsLower(word.token.text) &&
        previous.tag === 'adv' &&
        !previous.mark &&
        (index === 2 || (index === 3 && lexical[0] === 'det' && !markOf(tokens[0]!.text))) &&
        before2 !== undefined &&
        pluralNoun(before2)
      ) {
        // (a noun may follow: the adverb parts the plural from the word, which is no compound with it)
        word.tag = 'verb';
      } else if ((previous.token.core === 'who' || previous.token.core === 'which') && startsLower(word.token.text)) {
        word.tag = 'verb'; // "the rights, which expire Nov. 21"
      } else if (
        previous.token.core === 'that' &&
        verbS &&
        before2 !== undefined &&
        (before2.tag === 'noun' || before2.tag === 'name') &&
        !before2.mark
      ) {
        word.tag = 'verb'; // "the firm that makes the drug"
      } else if (
        verbS &&
        previous.tag === 'adv' &&
        before2 !== undefined &&
        (before2.tag === 'noun' || before2.tag === 'name' || before2.tag === 'pron') &&
        !before2.mark &&
        (next === undefined || !AUXILIARY_TAGS.has(lexical[index + 1]!))
      ) {
        word.tag = 'verb'; // "the store currently sells", "the group also plans"
      } else if (
        verbS &&
        // "he plans to", "Sun plans a", but "the vital signs are", "price cuts will": before an auxiliary, a noun
        (previous.tag === 'pron' ||
          next === undefined ||
          // "in the 1990s remains, residents said": after a number or a name, a comma ends the verb's clause
          (word.mark !== '' && (previous.tag === 'num' || previous.tag === 'name')) ||
          !NOT_AFTER_VERB_S.has(lexical[index + 1]!) ||
          objectAfterVerbS(word, tokens, lexical, index) ||
          // "The festival opens Aug. 3", "the sale ends Friday": a date right after the "-s" form is its time
          (!word.mark &&
            MONTH_AND_DAY_NAMES.has(next.core) &&
            (!startsLower(next.text) || dayAfter(tokens, index + 1))) ||
          // "The summit begins next Tuesday", but "the price cuts next year will hurt": no verb after the date
          (!word.mark && SCHEDULE_WORDS.has(next.core) && !verbLater(tokens, lexical, index)) ||
          // "The defeat ends Ashford's run", "the plan cuts Britain's deficit": a name's possessive is an object's start
          (!word.mark && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(next.text))) &&
        (previous.tag === 'name' ||
          previous.tag === 'pron' ||
          previous.tag === 'noun' ||
          (previous.tag === 'num' && !countedAfterWord(previous, before2)) ||
          // "Voting opens on Saturday", but "Rising costs in May hurt": an "-ing" word opening the sentence is the
          // subject when no verb follows
          (previous.tag === 'ing' && before2 === undefined && !word.mark && !verbLater(tokens, lexical, index)))
      ) {
        word.tag = 'verb';
        // (the gerund is then the subject's noun)
        if (previous.tag === 'ing') previous.tag = 'noun';
      }
      break;
    }
  }
}

/** Particles a past verb takes before a preposition's place: "cut | off", "hit | back". */
const PARTICLES_OF_PAST = new Set('off out up down back away over through around'.split(' '));

/**
 * "defeated by | 330 | votes to 118", "won | 12 | seats", "the | 40 | units": a number (no year) right after a preposition, a
 * determiner or a verb counts the noun after it, no subject of a verb there.
 */
function countedAfterWord(num: Word, before: Word | undefined): boolean {
  if (!before || before.mark || num.mark || YEAR.test(num.token.core)) return false;
  return before.tag === 'prep' || before.tag === 'det' || before.tag === 'ved' || before.tag === 'verb';
}
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** Quantities after "how" in a noun phrase: "how many", "how much". */
const HOW_QUANTITIES = new Set(['many', 'much', 'few', 'little']);

/** No word before token `end` starts with a capital letter: a sentence written in lower case (or read so, in capitals). */
function caseless(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) if (UPPER_FIRST.test(tokens[k]!.text)) return false;
  return true;
}

/** Subject pronouns whose present verb takes "-s": "it delays". */
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it']);

/**
 * A word in an "-s" that makes a plural or a present verb ("plans", "rises"): not "-ss", "-us", "-is" ("press", "status",
 * "crisis").
 */
export const presentS = (core: string) => core.length > 3 && endsWithS(core) && !PLURAL_NOT.has(secondLast(core));

/**
 * The clause before "and" (the words tagged so far, back to a mark that ends a clause) has a verb in "-s" after its
 * subject: "It delays a rise … | and", "The budget takes effect … | and".
 */
function presentVerbBefore(earlier: readonly Word[]): boolean {
  for (let k = earlier.length - 2; k >= 1; k--) {
    const w = earlier[k]!;
    const before = earlier[k - 1]!;
    if (w.mark === ';' || w.mark === ':' || before.mark === ';' || before.mark === ':') return false;
    if (w.tag === 'verb' && endsWithS(w.token.core) && !before.mark && before.tag !== 'det' && !before.possessive)
      return true;
  }
  return false;
}

/** Words that open a clause whose subject follows: "before | the window shuts". */
const CLAUSE_OPENING = new Set('before after until till til since once when while unless if because'.split(' '));

/**
 * The words tagged so far end with a singular noun phrase (a determiner, at most two modifiers, a noun without
 * "-s") right after a word that opens a clause: "before | the transfer window".
 */
function singularSubjectBefore(earlier: readonly Word[]): boolean {
  let k = earlier.length - 1;
  const head = earlier[k];
  if (!head || head.tag !== 'noun' || head.mark || head.possessive || !startsLower(head.token.text)) return false;
  // (a plural or a number is no subject of an "-s" verb: "the band's three | stints")
  if (presentS(head.token.core) || COUNT_WORDS.has(head.token.core)) return false;
  while (k - 1 >= 0 && k > earlier.length - 3 && earlier[k - 1]!.tag === 'noun' && !earlier[k - 1]!.mark) k--;
  const det = earlier[k - 1];
  const opener = earlier[k - 2];
  return (
    det !== undefined &&
    det.tag === 'det' &&
    !det.mark &&
    opener !== undefined &&
    !opener.mark &&
    CLAUSE_OPENING.has(opener.token.core)
  );
}

/** Whether the comma after token `end` closes an aside that opened with ", who" or ", which" (at most 14 words back). */
function closesRelativeAside(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k > 0 && end - k < 14; k--) {
    const core = tokens[k]!.core;
    if ((core === 'who' || core === 'which') && /,$/.test(tokens[k - 1]!.text)) return true;
    // (a full stop inside the sentence ends an abbreviation: "since Nov. 15,")
    if (k < end && markOf(tokens[k]!.text) !== '') return false;
  }
  return false;
}

/** The name that starts at token `from` is followed by a verb: "coach | Anna Berg | said" (a title and its name). */
function nameThenVerb(tokens: readonly Token[], lexical: readonly Tag[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k - from < 4 && !startsLower(tokens[k]!.text) && markOf(tokens[k]!.text) === '') k++;
  return k < tokens.length && VERB_TAGS.has(lexical[k]!);
}

/**
 * The relative aside that the comma after token `end` closes follows a noun phrase that opens the sentence, no
 * more than four words without marks: "Arsenal, | who …, |", "The two clubs, | which …, |".
 */
function asideAfterOpening(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k > 0 && end - k < 14; k--) {
    const core = tokens[k]!.core;
    if ((core === 'who' || core === 'which') && /,$/.test(tokens[k - 1]!.text)) {
      if (k - 1 > 4) return false;
      for (let j = 0; j < k - 1; j++) if (!tokens[j]!.isWord || markOf(tokens[j]!.text) !== '') return false;
      return true;
    }
  }
  return false;
}

/**
 * "the shop sells music and …", "Acme makes tools, …": after an "-s" form, a lower-case noun that ends
 * its phrase (a mark, a preposition, "and", the end after it) is an object ("price cuts hurt earnings" is not).
 */
function objectAfterVerbS(word: Word, tokens: readonly Token[], lexical: readonly Tag[], index: number): boolean {
  const next = tokens[index + 1];
  if (word.mark || !next || lexical[index + 1] !== 'noun' || !startsLower(next.text)) return false;
  // "forces loyal to the army": an adjective after the noun
  if (MODIFIER_ADJECTIVES.has(next.core)) return false;
  const after = tokens[index + 2];
  return markOf(next.text) !== '' || after === undefined || PHRASE_ENDERS.has(lexical[index + 2]!);
}

/** Tags that may follow the end of an object noun phrase. */
const PHRASE_ENDERS = new Set<Tag>(['prep', 'conj', 'det', 'to', 'sub', 'rel', 'adv']);

/** A word that may open a verb's object: "redeem its notes", "join the hunt". */
function startsComplement(next: Token): boolean {
  const core = next.core;
  return (
    DETERMINERS.has(core) || SUBJECT_PRONOUNS.has(core) || OBJECT_PRONOUNS.has(core) || /^[\p{N}$]/u.test(next.text)
  );
}

/** Words that open a date after a verb of what is scheduled: "begins | next Tuesday", "ends | today". */
const SCHEDULE_WORDS = new Set(['next', 'today', 'tomorrow', 'tonight']);

/** A day of the month: "3", "21st,". */
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
/**
 * The month name at token `index`, written in lower case (a line in capitals is read so), is a date's: a day of the
 * month follows it ("runs march 3"); "may" and "march" alone are common words too ("the rules may change").
 */
const dayAfter = (tokens: readonly Token[], index: number): boolean =>
  !tokens[index]!.text.endsWith(',') && DAY_OF_MONTH.test(tokens[index + 1]?.core ?? '');

/** Whether a word the lexicon reads as a verb follows token `index` before its clause's next mark. */
function verbLater(tokens: readonly Token[], lexical: readonly Tag[], index: number): boolean {
  for (let k = index + 1; k < tokens.length; k++) {
    if (VERB_TAGS.has(lexical[k]!)) return true;
    // "The council meets next Tuesday and the mayor has been asked to attend": "and" or "but" before a determiner or
    // a pronoun opens another clause, whose verb is its own
    const core = tokens[k]!.core;
    if ((core === 'and' || core === 'but') && (lexical[k + 1] === 'det' || lexical[k + 1] === 'pron')) return false;
    const text = tokens[k]!.text;
    // (read as tagWords reads a word's marks: a sentence's stop is no abbreviation's)
    if (markOf(text) !== '' || ((shapeOf(text, false) & FINAL) !== 0 && !DOTTED.test(text))) return false;
  }
  return false;
}

/** Tags of a word after which an "-s" form is a noun, not a verb ("price cuts | will", "the plans | are"). */
const NOT_AFTER_VERB_S = new Set<Tag>(['noun', 'aux', 'modal']);

/** Determiners after which a preposition is a noun: "the following", "a past", "its like". */
const ADJECTIVE_ADVERBS = new Set(['first', 'last', 'only', 'then', 'next', 'same']);
/** Ordinals and their like between an article and a past form that describes a noun ("the first named storm"). */
const ORDINALS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth last next only latest'.split(' '),
);
/** Endings of adjectives: "the first tested | positive" has its verb, not a noun, after the ordinal. */
const ADJECTIVE_END = /(?:ive|ous|al|ful|able|ible|ic)$/;
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Prepositions that may follow a determiner ("all of", "both of", "some of"; "the like", "a past" stay nouns). */
const PREPOSITIONS_AFTER_DETERMINERS = new Set(['of', 'than', 'as']);

/** Base verbs that are seldom nouns: after a plural noun, the present of its verb ("Tickets go", "Rates rise"). */
const PLAIN_VERBS = new Set(
  `go come say make take see know get give find think tell become leave bring begin keep seem remain appear rise
  grow stay continue expect want need believe happen include provide require agree decide fall meet face`.split(/\s+/),
);

/**
 * "Voters in the state | go": a plural noun, then a preposition and a short noun phrase (up to three words) that ends
 * right before the word at `index`; that phrase may have an "of" phrase of its own ("Voters in the state of Marlow |
 * go").
 */
function pluralBeforePhrase(words: readonly Word[], index: number): boolean {
  let end = index;
  for (let hop = 0; hop < 2; hop++) {
    let j = end - 1;
    while (j >= 0 && end - j <= 3 && !words[j]!.mark && PHRASE_TAGS.has(words[j]!.tag)) j--;
    if (j === end - 1 || j < 1 || words[j]!.tag !== 'prep' || words[j]!.mark) return false;
    if (pluralNoun(words[j - 1]!)) return true;
    if (words[j]!.token.core !== 'of') return false;
    end = j;
  }
  return false;
}

/** A plural noun that may be a subject: "Tickets", "prices" (not "the press", "status", "Paris'"). */
function pluralNoun(w: Word): boolean {
  const core = w.token.core;
  return (w.tag === 'noun' || w.tag === 'name') && !w.mark && !w.possessive && presentS(core);
}

/** s, u, i: "-ss", "-us", "-is" end no plural ("press", "status", "crisis"). */
const PLURAL_NOT = new Set([0x73, 0x75, 0x69]);

/** Subject pronouns whose verb has no "-s" in the present: "they want", "we need". */
const PLURAL_SUBJECTS = new Set(['i', 'we', 'you', 'they']);

/** Tags of auxiliaries and modals ("price cuts | will"). */
const AUXILIARY_TAGS = new Set<Tag>(['aux', 'modal']);

/** Prepositions that may open a "that" clause: "in that", "except that", "now that", "given that". */
const CLAUSE_PREPOSITIONS = new Set(['in', 'except', 'now', 'given', 'save', 'but', 'so', 'such', 'provided']);

/** Tags that open a verb group. */
/** The tags of a verb's words (an "-s" form after "and" whose next word has one is a subject: "and | rents | rose"). */
export const VERB_TAGS = new Set<Tag>(['ved', 'verb', 'aux', 'modal']);

/** Past forms that are also base forms: after "to" or a modal they are base verbs. */
export const SAME_AS_BASE = new Set(SAME_FORM_PAST);

/** Determiners that may stand alone as a subject. */
const STANDALONE_DETERMINERS = new Set('this that these those many some all both few several most each'.split(' '));

/** Numbers in words: "two winning teams" is no compound noun. */
export const COUNT_WORDS = new Set(
  'one two three four five six seven eight nine ten dozen hundred thousand million'.split(' '),
);

/** Words that start a time phrase right after a noun ("trading yesterday"). */
const TIME_WORDS = new Set('yesterday today tomorrow tonight last next this earlier later'.split(' '));
