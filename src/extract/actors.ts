/**
 * People, places and organisations named in a sentence, found by capitalisation heuristics
 * (no NLP library: this code ships inside the browser element).
 *
 * "President Bashar al-Assad" → "Bashar al-Assad"; "U.S. Secretary of State John Kerry" → "U.S.",
 * "John Kerry"; "Syria’s" → "Syria"; demonyms used as adjectives ("Syrian rebels") and a
 * sentence's first word when it is a common word ("Security sources said") are left out.
 */
import {
  ASCII_CLASSES,
  ASCII_NAME_PART,
  FUNCTION_WORDS,
  isAsciiLetterOrDigit,
  MONTH_AND_DAY_NAMES,
  isSpace,
  startsUpper,
} from './words.js';

/** At most this many actors per sentence (a pathological sentence can name thousands). */
export const MAX_ACTORS = 20;
/** Longer runs of capitals are not a name ("THE COUNCIL MET …" in capitals, a list of titles). */
const MAX_NAME_LENGTH = 100;
/** "Assad" is left out after "Bashar al-Assad": a name is compared with the last words of the others, this many. */
const MAX_SUFFIX_WORDS = 6;

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Titles that head a name: what follows them is the person. */
const HEAD_TITLES = set(`president minister secretary chancellor premier king queen prince princess sheikh emir
  sultan pope ayatollah senator governor mayor ambassador envoy commander colonel captain lieutenant sergeant
  judge spokesman spokeswoman chairman chairwoman mr mrs ms dr gen lt col capt sgt adm maj sen rep gov prof
  rev fr st pres cmdr brig`);
/** Words that modify a title ("Foreign Minister", "Deputy Prime Minister"). */
const TITLE_MODIFIERS = set(`foreign defence defense interior finance deputy vice prime chief acting former first
  crown grand supreme economy trade health justice energy oil education state`);
/** Lower-case particles inside names ("Bank of England", "Osama bin Laden", "Charles de Gaulle"). */
const NAME_PARTICLES = set('of bin ibn de la le du del della da di van von der den al el y');
/** Demonyms that the suffix rule below misses. */
const DEMONYMS = set(`swiss french dutch greek thai arab czech welsh kazakh uzbek afghan filipino american german
  mexican moroccan cuban venezuelan kenyan ugandan rwandan angolan libyan tibetan saudi iraqi israeli pakistani
  kuwaiti qatari yemeni emirati omani bahraini somali bangladeshi nepali azerbaijani sunni shia shiite kurd`);
const DEMONYM_SUFFIX = /(?:ian|ean|ese|ish)$/;
const ADJECTIVE_SUFFIX = /(?:al|ic|ical|ary|ist)$/;
/** After a name, these show it is the subject of a verb, not an adjective ("Brian said"). */
const VERB_AFTER_NAME = /^(?:said|says|told|tells|has|had|have|was|is|were|are|will|would|could|can|did|does|\w+ed)$/;

