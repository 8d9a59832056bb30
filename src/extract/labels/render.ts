/**
 * From chosen words to the label's text: shortened to at most MAX_LABEL_WORDS words (the subject
 * first, then what comes after the words that must stay), trimmed of dangling function words, and
 * written as one line without quotes or brackets. Words are kept whole and in their order.
 */
import { isAsciiLetter, isAsciiLetterOrDigit, isSpace, MONTH_AND_DAY_NAMES, startsLower } from '../words.js';
import { ZONE_NAMES } from '../timex/zones.js';
import {
  FOCUSING_ADVERBS,
  INTERJECTIONS,
  PHRASE_OPENERS,
  PRE_MODIFIERS,
  TIME_PREPOSITIONS,
  TRAILING_STOP,
  VERB_PARTICLES,
} from './lexicon.js';
import type { Choice } from './clause.js';
import { shortSubject } from './subject.js';
import { afterInfinitiveTo, groupAt, isTimeWord, yearComma, type Sentence } from './segments.js';
import type { Word } from './tags.js';

/** Time zones as a time phrase names them ("gmt", "utc", "et"), in lower case. */
const ZONES = new Set(ZONE_NAMES);

export const MAX_LABEL_WORDS = 14;
export const MIN_LABEL_WORDS = 4;
/** Most words of a subject kept whole with the infinitive that completes its noun ("A motion to sell the library"). */
const MAX_COMPLETED_SUBJECT = 8;

/** Words that open a clause or a phrase: a long label is cut before one. */
const CUT_BEFORE = new Set(
  `to that which who where under with after before as amid despite including while by in on at of for from following
  during over into against because although though when and but or than since until through among within below between
  above beyond toward towards across behind near around about via without`.split(/\s+/),
);
/** Nouns that say little without their "of" phrase: "by the end | of March", "the rest | of the year". */
const OF_HEADS = new Set('end start beginning middle rest part most half'.split(' '));
/** Adverbs after "and" that lead to a second time phrase ("and again in May", "and then on Friday"). */
const LEFTOVER_ADVERBS = new Set(['again', 'then', 'also', 'once', 'later']);
/** Words that open a clause: the best place to cut a long label ("…third such visit | but the first…"). */
const CLAUSE_OPENERS = new Set('but which who whose where when while because although though whereas'.split(' '));

/** Forms of "be", "have", "do" that may end a clause after a pronoun ("whatever it is", "as they did"). */
const CLOSING_VERBS = new Set('is are was were has have had do does did'.split(' '));

/** Words a label does not start with ("And", "But also"). */
const LEADING_STOP = new Set(
  `and but or so yet also however meanwhile moreover furthermore still then thus therefore instead nevertheless
  nonetheless besides separately finally additionally indeed that`.split(/\s+/),
);

export const countWords = (s: Sentence, words: readonly number[]) => {
  let n = 0;
  for (const k of words) if (s.words[k]!.token.isWord) n++;
  return n;
};

