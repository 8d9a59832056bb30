/**
 * What the same-happening test reads of a mention: its time, the names and content words of its
 * sentence, and its action (the stems of its verbs). No parser: verbs are told by their form (past
 * tenses, "-ing" after an auxiliary, a bare verb after "will" or "to"), and a word counts as an action
 * in a story when one of its articles uses it as a verb somewhere ("the arrest" after "was arrested").
 */
import { ATTRIBUTION_VERBS, DETERMINERS, FUNCTION_WORDS, MONTH_AND_DAY_NAMES, tokenize } from '../words.js';
import { isIrregularPast, stem as stemOf } from './lemma.js';
import { actionKey } from './synonyms.js';
import { whenOf, type When } from './time.js';
import type { StoryMention } from './types.js';

/** A word's key: its stem, with words for one kind of happening made one ("died", "death"). */
export const wordKey = (word: string) => actionKey(stemOf(word));

/** What the test reads of a mention. */
export interface MentionReading {
  /** Index of the article in the story. */
  article: number;
  /** Start of the sentence in the article. */
  sentence: number;
  when: When;
  /** The TIMEX3 value of its time phrase. */
  value: string;
  /** Keys of the names in the sentence, word by word ("Tara Reid" gives "tara" and "reid"). */
  names: Set<string>;
  /** Keys of the content words of the sentence, names included, the time phrase left out. */
  words: Set<string>;
  /** Its words that the story uses as verbs: what happened. */
  actions: Set<string>;
  /** Keys of the verbs of its label: the action of the clause the time phrase dates. */
  labelActions: Set<string>;
  /**
   * Where another mention's label verb is looked for: the sentence's words, or only the label's when the
   * sentence dates other things too ("who shot to fame in 1999, checked in last week").
   */
  clauseWords: Set<string>;
  /** The sentence tells of a repeat: "again", "continued to", "another". */
  repeated: boolean;
  /**
   * Never merged: a background date describes a thing, not a happening ("the 1930s steel span"), and
   * an ongoing "since 2013" dates the start of a state that takes in everything after it.
   */
  apart: boolean;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words that say when, not what: a shared "week" or "morning" says nothing of the happening. */
const TIME_WORDS =
  /*#__PURE__*/ set(`today yesterday tomorrow tonight morning afternoon evening night week weekend month year
  day days weeks months years hour hours minute minutes time ago earlier later last next early late recent recently
  now current currently previous past future midnight noon dawn am pm a.m. p.m. season quarter decade century`);

/** Words too common in news to tell one happening from another. */
const GENERIC_WORDS =
  /*#__PURE__*/ set(`mr mrs ms new first second third one two three four five people man woman men women
  percent per cent report reports reported official officials statement news media also just like get got make
  made take took back well even still according source sources told tell telling say says saying said including
  include includes around several many much`);

/** Keys of the verbs that report, not happen: they make no action by themselves. Built on first use. */
let reporting: Set<string> | undefined;
const isReporting = (key: string) => (reporting ??= new Set([...ATTRIBUTION_VERBS].map(wordKey))).has(key);
/** Auxiliaries and the like: never the action. */
const AUXILIARIES =
  /*#__PURE__*/ set(`be is are was were been being am have has had having do does did will would shall should
  can could may might must ought get gets got`);
/** After these a bare verb follows: "will host", "to host", "could face". */
const BEFORE_BARE_VERB = /*#__PURE__*/ set(`will would shall should can could may might must to did does do 'll`);

/** Words that tell of a happening that repeats an earlier one: it is not that one. */
const REPEAT = /\b(?:again|anew|another|continu(?:e|es|ed|ing)\s+to|once more|for a second)\b/i;

const isStopWord = (core: string) =>
  FUNCTION_WORDS.has(core) || TIME_WORDS.has(core) || GENERIC_WORDS.has(core) || MONTH_AND_DAY_NAMES.has(core);

/** A token worth comparing: letters (digits allowed), not a stop word, at least three characters or a number. */
function isContent(core: string): boolean {
  if (!/\p{L}|\d/u.test(core)) return false;
  if (/^\d{4}$/.test(core)) return false; // years belong to the time, which is compared apart
  return (core.length >= 3 || /^\d+$/.test(core)) && !isStopWord(core);
}

/** Keys of the verbs of a text: past forms, "-ing" forms after an auxiliary, bare verbs after "will", "to", … */
export function verbsOf(text: string): Set<string> {
  const verbs = new Set<string>();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const core = t.core;
    // a capitalised word is a name or opens a sentence: its form says too little
    if (!core || /^\P{L}*\p{Lu}/u.test(t.text) || AUXILIARIES.has(core) || FUNCTION_WORDS.has(core)) continue;
    const previous = tokens[i - 1]?.core ?? '';
    if (DETERMINERS.has(previous)) continue; // "his left knee", "the injured man": no verb
    const verbLike =
      isIrregularPast(core) ||
      (core.length > 4 && core.endsWith('ed')) ||
      (core.length > 5 && core.endsWith('ing') && AUXILIARIES.has(previous)) ||
      BEFORE_BARE_VERB.has(previous);
    if (!verbLike) continue;
    const key = wordKey(core);
    if (!isReporting(key)) verbs.add(key);
  }
  return verbs;
}

/** Keys of the content words of a text, leaving out the span [skipStart, skipEnd). */
function contentWords(text: string, skipStart = -1, skipEnd = -1): Set<string> {
  const words = new Set<string>();
  for (const t of tokenize(text)) {
    if (t.end > skipStart && t.start < skipEnd) continue;
    if (isContent(t.core)) words.add(wordKey(t.core));
  }
  return words;
}

export interface ReadingContext {
  /** Index of the mention's article in the story. */
  article: number;
  /** People, places and organisations of the mention's sentence. */
  actors: string[];
  /** Keys of the words the story's articles use as verbs (verbsOf of their texts). */
  storyVerbs: Set<string>;
  /** The sentence holds other mentions (it dates other things too). */
  crowded: boolean;
}

export function readMention(m: StoryMention, context: ReadingContext): MentionReading {
  const names = new Set<string>();
  for (const actor of context.actors) {
    for (const part of actor.split(/[\s-]+/)) {
      const core = part.toLowerCase().replace(/[’']s$/u, '');
      if (core.length >= 2 && !FUNCTION_WORDS.has(core)) names.add(wordKey(core));
    }
  }
  const words = contentWords(m.sentence, m.timex.start - m.start, m.timex.end - m.start);
  return {
    article: context.article,
    sentence: m.start,
    when: whenOf(m),
    value: m.timex.value,
    names,
    words,
    actions: new Set([...words].filter((w) => context.storyVerbs.has(w))),
    labelActions: verbsOf(m.label),
    clauseWords: context.crowded ? contentWords(m.label) : words,
    repeated: REPEAT.test(m.sentence),
    apart: m.background === true || m.ongoing === true,
  };
}