interface Word {
  /** As written; '' until `spelled` for an ordinary lower-case word of an ASCII sentence (most are never read). */
  text: string;
  start: number;
  end: number;
  capital: boolean;
  /** Ends with a possessive, a comma or other punctuation that closes a name. */
  closes: boolean;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
const DOTTED = /^(?:\p{L}\.){2,}$/u;
const ACRONYM_THEN_NAME = /^((?:\p{Lu}\.){2,}|\p{Lu}{2,})-(\p{Lu}.*)$/u;

/**
 * A character that may belong to a word WORD finds and ASCII_WORD misses (`[^\t-~‘’“”—–\u00a0]`):
 * letters, digits and marks outside ASCII, and control characters. Quotes and dashes do not count.
 */
const needsUnicodeWords = (code: number) =>
  code < 0x09 ||
  (code > 0x7e &&
    code !== 0x2018 &&
    code !== 0x2019 &&
    code !== 0x201c &&
    code !== 0x201d &&
    code !== 0x2014 &&
    code !== 0x2013 &&
    code !== 0xa0);

/** "A.B." and longer (`DOTTED`), with a cheap check of the last character first. */
const isDotted = (text: string) => text.length >= 4 && text.charCodeAt(text.length - 1) === 0x2e && DOTTED.test(text);
/** `[.'’&-]`, the characters stripped from the end of a word. */
const isTrailingMark = (code: number) =>
  code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x26 || code === 0x2d;

/**
 * A sentence as a range of the text that holds it: scanning the article in place is faster than
 * scanning a slice of it. Offsets of words are offsets into `source`.
 */
interface Sentence {
  source: string;
  from: number;
  to: number;
}

/** The character at `at` ends a name: anything but a space or the end of the sentence ("Syria," "Assad’s"). */
const closesAt = (s: Sentence, at: number) =>
  at < s.to && s.source.charCodeAt(at) !== 0x20 && s.source.charCodeAt(at) !== 0xa0;

function words(s: Sentence): Word[] {
  const ascii = asciiWords(s);
  if (ascii) return ascii;
  const out: Word[] = [];
  const sentence = s.source.slice(s.from, s.to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    addWord(out, s, s.from + m.index, m[0], PLAIN_LOWER.test(m[0]));
  }
  return out;
}

/**
 * The words of a sentence of ASCII letters (the common case): what `[A-Za-z0-9][A-Za-z0-9'’.&-]*` finds,
 * scanned by hand; null when the sentence needs WORD (a letter, digit or mark outside ASCII).
 */
function asciiWords(s: Sentence): Word[] | null {
  const out: Word[] = [];
  const { source, to } = s;
  // An ordinary lower-case word is only read as the first word or right after a capitalised one (a run of names
  // may go on through it, or it tells what follows a name): other ones are not kept.
  let afterCapital = true;
  for (let i = s.from; i < to;) {
    const code = source.charCodeAt(i);
    if (!isAsciiLetterOrDigit(code)) {
      if (needsUnicodeWords(code)) return null;
      i++;
      continue;
    }
    const start = i;
    let lower = code >= 0x61 && code <= 0x7a; // [a-z]+ so far
    for (i++; i < to; i++) {
      const c = source.charCodeAt(i);
      if (c < 0x80 ? !(ASCII_CLASSES[c]! & ASCII_NAME_PART) : c !== 0x2019) break;
      if (lower && !(c >= 0x61 && c <= 0x7a)) lower = false;
    }
    if (lower) {
      if (afterCapital) out.push({ text: '', start, end: i, capital: false, closes: closesAt(s, i), lower: '' });
      afterCapital = false;
    } else {
      const before = out.length;
      addWord(out, s, start, source.slice(start, i), false);
      if (out.length > before) afterCapital = out[out.length - 1]!.capital;
    }
  }
  return out;
}

/** The word in lower case, read from the sentence the first time it is needed. */
function spelled(s: Sentence, w: Word): string {
  if (w.text === '') w.text = w.lower = s.source.slice(w.start, w.end);
  return w.lower;
}

/** The word (or two, "U.S.-Russian") matched as `matched` at `start`; `plainLower` when it is `[a-z]+`. */
function addWord(out: Word[], s: Sentence, start: number, matched: string, plainLower: boolean): void {
  let text = matched;
  if (plainLower) {
    // The common case: an ordinary lower-case word, only needed as context for its neighbours.
    const end = start + text.length;
    out.push({ text, start, end, capital: false, closes: closesAt(s, end), lower: text });
    return;
  }
  let closes = false;
  const last = text.length - 1;
  if (last >= 1 && text.charCodeAt(last) === 0x73 && (text[last - 1] === "'" || text[last - 1] === '’')) {
    text = text.slice(0, -2); // a possessive: "Syria’s"
    closes = true;
  }
  if (isTrailingMark(text.charCodeAt(text.length - 1)) && !isDotted(text)) {
    let end = text.length;
    while (end > 0 && isTrailingMark(text.charCodeAt(end - 1))) end--;
    text = text.slice(0, end);
  }
  if (!text) return;
  const split = mayBeAcronymThenName(text) ? ACRONYM_THEN_NAME.exec(text) : null;
  if (split) {
    // "U.S.-Russian": two names joined by a hyphen, never one run.
    out.push(word(split[1]!, start, true));
    out.push(word(split[2]!, start + split[1]!.length + 1, closes));
    return;
  }
  const w = word(text, start, closes);
  if (closesAt(s, start + matched.length)) w.closes = true;
  out.push(w);
}
const PLAIN_LOWER = /^[a-z]+$/;

/** What ACRONYM_THEN_NAME needs: a hyphen, and a dot or a capital (or a character outside ASCII) second. */
function mayBeAcronymThenName(text: string): boolean {
  const second = text.charCodeAt(1);
  return (second === 0x2e || (second >= 0x41 && second <= 0x5a) || second >= 0x80) && text.includes('-');
}

function word(text: string, start: number, closes: boolean): Word {
  // "al-Assad" is a name, "Russian-backed" is not: what counts is the last part of a hyphenated word.
  let hyphen = text.length - 1;
  while (hyphen >= 0 && text.charCodeAt(hyphen) !== 0x2d) hyphen--; // lastIndexOf('-'), which is slow
  const capital = startsUpper(hyphen < 0 ? text : text.slice(hyphen + 1)) || isDotted(text);
  return { text, start, end: start + text.length, capital, closes, lower: text.toLowerCase() };
}

const isDemonym = (lower: string) => DEMONYMS.has(lower) || DEMONYM_SUFFIX.test(lower);

/**
 * Names in `sentence`, in order of first appearance, without duplicates.
 * @param isCommonWord tells whether a word (lower case) is an ordinary word of the article (it
 *   appears in lower case somewhere): a capitalised first word of a sentence is then not a name.
 */
export function findActors(sentence: string, isCommonWord: (lower: string) => boolean = () => false): string[] {
  return findActorsIn(sentence, 0, sentence.length, isCommonWord);
}

/** findActors of the sentence `text.slice(from, to)`, read in place. */
export function findActorsIn(
  text: string,
  from: number,
  to: number,
  isCommonWord: (lower: string) => boolean = () => false,
): string[] {
  const sentence: Sentence = { source: text, from, to };
  const ws = words(sentence);
  const runs: { words: Word[]; nextLower: string | undefined }[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!w.capital) continue;
    if (isSentenceInitial(sentence, w, ws[0]!) && (FUNCTION_WORDS.has(w.lower) || isCommonWord(w.lower))) continue;
    const run = [w];
    let j = i + 1;
    while (j < ws.length && !run[run.length - 1]!.closes && isAdjacent(text, run[run.length - 1]!, ws[j]!)) {
      const next = ws[j]!;
      if (next.capital) {
        run.push(next);
        j++;
      } else if (
        NAME_PARTICLES.has(spelled(sentence, next)) &&
        !next.closes &&
        j + 1 < ws.length &&
        ws[j + 1]!.capital &&
        isAdjacent(text, next, ws[j + 1]!)
      ) {
        run.push(next, ws[j + 1]!);
        j += 2;
      } else break;
    }
    // Remember what follows a one-word run: "Syrian rebels" is an adjective, "Fawzi said" a name.
    const after = ws[j];
    const adjacentLower = after && !after.capital && isAdjacent(text, run[run.length - 1]!, after);
    runs.push({ words: run, nextLower: adjacentLower ? spelled(sentence, after) : undefined });
    i = j - 1;
  }
  const names = new Set<string>(); // in order of first appearance
  for (const { words: run, nextLower } of runs) {
    for (const name of namesInRun(text, run, nextLower)) if (name.length <= MAX_NAME_LENGTH) names.add(name);
  }
  if (names.size < 2) return [...names];
  // "Assad" after "Bashar al-Assad" in the same sentence is the same person: a name that ends another one
  // after a space or a hyphen is left out. Each name gives its last few words once (linear in the sentence).
  const endings = new Set<string>();
  for (const name of names) {
    let words = 0;
    for (let i = name.length - 1; i > 0 && words < MAX_SUFFIX_WORDS; i--) {
      const before = name.charCodeAt(i - 1);
      if (before === 0x20 || before === 0x2d) {
        endings.add(name.slice(i));
        words++;
      }
    }
  }
  const kept: string[] = [];
  for (const name of names) {
    if (!endings.has(name)) kept.push(name);
    if (kept.length === MAX_ACTORS) break;
  }
  return kept;
}