/** At most `most` words (MAX_LABEL_WORDS), keeping `choice.keep` and the `choice.tail` last words. */
export function shorten(s: Sentence, choice: Choice, most = MAX_LABEL_WORDS): number[] {
  let words = choice.words;
  if (countWords(s, words) <= most) return words;
  if (choice.tail) {
    // "…what was said…, the coastguard said": what was said is cut, the attribution stays
    const tail = words.slice(words.length - choice.tail);
    const head = words.slice(0, words.length - choice.tail);
    const keep = choice.keep.filter((k) => head.includes(k));
    const room = most - countWords(s, tail);
    return [...trimEdges(s, shorten(s, { ...choice, words: head, keep, tail: 0, subjectLength: 0 }, room)), ...tail];
  }
  if (choice.optional?.length) {
    const optional = new Set(choice.optional);
    words = words.filter((k) => !optional.has(k));
    if (countWords(s, words) <= most) return words;
  }
  const reach = (list: number[]) => Math.max(0, ...choice.keep.map((k) => list.indexOf(k) + 1));
  // "A major factor in the third-quarter loss was …": a subject that holds a word that must stay is cut later
  const keepInSubject = choice.keep.some((k) => words.indexOf(k) >= 0 && words.indexOf(k) < choice.subjectLength);
  if (choice.subjectLength > 3 && !keepInSubject) {
    const subject = words.slice(0, choice.subjectLength);
    // "A motion to sell the library was withdrawn after a protest | by residents": a subject whose noun an
    // infinitive completes stays whole when the clause after it is cut instead, past the words that must stay;
    // a long one keeps the infinitive's object without its phrases ("A plan to build a bridge | across the river")
    const completed = completedSubject(s, subject);
    if (completed) {
      const tried = [...completed, ...words.slice(choice.subjectLength)];
      const whole = shorten(s, { ...choice, words: tried, subjectLength: 0 }, most);
      const kept = new Set(whole);
      if (
        whole.length >= completed.length + 2 &&
        completed.every((k) => kept.has(k)) &&
        choice.keep.every((k) => kept.has(k) || !words.includes(k))
      )
        return whole;
    }
    const short = shortSubject(s, [subject[0]!, subject[subject.length - 1]! + 1], 4);
    words = [...short.filter((k) => subject.includes(k)), ...words.slice(choice.subjectLength)];
  }
  if (countWords(s, words) <= most) return words;
  const mustReach = reach(words);
  // the longest prefix within bounds that ends before a clause or phrase opener, past the kept words
  let count = 0;
  let cut = -1;
  /** The last cut before a clause ("but", "which", a comma) that keeps at least eight words. */
  let clauseCut = -1;
  let hard = words.length;
  for (let i = 0; i < words.length; i++) {
    const w = s.words[words[i]!]!;
    if (i >= Math.max(mustReach, MIN_LABEL_WORDS) && count <= most) {
      const gap = words[i]! !== words[i - 1]! + 1;
      const previous = s.words[words[i - 1]!]!;
      // never between "the end" and "of March": a head that is nothing without its "of"
      const dangling = w.token.core === 'of' && !previous.mark && OF_HEADS.has(previous.token.core);
      // nor inside a range of time phrases ("peak between 3pm | and 5pm today")
      const inRange = isTimeWord(s, words[i - 1]!) && i + 1 < words.length && isTimeWord(s, words[i + 1]!);
      if (
        gap ||
        previous.mark === ',' ||
        (CUT_BEFORE.has(w.token.core) && startsLower(w.token.text) && !dangling && !inRange)
      )
        cut = i;
      const opensClause = CLAUSE_OPENERS.has(w.token.core) && startsLower(w.token.text);
      if (opensClause && count >= 8) clauseCut = i;
    }
    if (w.token.isWord) count++;
    if (count > most && hard === words.length) hard = i;
  }
  if (hard >= mustReach) {
    if (clauseCut >= 0 || cut >= 0) return words.slice(0, clauseCut >= 0 ? clauseCut : cut);
    // no phrase boundary within bounds: never between a modifier and its noun ("a boost in new-generation | capability")
    let start = hard;
    while (start > Math.max(mustReach, 1) && insideNounPhrase(s, words[start - 1]!, words[start]!)) start--;
    let end = hard;
    while (end + 1 < words.length && insideNounPhrase(s, words[end]!, words[end + 1]!)) end++;
    const room = most - countWords(s, words.slice(0, start));
    // a noun phrase too long for the room left: its determiner and its head with the nouns before it
    if (start < hard && room >= 2 && countWords(s, words.slice(0, start)) < MIN_LABEL_WORDS + 4) {
      const first = s.words[words[start]!]!;
      const lead = first.tag === 'det' || first.tag === 'num' ? [words[start]!] : [];
      let tail = end + 1 - (room - lead.length);
      while (tail < end && s.words[words[tail]!]!.tag === 'name' && s.words[words[tail - 1]!]!.tag === 'name') tail++;
      return [...words.slice(0, start), ...lead, ...words.slice(Math.max(tail, start + lead.length), end + 1)];
    }
    return words.slice(0, start);
  }
  // the words that must stay lie past the bound: the window that ends with them
  let from = mustReach;
  let n = 0;
  while (from > 0 && n < most) {
    from--;
    if (s.words[words[from]!]!.token.isWord) n++;
  }
  while (from < mustReach - 1 && s.words[words[from]!]!.tag !== 'det' && s.words[words[from]!]!.tag !== 'name') from++;
  if (countWords(s, words.slice(from, mustReach)) < MIN_LABEL_WORDS) from = Math.max(0, mustReach - most);
  return words.slice(from, mustReach);
}

