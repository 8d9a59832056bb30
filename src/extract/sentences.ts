/**
 * Sentence splitting for news text, in one left-to-right pass (linear in the length of the text).
 *
 * Splits after . ! ? … when the next word starts a sentence, and at line breaks that end a
 * headline, a section line or a paragraph. Survives abbreviations and titles ("Mr.", "Gen.", "Jan. 5"),
 * initials ("John F. Kennedy"), dotted acronyms ("U.S. officials" but "…in the U.S. The"), decimals,
 * closing quotes after the full stop (’ ” »), ellipses, and wire datelines, which become spans of
 * their own ("CAIRO (Reuters) -").
 */
import { datelineEndAt } from './dateline.js';
import type { TextSpan } from './types.js';
import {
  isAsciiDigit,
  isAsciiLetter,
  isLineBreak as isLineBreakCode,
  isSpace as isSpaceCode,
  lowerCase,
} from './words.js';

/** Titles and abbreviations that never end a sentence. */
const NEVER_FINAL = new Set(
  (
    'mr mrs ms messrs mme mlle dr gen lt col sgt cpl pvt capt cmdr adm maj brig gov sen rep rev fr prof ' +
    'hon pres supt insp det atty amb st ste mt ft vs cf eg ie approx dept univ assn'
  ).split(' '),
);
/** Abbreviations that do not end a sentence when a number follows ("Jan. 5", "No. 10"). */
const BEFORE_NUMBER = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol pp art fig ch sec'.split(' '),
);
/** Abbreviations that end a sentence only when a typical sentence opener follows ("Apple Inc. The"). */
const MAYBE_FINAL = new Set('inc corp co ltd llc plc bros jr sr etc al'.split(' '));
/** Words that typically open a sentence: after "U.S." or "Inc." they mean a new sentence. */
const OPENERS = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our there here but and or so yet ' +
    'however in on at for after before when while if although though as some many most no not one two meanwhile ' +
    'still also then since during last earlier later asked both all each mr mrs ms dr'
  ).split(' '),
);

/** The length of the longest word of NEVER_FINAL, BEFORE_NUMBER and MAYBE_FINAL ("messrs", "approx"). */
const LONGEST_ABBREVIATION = Math.max(...[...NEVER_FINAL, ...BEFORE_NUMBER, ...MAYBE_FINAL].map((w) => w.length));

const TERMINAL_OR_BREAK = /[.!?…。！？‼⁇⁈⁉]+|\r\n?|[\n\u2028\u2029]/g;
/**
 * Closing and opening quotes and brackets, by character code: the splitter reads the characters around each full
 * stop, and `text[i]` would make a string of each.
 */
const codesOf = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLOSER_CODES = codesOf(`’”"'»›)]}」』`);
const OPENER_CODES = codesOf(`“‘"'«‹([{「『¿¡`);
/** Whether the character at `i` closes or opens a quote or a bracket (false past the text's end). */
const isCloser = (text: string, i: number) => i < text.length && CLOSER_CODES.has(text.charCodeAt(i));
const isOpener = (text: string, i: number) => i < text.length && OPENER_CODES.has(text.charCodeAt(i));
/** - – — */
const isDash = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
/** INITIAL, tested only on a word short enough to be one letter ("F"): most words before a full stop are longer. */
const isInitial = (word: string) => word.length <= 2 && INITIAL.test(word);
/** DOTTED ("U.S", "a.m"), tested only on a word with a dot right after its first letter, where DOTTED has one. */
const isDotted = (word: string) => (word.charCodeAt(1) === 0x2e || word.charCodeAt(2) === 0x2e) && DOTTED.test(word);
/** A clock time in digits alone on its line, maybe with its zone: a live page's entry stamp. */
const STAMP_LINE = /^\s*\d{1,2}[:.]\d\d(?:\s*[A-Z]{2,4})?\s*$/;
/** A line ending with one of these continues on the next line (hard-wrapped text). */
const CONTINUES = /(?:[,;:(\-–—&]|\b(?:a|an|the|of|to|in|on|at|for|and|or|but|by|with|from|that|said|says)\b)$/i;

/** `/\s/` at offset `i` of `text` (false past its end), by code: it runs for most characters around each full stop. */
const isSpace = (text: string, i: number) => i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));
/** `/\p{Ll}/u`, without the regex for ASCII. */
const isLowerLetter = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER.test(ch);
};
/** `/[\r\n\u2028\u2029]/` at offset `i`. */
const isLineBreak = (text: string, i: number) => isLineBreakCode(text.charCodeAt(i));