/** `a` and `b` are separated by one space (or a dot and a space: "Jr. Smith"); offsets into `text`. */
function isAdjacent(text: string, a: Word, b: Word): boolean {
  const gap = b.start - a.end;
  if (gap === 0) return false;
  if (gap > 2) return false;
  const last = text.charCodeAt(b.start - 1);
  if (last !== 0x20 && last !== 0xa0) return false;
  return gap === 1 || text.charCodeAt(a.end) === 0x2e;
}

/** First word of the sentence, or the first after an opening quote, a colon or a semicolon. */
function isSentenceInitial(s: Sentence, w: Word, first: Word): boolean {
  if (w === first) return true;
  // `/[“"«:;]\s*$/` on the 3 characters of the sentence before the word, by hand.
  const from = Math.max(s.from, w.start - 3);
  let i = w.start - 1;
  while (i >= from && isSpace(s.source.charCodeAt(i))) i--;
  return i >= from && '“"«:;'.includes(s.source[i]!);
}

/** Splits a capitalised run into names: strips titles, month and day names, adjectival demonyms. */
function namesInRun(text: string, run: Word[], nextLower: string | undefined): string[] {
  // Month and day names at either end are dates, not names (by index: a run can be thousands of words long).
  let first = 0;
  let last = run.length;
  while (first < last && MONTH_AND_DAY_NAMES.has(withoutDot(run[first]!.lower))) first++;
  while (last > first && MONTH_AND_DAY_NAMES.has(withoutDot(run[last - 1]!.lower))) last--;
  if (first === last) return [];
  let parts = first === 0 && last === run.length ? run : run.slice(first, last);

  const out: string[] = [];
  let lastHead = -1;
  for (let k = 0; k < parts.length; k++) {
    const lower = withoutDot(parts[k]!.lower);
    const stateAfterSecretary =
      lower === 'state' && parts[k - 1]?.lower === 'of' && parts[k - 2]?.lower === 'secretary';
    if (HEAD_TITLES.has(lower) || stateAfterSecretary) lastHead = k;
  }
  if (lastHead >= 0 && lastHead < parts.length - 1) {
    let titleStart = lastHead;
    while (titleStart > 0) {
      const prev = withoutDot(parts[titleStart - 1]!.lower);
      if (TITLE_MODIFIERS.has(prev) || HEAD_TITLES.has(prev) || prev === 'of') titleStart--;
      else break;
    }
    const before = parts.slice(0, titleStart);
    if (before.length && !(before.length === 1 && isDemonym(before[0]!.lower))) out.push(joinRun(text, before));
    out.push(joinRun(text, parts.slice(lastHead + 1)));
    return out;
  }
  if (parts.every((p) => HEAD_TITLES.has(withoutDot(p.lower)) || TITLE_MODIFIERS.has(p.lower))) return [];
  if (lastHead === parts.length - 1) {
    // "United States President": the title names no one; what precedes it may.
    let titleStart = lastHead;
    while (titleStart > 0 && TITLE_MODIFIERS.has(parts[titleStart - 1]!.lower)) titleStart--;
    parts = parts.slice(0, titleStart);
  }
  if (parts.length === 1) {
    const only = parts[0]!;
    if (FUNCTION_WORDS.has(only.lower) || /^\d/.test(only.text)) return [];
    // An adjective before a noun: "Syrian rebels", "Presidential election" (not "Portugal and Spain", "Brian said").
    const beforeNoun = nextLower !== undefined && !FUNCTION_WORDS.has(nextLower) && !VERB_AFTER_NAME.test(nextLower);
    if (beforeNoun && (isDemonym(only.lower) || ADJECTIVE_SUFFIX.test(only.lower))) return [];
    if (only.lower.endsWith('ing') && nextLower === 'by') return []; // "Reporting by …", "Editing by …"
    if (only.text.length === 1) return [];
  }
  return [joinRun(text, parts)];
}

/** A word without one final dot ("gen." → "gen"). */
const withoutDot = (lower: string) => (lower.endsWith('.') ? lower.slice(0, -1) : lower);

function joinRun(text: string, run: Word[]): string {
  let name = text.slice(run[0]!.start, run[run.length - 1]!.end);
  if (!singleSpaced(name)) name = name.replace(/\s+/g, ' ');
  const last = name.length - 1;
  if (last >= 1 && name.charCodeAt(last) === 0x73 && (name[last - 1] === "'" || name[last - 1] === '’')) {
    name = name.slice(0, -2);
  }
  return name;
}

/** Whether `/\s+/g` → ' ' leaves `text` as it is: its only whitespace is single spaces. */
function singleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && (code !== 0x20 || isSpace(text.charCodeAt(i + 1)))) return false;
  }
  return true;
}