/**
 * A subject whose noun an infinitive completes ("A motion | to sell the old library"), within
 * MAX_COMPLETED_SUBJECT words: whole, or up to the first phrase after the infinitive's object ("A plan to
 * build a new bridge | across the river"); else null.
 */
function completedSubject(s: Sentence, subject: number[]): number[] | null {
  const at = subject.findIndex((k) => groupAt(s, k)?.kind === 'infinitive');
  if (at < 1) return null;
  if (subject.length <= MAX_COMPLETED_SUBJECT) return subject;
  const verb = groupAt(s, subject[at]!)!;
  for (let i = subject.indexOf(verb.end - 1) + 2; i < subject.length && i <= MAX_COMPLETED_SUBJECT; i++) {
    const w = s.words[subject[i]!]!;
    const previous = s.words[subject[i - 1]!]!;
    if (subject[i]! !== subject[i - 1]! + 1 || previous.mark) return null;
    // (at a phrase after a noun: not "to allow oil | and gas drilling")
    if ((w.tag === 'prep' || w.tag === 'to' || w.tag === 'rel') && (previous.tag === 'noun' || previous.tag === 'name'))
      return subject.slice(0, i);
  }
  return null;
}

/** Words `a` and `b` (next to each other) are in one noun phrase, `b` after a modifier `a`. */
function insideNounPhrase(s: Sentence, a: number, b: number): boolean {
  const left = s.words[a]!;
  const right = s.words[b]!;
  if (b !== a + 1 || left.mark || left.possessive) return false;
  // "the last remaining free port": determiners, nouns, adjectives and participles before a noun
  const nominal = (tag: string) => tag === 'noun' || tag === 'name' || tag === 'num' || tag === 'ing' || tag === 'ved';
  return (left.tag === 'det' || nominal(left.tag)) && nominal(right.tag) && groupAt(s, b)?.kind !== 'finite';
}

/** Without dangling words at the edges: "And", "that", trailing "of", "the", "due". */
/** The open end of a list: "and more", "and much more", "and so on", "and others", "among others". */
const OPEN_LIST_ENDS = [
  ['and', 'more'],
  ['and', 'much', 'more'],
  ['and', 'lots', 'more'],
  ['and', 'so', 'on'],
  ['and', 'others'],
  ['among', 'others'],
];

/**
 * Where a label's last words [from, to) end a list with its open end ("a bake sale, a raffle | and more"), the end of the
 * list before it; else -1. Only at the clause's end: the words after it in the sentence open no noun ("and more
 * funding" is the list's item).
 */
function openListEnd(s: Sentence, words: number[], from: number, to: number): number {
  const lastWord = s.words[words[to - 1]!]!;
  if (to - from < 4 || !OPEN_LIST_CLOSERS.has(lastWord.token.core)) return -1;
  const next = s.words[words[to - 1]! + 1];
  if (!lastWord.mark && next && next.tag !== 'prep' && next.tag !== 'to' && !isTimeWord(s, words[to - 1]! + 1))
    return -1;
  for (const end of OPEN_LIST_ENDS) {
    const n = end.length;
    if (to - n <= from) continue;
    let matches = true;
    for (let i = 0; i < n && matches; i++) {
      const k = words[to - n + i]!;
      const w = s.words[k]!;
      matches = w.token.core === end[i] && (i === 0 || k === words[to - n + i - 1]! + 1) && (i === n - 1 || !w.mark);
    }
    if (matches) return to - n;
  }
  return -1;
}
const OPEN_LIST_CLOSERS = new Set(['more', 'on', 'others']);

