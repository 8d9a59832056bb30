/**
 * One scan of a text for the trigger words of all word-gated parsers (timex-parser.ts), instead of one keyword
 * regex per parser: the text is cut into runs of ASCII letters once, each run is looked up once, and each parser
 * reads the positions of its own trigger words. A score of keyword scans over every piece of text was the
 * largest cost of timex parsing; this is a fraction of one.
 */

/**
 * A parser's trigger words, in lower case: every phrase the parser accepts holds one of them as a whole run of
 * letters ("day" in "a 10-day strike", "monday" in "Monday's"), or a run that ends in one of `endings` ("tonight",
 * "latertoday": for patterns that glue a word to the next with `\s*`).
 */
export interface TriggerWords {
  words: readonly string[];
  endings?: readonly string[];
  /** A colon between two digits triggers too ("10:30"): clock times written in digits hold no word. */
  colons?: boolean;
  /** So does the stop of an hour and its minutes written British style: one or two digits, a stop, two ("12.30"). */
  dottedClocks?: boolean;
  /**
   * Words that trigger only glued to the end of a number, or to its apostrophe: the "s" of "1990s" and "1990's"
   * (as a word of its own, "s" is every possessive's).
   */
  afterNumbers?: readonly string[];
  /**
   * Runs of ASCII digits of these lengths trigger too (whole runs: "2013" is a run of 4, "12013" one of 5): for
   * patterns whose phrases hold a number of a given length ("in 2013", "mid-2013", "fiscal 2013").
   */
  digitRuns?: readonly number[];
}

/** TriggerWords from space-separated lists. */
export function triggers(words: string, endings = ''): TriggerWords {
  return { words: words ? words.split(' ') : [], endings: endings ? endings.split(' ') : [] };
}

/**
 * The words a parser's phrases start with (lower case): every phrase it accepts starts with one of them as a
 * whole run of letters ("the" in "the past two weeks", "mid" in "mid-2016"), or with a digit when `digits`. The
 * pattern is then tried only where such a word starts, not at every word before a trigger word.
 */
export interface StartWords {
  words: readonly string[];
  digits?: boolean;
}

/** StartWords from a space-separated list. */
export function startWords(words: string, digits = false): StartWords {
  return { words: words.split(' '), digits };
}

/**
 * A trigger or start word with the bits of the parsers it triggers (`mask`; `numberMask` when glued to a number)
 * and of those whose phrases it may start. Parser k has bit k % 32 of the mask word k >> 5: of `mask` for the first
 * 32 parsers, of `mask2` (`numberMask2`, `startMask2`) for the next 32.
 */
interface WordEntry {
  word: string;
  hash: number;
  mask: number;
  mask2: number;
  numberMask: number;
  numberMask2: number;
  startMask: number;
  startMask2: number;
}
const ENTRIES: WordEntry[] = [];
/**
 * The entries by the hash of their word (hashRun), in an open-addressing table of ENTRIES' indices plus one (0: an
 * empty slot), at most a quarter full: most runs of a text are no trigger word, and an empty slot tells so with one
 * read (a Map keyed by the hashes was the largest cost of indexing a text).
 */
let slots = new Int32Array(1024);
/** Hashes are cut to 30 bits, which V8 keeps as small integers. */
const SMALL_HASH = 0x3fffffff;
/** The bits of the parsers whose phrases may start with a digit (first and second mask word). */
let digitStartMask = 0;
let digitStartMask2 = 0;
/** The bits of the parsers a colon between two digits triggers. */
let colonMask = 0;
let colonMask2 = 0;
/** The bits of the parsers the stop of "12.30" triggers. */
let dotMask = 0;
let dotMask2 = 0;
/** The bits of the parsers a run of digits triggers, by its length (none beyond the array). */
const digitRunMasks: number[] = [];
const digitRunMasks2: number[] = [];
/**
 * Endings with the bits of their parser, by their last letter (0 for "a"): a run is compared only with the endings
 * of its own last letter.
 */
const ENDINGS_BY_LAST_LETTER: { ending: string; mask: number; mask2: number }[][] = Array.from(
  { length: 26 },
  () => [],
);
let registered = 0;
/** Runs longer than every trigger word are not looked up (endings are checked on their own). */
let longest = 0;

/** How many parsers the index serves: two mask words of 32 bits. */
const MOST_PARSERS = 64;

/**
 * Registers a parser's trigger words (and the words its phrases start with); returns its number. At most 64
 * parsers: the masks are two 32-bit integers each (bit 31 is the sign bit, which `|`, `&`, `mask & -mask` and
 * Math.clz32 read alike): JavaScript's bitwise operators work on 32 bits.
 */
