/**
 * "The same happening": whether two mentions in different articles report one thing that happened.
 * Their times must fit (time.ts), and they must say the same action on the same participants:
 * - participants: the names of their sentences (actors, compared word by word: "Reid" is "Tara Reid"),
 * - the action: the stems of the verbs of their labels (the trigger: "arrested" and "arrest"),
 * - what the clause is about: the stems of the sentence's content words.
 * Rules of our own; precision first: a wrong merge misleads a reader more than a missed one.
 */
import { ATTRIBUTION_VERBS, FUNCTION_WORDS, MONTH_AND_DAY_NAMES, tokenize } from '../words.js';
import { stem } from './lemma.js';
import { relateTimes, timeEvidence, whenOf, type TimeRelation, type When } from './time.js';
import type { StoryMention } from './types.js';

/** What the test reads of a mention. */
export interface MentionReading {
  /** Index of the article in the story. */
  article: number;
  when: When;
  /** Stems of the names in the sentence, word by word. */
  names: Set<string>;
  /** Stems of the content words of the sentence, names included, the time phrase left out. */
  words: Set<string>;
  /** Stems of the verbs of the label: the action. */
  actions: Set<string>;
  /**
   * Never merged: a background date describes a thing, not a happening ("the 1930s steel span"), and
   * an ongoing "since 2013" dates the start of a state that takes in everything after it.
   */
  apart: boolean;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words that say when, not what: a shared "week" or "morning" says nothing of the happening. */
const TIME_WORDS = set(`today yesterday tomorrow tonight morning afternoon evening night week weekend month year
  day days weeks months years hour hours minute minutes time ago earlier later last next early late recent recently
  now current currently previous past future midnight noon dawn am pm a.m. p.m. season quarter decade century`);

/** Words too common in news to tell one happening from another. */
const GENERIC_WORDS = set(`mr mrs ms new first second third one two three four five people man woman men women
  year percent per cent report reports reported official officials statement news media also would could should
  may might must will shall can just like get got make made take took back well even still according source
  sources told tell telling say says saying said including include includes around several many much first`);

/** Verbs that report, not happen: they make no action by themselves. */
const REPORTING = new Set([...ATTRIBUTION_VERBS].map(stem));
/** Auxiliaries and the like: never the action. */
const AUXILIARIES = set(`be is are was were been being am have has had having do does did will would shall should
  can could may might must ought get gets got`);
/** After these a bare verb follows: "will host", "to host", "could face". */
const BEFORE_BARE_VERB = set(`will would shall should can could may might must to did does do 'll`);
/** Past forms the stemmer knows as irregular: "went", "struck". */
const IRREGULAR_FORMS = set(`arose ate awoke became began bent bit bled blew bore bought bound bred broke brought
  built burnt caught chose came crept dealt drew dove drank drove dug fed fell felt fled flew fought found forbade
  forgave forgot froze gave got went grew held hid hit hung hurt kept knelt knew laid led leapt left lent lit lost
  made meant met paid quit ran rang rode rose sang sank sat saw sought sold sent set shook shone shot showed shut
  slew slept slid spoke sped spent spun spat split spread sprang stole stood stuck stung struck strove swore swept
  swam swung took taught tore told thought threw thrust understood undertook underwent upheld woke wore wove wept
  won wound withdrew wrote begun broken chosen done drawn driven eaten fallen flown forgotten given gone grown
  hidden known ridden risen seen shaken shown spoken stolen taken thrown torn worn written`);

const isStopWord = (core: string) =>
  FUNCTION_WORDS.has(core) || TIME_WORDS.has(core) || GENERIC_WORDS.has(core) || MONTH_AND_DAY_NAMES.has(core);

/** A token worth comparing: letters (digits allowed), not a stop word, at least three characters or a number. */
function contentCore(core: string): boolean {
  if (!/\p{L}|\d/u.test(core)) return false;
  if (/^\d{4}$/.test(core)) return false; // years belong to the time, which is compared apart
  return (core.length >= 3 || /^\d+$/.test(core)) && !isStopWord(core);
}

/** Stems of the verbs of a label: past forms, "-ing" forms, and bare verbs after "will", "to", … */
function actionsOf(label: string): Set<string> {
  const actions = new Set<string>();
  const tokens = tokenize(label);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const core = t.core;
    if (!core || /^\p{Lu}/u.test(t.text.replace(/^\P{L}+/u, '')) || AUXILIARIES.has(core)) continue;
    const previous = tokens[i - 1]?.core ?? '';
    const verbLike =
      IRREGULAR_FORMS.has(core) ||
      (core.length > 4 && core.endsWith('ed')) ||
      (core.length > 5 && core.endsWith('ing') && AUXILIARIES.has(previous)) ||
      BEFORE_BARE_VERB.has(previous);
    if (!verbLike || FUNCTION_WORDS.has(core)) continue;
    const s = stem(core);
    if (!REPORTING.has(s)) actions.add(s);
  }
  return actions;
}