export function trimEdges(s: Sentence, words: number[]): number[] {
  let from = 0;
  let to = words.length;
  const core = (i: number) => s.words[words[i]!]!.token.core;
  const inPhrase = (i: number) => words[i]! >= s.governorStart && words[i]! < s.phraseEnd;
  // "that day has come" keeps the "that" of its time phrase
  // "That is …" keeps a "that" that is its subject
  // ("omg the concert is tomorrow night": a post's interjection too)
  const leading = (i: number) =>
    (LEADING_STOP.has(core(i)) && !inPhrase(i) && s.words[words[i]!]!.tag !== 'pron') || INTERJECTIONS.has(core(i));
  while (from < to && (leading(from) || !s.words[words[from]!]!.token.isWord)) from++;
  // "in May" keeps its "May" (a modal elsewhere)
  // "rose 43% in February compared | to the same period last year": a comparison whose yardstick was dropped
  const comparedWith = (i: number) =>
    core(i) === 'compared' && /^(?:with|to|against)$/.test(s.words[words[i]! + 1]?.token.core ?? '');
  // "would rise next year and again | in the spring": a conjunction and its adverb that led to a dropped time phrase
  const leftover = (i: number) =>
    LEFTOVER_ADVERBS.has(core(i)) &&
    i - 1 >= from &&
    words[i - 1] === words[i]! - 1 &&
    /^(?:and|or|but)$/.test(core(i - 1)) &&
    !s.words[words[i - 1]!]!.mark &&
    // ("and then, | in June, | the bank …": its comma too)
    (!s.words[words[i]!]!.mark || s.words[words[i]!]!.mark === ',') &&
    isTimeWord(s, words[i]! + 1);
  while (to - 1 > from && leftover(to - 1)) to -= 2;
  // "murder in a workplace rampage exactly | two years ago": an adverb that focuses the dropped time phrase
  const focusing = (i: number) =>
    FOCUSING_ADVERBS.has(core(i)) && !s.words[words[i]!]!.mark && isTimeWord(s, words[i]! + 1) && !inPhrase(i);
  while (to - 1 > from && focusing(to - 1)) to--;
  while (
    to > from &&
    ((TRAILING_STOP.has(core(to - 1)) && !inPhrase(to - 1)) ||
      !s.words[words[to - 1]!]!.token.isWord ||
      INTERJECTIONS.has(core(to - 1)) ||
      comparedWith(to - 1))
  ) {
    // "the notes will be due" keeps its "due"
    if (core(to - 1) === 'due' && to - 2 >= from && s.words[words[to - 2]!]!.tag === 'aux') break;
    // "would accept the result, whatever it is" keeps the verb that ends the sentence after its pronoun
    if (
      words[to - 1] === s.words.length - 1 &&
      CLOSING_VERBS.has(core(to - 1)) &&
      to - 2 >= from &&
      words[to - 2] === words[to - 1]! - 1 &&
      s.words[words[to - 2]!]!.tag === 'pron'
    )
      break;
    // "Anna Roth took over [in March]" keeps the particle of its verb
    if (to - 2 >= from && words[to - 2] === words[to - 1]! - 1 && particleAt(s, words[to - 1]!)) break;
    to--;
  }
  // "will hold a bake sale, a raffle | and more": a list's open end says nothing of the event
  const openEnd = openListEnd(s, words, from, to);
  if (openEnd > from) to = openEnd;
  // "close 40 branches over two years, starting | in March": a word that opened a time phrase the label left out
  if (to - 1 > from && PHRASE_OPENERS.has(core(to - 1))) {
    let next = words[to - 1]! + 1;
    if (s.words[next]?.tag === 'prep' && !s.words[next]!.mark) next++;
    if (isTimeWord(s, next) && !s.words[next - 1]!.mark) to--;
  }
  // "fled the country shortly | after": an adverb that narrowed a preposition the label left out has nothing to narrow
  if (to - 1 > from && PRE_MODIFIERS.has(core(to - 1))) {
    const next = words[to - 1]! + 1;
    if (TIME_PREPOSITIONS.has(s.words[next]?.token.core ?? '') && !s.words[next - 1]!.mark) to--;
  }
  return from === 0 && to === words.length ? words : words.slice(from, to);
}

/**
 * The preposition at `k` is its verb's particle: right after the verb, with no object of its own (a mark, a time
 * phrase or the end after it): "took over | in March", "was sworn in | on Monday".
 */
function particleAt(s: Sentence, k: number): boolean {
  const w = s.words[k]!;
  const verb = s.words[k - 1];
  if (!VERB_PARTICLES.has(w.token.core) || !verb || verb.mark) return false;
  // ("is likely to | drag | on": the infinitive's verb, which the tagger may take for a noun)
  if (!groupAt(s, k - 1) && !afterInfinitiveTo(s.words, k - 1)) return false;
  return w.mark !== '' || k + 1 >= s.words.length || isTimeWord(s, k + 1) || s.words[k + 1]!.tag === 'conj';
}