export function registerTriggerWords(triggers: TriggerWords, starts?: StartWords): number {
  if (registered === MOST_PARSERS) throw new RangeError(`at most ${MOST_PARSERS} word-gated parsers`);
  const afterNumbers = triggers.afterNumbers ?? [];
  for (const word of [...triggers.words, ...afterNumbers, ...(triggers.endings ?? []), ...(starts?.words ?? [])])
    if (!/^[a-z]+$/.test(word))
      throw new TypeError(`a trigger word is lower-case ASCII letters: ${JSON.stringify(word)}`);
  const parser = registered++;
  const high = parser >= 32; // in the second mask word
  const bit = 1 << (parser & 31);
  const entryOf = (word: string) => {
    const hash = hashRun(word, 0, word.length);
    for (let slot = hash & (slots.length - 1); slots[slot] !== 0; slot = (slot + 1) & (slots.length - 1)) {
      const entry = ENTRIES[slots[slot]! - 1]!;
      if (entry.word === word) return entry;
    }
    const entry = { word, hash, mask: 0, mask2: 0, numberMask: 0, numberMask2: 0, startMask: 0, startMask2: 0 };
    ENTRIES.push(entry);
    if (ENTRIES.length * 4 > slots.length) {
      slots = new Int32Array(slots.length * 2);
      ENTRIES.forEach((_, k) => placeEntry(k));
    } else placeEntry(ENTRIES.length - 1);
    longest = Math.max(longest, word.length);
    return entry;
  };
  for (const word of triggers.words) {
    const e = entryOf(word);
    if (high) e.mask2 |= bit;
    else e.mask |= bit;
  }
  for (const word of afterNumbers) {
    const e = entryOf(word);
    if (high) e.numberMask2 |= bit;
    else e.numberMask |= bit;
  }
  if (starts) {
    for (const word of starts.words) {
      const e = entryOf(word);
      if (high) e.startMask2 |= bit;
      else e.startMask |= bit;
    }
    if (starts.digits && high) digitStartMask2 |= bit;
    else if (starts.digits) digitStartMask |= bit;
  }
  if (triggers.colons && high) colonMask2 |= bit;
  else if (triggers.colons) colonMask |= bit;
  if (triggers.dottedClocks && high) dotMask2 |= bit;
  else if (triggers.dottedClocks) dotMask |= bit;
  for (const length of triggers.digitRuns ?? []) {
    if (!(length >= 1 && length <= 16 && Number.isInteger(length)))
      throw new RangeError(`a run of digits of 1 to 16: ${length}`);
    while (digitRunMasks.length <= length) {
      digitRunMasks.push(0);
      digitRunMasks2.push(0);
    }
    if (high) digitRunMasks2[length]! |= bit;
    else digitRunMasks[length]! |= bit;
  }
  for (const ending of triggers.endings ?? []) {
    // one entry per ending, with the bits of all its parsers: a run is compared with it once
    const list = ENDINGS_BY_LAST_LETTER[ending.charCodeAt(ending.length - 1) - 0x61]!;
    let entry = list.find((e) => e.ending === ending);
    if (!entry) list.push((entry = { ending, mask: 0, mask2: 0 }));
    if (high) entry.mask2 |= bit;
    else entry.mask |= bit;
  }
  return parser;
}

/**
 * The trigger runs of one text: for each registered parser, the starts and ends of its runs, in order; and where
 * the start words of the parsers that gave theirs start (`firstAt`, in order), with the bits of those parsers.
 */
export class WordIndex {
  readonly starts: number[][] = [];
  readonly ends: number[][] = [];
  /**
   * Where a start word (or a number, for the parsers that start with digits) starts, in order, and the bits of the
   * parsers whose phrases may start there (`firstMask` for the first 32, `firstMask2` for the next): one list for all
   * parsers, read through their bit (a list for each parser cost a third of the whole index: "the" and "a" start the
   * phrases of a dozen parsers).
   */
  readonly firstAt: number[] = [];
  readonly firstMask: number[] = [];
  readonly firstMask2: number[] = [];
  /** How many parsers were registered when the text was indexed. */
  readonly registered = registered;
  readonly text: string;