export function readMention(m: StoryMention, article: number, actors: string[]): MentionReading {
  const names = new Set<string>();
  for (const actor of actors) {
    for (const part of actor.split(/[\s-]+/)) {
      const core = part.toLowerCase().replace(/[’']s$/u, '');
      if (core.length >= 2 && !FUNCTION_WORDS.has(core)) names.add(stem(core));
    }
  }
  const words = new Set<string>();
  const timexStart = m.timex.start - m.start;
  const timexEnd = m.timex.end - m.start;
  for (const t of tokenize(m.sentence)) {
    if (t.end > timexStart && t.start < timexEnd) continue;
    if (contentCore(t.core)) words.add(stem(t.core));
  }
  return {
    article,
    when: whenOf(m),
    names,
    words,
    actions: actionsOf(m.label),
    apart: m.background === true || m.ongoing === true,
  };
}

/** The evidence that two mentions report the same happening. */
export interface Evidence {
  time: TimeRelation;
  /** What the times say: see timeEvidence. */
  closeness: 'close' | 'loose' | 'apart';
  sharedNames: number;
  sharedWords: number;
  sharedActions: number;
  /** Shared content words over the smaller sentence's content words. */
  overlap: number;
}

export function evidence(a: MentionReading, b: MentionReading): Evidence {
  let sharedNames = 0;
  for (const n of a.names) if (b.names.has(n)) sharedNames++;
  let sharedWords = 0;
  for (const w of a.words) if (b.words.has(w)) sharedWords++;
  let sharedActions = 0;
  for (const v of a.actions) if (b.actions.has(v)) sharedActions++;
  const smaller = Math.min(a.words.size, b.words.size);
  return {
    time: relateTimes(a.when, b.when),
    closeness: timeEvidence(a.when, b.when),
    sharedNames,
    sharedWords,
    sharedActions,
    overlap: smaller ? sharedWords / smaller : 0,
  };
}

/**
 * The same-happening test: 0 when the two mentions are not shown to report one happening, else how
 * sure it is (higher is surer; only the order matters).
 * - Times on the same day or week (close): the same action with a second shared word, or at least
 *   three shared words with a shared name, or two when they make half of the shorter sentence.
 * - Times that merely do not exclude each other (loose): the same action on a shared name with three
 *   shared words, or four shared words with a shared name that make half of the shorter sentence.
 */
export function sameHappening(e: Evidence): number {
  if (e.closeness === 'apart') return 0;
  const { sharedActions: actions, sharedNames: names, sharedWords: words, overlap } = e;
  let passes: boolean;
  if (e.closeness === 'close') {
    passes =
      (actions >= 1 && words >= 2) || (words >= 3 && overlap >= 0.3 && names >= 1) || (words >= 2 && overlap >= 0.5);
  } else {
    passes = (actions >= 1 && names >= 1 && words >= 3) || (words >= 4 && overlap >= 0.5 && names >= 1);
  }
  if (!passes) return 0;
  return (e.closeness === 'close' ? 4 : 0) + 2 * actions + Math.min(names, 3) + words + 2 * overlap;
}