/**
 * The words as one line: no quotes or brackets, no mark at the end, a capital first letter; a comma
 * before word `commaBefore` (an attribution after what was said).
 */
export function renderWords(s: Sentence, words: readonly number[], commaBefore = -1): string {
  const parts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = s.words[words[i]!]!;
    if (i > 0 && doubled(s.words[words[i - 1]!]!, word)) continue;
    let text = word.token.text;
    const next = words[i + 1];
    // "The coastguard said the ferry sank": a sentence's first word inside a label is no longer first
    if (i > 0 && (words[i] === 0 || (words[i] === 1 && s.words[0]!.tag === 'punct')) && word.tag !== 'name') {
      text = text.replace(/\p{Lu}/u, (c) => c.toLowerCase());
    }
    // "on march 9" read from a line in capitals or a text in lower case: a month or a day of a time phrase is a name
    // ("March 9"; "may" and "march" are common words too, which only the time phrase tells apart)
    else if (MONTH_AND_DAY_NAMES.has(word.token.core) && text.includes(word.token.core) && isTimeWord(s, words[i]!)) {
      const name = word.token.core;
      text = text.replace(name, name.charAt(0).toUpperCase() + name.slice(1));
    }
    // ("at 3 pm gmt" read so: a time zone of a time phrase is written in capitals, "GMT")
    else if (ZONES.has(word.token.core) && text.includes(word.token.core) && isTimeWord(s, words[i]!)) {
      text = text.replace(word.token.core, word.token.core.toUpperCase());
    }
    // a mark before a gap ("Sytenko, | is") or at the end goes; a comma of a dropped phrase stays
    // ("In early trading [on Tuesday], shares fell")
    if (next === undefined || next !== words[i]! + 1) {
      if (word.mark === ',' || word.mark === ';' || word.mark === ':')
        text = text.replace(/[,;:]+(?=[”’"»)\]']*$)/u, '');
      const skipped = next === undefined ? undefined : s.words[next - 1]!;
      if (
        skipped &&
        skipped.mark === ',' &&
        next! - 1 >= s.governorStart &&
        next! - 1 < s.phraseEnd &&
        // only the time phrase was dropped ("The minister, speaking … on Monday, said" loses its comma), and
        // it was no aside between commas ("The embassy bombings, on Aug. 7, killed")
        words[i]! + 1 >= s.governorStart &&
        word.mark !== ',' &&
        i > 0 &&
        !yearComma(s, next! - 1)
      )
        text += ',';
    }
    if (next === commaBefore && !/,[”’"»)\]']*$/u.test(text)) text += ',';
    parts.push(text);
  }
  let text = joinTexts(parts);
  const first = text.charCodeAt(0);
  const lead = first === 0x2018 || first === 0x27 ? 1 : 0;
  const final = text.charCodeAt(text.length - 1);
  const tail = text.length - 1 >= lead && (final === 0x2019 || final === 0x27) ? 1 : 0;
  if (lead || tail) text = text.slice(lead, text.length - tail);
  let end = text.length;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || isTrailingMark(text.charCodeAt(end - 1)))) end--;
  if (end < text.length) text = text.slice(0, end);
  // ("The hearing was on Tues.": a day's or a month's shortened name that is the whole phrase, at the end, keeps its
  // stop)
  const last = words[words.length - 1];
  // (the phrase's only word: in "on Sat 4 Mar." the stop is the sentence's, the day has none)
  const abbreviated =
    last !== undefined &&
    last === s.phraseStart &&
    s.phraseEnd === last + 1 &&
    SHORT_NAME.test(s.words[last]!.token.text);
  if (!abbreviated) text = withoutFinalStop(text).trim();
  return capitalised(text);
}

/** A day's or a month's name shortened with a stop ("Tues.", "Sept."), as a time phrase's last word. */
const SHORT_NAME =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

const isStop = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f;

/**
 * `text.replace(/(?<!\b\p{L})[.!?]+$/u, '')`: the marks that end a sentence go, unless they follow a letter that
 * stands alone ("U.S."). After a letter inside an ASCII word ("slowed."), without the regex.
 */
function withoutFinalStop(text: string): string {
  let run = text.length;
  while (run > 0 && isStop(text.charCodeAt(run - 1))) run--;
  if (run === text.length) return text;
  if (run >= 2 && isAsciiLetter(text.charCodeAt(run - 1)) && isAsciiWordChar(text.charCodeAt(run - 2)))
    return text.slice(0, run);
  return text.replace(/(?<!\b\p{L})[.!?]+$/u, '');
}

/** `\w` (what `\b` reads). */
const isAsciiWordChar = (code: number) => isAsciiLetterOrDigit(code) || code === 0x5f;

/** `,;:–—-_`: marks a label does not end with. */
const isTrailingMark = (code: number) =>
  code === 0x2c ||
  code === 0x3b ||
  code === 0x3a ||
  code === 0x2013 ||
  code === 0x2014 ||
  code === 0x2d ||
  code === 0x5f;

/** `text` with a capital first letter; as it is when it has one (most labels: no new string). */
export function capitalised(text: string): string {
  const first = text.charCodeAt(0);
  if (first < 0x80) return first >= 0x61 && first <= 0x7a ? String.fromCharCode(first - 0x20) + text.slice(1) : text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words English may say twice ("had had", "that that"). */
const TWICE = new Set(['had', 'that']);

/**
 * "ticket revenue is [2019] is rising", "her her plans": a word the label would say twice in a row
 * (once the time phrase between is gone, or a slip of the text) is written once.
 */
function doubled(previous: Word, word: Word): boolean {
  const core = word.token.core;
  return (
    core === previous.token.core &&
    previous.mark === '' &&
    !previous.closes &&
    /^\p{L}+$/u.test(core) &&
    !TWICE.has(core)
  );
}

/**
 * In one pass, what `texts.join(' ').replace(/[“”"«»()[\]]|``|''/gu, '').replace(/\s+/g, ' ')` gives:
 * quotes, brackets and the pairs `` and '' dropped (left to right), then each run of whitespace as one
 * space. The words are read in place, without joining them first.
 */
export function joinedWithoutQuotes(words: readonly { text: string }[]): string {
  return joinTexts(words.map((w) => w.text));
}

/**
 * joinedWithoutQuotes of the texts. Most labels have no quote, bracket or space in a word: one join, without
 * building the line a word at a time.
 */
function joinTexts(texts: readonly string[]): string {
  if (!texts.some(needsCleaning)) return texts.join(' ');
  let out = '';
  let afterSpace = false; // the last character kept is whitespace
  for (let k = 0; k < texts.length; k++) {
    if (k > 0 && !afterSpace) {
      out += ' '; // the space between two words, unless it joins the whitespace kept before it
      afterSpace = true;
    }
    const text = texts[k]!;
    let from = 0; // start of the characters kept but not yet copied to `out`
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      let drop = 0;
      if (isQuoteOrBracket(code)) drop = 1;
      else if ((code === 0x60 || code === 0x27) && text.charCodeAt(i + 1) === code) drop = 2;
      else if (!isSpace(code)) afterSpace = false;
      else if (afterSpace)
        drop = 1; // joins the whitespace kept before it
      else if (code !== 0x20) {
        out += `${text.slice(from, i)} `;
        from = i + 1;
        afterSpace = true;
      } else afterSpace = true;
      if (drop === 0) {
        i++;
        continue;
      }
      out += text.slice(from, i);
      i += drop;
      from = i;
    }
    out += from === 0 ? text : text.slice(from);
  }
  return out;
}

/** Whether joinTexts has more to do with `text` than join it: it is empty, or holds a quote, a bracket, ` or ' or a space. */
function needsCleaning(text: string): boolean {
  if (text.length === 0) return true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // (letters and digits first: most characters of a label)
    if (isAsciiLetterOrDigit(code)) continue;
    if (isQuoteOrBracket(code) || code === 0x60 || code === 0x27 || isSpace(code)) return true;
  }
  return false;
}

/** “ ” " « » ( ) [ ] */
function isQuoteOrBracket(code: number): boolean {
  switch (code) {
    case 0x201c:
    case 0x201d:
    case 0x22:
    case 0xab:
    case 0xbb:
    case 0x28:
    case 0x29:
    case 0x5b:
    case 0x5d:
      return true;
    default:
      return false;
  }
}