  /** `within`: the longer text that `piece` was cut from, read in place (reading a slice costs more). */
  constructor(piece: string, within?: PieceSource) {
    this.text = piece;
    for (let k = 0; k < registered; k++) {
      this.starts.push([]);
      this.ends.push([]);
    }
    const text = within ? within.text : piece;
    const base = within ? within.start : 0; // the piece's offset in `text`: offsets are recorded from it
    const n = base + piece.length;
    const slotMask = slots.length - 1;
    const longestDigitRun = digitRunMasks.length - 1;
    for (let i = base; i < n;) {
      const code = text.charCodeAt(i);
      if (!isAsciiLetter(code)) {
        if (isDigit(code) && (i === base || !isDigit(text.charCodeAt(i - 1)))) {
          // a number's first digit: where a phrase of a parser that starts with digits may start
          if ((digitStartMask | digitStartMask2) !== 0 && (i === base || !isAsciiWordChar(text.charCodeAt(i - 1))))
            this.addFirsts(digitStartMask, digitStartMask2, i - base);
          // the run of digits, of the parsers that its length triggers
          if (longestDigitRun > 0) {
            let end = i + 1;
            while (end < n && isDigit(text.charCodeAt(end))) end++;
            const length = end - i;
            if (length <= longestDigitRun && (digitRunMasks[length]! | digitRunMasks2[length]!) !== 0)
              this.addRun(digitRunMasks[length]!, digitRunMasks2[length]!, i - base, end - base);
          }
        }
        // "10:30": a one-character run of the parsers that read clock times in digits
        else if (
          code === 0x3a &&
          (colonMask | colonMask2) !== 0 &&
          i > base &&
          i + 1 < n &&
          isDigit(text.charCodeAt(i - 1)) &&
          isDigit(text.charCodeAt(i + 1))
        )
          this.addRun(colonMask, colonMask2, i - base, i + 1 - base);
        // "12.30", "7.45": the stop after one or two digits and before two (no more on either side)
        else if (code === 0x2e && (dotMask | dotMask2) !== 0 && isDottedClockStop(text, i, base, n))
          this.addRun(dotMask, dotMask2, i - base, i + 1 - base);
        i++;
        continue;
      }
      const start = i;
      // the run's hash (hashRun) as it is read: by hash and character codes, since a string for every run of
      // the text would cost more than all the rest
      let hash = Math.imul(0x811c9dc5 ^ (text.charCodeAt(i) | 0x20), 0x01000193);
      for (i++; i < n; i++) {
        const code = text.charCodeAt(i);
        if (!isAsciiLetter(code)) break;
        hash = Math.imul(hash ^ (code | 0x20), 0x01000193);
      }
      let mask = 0;
      let mask2 = 0;
      if (i - start <= longest) {
        hash &= SMALL_HASH;
        for (let slot = hash & slotMask; slots[slot] !== 0; slot = (slot + 1) & slotMask) {
          const e = ENTRIES[slots[slot]! - 1]!;
          if (e.hash === hash && sameLetters(text, start, i, e.word)) {
            mask |= e.mask;
            mask2 |= e.mask2;
            if ((e.numberMask | e.numberMask2) !== 0 && gluedToNumber(text, start, base)) {
              mask |= e.numberMask;
              mask2 |= e.numberMask2;
            }
            if ((e.startMask | e.startMask2) !== 0 && (start === base || !isAsciiWordChar(text.charCodeAt(start - 1))))
              this.addFirsts(e.startMask, e.startMask2, start - base);
          }
        }
      }
      const endings = ENDINGS_BY_LAST_LETTER[(text.charCodeAt(i - 1) | 0x20) - 0x61]!;
      for (let e = 0; e < endings.length; e++) {
        const ending = endings[e]!;
        if (i - start >= ending.ending.length && sameLetters(text, i - ending.ending.length, i, ending.ending)) {
          mask |= ending.mask;
          mask2 |= ending.mask2;
        }
      }
      if ((mask | mask2) !== 0) this.addRun(mask, mask2, start - base, i - base);
    }
  }

  /**
   * Records [start, end) as a trigger run of the parsers in `mask` and `mask2`. (One call for both mask words: a
   * call for each cost the index a tenth more instructions, measured.)
   */
  private addRun(mask: number, mask2: number, start: number, end: number): void {
    // each set bit, lowest first (a loop over every bit up to the highest cost more than the pushes)
    for (; mask !== 0; mask &= mask - 1) {
      const k = 31 - Math.clz32(mask & -mask);
      this.starts[k]!.push(start);
      this.ends[k]!.push(end);
    }
    for (; mask2 !== 0; mask2 &= mask2 - 1) {
      const k = 63 - Math.clz32(mask2 & -mask2);
      this.starts[k]!.push(start);
      this.ends[k]!.push(end);
    }
  }

