/**
 * Event labels: who did what, in 4–14 words of the sentence, for the event a time phrase dates.
 *
 * A small clause model, no parser: each word gets a coarse part of speech (`tags.ts`, from the word
 * lists of `lexicon.ts`); verbs are grouped and clause edges found (`segments.ts`); `choose.ts` decides
 * what the phrase dates: a clause (`clause.ts`, with its subject from `subject.ts`), a statement
 * (`statement.ts`) or a noun (`noun-events.ts`); the words are then shortened and written out
 * (`render.ts`), and a label too short to read is repaired (`repair.ts`).
 */
import { joinsLettersWithHyphen, MONTH_AND_DAY_NAMES, startsLower, tokenize, type Token } from '../words.js';
import { chooseClause } from './choose.js';
import { tenseOf, type Choice, type ChoiceKind, type Tense } from './clause.js';
import { countWords, MAX_LABEL_WORDS, MIN_LABEL_WORDS, renderWords, shorten, trimEdges } from './render.js';
import { repairShort } from './repair.js';
import {
  afterInfinitiveTo,
  awaitedBy,
  beBeforeHead,
  clauseEnd,
  endsNounPhrase,
  findVerbGroups,
  inPhrase,
  isFiniteStart,
  isTimeWord,
  opensClause,
  rangeDash,
  shownPhraseWords,
  topicNounAfter,
  type Sentence,
} from './segments.js';
import {
  CLAUSE_PREPOSITIONS,
  COMMON_VERBS,
  INTERJECTIONS,
  isVerbS,
  NEVER_PASSIVE,
  NUMBER_WORDS,
  PHRASE_OPENERS,
  PRE_MODIFIERS,
  PREPOSITION_TAGS,
  SEQUENCE_ADVERBS,
  TIME_PREPOSITIONS,
  VERB_PARTICLES,
  TIMING_WORDS,
} from './lexicon.js';
import { presentS, SAME_AS_BASE, tagWords, VERB_TAGS, wordAt, type Word } from './tags.js';

export { MAX_LABEL_WORDS, MIN_LABEL_WORDS, joinedWithoutQuotes } from './render.js';

export interface LabelRequest {
  /** The sentence, or a window of it around the time phrase (long sentences are clipped by the caller). */
  sentence: string;
  /** The time phrase, as offsets into `sentence` (end exclusive); for "from X to Y", X's start and Y's end. */
  start: number;
  end: number;
  /** Offset of "since"/"from"/"between" governing the time phrase, when the event is an interval built on it. */
  governorStart?: number;
  /** The time phrase's own text ("a week after a halt to shipments"). */
  phrase?: string;
  /** The phrase is a length of time: "a week" in "came a week after a halt" is dated by the halt. */
  duration?: boolean;
  /** The sentence's other time phrases, as offsets into `sentence`: one coordinated with this one goes with it. */
  otherPhrases?: readonly { start: number; end: number }[];
  /** The phrase says more than the event's date and stays in the label: a move's "from Saturday to Sunday". */
  keepPhrase?: boolean;
}

export interface EventLabel {
  label: string;
  /** One sentence: which clause the label was taken from, and why. */
  why: string;
  /** The phrase only describes a thing ("the 1930s steel span"): a background event. */
  background: boolean;
  kind: ChoiceKind | 'anchor';
  /** Tense of the verb the label is built on (null for a noun, a participle or no verb). */
  tense: Tense | null;
  /** Offset (in the request's sentence) of the verb or noun the phrase dates, or -1: two phrases with one anchor share a clause. */
  anchor: number;
  /**
   * The "since" before the phrase opens the sentence with a clause of its own, whose verb the phrase dates ("Since KKR
   * bought RJR in February, …"): that clause's event, no stretch from the phrase up to now.
   */
  sinceClause?: true;
}

export type { Tense } from './clause.js';

/** Prepositions and modifiers that belong to a time phrase before it ("on Monday", "as of Friday", "early in 2016", "in both 1990 and 1991"). */
const GOVERNORS = new Set(
  'on in at during since from by until till til through throughout into over for of as around about early late earlier later sometime before after within both either'.split(
    ' ',
  ),
);
/** Prepositions of time that "or" joins before one phrase: "on or after 1 April", "in or around 2010". */
const EITHER_PREPOSITIONS = new Set('on in at before after by until since around about from'.split(' '));
/** "parishes | starting at noon" (not "is | starting on Monday", whose verb it is): an opener after no auxiliary. */
function openerOfPhrase(words: Word[], k: number): boolean {
  if (!PHRASE_OPENERS.has(words[k]!.token.core) || k < 1) return false;
  const before = words[k - 1]!;
  return before.tag !== 'aux' && before.tag !== 'modal' && before.tag !== 'to' && before.tag !== 'pron';
}
/** Periods that "ended"/"ending" dates close ("the quarter ended Sept. 30", "the six months ending June 30"). */
const PERIOD_WORDS = /^(?:quarter|quarters|year|years|month|months|half|period|week|weeks|season|term)$/;
/** Forms of "be" whose complement may be the time phrase alone ("was in February"). */
const BE = /^(?:is|are|was|were|be|been)$/;
/** Finite forms of "be" that say how things were or are ("Prices were lower"). */
const BE_PAST_OR_PRESENT = /^(?:is|are|was|were)$/;
/** "a week after the vote"; not "the following year", where "following" is an adjective. */
/**
 * A phrase that counts from an event it names ("a week after the vote"); not one whose "after" is followed by a
 * time of its own ("shortly after 11pm last night", "just before midnight", "soon after Monday").
 */
