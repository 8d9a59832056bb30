/**
 * Event labels: who did what, in 4–14 words of the sentence, for the event a time phrase dates.
 *
 * A small clause model, no parser: each word gets a coarse part of speech (`tags.ts`, from the word
 * lists of `lexicon.ts`); verbs are grouped and clause edges found (`segments.ts`); `choose.ts` decides
 * what the phrase dates: a clause (`clause.ts`, with its subject from `subject.ts`), a statement
 * (`statement.ts`) or a noun (`noun-events.ts`); the words are then shortened and written out
 * (`render.ts`), and a label too short to read is repaired (`repair.ts`).
 */
import { tokenize, type Token } from '../words.js';
import { chooseClause } from './choose.js';
import { tenseOf, type ChoiceKind, type Tense } from './clause.js';
import { countWords, MAX_LABEL_WORDS, MIN_LABEL_WORDS, renderWords, shorten, trimEdges } from './render.js';
import { repairShort } from './repair.js';
import { clauseEnd, findVerbGroups, type Sentence } from './segments.js';
import { tagWords, type Word } from './tags.js';

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
}

export type { Tense } from './clause.js';

/** Prepositions and modifiers that belong to a time phrase before it ("on Monday", "as of Friday", "early in 2016"). */
const GOVERNORS = new Set(
  'on in at during since from by until till through throughout over for of as around about early late earlier later sometime before after within'.split(
    ' ',
  ),
);
/** Periods that "ended"/"ending" dates close ("the quarter ended Sept. 30", "the six months ending June 30"). */
const PERIOD_WORDS = /^(?:quarter|quarters|year|years|month|months|half|period|week|weeks|season|term)$/;
const ANCHORED_PHRASE = /\b(?:after|before|following)\s+(\S.*)$/is;
const ANCHOR_AFTER = /^\s+(?:after|before|following)\s+(?=(?:a|an|the|its|his|her|their|this|that)\s)/i;

/** Tags the words of a sentence once; each event of the sentence reads them. */
export function tagSentence(tokens: readonly Token[]): Word[] {
  return tagWords(tokens);
}

/** The sentence model for the phrase at [start, end) of the tagged words. */
function sentenceFor(words: Word[], request: LabelRequest): Sentence {
  const { start, end } = request;
  let phraseStart = words.findIndex((w) => w.token.end > start);
  if (phraseStart < 0) phraseStart = words.length;
  let phraseEnd = phraseStart;
  while (phraseEnd < words.length && words[phraseEnd]!.token.start < end) phraseEnd++;
  let governorStart = phraseStart;
  if (request.governorStart !== undefined) {
    const g = words.findIndex((w) => w.token.end > request.governorStart!);
    if (g >= 0 && g < governorStart) governorStart = g;
  }
  while (
    governorStart > 0 &&
    phraseStart - governorStart < 2 &&
    GOVERNORS.has(words[governorStart - 1]!.token.core) &&
    !words[governorStart - 1]!.mark &&
    (governorStart === 1 || /^\p{Ll}/u.test(words[governorStart - 1]!.token.text))
  ) {
    governorStart--;
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
      governorStart = k;
    }
  }
  const s: Sentence = {
    words,
    phraseStart,
    phraseEnd,
    governorStart,
    groups: [],
    groupOf: new Int16Array(words.length),
  };
  findVerbGroups(s);
  return s;
}

/** "a week after a halt to shipments": the event the phrase counts from names the event. */
function anchoredLabel(s: Sentence, request: LabelRequest): EventLabel | null {
  const anchored = request.phrase ? ANCHORED_PHRASE.exec(request.phrase) : null;
  const after = request.duration ? ANCHOR_AFTER.exec(request.sentence.slice(request.end, request.end + 20)) : null;
  if (!anchored && !after) return null;
  const anchorOffset = anchored ? request.end - anchored[1]!.length : request.end + after![0].length;
  const from = s.words.findIndex((w) => w.token.start >= anchorOffset);
  if (from < 0) return null;
  const end = clauseEnd({ ...s, governorStart: -1, phraseStart: -1, phraseEnd: -1 }, from, -1);
  const words: number[] = [];
  for (let k = from; k < end; k++) if (s.words[k]!.tag !== 'punct') words.push(k);
  let chosen = trimEdges(s, shorten(s, { kind: 'noun', words, keep: [], subjectLength: 0, why: '' }));
  // "waited a week after the vote" is no event counted from the vote: too short to name one
  if (countWords(s, chosen) < 3) return null;
  // "Before the phone launches": a short event keeps the word that relates it
  if (
    countWords(s, chosen) < MIN_LABEL_WORDS &&
    from > 0 &&
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
  const s = sentenceFor(words, request);
  const anchored = anchoredLabel(s, request);
  if (anchored) return anchored;
  const phrase = request.phrase ?? request.sentence.slice(request.start, request.end);
  const choice = chooseClause(s, phrase);
  let chosen = trimEdges(s, shorten(s, choice));
  if (countWords(s, chosen) < MIN_LABEL_WORDS) {
    chosen = trimEdges(s, shorten(s, { ...choice, words: repairShort(s, chosen), subjectLength: 0 }));
  }
  // "bonds due 2031": a "due" date is what the label says
  const due = s.governorStart - 1;
  const last = chosen[chosen.length - 1];
  if (due > 0 && s.words[due]!.token.core === 'due' && last !== undefined && (last === due || last === due - 1)) {
    chosen = [...chosen.filter((k) => k < due), due];
    for (let k = s.governorStart; k < s.phraseEnd; k++) chosen.push(k);
    // within bounds: the words before "due" give way first, from the front
    while (countWords(s, chosen) > MAX_LABEL_WORDS) chosen.shift();
  }
  return {
    label: renderWords(s, chosen),
    why: `${choice.why}.`,
    background: choice.kind === 'background',
    kind: choice.kind,
    tense: tenseOf(s, choice.group),
    anchor: choice.keep.length ? s.words[choice.keep[0]!]!.token.start : -1,
  };
}

/** A short label for the event dated by the time phrase in `request.sentence`. */
export function makeLabel(request: LabelRequest): string {
  return describeEvent(request, tagWords(tokenize(request.sentence))).label;
}