  /** Records `at` as a start of the phrases of the parsers in `mask` and `mask2`. */
  private addFirsts(mask: number, mask2: number, at: number): void {
    this.firstAt.push(at);
    this.firstMask.push(mask);
    this.firstMask2.push(mask2);
  }
}

/** Whether the stop at `i` is between an hour's one or two digits and two digits of minutes ("12.30", "7.45"). */
function isDottedClockStop(text: string, i: number, base: number, n: number): boolean {
  if (i === base || i + 2 >= n || !isDigit(text.charCodeAt(i - 1))) return false;
  if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return false;
  if (i + 3 < n && isDigit(text.charCodeAt(i + 3))) return false;
  const hourStart = i - 1 > base && isDigit(text.charCodeAt(i - 2)) ? i - 2 : i - 1;
  return hourStart === base || !isDigit(text.charCodeAt(hourStart - 1));
}

/** `\w`: what the patterns' `(?<!\w)` look-behind checks. */
export function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** A hash of the letters [start, end) of `text`, in lower case. */
function hashRun(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  return h & SMALL_HASH;
}

/** Places ENTRIES[k] in the first empty slot from the one of its hash. */
function placeEntry(k: number): void {
  const mask = slots.length - 1;
  let slot = ENTRIES[k]!.hash & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = k + 1;
}

/** Whether the ASCII letters [start, end) of `text` are `word` (lower case), in any case. */
function sameLetters(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = start; i < end; i++) if ((text.charCodeAt(i) | 0x20) !== word.charCodeAt(i - start)) return false;
  return true;
}

/** Whether the run at `start` follows a digit, or an apostrophe after a digit, inside the piece from `base`. */
function gluedToNumber(text: string, start: number, base: number): boolean {
  if (start === base) return false;
  const before = text.charCodeAt(start - 1);
  return isDigit(before) || (before === 0x27 && start - 1 > base && isDigit(text.charCodeAt(start - 2)));
}

function isDigit(code: number): boolean {
  return (code - 0x30) >>> 0 < 10;
}

function isAsciiLetter(code: number): boolean {
  return ((code | 0x20) - 0x61) >>> 0 < 26; // (one comparison: | 0x20 maps A-Z onto a-z and nothing else there)
}

/**
 * The index of the text being parsed. chrono-node hands each parser the same piece of text, then what is left
 * of it after each phrase (a suffix): the index of the piece serves all parsers and all suffixes.
 * `forgetWordIndex` drops it around each parse, so that no work is carried from one extraction to the next.
 */
let current: WordIndex | null = null;

/** A piece of a text, and where it starts in the text. */
export interface PieceSource {
  piece: string;
  text: string;
  start: number;
}
/** The piece chrono-node is given next, when it was cut from a longer text: its index reads it there. */
let pieceSource: PieceSource | null = null;

export function forgetWordIndex(): void {
  current = null;
  pieceSource = null;
}

/** Tells that the text chrono-node parses next is `text.slice(start, start + piece.length)`. */
export function parsingPieceOf(piece: string, text: string, start: number): void {
  pieceSource = { piece, text, start };
}

/**
 * The index that covers `text`, and the offset of `text` in the indexed text. `whole` is the piece chrono-node
 * parses (its context's text), of which `text` is the rest after a phrase: chrono's parse loop hands each parser
 * `whole.substring(k)`, so the offset is the difference of their lengths. Comparing the two texts to check it cost
 * a pass over the rest of the piece for every phrase (quadratic in a piece; a fifth of all extraction time), so
 * only its ends are checked. Without `whole`, `text` is indexed on its own unless it is the indexed text.
 */
export function wordIndexFor(text: string, whole?: string): { index: WordIndex; offset: number } {
  const fresh = !current || current.registered !== registered;
  if (whole !== undefined) {
    const offset = whole.length - text.length;
    const suffix =
      offset >= 0 &&
      (offset === 0
        ? whole === text
        : text.length === 0 ||
          (text.charCodeAt(0) === whole.charCodeAt(offset) &&
            text.charCodeAt(text.length - 1) === whole.charCodeAt(whole.length - 1)));
    if (suffix) {
      if (fresh || current!.text !== whole)
        current = new WordIndex(whole, pieceSource?.piece === whole ? pieceSource : undefined);
      return { index: current!, offset };
    }
  } else if (!fresh && current!.text === text) return { index: current!, offset: 0 };
  current = new WordIndex(text);
  return { index: current, offset: 0 };
}