const ANCHORED_PHRASE =
  /\b(?:after|before|(?<!\b(?:the|a)\s+)following)\s+(?!\d|(?:(?:last|this|next)\s+)?(?:noon|midnight|midday|dawn|dusk|today|tonight|yesterday|tomorrow|night|week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*(?![\w'’]))(\S.*)$/is;
const ANCHOR_AFTER = /^\s+(?:after|before|following)\s+/i;
/** What ANCHORED_PHRASE needs in a phrase (most phrases have none, and are not tried). */
const ANCHOR_WORD = /after|before|following/i;
/** A determiner that opens the named event after "after": "a week after | the vote". */
const ANCHOR_DETERMINER = /^(?:a|an|the|its|his|her|their|this|that)$/;

/**
 * "the wettest start | to | summer since 2012", "the run-up | to | Christmas": a phrase after "to" that completes the
 * noun before it is part of that noun phrase and stays ("the wettest start to since 2012" would not read).
 */
function completesNoun(words: Word[], start: number): boolean {
  const to = words[start - 1];
  const noun = words[start - 2];
  return (
    to !== undefined &&
    to.tag === 'to' &&
    !to.mark &&
    noun !== undefined &&
    noun.tag === 'noun' &&
    !noun.mark &&
    startsLower(noun.token.text)
  );
}

/** Tags the words of a sentence once; each event of the sentence reads them. */
export function tagSentence(tokens: readonly Token[]): Word[] {
  return tagWords(tokens);
}

/** The first word that ends after offset `at`, or words.length (words are in the text's order: a binary search). */
function firstEndingAfter(words: Word[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.token.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The words [start, end) of the phrase at offsets [from, to) of the sentence. */
function wordSpan(words: Word[], from: number, to: number): [number, number] {
  const start = firstEndingAfter(words, from);
  let end = start;
  while (end < words.length && words[end]!.token.start < to) end++;
  return [start, end];
}

/**
 * A phrase [start, end) inside a noun phrase, before its noun: "the third-quarter results", "its 1990
 * invasion", "a third-quarter earnings report". Such a phrase stays in the label: dropping it would
 * break the noun phrase ("much of GNP growth").
 */
export function premodifies(words: Word[], start: number, end: number): boolean {
  const next = words[end];
  const last = words[end - 1]!;
  // "an Aug. 10, 1988, stock purchase agreement": the comma after the year is the date's own
  const yearComma = last.mark === ',' && /^\d{4},$/.test(last.token.text) && words[end - 2]?.mark === ',';
  if (!next || (last.mark && !yearComma) || last.possessive || last.closes) return false;
  if (topicNounAfter(words, start, end) || headAfterPreposition(words, start, end)) return true;
  const noun = (w: Word | undefined) => w !== undefined && w.tag === 'noun' && startsLower(w.token.text);
  // (or a hyphened length before an adjective in "-ed" and the noun: "the average | two-year | fixed deal")
  const participle = next.tag === 'ved' && startsLower(next.token.text) && joinsLettersWithHyphen(last.token.text);
  const adjective = (next.tag === 'name' || participle) && !next.mark;
  if (!noun(next) && !(adjective && noun(words[end + 1]))) return false;
  const before = words[start - 1];
  return (
    joinsLettersWithHyphen(last.token.text) ||
    words[start]!.tag === 'det' ||
    (before !== undefined && !before.mark && (before.tag === 'det' || before.possessive))
  );
}

/** Nouns of time that follow a phrase without its being their modifier: "rose in May | year on year". */
const TIME_NOUNS = /^(?:years?|months?|weeks?|days?|nights?|quarters?|times?|hours?)$/;

/**
 * "was flat in | early afternoon | trade after …", "rose in | late morning | trading": a phrase between a preposition
 * and the one lower-case noun it describes, that noun the end of the noun phrase (a stop, a preposition or the end
 * follows). Not a noun that a verb follows, the subject of a clause after the phrase ("said in May | prices would
 * rise"), nor a phrase whose preposition opens the sentence ("In 2019 | police in Kent …").
 */
function headAfterPreposition(words: Word[], start: number, end: number): boolean {
  const before = words[start - 1];
  if (start < 2 || !before || before.tag !== 'prep' || before.mark || words[start - 2]!.mark) return false;
  const head = words[end]!;
  if ((head.tag !== 'noun' && head.tag !== 'ing') || !startsLower(head.token.text)) return false;
  // ("until monday | smh": an interjection is no noun)
  if (TIME_NOUNS.test(head.token.core) || INTERJECTIONS.has(head.token.core)) return false;
  const after = words[end + 1];
  return head.mark !== '' || after === undefined || after.tag === 'prep';
}

/** Words between a noun and itself in a phrase of repetition ("night after night", "year on year", "day by day"). */
const REPEATING = new Set(['after', 'by', 'on', 'upon', 'to']);

/**
 * "bring that night | after night": a phrase whose noun begins a repetition ("night after night") is part of it, a
 * manner rather than a date; dropped, it left "bring after night". It stays.
 */
function repeatedAfter(words: Word[], end: number): boolean {
  const link = words[end];
  const again = words[end + 1];
  const last = words[end - 1]!;
  return (
    link !== undefined &&
    again !== undefined &&
    !last.mark &&
    !link.mark &&
    REPEATING.has(link.token.core) &&
    again.token.core === last.token.core
  );
}

/**
 * "Figures due out | on Tuesday | are expected to show …", "A decision due | in May | could": a word after the subject's
 * noun that only says when it comes goes with the phrase (alone it dangled: "Figures due are expected"). Only before the
 * clause's verb: not after "is" ("The vote is due on Tuesday"), nor before a comma ("with the vote due on Tuesday, …"), nor
 * in brackets ("The inquest (set for June 2) was adjourned": an aside of its own).
 */
function timedModifierBefore(words: Word[], from: number, end: number): number {
  // ("due | out | on Tuesday": with its particle)
  const out = wordAt(words, from - 1)?.token.core === 'out' && !words[from - 1]!.mark ? 1 : 0;
  const w = wordAt(words, from - 1 - out);
  const noun = wordAt(words, from - 2 - out);
  const after = words[end];
  const ok =
    w !== undefined &&
    noun !== undefined &&
    after !== undefined &&
    !w.mark &&
    !noun.mark &&
    !words[end - 1]!.mark &&
    !w.opens &&
    !words[end - 1]!.closes &&
    TIMING_WORDS.has(w.token.core) &&
    (noun.tag === 'noun' || noun.tag === 'name') &&
    VERB_TAGS.has(after.tag);
  return ok ? 1 + out : 0;
}

/** Tags of the words between a determiner and the time phrase it opens ("an | unusually mild | October"). */
const DESCRIBING_TAGS = new Set(['adv', 'noun']);

/**
 * "an unusually mild | October", "its wettest | February", "a wet and cold | June": the determiner (or possessive) of a
 * noun phrase whose head is the time phrase at `start` (a month, a day or a year: a name or a number), with one to
 * four lower-case words between, the last an adjective; its index, or -1. Without the phrase they would dangle
 * ("blamed an unusually mild for"). Not a subject before its phrase ("The council | Friday rejected"), nor a
 * participle ("the memorandum issued | yesterday").
 */
function describedFrom(words: Word[], start: number): number {
  if (!/^[\p{Lu}\p{N}]/u.test(words[start]!.token.text)) return -1;
  const last = words[start - 1];
  if (!last || last.tag !== 'noun' || last.mark || !startsLower(last.token.text)) return -1;
  const adverb = words[start - 2]?.tag === 'adv' && /ly$/.test(words[start - 2]!.token.core);
  if (!adverb && !ADJECTIVES.has(last.token.core) && !SUPERLATIVE.test(last.token.core)) return -1;
  for (let k = start - 2; k >= 0 && start - k <= 5; k--) {
    const w = words[k]!;
    if (w.mark || w.closes || w.opens) return -1;
    if (w.tag === 'det' || w.possessive) return k;
    const joins = isCoordinator(w) && k > 0 && DESCRIBING_TAGS.has(words[k - 1]!.tag);
    if (!joins && (!DESCRIBING_TAGS.has(w.tag) || !startsLower(w.token.text))) return -1;
  }
  return -1;
}

/**
 * "on track | for its best July", "heading | for the worst week": a period ranked by a superlative after "for" or "to",
 * from the determiner at `det`, is what the clause aims at, its object; the label keeps it (not "in its wettest June",
 * which only dates).
 */
function rankedGoal(words: Word[], det: number): boolean {
  const governor = words[det - 1];
  const adjective = words[det + 1];
  return (
    governor !== undefined &&
    adjective !== undefined &&
    !governor.mark &&
    (governor.token.core === 'for' || governor.token.core === 'to') &&
    SUPERLATIVE.test(adjective.token.core)
  );
}

/** Adjectives news uses of a period ("a wet June", "a record August", "a difficult 2019"). */
const ADJECTIVES = new Set(
  `wet dry cold hot warm mild cool busy quiet rainy snowy sunny stormy chilly bloody record bad good great difficult
  hard tough strong weak dismal bleak dark grim long short big memorable miserable turbulent tumultuous volatile
  eventful disastrous successful poor slow`.split(/\s+/),
);
/** "its wettest June", "the busiest December", "the worst 2020": a superlative. */
const SUPERLATIVE = /^(?:best|worst|[a-z]{3,}est)$/;

/** The word starts with a lower-case letter, after an opening quote or bracket: '"in the coming weeks"'. */
function startsLowerInQuotes(text: string): boolean {
  let i = 0;
  while (i < text.length - 1 && OPENING_MARKS.has(text.charCodeAt(i))) i++;
  return startsLower(i ? text.slice(i) : text);
}
/** " ' “ ‘ ( [ */
const OPENING_MARKS = new Set([0x22, 0x27, 0x201c, 0x2018, 0x28, 0x5b]);

/**
 * First word of the prepositions that govern a phrase starting at word `start` ("on Monday", "as of
 * Friday"), with its determiner when the phrase is a noun phrase of its own ("in | the | 1990s", "for
 * | its | fourth quarter").
 */
function governedFrom(words: Word[], start: number, end = start + 1): number {
  // "in | an unusually mild | October": the determiner and adjectives of the phrase go with it
  const described = describedFrom(words, start);
  if (described >= 0 && described < start && GOVERNORS.has(words[described - 1]?.token.core ?? '')) start = described;
  // "until | at least | 10am": a modifier between the preposition and the phrase is the phrase's
  let k = start - modifierBefore(words, start);
  const det = words[k - 1];
  if (
    det?.tag === 'det' &&
    !det.mark &&
    k >= 2 &&
    GOVERNORS.has(words[k - 2]!.token.core) &&
    !words[k - 2]!.mark &&
    !premodifies(words, start, end)
  )
    k--;
  const from = k;
  while (
    k > 0 &&
    from - k < 2 &&
    (GOVERNORS.has(words[k - 1]!.token.core) || openerOfPhrase(words, k - 1)) &&
    !words[k - 1]!.mark &&
    (k === 1 || startsLowerInQuotes(words[k - 1]!.token.text)) &&
    !(k < from && particleBefore(words, k))
  ) {
    k--;
  }
  // "in each of the past three years", "for most of 1990": the share of the period goes with it
  // (only after a preposition: in "spent part of Sunday night" the share is the object)
  if (
    words[k]?.token.core === 'of' &&
    k >= 2 &&
    SHARES.test(words[k - 1]!.token.core) &&
    !words[k - 1]!.mark &&
    !words[k - 2]!.mark
  ) {
    if (GOVERNORS.has(words[k - 2]!.token.core)) k -= 2;
    // ("for most of 2019 and | all of 2020": after "and", the share of a coordinated period)
    else if (isCoordinator(words[k - 2])) k--;
  }
  // "in the early hours of | Thursday": the day's first hours are the time phrase's
  if (
    words[k]?.token.core === 'of' &&
    k >= 3 &&
    words[k - 1]!.token.core === 'hours' &&
    /^(?:early|small|wee)$/.test(words[k - 2]!.token.core) &&
    words[k - 3]!.token.core === 'the' &&
    !words[k - 1]!.mark &&
    !words[k - 2]!.mark &&
    !words[k - 3]!.mark
  )
    k -= k >= 4 && GOVERNORS.has(words[k - 4]!.token.core) && !words[k - 4]!.mark ? 4 : 3;
  // "waited for discounts | ahead of | Black Friday": a preposition of two words
  if (
    k >= 2 &&
    k < start &&
    words[k]!.token.core === 'of' &&
    words[k - 1]!.token.core === 'ahead' &&
    !words[k - 1]!.mark
  )
    k--;
  // "issued | on or after | 1 April", "filed | on or before | June 30": two prepositions of time joined by "or"
  if (
    k >= 2 &&
    k < start &&
    EITHER_PREPOSITIONS.has(words[k]!.token.core) &&
    words[k - 1]!.token.core === 'or' &&
    EITHER_PREPOSITIONS.has(words[k - 2]!.token.core) &&
    !words[k - 1]!.mark &&
    !words[k - 2]!.mark
  )
    k -= 2;
  // "a vote that ended | just past | 1:30 a.m.", "left | shortly before | noon": the preposition's own modifier
  if (k < start || k === start - modifierBefore(words, start)) {
    if (
      k >= 2 &&
      words[k - 1]!.token.core === 'past' &&
      !words[k - 1]!.mark &&
      PRE_MODIFIERS.has(words[k - 2]!.token.core)
    )
      k--;
    const narrowed = k < start && k >= 1 && PRE_MODIFIERS.has(words[k - 1]!.token.core) && !words[k - 1]!.mark;
    // (only before a preposition of time: not "break even | on sales", "bode well | for the year")
    if (narrowed && TIME_PREPOSITIONS.has(words[k]!.token.core)) k--;
    // "would last | at least | until mid-2022", "at most | by Friday"
    if (
      k < start &&
      k >= 2 &&
      TIME_PREPOSITIONS.has(words[k]!.token.core) &&
      /^(?:least|most)$/.test(words[k - 1]!.token.core) &&
      words[k - 2]!.token.core === 'at' &&
      !words[k - 1]!.mark &&
      !words[k - 2]!.mark
    )
      k -= 2;
    // "as soon | as Tuesday"
    if (
      narrowed &&
      words[k]!.token.core === 'as' &&
      words[k - 1]!.token.core === 'soon' &&
      words[k - 2]?.token.core === 'as'
    )
      k -= 2;
    // "until | some time | in March"
    if (
      k < start &&
      k >= 2 &&
      words[k - 1]!.token.core === 'time' &&
      words[k - 2]!.token.core === 'some' &&
      !words[k - 1]!.mark
    ) {
      k -= 2;
      if (k >= 1 && GOVERNORS.has(words[k - 1]!.token.core) && !words[k - 1]!.mark) k--;
    }
  }
  return k;
}

/** Words that narrow a time phrase after its preposition: "until | at least | 10am", "by | nearly | midnight". */
const PHRASE_MODIFIERS = new Set('just nearly almost roughly approximately exactly precisely only'.split(' '));

/**
 * How many words before word `start` modify the time phrase that starts there, after its preposition:
 * "at least", "at most", "some time", or one of PHRASE_MODIFIERS; 0 when none does.
 */
function modifierBefore(words: Word[], start: number): number {
  const one = wordAt(words, start - 1);
  const two = wordAt(words, start - 2);
  if (!one || one.mark) return 0;
  if (two && !two.mark) {
    if (two.token.core === 'at' && (one.token.core === 'least' || one.token.core === 'most')) return 2;
    if (two.token.core === 'some' && one.token.core === 'time') return 2;
  }
  return PHRASE_MODIFIERS.has(one.token.core) && two !== undefined && GOVERNORS.has(two.token.core) && !two.mark
    ? 1
    : 0;
}

/**
 * Prepositions that open a time phrase of their own (not "in | about 1950", "as | of May"): after a particle of a
 * verb ("drag on | into next week", "went on | for weeks") the particle is the verb's.
 */
const OPENING_PREPOSITIONS = new Set([
  'in',
  'into',
  'for',
  'on',
  'at',
  'during',
  'since',
  'until',
  'till',
  'til',
  'through',
  'by',
  'before',
  'after',
  'from',
  'within',
  'throughout',
]);

/**
 * "took over | in March", "was sworn in | on Monday": a particle right after its verb, before the
 * preposition of the time phrase, is the verb's (the label keeps it), not a second governor of the phrase.
 */
function particleBefore(words: Word[], k: number): boolean {
  const verb = words[k - 2];
  return (
    VERB_PARTICLES.has(words[k - 1]!.token.core) &&
    OPENING_PREPOSITIONS.has(words[k]!.token.core) &&
    verb !== undefined &&
    !verb.mark &&
    (verb.tag === 'ved' || verb.tag === 'verb' || verb.tag === 'ing' || afterInfinitiveTo(words, k - 2))
  );
}

/**
 * "spent the weekend in Paris", "spent part of Sunday night with": the phrase is the object of a verb
 * of spending time, and the label keeps it (without it the verb has no object).
 */
function spentTime(words: Word[], start: number): boolean {
  let k = start;
  if (words[k - 1]?.tag === 'det' && !words[k - 1]!.mark) k--;
  if (words[k - 1]?.token.core === 'of' && SHARES.test(words[k - 2]?.token.core ?? '') && !words[k - 2]!.mark) {
    k -= 2;
    // "a good part of", "the better part of"
    while (k > 0 && start - k < 6 && words[k - 1]!.tag !== 'ved' && words[k - 1]!.tag !== 'verb' && !words[k - 1]!.mark)
      k--;
  }
  const verb = words[k - 1];
  return verb !== undefined && !verb.mark && SPENDING.test(verb.token.core);
}

const SPENDING = /^(?:spend|spends|spent|spending)$/;

/**
 * "The plan covers | the five years from April", "He served | six years": a length right after a verb, with no
 * preposition, is its object, and the label keeps it (without it, "The plan covers" is left with none).
 */
function lengthAsObject(words: Word[], start: number): boolean {
  const verb = wordAt(words, start - 1);
  return verb !== undefined && !verb.mark && !verb.report && (verb.tag === 'verb' || verb.tag === 'ved');
}

/** Words for a share of a period before "of": "each of", "most of", "all of", "part of". */
const SHARES = /^(?:each|every|all|most|much|some|part|parts|half|any|many)$/;

/** "and", "or" between two time phrases. */
const isCoordinator = (w: Word | undefined) =>
  w !== undefined && (w.token.core === 'and' || w.token.core === 'or') && !w.mark;
const PART_OF_DAY = /^(?:mornings?|afternoons?|evenings?|nights?)$/;
/** "and beyond", "or later": the open end of a period. */
const OPEN_ENDS = /^(?:beyond|after|later|earlier|since|thereafter|before)$/;
const UNITS = /^(?:hours|days|weeks|months|years|decades)$/;

/** Numbers a period may be rounded up to after "or": "a year or two", "a day or 2". */
const ROUGH_COUNTS = /^(?:two|three|four|five|six|ten|\d{1,2})$/;

/**
 * "in a year or two", "by 10 a.m. or so": the word at `k` after "or" only makes the phrase before it
 * approximate: "so", or a small number that ends the phrase (not "a week or two weeks", "May or two
 * months later": phrases of their own).
 */
function approximates(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (w.token.core === 'so') return true;
  if (!ROUGH_COUNTS.test(w.token.core)) return false;
  const after = words[k + 1];
  return w.mark !== '' || after === undefined || (after.tag !== 'noun' && after.tag !== 'name' && after.tag !== 'num');
}

/**
 * A time phrase coordinated with the one at [start, end): "in the late 1980s and early 1990s", "for 93
 * years and 121 days", "on April 24 and 25", "on Monday and Tuesday nights". The label drops them together,
 * so no "and early 1990s" is left behind. Returns the coordination's [start, end) (start at the first
 * phrase, without its prepositions).
 */
function coordinated(words: Word[], start: number, end: number, others: [number, number][]): [number, number] {
  // after the phrase: "and" (a preposition or a determiner), then another phrase or a day of the same month
  for (;;) {
    const conj = words[end];
    // "its fourth quarter ended Sept. 30": the date that ends the period goes with it
    const ender = conj?.token.core === 'ended' || conj?.token.core === 'ending';
    if (ender && !conj.mark && !words[end - 1]!.mark) {
      const other = others.find(([a]) => a === end + 1);
      if (other) {
        end = other[1];
        continue;
      }
    }
    // "the first half | of the third quarter": a period of another phrase is one phrase with it; and one that runs
    // "into" another ("overnight | into the early hours of Friday")
    if ((conj?.token.core === 'of' || conj?.token.core === 'into') && !conj.mark && !words[end - 1]!.mark) {
      // (with the words that govern it: "into | the early hours of | Friday")
      const other = others.find(([a, b]) => a === end + 1 || (a > end && governedFrom(words, a, b) === end));
      if (other) {
        end = other[1];
        continue;
      }
    }
    if (!isCoordinator(conj) || words[end - 1]!.mark) break;
    let k = end + 1;
    if (words[k]?.tag === 'prep' && !words[k]!.mark && !OPEN_ENDS.test(words[k]!.token.core)) k++;
    // ("for most of 2019 and | all of 2020": the share of the other period with it)
    const share = SHARES.test(words[k]?.token.core ?? '') && words[k + 1]?.token.core === 'of' && !words[k]!.mark;
    const other = others.find(
      ([a]) => a === k || (a === k + 1 && words[k]!.tag === 'det') || (share && a === k + 2 && !words[k + 1]!.mark),
    );
    const next = words[k];
    // ("gathered on Wednesday and | by 6 p.m. | the crowd had grown": a phrase that opens a clause of its own; not
    // inside a noun phrase, whose noun is that subject: "The | Friday and Saturday | shows were cancelled")
    if (other && clauseAfter(words, other[1]) && !opensNounPhrase(words, start, other[1])) break;
    if (other) end = other[1];
    else if (next && conj.token.core === 'or' && k === end + 1 && approximates(words, k)) end = k + 1;
    else if (
      next &&
      /^\d{1,2}$/.test(next.token.core) &&
      // (a day, not an amount: "rose 5% in 2023 and | 7% in 2024")
      /^\d{1,2}(?:st|nd|rd|th)?[,;:.!?]?$/.test(next.token.text) &&
      words[end - 1]!.tag === 'num' &&
      Number(next.token.core) <= 31
    )
      end = k + 1;
    else if (next && next.tag === 'name' && MONTH_AND_DAY_NAMES.has(next.token.core)) {
      end = k + 1;
      if (PART_OF_DAY.test(words[end]?.token.core ?? '') && !next.mark) end++;
    } else if (
      next &&
      ((OPEN_ENDS.test(next.token.core) && (next.mark !== '' || k + 1 === words.length)) ||
        (UNITS.test(next.token.core) && k === end + 1))
    )
      // "for 1990 and beyond.", "in recent weeks and months" (not "in 1984 and later served")
      end = k + 1;
    else break;
  }
  // before it: another phrase, "and", this one ("in both 1990 and 1991": the first phrase with its "both")
  for (;;) {
    const from = governedFrom(words, start);
    // "the last days | of 2019": the period this one is of (or the one it runs from: "overnight | into Friday")
    if ((words[from]?.token.core === 'of' || words[from]?.token.core === 'into') && from < start) {
      const other = others.find(([, b]) => b === from);
      if (other && !words[from - 1]!.mark) {
        start = other[0];
        continue;
      }
    }
    const at = from - 1;
    if (!isCoordinator(words[at])) break;
    const other = others.find(([, b]) => b === at);
    if (!other || words[at - 1]!.mark || (clauseAfter(words, end) && !opensNounPhrase(words, other[0], end))) break;
    start = other[0];
  }
  return [start, end];
}

/**
 * The coordinated phrases [start, end) open a noun phrase: after a determiner or a possessive ("The | Friday and
 * Saturday | shows"), or first in the sentence before a noun in lower case ("Friday and Saturday | shows were …").
 */
function opensNounPhrase(words: Word[], start: number, end: number): boolean {
  const before = words[start - 1];
  if (before === undefined) {
    const noun = words[end];
    return noun !== undefined && noun.tag === 'noun' && startsLower(noun.token.text) && !words[end - 1]!.mark;
  }
  return !before.mark && (before.tag === 'det' || before.possessive);
}

/** Tags of the words of a subject that opens a clause ("the | crowd", "its | 20 | shops"). */
const SUBJECT_OPENING = new Set(['det', 'noun', 'name', 'num', 'pron']);
/** Tags of the word that ends such a subject and opens its verb. */
const FINITE_TAGS = new Set(['aux', 'modal', 'ved']);

/**
 * "and by 6 p.m. | the crowd had grown": a subject of at most five words (no mark inside) and a finite verb start at
 * word `k`, right after a time phrase: the phrase opens that clause, and is no second date of the clause before "and".
 */
function clauseAfter(words: Word[], k: number): boolean {
  if (words[k - 1]!.mark) return false;
  for (let j = k; j < words.length && j - k <= 5; j++) {
    const w = words[j]!;
    if (j > k && FINITE_TAGS.has(w.tag)) return true;
    if (w.mark || !SUBJECT_OPENING.has(w.tag)) return false;
  }
  return false;
}

/** Parts of a period that an "of" phrase names: "the last week | of trading", "the first half | of its year". */
const PERIOD_PARTS =
  /^(?:half|halves|quarter|quarters|week|weeks|month|months|day|days|year|years|hours|end|start|beginning|middle|part|rest|stage|stages|season)$/;

/**
 * "in the first half | of the company's fiscal year", "during the last week | of trading": a period phrase (with its
 * determiner: not "convicted him last month | of the slaying") goes on
 * in the "of" phrase that says what it is a period of (the label keeps none of it, not "of trading" alone). The
 * end of the phrase with it: the "of" phrase's noun phrase, up to 6 words, when it ends at a mark, a preposition or
 * the sentence's end.
 */
function periodOf(words: Word[], end: number): number {
  const last = words[end - 1]!;
  const of = words[end];
  if (!of || of.token.core !== 'of' || of.mark || last.mark || !PERIOD_PARTS.test(last.token.core)) return end;
  let k = end + 1;
  while (k < words.length && k - end <= 6) {
    const w = words[k]!;
    // (not an amount: "for the last year | of $2.7 billion")
    if (w.tag !== 'det' && w.tag !== 'noun' && w.tag !== 'name' && w.tag !== 'ing' && w.tag !== 'num') return end;
    if (k === end + 1 && /[\p{N}$€£]/u.test(w.token.text)) return end;
    k++;
    if (w.mark) break;
  }
  const next = words[k];
  const closed = next === undefined || words[k - 1]!.mark !== '' || next.tag === 'prep' || next.tag === 'conj';
  return closed && k > end + 1 ? k : end;
}

/**
 * "brought Castro to power 42 years ago": a word after "to" was read as a verb because a number
 * follows, but the number opens a time phrase, so the word is a noun. The words of a sentence are
 * shared by its events: the ones that change are copied. `phraseStarts`: the first word of each time phrase.
 */
function retagBeforePhrases(words: Word[], phraseStarts: readonly number[], phraseEnds: readonly number[]): Word[] {
  let out = words;
  // (first: a verb read here is no subject of a verb read below)
  for (let k = 0; k < phraseStarts.length; k++) {
    const secondVerb = verbSAfter(words, phraseStarts[k]!, phraseEnds[k]!, phraseStarts);
    if (secondVerb < 0) continue;
    if (out === words) out = [...words];
    out[secondVerb] = { ...words[secondVerb]!, tag: 'verb' };
  }
  for (let k = 0; k < phraseStarts.length; k++) {
    const a = phraseStarts[k]!;
    if (baseVerbAfter(words, a, phraseEnds[k]!)) {
      if (out === words) out = [...words];
      out[phraseEnds[k]! + 1] = { ...words[phraseEnds[k]! + 1]!, tag: 'verb' };
    }
    const plural = gappedPluralAfter(words, a, phraseEnds[k]!, phraseStarts);
    if (plural >= 0) {
      if (out === words) out = [...words];
      out[plural] = { ...words[plural]!, tag: 'noun' };
    }
    const scheduled = Math.max(scheduledVerbBefore(words, a, phraseEnds[k]!), fixtureVerbBefore(words, a));
    // ("and stays | open | until June 30": no verb after a second verb read as its subject)
    if (scheduled >= 0 && out[scheduled - 1]!.tag !== 'verb') {
      if (out === words) out = [...words];
      out[scheduled] = { ...words[scheduled]!, tag: 'verb' };
    }
    const second = verbOfSubjectAfter(words, phraseEnds[k]!);
    if (second >= 0) {
      if (out === words) out = [...words];
      out[second] = { ...words[second]!, tag: 'verb' };
    }
    const gerund = ingNounAfterOpening(words, a, phraseEnds[k]!);
    if (gerund >= 0) {
      if (out === words) out = [...words];
      out[gerund] = { ...words[gerund]!, tag: 'noun' };
    }
    const w = words[a - 1];
    if (
      !w ||
      w.tag !== 'verb' ||
      words[a - 2]?.tag !== 'to' ||
      words[a]!.tag !== 'num' ||
      w.mark ||
      COMMON_VERBS.has(w.token.core)
    )
      continue;
    if (out === words) out = [...words];
    out[a - 1] = { ...w, tag: 'noun' };
  }
  // (last: the verb of the clause before may be one read above, "Rovers | host")
  for (let k = 0; k < phraseStarts.length; k++) {
    const v = phraseEnds[k]! + 1;
    if (out[v]?.tag === 'verb' || !baseVerbAfter(out, phraseStarts[k]!, phraseEnds[k]!, true)) continue;
    if (out === words) out = [...words];
    out[v] = { ...out[v]!, tag: 'verb' };
  }
  return out;
}

/**
 * "City host Rovers on Saturday | and fans | travel | to York on Tuesday": after "and" right after a time phrase
 * ending at `b`, a plural noun and a lower-case word that is no plural, before a preposition, "to" or a determiner,
 * with no verb after them, are a clause of their own, its subject and its present verb (the tagger read "fans travel"
 * as a compound). The verb's index, or -1. Not "and jobs growth in June was strong": a verb comes after.
 */
function verbOfSubjectAfter(words: Word[], b: number): number {
  const conj = words[b];
  const subject = words[b + 1];
  const verb = words[b + 2];
  const next = words[b + 3];
  if (!conj || !subject || !verb || !next || !isCoordinator(conj) || conj.mark || subject.mark || verb.mark) return -1;
  if (words[b - 1]!.mark !== '' && words[b - 1]!.mark !== ',') return -1;
  if (subject.tag !== 'noun' || !presentS(subject.token.core) || !startsLower(subject.token.text)) return -1;
  const core = verb.token.core;
  if (verb.tag !== 'noun' || !startsLower(verb.token.text) || core.endsWith('s') || !/^[a-z]+$/.test(core)) return -1;
  if (next.tag !== 'prep' && next.tag !== 'to' && next.tag !== 'det') return -1;
  for (let k = b + 3; k < words.length; k++) {
    const w = words[k]!;
    if (VERB_TAGS.has(w.tag)) return -1;
    // (up to the clause's end: "…, officials said" is another clause)
    if (w.mark) break;
  }
  return b + 2;
}

/**
 * "Christmas | trading | will be weaker", "Monday's | trading | was thin": an "-ing" word right after a time phrase
 * [a, b) that opens the sentence, right before an auxiliary, a modal or a past form, is the noun the phrase describes,
 * the subject's head (the tagger read a gerund); its index, or -1.
 */
function ingNounAfterOpening(words: Word[], a: number, b: number): number {
  const w = words[b];
  if (!w || w.tag !== 'ing' || w.mark || words[b - 1]!.mark || !(a === 0 || (a === 1 && words[0]!.tag === 'det')))
    return -1;
  const next = words[b + 1]?.tag;
  return next === 'aux' || next === 'modal' || next === 'ved' ? b : -1;
}

/**
 * "cut jobs in May | and pay | rises | in June": after an object and its time phrase [a, b), "and" with lower-case
 * nouns whose last, in "-s", is right before another time phrase is a second object of the verb left out (the
 * tagger read "rises" as a verb); its index, or -1. Not after a verb with no object: "Prices fell in May and rent
 * rises in June" is a clause of its own.
 */
function gappedPluralAfter(words: Word[], a: number, b: number, phraseStarts: readonly number[]): number {
  const conj = words[b];
  if (!conj || !isCoordinator(conj) || words[b - 1]!.mark) return -1;
  let v = b + 1;
  while (v < words.length && v - b <= 3 && words[v]!.tag === 'noun' && !words[v]!.mark) v++;
  const w = words[v];
  if (v === b + 1 || !w || w.tag !== 'verb' || w.mark || !w.token.core.endsWith('s') || !startsLower(w.token.text))
    return -1;
  if (words.slice(b + 1, v).some((n) => n.possessive || !startsLower(n.token.text))) return -1;
  // the next time phrase, right after it or after its preposition
  const next = words[v + 1]?.tag === 'prep' && !words[v + 1]!.mark ? v + 2 : v + 1;
  if (!phraseStarts.includes(next)) return -1;
  // the first phrase follows an object: a lower-case noun or an amount before its preposition
  const g = governedFrom(words, a, b);
  const object = words[g - 1];
  return object && !object.mark && (object.tag === 'noun' || object.tag === 'num') && g < a ? v : -1;
}

/**
 * "The bridge closed in May | and | opens | on June 30", "He joined the firm in 2001 and | runs | its Paris office":
 * after a verb and its time phrase [a, b), "and" with an "-s" form of a common verb is a second verb of the same
 * subject (the tagger read it as a plural noun, "opens"); its index, or -1. Not a subject with its own verb after it
 * ("and rents rose"), nor a second object after an object ("sold cars in May and trucks in June").
 */
function verbSAfter(words: Word[], a: number, b: number, phraseStarts: readonly number[]): number {
  const conj = words[b];
  const w = words[b + 1];
  if (!conj || !w || conj.token.core !== 'and' || conj.mark || words[b - 1]!.mark) return -1;
  if (w.tag !== 'noun' || w.possessive || !startsLower(w.token.text)) return -1;
  if (!isVerbS(w.token.core) && !isVerbS(w.token.core.replace(BASE_PREFIXES, ''))) return -1;
  const next = words[b + 2];
  if (!w.mark && next && VERB_TAGS.has(next.tag)) return -1;
  // an object of its own after it ("and | runs | its Paris office"), not another time phrase ("and options | the
  // following week")
  const objectAfter =
    (!w.mark && next !== undefined && OBJECT_OPENERS.has(next.tag) && !phraseStarts.includes(b + 2)) ||
    // (or its own time phrase, after an object with its determiner: "took up the post in 2015 and | leaves | next
    // summer"; a second object mirrors the first, "cut jobs in May and costs in June")
    (phraseStarts.includes(b + 2) && determinedObjectBefore(words, governedFrom(words, a, b)));
  // the first phrase follows its verb (or the verb's adverb: "closed briefly in May"), or an object after a finite
  // verb when an object follows
  let v = governedFrom(words, a, b) - 1;
  while (v > 0 && words[v]!.tag === 'adv' && !words[v]!.mark) v--;
  for (let k = v; objectAfter && k > 0 && v - k <= 5 && !words[k - 1]!.mark && !VERB_TAGS.has(words[k]!.tag); k--)
    if (words[k - 1]!.tag === 'ved' || words[k - 1]!.tag === 'verb') v = k - 1;
  const verb = words[v];
  return verb && !verb.mark && (verb.tag === 'ved' || verb.tag === 'verb') ? b + 1 : -1;
}

/** The words before `g` end a noun phrase of a few common words that opens with a determiner ("the post"). */
function determinedObjectBefore(words: Word[], g: number): boolean {
  for (let k = g - 1; k >= 0 && g - k <= 4; k--) {
    const w = words[k]!;
    if (w.mark || w.possessive) return false;
    if (w.tag === 'det') return k < g - 1 && ARTICLE_LIKE.test(w.token.core);
    if (w.tag !== 'noun' || !startsLower(w.token.text)) return false;
  }
  return false;
}
const ARTICLE_LIKE = /^(?:the|a|an|its|his|her|their|this|that)$/;

/** Tags that open an object: "runs | its office", "reopens | 300 beds". */
const OBJECT_OPENERS = new Set(['det', 'num', 'pron']);

/** Base verbs of what is set for a time: "Polls | open | at 7am", "Talks | resume | on Monday". */
const SCHEDULED_VERBS = new Set(
  'open close reopen start begin end resume finish run meet vote strike arrive return land expire'.split(' '),
);
/** Tags of the words of a subject before its noun ("the | first | tours"). */
const SUBJECT_WORDS = new Set(['det', 'noun', 'name', 'num']);
/** Prepositions that say when, between such a verb and its time phrase. */
const AT_TIME = new Set(['at', 'on', 'in', 'from', 'until', 'till', 'til', 'by']);

/**
 * "Pre-orders | open | at 8am on Friday", "the talks | resume | Monday": a base verb of what is set for a time, read as
 * a noun ("the open market"), right after a plural subject that opens its clause and right before the time phrase
 * [a, b) (or its preposition) is the clause's verb; not a noun before the clause's own verb ("the jobs report on
 * Friday | showed"). Its index, or -1.
 */
function scheduledVerbBefore(words: Word[], a: number, b: number): number {
  const preposition = words[a - 1];
  const v = preposition && AT_TIME.has(preposition.token.core) && !preposition.mark ? a - 2 : a - 1;
  const verb = wordAt(words, v);
  const subject = wordAt(words, v - 1);
  if (!verb || !subject || verb.tag !== 'noun' || verb.mark || !startsLower(verb.token.text)) return -1;
  if (!SCHEDULED_VERBS.has(verb.token.core)) return -1;
  const core = subject.token.core;
  if (
    (subject.tag !== 'noun' && subject.tag !== 'name') ||
    subject.mark ||
    subject.possessive ||
    core.length < 4 ||
    !core.endsWith('s') ||
    /(?:ss|us|is)$/.test(core)
  )
    return -1;
  // (the subject opens its clause: no object of a verb, "kept its offices | open on Sunday")
  let first = v - 1;
  while (first > 0 && !words[first - 1]!.mark && SUBJECT_WORDS.has(words[first - 1]!.tag) && v - first < 6) first--;
  const opener = wordAt(words, first - 1);
  if (
    opener &&
    !opener.mark &&
    !['det', 'conj', 'sub', 'rel'].includes(opener.tag) &&
    !CLAUSE_PREPOSITIONS.has(opener.token.core)
  )
    return -1;
  const next = words[b];
  const verbNext = next !== undefined && !words[b - 1]!.mark && ['verb', 'ved', 'aux', 'modal'].includes(next.tag);
  return verbNext ? -1 : v;
}

/** Base verbs of a fixture: "City | face | United on Sunday", "Rovers | host | the leaders on Saturday". */
const FIXTURE_VERBS = new Set('face host play meet visit welcome entertain'.split(' '));

/**
 * "City | face | United in the derby on Sunday": such a verb, read as a noun, in lower case between a name that opens
 * its clause (or ", and") and its object (a name or a determiner), a few words before the time phrase at `a`, is the
 * clause's verb.
 * Its index, or -1.
 */
function fixtureVerbBefore(words: Word[], a: number): number {
  for (let v = a - 2; v >= 1 && a - v <= 8; v--) {
    const verb = words[v]!;
    if (verb.mark) return -1;
    if (verb.tag !== 'noun' || !FIXTURE_VERBS.has(verb.token.core) || !startsLower(verb.token.text)) continue;
    const subject = words[v - 1]!;
    const object = words[v + 1]!.tag;
    const opener = wordAt(words, v - 2);
    const opens = !opener || opener.mark !== '' || opener.tag === 'name' || opener.tag === 'det';
    // (or a plural after an article or first: "The twins | play | Leeds")
    const plural =
      subject.tag === 'noun' &&
      startsLower(subject.token.text) &&
      presentS(subject.token.core) &&
      (!opener || opener.mark !== '' || opener.tag === 'det');
    // (or a second verb of the clause before, after its comma and "and": "have won four of five, | and | host Town")
    const second = subject.tag === 'conj' && subject.token.core === 'and' && opener?.mark === ',';
    return (subject.tag === 'name' || plural || second) &&
      !subject.mark &&
      opens &&
      (object === 'name' || object === 'det')
      ? v
      : -1;
  }
  return -1;
}

/** Tags of the word after a second base verb that open its complement ("and close | two plants", "and reopen | on"). */
const COMPLEMENT_TAGS = new Set(['det', 'num', 'prep', 'adv', 'pron', 'to', 'name']);
/** Endings of base verbs that are seldom nouns ("publish", "finalise", "modernize", "clarify"). */
const VERB_SUFFIX = /^[a-z]{3,}(?:ish|i[sz]e|y[sz]e|ify)$/;
/** Words with those endings that are nouns or adjectives ("an enterprise", "expertise"). */
const SUFFIX_NOUNS = new Set(
  'premise premises expertise merchandise enterprise paradise otherwise likewise clockwise concise precise'.split(' '),
);
/**
 * Words that open a noun phrase as its adjective ("and sell | new shares", "and publish | full-year results"): a noun
 * after a gapped object's noun is a compound ("and pay rises"), an adjective is not.
 */
const ADJECTIVE_LIKE =
  /^(?:new|more|further|fresh|final|full|first|[a-z]+-[a-z]+|[a-z]{3,}(?:al|ive|ous|ful|ic|ible|able))$/;
/** Prefixes of a base verb made of a common one ("reopen", "outsell"). */
const BASE_PREFIXES = /^(?:re|out|over|under)(?=[a-z]{3})/;

/**
 * "will cut 2,000 jobs in March | and close | two plants in June", "would close on Friday | and reopen | on Monday": a
 * base form after "and" or "or" right after a time phrase [a, b), in a clause whose verb is a base form after a
 * modal, is a second verb of that modal (the tagger reads it as a noun: "cut jobs and pay" is one object), each
 * dated by its own phrase.
 */
function baseVerbAfter(words: Word[], a: number, b: number, present = false): boolean {
  const conj = words[b];
  const verb = words[b + 1];
  if (!conj || !verb || !isCoordinator(conj) || (words[b - 1]!.mark !== '' && words[b - 1]!.mark !== ',')) return false;
  const core = verb.token.core;
  // (a past form that is also the base form is read as the past: "would close stores next year and | cut | jobs")
  const baseAsPast = verb.tag === 'ved' && SAME_AS_BASE.has(core);
  if ((verb.tag !== 'noun' && !baseAsPast) || verb.possessive || !startsLower(verb.token.text)) return false;
  const suffixed = VERB_SUFFIX.test(core) && !SUFFIX_NOUNS.has(core);
  if (!suffixed && !baseAsPast && !COMMON_VERBS.has(core) && !COMMON_VERBS.has(core.replace(BASE_PREFIXES, '')))
    return false;
  const next = words[b + 2];
  const opens =
    verb.mark !== '' ||
    next === undefined ||
    COMPLEMENT_TAGS.has(next.tag) ||
    (next.tag === 'noun' && (suffixed || NUMBER_WORDS.test(next.token.core) || ADJECTIVE_LIKE.test(next.token.core)));
  if (!opens) return false;
  // the clause before the phrase: its nearest verb is a base form after a modal ("will | cut"), or with `present`,
  // one of the present after a plural subject or a name ("Rovers | host | United on Saturday and face Town")
  for (let k = a - 1; k >= 0 && a - k <= 16; k--) {
    const w = words[k]!;
    if (w.mark && !(k === a - 1 && w.mark === ',')) return false;
    // ("Talks | collapsed | on Tuesday and resume on Friday": a past of a plural subject or a name, right before it)
    if (present && w.tag === 'ved' && k > 0 && pluralOrName(words[k - 1]!) && !words[k - 1]!.mark) return true;
    if (w.tag === 'ved' || w.tag === 'ing' || w.tag === 'aux' || w.tag === 'modal' || w.tag === 'sub') return false;
    if (w.tag !== 'verb') continue;
    let m = k - 1;
    while (m >= 0 && words[m]!.tag === 'adv' && !words[m]!.mark) m--;
    const before = words[m];
    if (!before || before.mark) return false;
    if (!present) return before.tag === 'modal';
    return pluralOrName(before) && !presentS(w.token.core) && m === k - 1 && !words[m - 1]?.possessive;
  }
  return false;
}

/** A subject's last word that takes a verb's base form in the present: a name or a plural noun, no possessive. */
const pluralOrName = (w: Word) => (w.tag === 'name' || (w.tag === 'noun' && presentS(w.token.core))) && !w.possessive;

/**
 * "since | the fiscal year | began on Oct. 1": another time phrase that is a noun phrase of its own, no preposition's
 * object, right before a finite verb, is that verb's subject: no time phrase that the label leaves out.
 */
function subjectPhrase(words: Word[], a: number, b: number): boolean {
  const first = words[a]!;
  const last = words[b - 1]!;
  const verb = words[b];
  const before = words[a - 1];
  if (!verb || last.mark || first.tag !== 'det') return false;
  // only at the start of a clause: after a noun it is an adverbial ("The unrest | this week | has been"), after a
  // preposition or a verb their object ("sales in the quarter were", "spent the year")
  if (
    before &&
    !before.mark &&
    !CLAUSE_PREPOSITIONS.has(before.token.core) &&
    before.tag !== 'sub' &&
    before.tag !== 'conj' &&
    before.tag !== 'rel'
  )
    return false;
  if (verb.token.core === 'ended' || verb.token.core === 'ending') return false;
  return verb.tag === 'ved' || verb.tag === 'aux' || verb.tag === 'modal' || verb.tag === 'verb';
}

/**
 * "A week | of strikes will begin", "Two days | of talks ended": another time phrase [a, b), a length with its
 * article or number, before "of" and a noun, measures that noun; it heads a noun phrase, no time phrase that a
 * label leaves out ("Strikes will begin").
 */
function measureOfNoun(words: Word[], a: number, b: number): boolean {
  const of = words[b];
  const noun = words[b + 1];
  if (!of || !noun || of.token.core !== 'of' || of.mark || words[b - 1]!.mark) return false;
  const first = words[a]!;
  const counted = first.tag === 'det' || first.tag === 'num' || NUMBER_WORDS.test(first.token.core);
  return counted && (noun.tag === 'noun' || noun.tag === 'ing') && startsLower(noun.token.text);
}

/** Tags of the words of a noun phrase before its head ("The 2018-19 | season"). */
const NOUN_PHRASE_TAGS = new Set(['det', 'num', 'adj', 'noun', 'name']);

/**
 * "The 2018-19 season | ended | in April": "ended" (or "ending") at `k` is the verb of a subject that opens its
 * clause, with a preposition after it; not a participle that ends a period ("for the quarter ended Sept. 30").
 */
function endedIsVerb(words: Word[], k: number): boolean {
  if (words[k + 1]?.tag !== 'prep' || words[k]!.mark) return false;
  let start = k;
  while (start > 0 && !words[start - 1]!.mark && NOUN_PHRASE_TAGS.has(words[start - 1]!.tag)) start--;
  return start < k && (start === 0 || words[start - 1]!.mark !== '');
}

/** The sentence model for the phrase at [start, end) of the tagged words. */
function sentenceFor(tagged: Word[], request: LabelRequest): Sentence {
  // (lists built one way whatever the sentence, not spread: lists of other shapes met late sent sentenceFor back to
  // unoptimised code in the middle of a run of extractions)
  const spans: [number, number][] = [];
  const phraseStarts: number[] = [];
  const phraseEnds: number[] = [];
  const otherPhrases = request.otherPhrases ?? [];
  for (let k = 0; k < otherPhrases.length; k++) {
    const span = wordSpan(tagged, otherPhrases[k]!.start, otherPhrases[k]!.end);
    spans.push(span);
    phraseStarts.push(span[0]);
    phraseEnds.push(span[1]);
  }
  const ownSpan = wordSpan(tagged, request.start, request.end);
  phraseStarts.push(ownSpan[0]);
  phraseEnds.push(ownSpan[1]);
  const words = retagBeforePhrases(tagged, phraseStarts, phraseEnds);
  const [ownStart, ownEnd] = wordSpan(words, request.start, request.end);
  const others = spans.filter(
    ([a, b]) => b > a && (b <= ownStart || a >= ownEnd) && !subjectPhrase(words, a, b) && !measureOfNoun(words, a, b),
  );
  const [phraseStart, coordinatedEnd] = coordinated(words, ownStart, ownEnd, others);
  const phraseEnd = words[phraseStart]!.tag === 'det' ? periodOf(words, coordinatedEnd) : coordinatedEnd;
  let governorStart = phraseStart;
  if (request.governorStart !== undefined) {
    const g = firstEndingAfter(words, request.governorStart);
    if (g < governorStart) governorStart = g;
  }
  // ("blamed an unusually mild October for": the object is the phrase with its adjectives, and stays)
  const described = describedFrom(words, phraseStart);
  const lengthObject = request.duration === true && lengthAsObject(words, phraseStart);
  const keepPhrase =
    request.keepPhrase === true ||
    awaitedBy(words, phraseStart, phraseEnd) >= 0 ||
    premodifies(words, phraseStart, phraseEnd) ||
    repeatedAfter(words, phraseEnd) ||
    spentTime(words, phraseStart) ||
    completesNoun(words, phraseStart) ||
    lengthObject ||
    (described >= 0 && (!GOVERNORS.has(words[described - 1]?.token.core ?? '') || rankedGoal(words, described)));
  if (!keepPhrase) {
    governorStart = Math.min(governorStart, governedFrom(words, phraseStart, phraseEnd));
    governorStart -= timedModifierBefore(words, governorStart, phraseEnd);
  }
  // "for the quarter ended Sept. 30": the period the date ends belongs to the time phrase
  const ender = words[governorStart - 1];
  if (ender && (ender.token.core === 'ended' || ender.token.core === 'ending') && !ender.mark) {
    let k = governorStart - 1;
    while (
      k > 0 &&
      PERIOD_WORDS.test(words[k - 1]!.token.core) === false &&
      (words[k - 1]!.tag === 'noun' || words[k - 1]!.tag === 'num') &&
      governorStart - k < 4
    )
      k--;
    if (k > 0 && PERIOD_WORDS.test(words[k - 1]!.token.core)) {
      k--;
      while (
        k > 0 &&
        governorStart - k < 6 &&
        /^(?:the|its|their|a|fiscal|first|second|third|fourth|latest|comparable|year-earlier|year-ago|same|past|last)$/.test(
          words[k - 1]!.token.core,
        )
      )
        k--;
      if (k > 0 && GOVERNORS.has(words[k - 1]!.token.core) && !words[k - 1]!.mark) k--;
      // (not a subject that opens its clause, whose "ended" is its verb: "The 2018-19 season | ended | in April")
      if (!endedIsVerb(words, governorStart - 1)) governorStart = k;
    }
  }
  // every field set here, in one order, also when empty: the sentences of all events then share one shape, and the
  // segment functions that read them run monomorphic (fields added later made several shapes, and megamorphic reads)
  const s: Sentence = {
    words,
    phraseStart,
    phraseEnd,
    governorStart,
    groups: [],
    groupOf: new Array<number>(words.length),
    otherPhrase: others.length ? new Array<number>(words.length).fill(0) : undefined,
    otherDrop: undefined,
    keepPhrase,
    duration: request.duration,
  };
  if (s.otherPhrase) {
    // with the prepositions that govern them ("closed | in 2009 | was")
    for (const [a, b] of others)
      if (b <= phraseStart || a >= phraseEnd) {
        // "the quarter ended | Sept. 30", "the three months to | September": the date that ends the period is one
        // phrase with it
        const link = words[b]?.token.core;
        const ender =
          link === 'ended' || link === 'ending' || (link === 'to' && PERIOD_WORDS.test(words[b - 1]!.token.core));
        const end = ender && !words[b - 1]!.mark && others.some(([c]) => c === b + 1) ? b + 1 : b;
        const governed = governedFrom(words, a, b);
        const from = Math.max(governed, a >= phraseEnd ? phraseEnd : 0);
        s.otherPhrase.fill(1, from, end);
        // (whole phrases only: not one whose preposition is this phrase's)
        if (from === governed && whenOnly(words, from, a, b)) {
          // ("A band of showers | due | on Saturday | should clear by Sunday": with the word that only times it)
          const timed = from - timedModifierBefore(words, from, b);
          const start = timed >= (a >= phraseEnd ? phraseEnd : 0) ? timed : from;
          s.otherPhrase.fill(1, start, end);
          s.otherDrop ??= new Array<number>(words.length).fill(0);
          s.otherDrop.fill(1, start, end);
        }
      }
  }
  if (others.length) repeatedEvents(s, others);
  // "covers the five years | from April 2027": the date the kept length counts from only repeats the event's start
  if (lengthObject && words[phraseEnd]?.token.core === 'from' && !words[phraseEnd - 1]!.mark) {
    const counted = others.find(([a]) => a === phraseEnd + 1);
    if (counted) (s.otherDrop ??= new Array<number>(words.length).fill(0)).fill(ANOTHER_EVENT, phraseEnd, counted[1]);
  }
  findVerbGroups(s);
  return s;
}

/**
 * "The launch slipped to 2020 and then to 2022", "Sales rose in 2019 and again in 2021": two phrases of one verb, each
 * the date of its own event. The other phrase and the words that join it to this one are dropped from this one's
 * label ("The launch slipped to 2020"; "Sales rose again in 2021", whose "again" says what it is), as words of an
 * event dated elsewhere.
 */
function repeatedEvents(s: Sentence, others: [number, number][]): void {
  const { words } = s;
  for (const [a, b] of others) {
    const first = b <= s.phraseStart;
    const end = first ? b : s.phraseEnd;
    const next = first ? s.governorStart : a;
    // "and | then | (to) …", after a comma or not ("to March, and later to June")
    if (next < end + 2) continue;
    const conj = words[end]!;
    if (!(conj.token.core === 'and' || conj.token.core === 'but') || conj.mark) continue;
    if (words[end - 1]!.mark && words[end - 1]!.mark !== ',') continue;
    const adverb = words[end + 1]!;
    if (!SEQUENCE_ADVERBS.has(adverb.token.core) || adverb.mark) continue;
    // (then the phrase, with at most one preposition of its own)
    const gap = next - (end + 2);
    if (gap > 1 || (gap === 1 && !PREPOSITION_TAGS.has(words[end + 2]!.tag))) continue;
    s.otherDrop ??= new Array<number>(words.length).fill(0);
    if (first) {
      // (the other phrase's preposition too: "slipped | to 2020 | and then")
      const prep = a > 0 && PREPOSITION_TAGS.has(words[a - 1]!.tag) && !words[a - 1]!.mark ? a - 1 : a;
      s.otherDrop.fill(
        ANOTHER_EVENT,
        Math.min(prep, governedFrom(words, a, b)),
        end + (adverb.token.core === 'again' ? 1 : 2),
      );
    } else s.otherDrop.fill(ANOTHER_EVENT, end, b);
  }
}
/** In `Sentence.otherDrop`: a word of another event of the same verb, which no label of this phrase keeps. */
const ANOTHER_EVENT = 2;
/** `words` without those of another event of the same verb (repeatedEvents). */
function ownEventWords(s: Sentence, words: number[]): number[] {
  const drop = s.otherDrop;
  // (a new list only when there is a word to leave out: most sentences have none)
  if (!drop || !words.some((k) => drop[k] === ANOTHER_EVENT)) return words;
  return words.filter((k) => drop[k] !== ANOTHER_EVENT);
}

/** `s` read as a sentence without a time phrase, in the shape sentenceFor gives (what a spread copy would give). */
function withoutPhrase(s: Sentence): Sentence {
  return {
    words: s.words,
    phraseStart: -1,
    phraseEnd: -1,
    governorStart: -1,
    groups: s.groups,
    groupOf: s.groupOf,
    otherPhrase: s.otherPhrase,
    otherDrop: s.otherDrop,
    keepPhrase: s.keepPhrase,
    duration: s.duration,
  };
}

/** Deictic words that open a time phrase of their own ("this morning", "last week", "next Tuesday"). */
const DEICTIC = /^(?:this|last|next|yesterday|today|tonight|tomorrow)$/;

/**
 * "Police closed the road | this morning | after the blast | at 7:10 a.m.": another time phrase at [a, b) (with its
 * prepositions from `from`) that only says when, and that another event's label drops, not this one's: one opened by a
 * preposition of time, or a deictic phrase; not an amount ("to eight years"), nor a phrase that describes a noun.
 */
function whenOnly(words: Word[], from: number, a: number, b: number): boolean {
  const last = words[b - 1]!;
  if (premodifies(words, a, b) || last.possessive || spentTime(words, a)) return false;
  // (not one of two coordinated phrases, "on Monday and | Tuesday nights", nor a period's end, "ended | Sept. 30")
  // (nor a part of a period, "at this time | of year")
  const before = words[from - 1];
  const after = words[b]?.mark ? '' : (words[b]?.token.core ?? '');
  // ("on Tuesday night and | host the leaders": "and" before a verb joins two predicates, not two phrases)
  const joined = words[b + 1];
  const coordinatedPhrase =
    isCoordinator(words[b]) &&
    joined !== undefined &&
    (joined.tag === 'num' ||
      joined.tag === 'prep' ||
      MONTH_AND_DAY_NAMES.has(joined.token.core) ||
      DEICTIC.test(joined.token.core) ||
      /^(?:early|late|mid)/.test(joined.token.core));
  if (
    coordinatedPhrase ||
    /^(?:ended|ending|of)$/.test(after) ||
    (before &&
      (isCoordinator(before) || (/^(?:ended|ending)$/.test(before.token.core) && !endedIsVerb(words, from - 1))))
  )
    return false;
  const first = words[from]!;
  // ("died | at 93 years and 120 days": "at" a length is an age, which says more than when)
  if (first.token.core === 'at' && UNITS.test(last.token.core)) return false;
  if (from < a) return first.tag === 'prep' && WHEN_PREPOSITIONS.has(first.token.core) && from + 1 === a;
  // ("this week", "last month"; not a name, "Entertainment Tonight", nor after a preposition left behind)
  const deictic = words[a]!;
  return (
    DEICTIC.test(deictic.token.core) &&
    (a === 0 || startsLower(deictic.token.text)) &&
    (before === undefined || before.tag !== 'prep' || before.mark !== '')
  );
}

/** Prepositions that say when ("on Tuesday night", "at 7:10 a.m.", "in 1964"). */
const WHEN_PREPOSITIONS = new Set(['on', 'at', 'in', 'during']);

/** "a week after a halt to shipments": the event the phrase counts from names the event. */
function anchoredLabel(s: Sentence, request: LabelRequest): EventLabel | null {
  // (read with the two characters after the phrase: "the day before last Tuesday's hearing" names an event; the
  // word after which the event is named is then the phrase's own, as a space and a word follow it)
  const tail = request.sentence.slice(request.end, request.end + 2);
  const anchored =
    request.phrase && ANCHOR_WORD.test(request.phrase) ? ANCHORED_PHRASE.exec(request.phrase + tail) : null;
  const after = request.duration ? ANCHOR_AFTER.exec(request.sentence.slice(request.end, request.end + 20)) : null;
  if (!anchored && !after) return null;
  // "Four years after his death | she closed the practice": a length that opens the sentence dates its main clause, as
  // the timex engine reads it, counted from an event the story told before
  if (after && !anchored && openingLength(s)) return null;
  const anchorOffset = anchored ? request.end + tail.length - anchored[1]!.length : request.end + after![0].length;
  const from = s.words.findIndex((w) => w.token.start >= anchorOffset);
  if (from < 0) return null;
  // after a length, a noun phrase with its determiner ("a week after | the vote") or a clause ("a year after | sales
  // of its last model | slumped"); not a time ("a week after | Christmas")
  if (!anchored && !ANCHOR_DETERMINER.test(s.words[from]!.token.core) && !clauseFrom(s, from)) return null;
  const end = clauseEnd(withoutPhrase(s), from, -1);
  const words: number[] = [];
  for (let k = from; k < end; k++) if (s.words[k]!.tag !== 'punct') words.push(k);
  let chosen = trimEdges(s, shorten(s, { kind: 'noun', words, keep: [], subjectLength: 0, why: '' }));
  // "waited a week after the vote" is no event counted from the vote: too short to name one; but after a clause's
  // comma the length only places what it counts from, which a determiner and its noun name ("was arrested in January,
  // | three months after the audit")
  const named = countWords(s, chosen) === 2 && !anchored && afterClauseComma(s) && s.words[from]!.tag === 'det';
  if (countWords(s, chosen) < 3 && !named) return null;
  // "Before the phone launches": a short event keeps the word that relates it (a clause: a noun phrase with its
  // determiner names its event alone, "a week before | its half-year results")
  if (
    countWords(s, chosen) < MIN_LABEL_WORDS &&
    !named &&
    from > 0 &&
    !(ANCHOR_DETERMINER.test(s.words[from]!.token.core) && !clauseFrom(s, from)) &&
    /^(?:after|before|following)$/.test(s.words[from - 1]!.token.core)
  ) {
    chosen = [from - 1, ...chosen];
  }
  return {
    label: renderWords(s, chosen),
    why: `“${request.phrase ?? ''}” counts from the event after “${anchored ? 'after' : after![0].trim().split(/\s+/)[0]}”`,
    background: false,
    kind: 'anchor',
    tense: null,
    anchor: s.words[from]!.token.start,
  };
}

/** Words that may come before a length that opens a sentence: "Nearly | four years after …". */
const LENGTH_OPENERS = new Set(['nearly', 'almost', 'about', 'some', 'barely', 'just', 'roughly', 'exactly', 'only']);

/** The time phrase opens the sentence, after at most a word that hedges it ("Nearly four years after …"). */
function openingLength(s: Sentence): boolean {
  const first = s.governorStart;
  return first === 0 || (first === 1 && LENGTH_OPENERS.has(s.words[0]!.token.core));
}

/** A comma closes the clause right before the time phrase: "was arrested in January 2021, | three months after". */
function afterClauseComma(s: Sentence): boolean {
  const before = s.words[s.governorStart - 1];
  return (
    before !== undefined && before.mark === ',' && s.groups.some((g) => g.kind === 'finite' && g.end < s.governorStart)
  );
}

/** Tags of the words of a clause's subject before its verb: "sales | of its last model". */
const SUBJECT_TAGS = new Set(['det', 'noun', 'name', 'num', 'pron']);

/**
 * A clause opens at word `from`: a subject of at most eight words (with its "of" phrases), no mark inside, then a
 * finite verb ("sales of its last model | slumped", "Smith | resigned"); not another time phrase.
 */
function clauseFrom(s: Sentence, from: number): boolean {
  for (let k = from; k < s.words.length && k - from <= 8; k++) {
    const w = s.words[k]!;
    if (s.otherPhrase?.[k] === 1 || inPhrase(s, k)) return false;
    if (k > from && isFiniteStart(s, k)) return true;
    if (w.mark || !(SUBJECT_TAGS.has(w.tag) || (k > from && w.token.core === 'of'))) return false;
  }
  return false;
}

/** The label of the event dated by the time phrase in `request.sentence`, with why and whether it is background. */
export function describeEvent(request: LabelRequest, words: Word[]): EventLabel {
  if (!words.length) {
    return {
      label: '',
      why: 'no words around the phrase',
      background: false,
      kind: 'sentence',
      tense: null,
      anchor: -1,
    };
  }
  const sinceClause = frontedSinceClause(words, request);
  // (the phrase is then the clause's own, without the "since")
  const s = sentenceFor(words, sinceClause ? { ...request, governorStart: undefined } : request);
  const anchored = anchoredLabel(s, request);
  if (anchored) return anchored;
  const own = request.phrase ?? request.sentence.slice(request.start, request.end);
  // "the late 1980s and early 1990s": the why names the whole coordination, not one half
  const firstToken = s.words[s.phraseStart]!.token;
  const lastToken = s.words[s.phraseEnd - 1]!.token;
  const phrase =
    firstToken.start < request.start || lastToken.end > request.end
      ? withoutClosingMarks(request.sentence.slice(firstToken.start, lastToken.end))
      : own;
  const choice = chooseClause(s, phrase);
  // a label is words of the sentence in the sentence's order (the choice is made for this call: changed in place,
  // since copying choices of many shapes costs more than all the rest of this function)
  choice.words = ownEventWords(s, inOrder(choice.words));
  let chosen = shorten(s, choice);
  // "The final concert of the tour was in February": a "be" whose only complement is the time phrase keeps it
  const head = choice.group?.head ?? -1;
  const end = chosen[chosen.length - 1];
  // (after the verb, a particle or a preposition the phrase has not taken: "dating | to | 1998", "going | back to")
  const particle = (k: number) => ['to', 'prep', 'adv'].includes(s.words[k]!.tag) && !s.words[k]!.mark;
  const link =
    choice.group?.kind === 'gerund' &&
    end !== undefined &&
    end > head &&
    end - head <= 2 &&
    particle(end) &&
    particle(head + 1);
  if (
    head >= 0 &&
    (end === head || link) &&
    s.governorStart === end! + 1 &&
    // ("… dating to 1998", "… going back to the 1850s": an "-ing" phrase ending in its time phrase too; "a second
    // employee, charged on Monday,": and a participle with nothing after it)
    (BE.test(s.words[head]!.token.core) || choice.group?.kind === 'gerund' || choice.group?.kind === 'participle') &&
    !s.words[head]!.mark &&
    // (a label too short otherwise is repaired below, from the clause's edges; with the phrase it is label enough
    // before another clause: "The recital is on Wednesday | and the choir …" is no whole sentence)
    countWords(s, chosen) + (newClauseAfter(s) ? s.phraseEnd - s.governorStart : 0) >= MIN_LABEL_WORDS &&
    countWords(s, chosen) + s.phraseEnd - s.governorStart <= MAX_LABEL_WORDS
  )
    chosen.push(...shownPhraseWords(s, s.governorStart));
  chosen = trimEdges(s, withoutLeadingStamp(s, chosen));
  if (
    countWords(s, chosen) < (fullClause(s, choice, chosen) ? SHORT_CLAUSE_WORDS : (choice.fewest ?? MIN_LABEL_WORDS))
  ) {
    chosen = trimEdges(s, shorten(s, { ...choice, words: ownEventWords(s, repairShort(s, chosen)), subjectLength: 0 }));
  }
  chosen = withSinceClause(s, chosen);
  // "bonds due 2031", "a dividend payable Nov. 15": a "due" date is what the label says
  const due = s.governorStart - 1;
  const last = chosen[chosen.length - 1];
  if (due > 0 && DUE_WORDS.has(s.words[due]!.token.core) && last !== undefined && (last === due || last === due - 1)) {
    chosen = [...chosen.filter((k) => k < due), due, ...shownPhraseWords(s, s.governorStart)];
    // within bounds: the words before "due" give way first, from the front
    while (countWords(s, chosen) > MAX_LABEL_WORDS) chosen.shift();
  }
  chosen = inOrder(chosen);
  const described: EventLabel = {
    label: renderWords(s, chosen, choice.commaBefore),
    why: `${choice.why}.`,
    background: choice.kind === 'background',
    kind: choice.kind,
    tense: tenseOf(s, choice.group),
    anchor: choice.keep.length ? s.words[choice.keep[0]!]!.token.start : -1,
  };
  if (sinceClause) described.sinceClause = true;
  return described;
}

/** Words after a noun that give the date it falls due on: "bonds due 2031", "a dividend payable Nov. 15". */
const DUE_WORDS = new Set(['due', 'payable']);

/** "The recital is on Wednesday | and the choir will sing": "and" or "but" after the phrase opens a clause of its own. */
function newClauseAfter(s: Sentence): boolean {
  const after = s.words[s.phraseEnd];
  if (!after || (after.token.core !== 'and' && after.token.core !== 'but')) return false;
  // ("and then we fly home": over an adverb)
  const next = s.words[s.phraseEnd + 1];
  const subject = next?.tag === 'adv' && !next.mark ? s.words[s.phraseEnd + 2] : next;
  return subject !== undefined && (subject.tag === 'det' || subject.tag === 'pron') && opensClause(s, s.phraseEnd);
}

/**
 * "Since KKR bought RJR | in February, it has agreed …": the "since" the request names opens the sentence, and a
 * subject and a verb follow it before the phrase. The phrase dates that verb; the main clause happened within the
 * stretch, at no time the phrase says.
 */
function frontedSinceClause(words: Word[], request: LabelRequest): boolean {
  if (request.governorStart === undefined) return false;
  const since = firstEndingAfter(words, request.governorStart);
  if (words[since]?.token.core !== 'since' || words[since]!.mark) return false;
  for (let k = 0; k < since; k++) if (words[k]!.tag !== 'punct') return false;
  const phraseStart = firstEndingAfter(words, request.start);
  for (let k = since + 2; k < phraseStart; k++) {
    const tag = words[k]!.tag;
    if (tag === 'ved' || tag === 'verb' || tag === 'aux' || tag === 'modal') return true;
  }
  return false;
}

/** A clock time as a live report stamps its entries: "09:40", "9.40", "14:05". */
const CLOCK_STAMP = /^\d{1,2}[:.]\d{2}$/;

/**
 * "09:40 Gusts of 80mph were recorded … just after 8am": another phrase, a clock time alone, opening the line before
 * the subject is a live report's stamp, no word of the subject. `chosen` without it.
 */
function withoutLeadingStamp(s: Sentence, chosen: number[]): number[] {
  if (chosen[0] !== 0 || s.otherPhrase?.[0] !== 1 || s.otherPhrase[1] === 1) return chosen;
  const stamp = s.words[0]!;
  const next = s.words[1];
  if (stamp.mark || !next || !CLOCK_STAMP.test(stamp.token.core) || startsLower(next.token.text)) return chosen;
  return chosen.slice(1);
}

/** Most words of a "since" clause added to a label ("since he was found"). */
const SINCE_CLAUSE_WORDS = 6;

/**
 * "Elian has been the focus of a custody battle | since he was found | off the coast on Nov. 25": the phrase ends a
 * clause after "since" that says what the stretch counts from; a label of the clause before it gets the "since"
 * clause's subject and verb (up to its first phrase) when they fit, in place of nothing. `chosen` is in order.
 */
function withSinceClause(s: Sentence, chosen: number[]): number[] {
  const since = s.governorStart;
  const last = chosen[chosen.length - 1];
  if (last === undefined || last >= since || s.words[since]!.token.core !== 'since' || since + 2 >= s.phraseStart)
    return chosen;
  // (the clause is inside the phrase's span, which has no verb groups: its verb by its tag)
  const isVerb = (w: Word) => w.tag === 'ved' || w.tag === 'verb' || w.tag === 'aux' || w.tag === 'modal';
  let verb = since + 1;
  while (verb < s.phraseStart && !isVerb(s.words[verb]!)) {
    const w = s.words[verb]!;
    if (w.mark || !(SUBJECT_TAGS.has(w.tag) || w.tag === 'pron') || verb - since > 4) return chosen;
    verb++;
  }
  if (verb === since + 1 || verb >= s.phraseStart) return chosen;
  // the verb group and its object, up to a mark, a preposition or the phrase
  let end = verb;
  while (end < s.phraseStart && end - since < SINCE_CLAUSE_WORDS) {
    const w = s.words[end]!;
    if (end > verb && (w.tag === 'prep' || w.tag === 'to' || w.tag === 'sub' || w.tag === 'rel' || w.tag === 'conj'))
      break;
    end++;
    if (w.mark) break;
  }
  const next = s.words[end]!;
  // (the object whole: "since they obtained a warrant | for him", not "since they obtained a")
  if (end < s.phraseStart && !(next.tag === 'prep' || next.tag === 'to' || s.words[end - 1]!.mark)) return chosen;
  const added: number[] = [];
  for (let k = since; k < end; k++) added.push(k);
  const out = [...chosen, ...added];
  return countWords(s, out) <= MAX_LABEL_WORDS ? out : chosen;
}

/** Words of a label that is a whole clause, a subject and its verb: enough without its time phrase ("The plant closed"). */
const SHORT_CLAUSE_WORDS = 3;

/**
 * The chosen words are a whole clause: the verb the choice is built on (a finite one) and a subject before it.
 * Its time phrase, put back, would only say again what the timeline shows ("The plant closed on March 3, 2009").
 */
function fullClause(s: Sentence, choice: Choice, chosen: readonly number[]): boolean {
  const g = choice.group;
  if (choice.kind !== 'clause' || !g || g.kind !== 'finite') return false;
  // ("City host Albion": a fixture, its subject and its object named; "host United on Saturday and | City": the
  // object after "and" in place of the first)
  const last = chosen[chosen.length - 1]!;
  const objectNext = last === g.head + 1 || chosen[chosen.length - 2] === g.head;
  if (FIXTURE_VERBS.has(s.words[g.head]!.token.core) && objectNext && s.words[last]!.tag === 'name')
    return chosen[0]! < g.start;
  const head = s.words[g.head]!;
  const core = head.token.core;
  // ("Prices were lower", "The roads were quiet": a "be" and the one word that says how things were, a whole clause)
  const complement = s.words[last]!;
  const said =
    last === g.head + 1 &&
    g.start === g.head &&
    BE_PAST_OR_PRESENT.test(core) &&
    complement.tag === 'noun' &&
    startsLower(complement.token.text) &&
    !s.words[g.head]!.mark;
  if (chosen[chosen.length - 1] !== g.head && !said) return false;
  if (head.report || chosen[0]! >= g.start) return false;
  // (a phrase that bounds the event says more than its date: "runs through 2009", "should arrive by the end of May")
  if (BOUNDING.has(s.words[s.governorStart]!.token.core) || rangeOfTwo(s)) return false;
  // (a subject of its own: not the time phrase, "Sunday was chosen because …"; after "and", the one the first verb
  // shares: "The show opens on March 3 and | closes")
  const gapped = isCoordinator(s.words[g.start - 1]) ? chosen.filter((k) => k < g.start - 1).pop() : undefined;
  const subject = s.words[gapped ?? g.start - 1];
  if (!subject || !endsNounPhrase(subject) || subject.mark || isTimeWord(s, g.start - 1)) return false;
  if (said) return true;
  // ("The concerts start", "The show opens": what is set for a time, in the present)
  if (head.tag === 'verb') return SCHEDULED_VERBS.has(core) || SCHEDULED_VERBS.has(core.slice(0, -1));
  if (head.tag !== 'ved') return false;
  // a verb that needs no object: a passive ("was arrested"), or one that news uses without one ("died", "fell")
  return beBeforeHead(s, g) || NEVER_PASSIVE.has(core) || NO_OBJECT.has(core);
}

/**
 * "ran Oct. 8 - Oct. 12", "runs Dec. 8 through Dec. 12", "runs Dec. 8-12": the phrase is a range of two dates with no
 * "from", which bounds the event as "from … to …" does.
 */
function rangeOfTwo(s: Sentence): boolean {
  for (let k = s.phraseStart; k < s.phraseEnd; k++) {
    const inside = k > s.phraseStart && k < s.phraseEnd - 1;
    if (inside && (rangeDash(s, k) || RANGE_JOINERS.has(s.words[k]!.token.core))) return true;
    if (DAY_RANGE.test(s.words[k]!.token.core)) return true;
  }
  return false;
}

/** Words that join the two ends of a range inside one time phrase. */
const RANGE_JOINERS = new Set('to through thru until till'.split(' '));
/** Two days of a month in one word: "8-12", "3rd–5th" (not a date in figures, "2019-03-22"). */
const DAY_RANGE = /^\d{1,2}(?:st|nd|rd|th)?[-–]\d{1,2}(?:st|nd|rd|th)?$/;

/** Prepositions of a time phrase that bound an event rather than date it. */
const BOUNDING = new Set('by through until till til from since before after within throughout between'.split(' '));

/** Past forms that news uses without an object: changes and ends ("Shares fell", "The talks ended"). */
const NO_OBJECT = new Set(
  'fell rose plunged soared slumped tumbled surged jumped dropped began ended started closed opened collapsed crashed exploded erupted sank struck'.split(
    ' ',
  ),
);

/** `text` without the marks that end it (`/[,;:.!?”’"»)\]]+$/u`), by character code. */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && isClosingOrStop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** , ; : . ! ? ” ’ " » ) ] */
function isClosingOrStop(code: number): boolean {
  switch (code) {
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x201d:
    case 0x2019:
    case 0x22:
    case 0xbb:
    case 0x29:
    case 0x5d:
      return true;
    default:
      return false;
  }
}

/** Word indices once each, in the sentence's order. */
function inOrder(words: readonly number[]): number[] {
  let sorted = true;
  for (let i = 1; i < words.length; i++) if (words[i]! <= words[i - 1]!) sorted = false;
  return sorted ? [...words] : [...new Set(words)].sort((a, b) => a - b);
}

/** A short label for the event dated by the time phrase in `request.sentence`. */
export function makeLabel(request: LabelRequest): string {
  return describeEvent(request, tagWords(tokenize(request.sentence))).label;
}