/** A sentence end and the first letter after it, lower case (group 1) or not. */
const SENTENCE_START = /[.!?]["'”’»)\]]*\s+["“‘«([]*(?:(\p{Ll})|\p{Lu})/gu;

const CAPITAL = /\p{Lu}/u;
/** How many sentence starts tell how a text writes them: the first few are as good as all of them. */
const CASING_SAMPLE = 24;
/** The text last read by writesSentencesInLowerCase, and its answer (the splitter and the tense refiner ask alike). */
let lastCasing: { text: string; lower: boolean } | null = null;

/**
 * Whether the text writes its sentences in lower case (a transcript, a chat log, a post whose case is lost):
 * among its first sentence starts after . ! ?, more go on in lower case than in capitals (with no such start, when it
 * has no capital letter at all). In ordinary prose a
 * lower-case word after a full stop follows an abbreviation ("7 a.m. on", "approx. ten"); in such a text it opens
 * the next sentence.
 */
export function writesSentencesInLowerCase(text: string): boolean {
  if (lastCasing?.text === text) return lastCasing.lower;
  let lower = 0;
  let upper = 0;
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(text); m && lower + upper < CASING_SAMPLE; m = SENTENCE_START.exec(text)) {
    // (after an abbreviation, "U.S. officials", "7 a.m. on", no sentence starts in any casing)
    if (!m[1]) upper++;
    else if (text[m.index] !== '.' || stopEndsLowerCaseSentence(text, m.index)) lower++;
  }
  // (one sentence gives no sample: a text with no capital letter at all writes in lower case, "prices rose in march")
  lastCasing = { text, lower: lower + upper === 0 ? !CAPITAL.test(text) && /\p{Ll}/u.test(text) : lower > 2 * upper };
  return lastCasing.lower;
}

/** Sentences of `text` in order, as spans (UTF-16 offsets, end exclusive), trimmed of surrounding space. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const n = text.length;

  const emit = (from: number, to: number) => {
    while (from < to && isSpace(text, from)) from++;
    while (to > from && isSpace(text, to - 1)) to--;
    if (to > from) spans.push({ start: from, end: to, text: text.slice(from, to) });
  };

  /** At a paragraph start: a wire dateline there is a span of its own. Returns where the sentence starts. */
  const paragraphStart = (at: number): number => {
    let pos = at;
    while (pos < n && isSpace(text, pos) && !isLineBreak(text, pos)) pos++;
    const end = pos < n ? datelineEndAt(text, pos) : -1;
    if (end < 0) return at;
    emit(pos, end);
    return end;
  };

  let sentenceStart = paragraphStart(0);
  const re = TERMINAL_OR_BREAK;
  re.lastIndex = sentenceStart;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const mark = m[0];
    let end = at + mark.length;
    if (isLineBreak(mark, 0)) {
      if (lineBreakEndsSentence(text, sentenceStart, at, end)) {
        emit(sentenceStart, at);
        sentenceStart = paragraphStart(end);
        re.lastIndex = Math.max(re.lastIndex, sentenceStart);
      }
      continue;
    }
    if (mark.charCodeAt(0) > 0x3000 && /^[。！？]+$/.test(mark)) {
      emit(sentenceStart, end);
      sentenceStart = end;
      continue;
    }
    while (end < n && isCloser(text, end)) end++;
    if (end < n && !isSpace(text, end)) continue; // "U.S.-Russian", "3.5", "example.com"
    if (terminalEndsSentence(text, at, mark, end)) {
      emit(sentenceStart, end);
      sentenceStart = end;
    }
  }
  emit(sentenceStart, n);
  return spans;
}

/**
 * Whether the terminal punctuation `mark` at `at` (closing quotes up to `end`) ends a sentence. A lower-case word
 * after it goes on with the sentence, unless the text writes its sentences in lower case (read once per text) and no
 * abbreviation comes before the mark.
 */
function terminalEndsSentence(text: string, at: number, mark: string, end: number): boolean {
  let next = end;
  while (next < text.length && isSpace(text, next)) next++;
  if (next >= text.length) return true;
  const bracketAt = next;
  while (isOpener(text, next)) next++;
  const first = text[next];
  if (first === undefined) return true;
  if (isLowerLetter(first))
    return writesSentencesInLowerCase(text) && (mark !== '.' || stopEndsLowerCaseSentence(text, at));
  if (mark !== '.') return true;

  const word = wordBefore(text, at);
  // (a word longer than every listed abbreviation is none of them: most words before a full stop; lower case is no
  // shorter than the word)
  if (word.length > LONGEST_ABBREVIATION) return !isDotted(word) || OPENERS.has(wordAt(text, next).toLowerCase());
  const lower = lowerCase(word);
  if (NEVER_FINAL.has(lower) || isInitial(word)) return false;
  if (BEFORE_NUMBER.has(lower) && /\d/.test(first)) return false;
  // ("10:35 a.m. (0735 GMT), the vote began": the same time on another clock, in brackets, goes on with it)
  if (lower === 'p.m' || lower === 'a.m')
    return (
      !(next > bracketAt && text.charCodeAt(bracketAt) === 0x28 && isAsciiDigit(text.charCodeAt(next))) &&
      clockTimeEnds(text, next)
    );
  if (isDotted(word) || MAYBE_FINAL.has(lower)) return OPENERS.has(wordAt(text, next).toLowerCase());
  return true;
}

/** After "a.m."/"p.m.", what goes on with the time: a weekday, a month, a zone ("EST", "Eastern", "Moscow time"). */
const AFTER_CLOCK =
  /^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|August|September|October|November|December|Today|Tonight|Tomorrow|Yesterday|Eastern|Pacific|Central|Mountain|Atlantic|Greenwich|Local|Universal|[A-Z]{2,5})\b|^[A-Z][\w.-]*\s+[Tt]ime\b/;

/**
 * After a clock time with "a.m."/"p.m.", whether the capitalised word at `next` opens a new sentence ("closed up 1%
 * at 4 p.m. Analysts expect…"), rather than saying the time's day or zone ("at 4 p.m. Friday", "7 a.m. EST").
 */
function clockTimeEnds(text: string, next: number): boolean {
  return !AFTER_CLOCK.test(text.slice(next, next + 30));
}

/**
 * Whether the word before the full stop at `at` is a title, an abbreviation or an initial ("Mr.", "Oct.",
 * "Inc.", "U.S.", "F."): a full stop there may not end the sentence.
 */
export function abbreviationBefore(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  const lower = lowerCase(word);
  return (
    NEVER_FINAL.has(lower) || BEFORE_NUMBER.has(lower) || MAYBE_FINAL.has(lower) || isInitial(word) || isDotted(word)
  );
}

/**
 * In a text that writes its sentences in lower case, whether the full stop at `at`, before a lower-case word,
 * ends a sentence: not after an abbreviation or a single letter ("at 5 p.m. on", "gen. smith", "j. smith"); a single
 * digit is a number that ends one ("the show ran to sept. 8. tickets sold out").
 */
export function stopEndsLowerCaseSentence(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  return !abbreviationBefore(text, at) && (word.length !== 1 || !isAsciiLetter(word.charCodeAt(0)));
}

/**
 * The word just before offset `at` (at most 40 characters back), without opening punctuation; after a dash, the word
 * the dash joins ("Dec. 30-Jan. 2": "Jan").
 */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 40 && !isSpace(text, from - 1) && !isDash(text.charCodeAt(from - 1))) from--;
  while (from < at && isOpener(text, from)) from++;
  return text.slice(from, at);
}

/** The letters starting at `at` (at most 30). */
function wordAt(text: string, at: number): string {
  let to = at;
  while (to < text.length && to - at < 30 && LETTER.test(text[to]!)) to++;
  return text.slice(at, to);
}

/**
 * Whether the line break at `at` (ending at `after`) ends the sentence begun at `sentenceStart`:
 * always at a blank line; at a single break unless the text is hard-wrapped mid-sentence (the next
 * line starts in lower case, or this line ends with a comma, a dash or a word like "the").
 */
function lineBreakEndsSentence(text: string, sentenceStart: number, at: number, after: number): boolean {
  // a live page's stamp alone on its line ("14:10", "09:42 GMT") opens the entry below it, blank lines between
  if (
    at - sentenceStart <= 12 &&
    STAMP_LINE.test(text.slice(sentenceStart, at)) &&
    /\S/.test(text.slice(after, after + 8))
  )
    return false;
  let next = after;
  while (next < text.length && isSpace(text, next) && !isLineBreak(text, next)) next++;
  if (next >= text.length || isLineBreak(text, next)) return true;
  let next2 = next;
  while (isOpener(text, next2)) next2++;
  if (next2 < text.length && LOWER.test(text[next2]!)) return false;
  let lineEnd = at;
  while (lineEnd > sentenceStart && isSpace(text, lineEnd - 1)) lineEnd--;
  if (lineEnd <= sentenceStart) return true;
  return !CONTINUES.test(text.slice(Math.max(sentenceStart, lineEnd - 12), lineEnd));
}
