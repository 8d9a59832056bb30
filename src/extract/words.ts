/** Small word lists and tokenising shared by the label and actor heuristics. */

export interface Token {
  /** As written, punctuation included ("Cairo,", "“The"). */
  text: string;
  /** Offsets in the string tokenised (end exclusive). */
  start: number;
  end: number;
  /** Lower case, without surrounding punctuation or a possessive ("Syria’s" → "syria"). */
  core: string;
  /** Holds a letter or a digit (not a lone dash or quote): counts as a word of a label. */
  isWord: boolean;
}

const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;
/** Marks coreOf strips before a word: “ ‘ " ' « ( [ */
function isOpeningMark(code: number): boolean {
  switch (code) {
    case 0x201c:
    case 0x2018:
    case 0x22:
    case 0x27:
    case 0xab:
    case 0x28:
    case 0x5b:
      return true;
    default:
      return false;
  }
}

/** Marks coreOf strips after a word: ” ’ " ' » ) ] , ; : ! ? */
function isClosingMark(code: number): boolean {
  switch (code) {
    case 0x201d:
    case 0x2019:
    case 0x22:
    case 0x27:
    case 0xbb:
    case 0x29:
    case 0x5d:
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x21:
    case 0x3f:
      return true;
    default:
      return false;
  }
}

export const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
/** An ASCII digit, by code. */
export const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
export const isAsciiLetterOrDigit = (code: number) => isAsciiLetter(code) || isAsciiDigit(code);

const LETTER_HYPHEN_LETTER = /\p{L}-\p{L}/u;

/**
 * Whether `text` holds a hyphen between two letters ("third-quarter", "al-Assad"): `/\p{L}-\p{L}/u`, without the
 * regex when the characters around each hyphen are ASCII (a label's words are read so for every event).
 */
export function joinsLettersWithHyphen(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    if (text.charCodeAt(i) !== 0x2d) continue;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (before >= 0x80 || after >= 0x80) return LETTER_HYPHEN_LETTER.test(text); // a letter outside ASCII, maybe
    if (isAsciiLetter(before) && isAsciiLetter(after)) return true;
  }
  return false;
}

/** Classes of the ASCII characters, one table look-up in the scanning loops. */
export const ASCII_SPACE = 1;
export const ASCII_LETTER = 2;
export const ASCII_UPPER = 4;
export const ASCII_DIGIT = 8;
/** `[A-Za-z0-9'.&-]`: inside a word of findActors. */
export const ASCII_NAME_PART = 16;
export const ASCII_CLASSES = (() => {
  const classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    let k = 0;
    if (isSpace(code)) k |= ASCII_SPACE;
    if (isAsciiLetter(code)) k |= ASCII_LETTER | ASCII_NAME_PART;
    if (code >= 0x41 && code <= 0x5a) k |= ASCII_UPPER;
    if (code >= 0x30 && code <= 0x39) k |= ASCII_DIGIT | ASCII_NAME_PART;
    if ("'.&-".includes(String.fromCharCode(code))) k |= ASCII_NAME_PART;
    classes[code] = k;
  }
  return classes;
})();

/** Whether a UTF-16 code unit is whitespace as `\s` means it in a JavaScript regular expression. */
export function isSpace(code: number): boolean {
  if (code === 0x20) return true;
  if (code < 0x09) return false;
  if (code <= 0x0d) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a UTF-16 code unit breaks a line: `/[\r\n\u2028\u2029]/`. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * coreOf for the common shapes, without the regex chain: ASCII letters and digits, maybe joined by
 * hyphens, between opening and closing marks ("“The", "Monday,", "(Reuters)", "U.", "Syria’s", "2014,",
 * "al-Assad’s", "mid-2013,"); undefined for any other shape.
 */
function markedWordCore(word: string): string | undefined {
  const n = word.length;
  let i = 0;
  while (i < n && isOpeningMark(word.charCodeAt(i))) i++;
  const lettersStart = i;
  while (i < n) {
    if (isAsciiLetterOrDigit(word.charCodeAt(i))) i++;
    else if (word.charCodeAt(i) === 0x2d && i > lettersStart && isAsciiLetterOrDigit(word.charCodeAt(i + 1))) i += 2;
    else break;
  }
  const lettersEnd = i;
  if (lettersEnd === lettersStart) return undefined;
  if (i + 1 < n && (word[i] === "'" || word[i] === '’') && word[i + 1] === 's') {
    // A possessive is dropped only when nothing but closing marks follows it ("Syria’s,", not "Syria’s.").
    for (i += 2; i < n; i++) if (!isClosingMark(word.charCodeAt(i))) return undefined;
  } else {
    // Closing marks and dots all go: the edge-punctuation strip takes what the closing-mark strip leaves.
    for (; i < n; i++) if (word.charCodeAt(i) !== 0x2e && !isClosingMark(word.charCodeAt(i))) return undefined;
  }
  return lowerSlice(word, lettersStart, lettersEnd);
}

/**
 * `text.slice(start, end).toLowerCase()`, without toLowerCase for an ASCII word with no capital (a punctuated word,
 * "said,"): on a two-byte string (an article with a curly quote) it costs ~1,000 instructions, 8 times a slice.
 */
function lowerSlice(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return text.slice(start, end).toLowerCase();
  }
  return text.slice(start, end);
}

/** `text.toLowerCase()`, without the call for ASCII text with no capital (see lowerSlice). */
export function lowerCase(text: string): string {
  return lowerSlice(text, 0, text.length);
}

/** Strips surrounding punctuation and a possessive; keeps the dots of "U.S.". */
export function coreOf(word: string): string {
  const marked = markedWordCore(word); // the common cases, without the regex chain
  if (marked !== undefined) return marked;
  const bare = word.replace(/^[“‘"'«([]+|[”’"'»)\],;:!?]+$/gu, '');
  if (DOTTED_ACRONYM.test(bare)) return bare.toLowerCase();
  return bare
    .replace(/['’]s$/u, '')
    .replace(EDGE_PUNCT, '')
    .toLowerCase();
}

/** Whitespace-separated words of `text` with offsets (the words of `/\S+/g`, scanned by hand: it runs per event). */
export function tokenize(text: string, offset = 0): Token[] {
  return tokenizeRange(text, 0, text.length, offset);
}

/**
 * The tokens of `text.slice(from, to)` (offsets from `from`, plus `offset`), read in place: scanning a
 * slice of an article is slower than scanning the article itself.
 */
export function tokenizeRange(text: string, from: number, to: number, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = to;
  const shift = offset - from;
  let i = from;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    let plain = true; // ASCII letters only: the common case, without the unicode regexes
    let hasCapital = false;
    let ascii = true;
    let asciiLetterOrDigit = false;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        const k = ASCII_CLASSES[code]!;
        if (k & ASCII_LETTER) {
          asciiLetterOrDigit = true;
          if (k & ASCII_UPPER) hasCapital = true;
          continue;
        }
        if (k & ASCII_SPACE) break;
        plain = false;
        if (k & ASCII_DIGIT) asciiLetterOrDigit = true;
      } else {
        if (isSpace(code)) break;
        plain = false;
        ascii = false;
      }
    }
    const word = text.slice(start, i);
    tokens.push({
      text: word,
      start: shift + start,
      end: shift + i,
      core: plain ? (hasCapital ? word.toLowerCase() : word) : coreOf(word),
      isWord: plain || asciiLetterOrDigit || hasLetterOrDigit(word, ascii),
    });
  }
  return tokens;
}

/** Whether `word` holds a letter or a digit; `ascii` when all its code units are ASCII. */
function hasLetterOrDigit(word: string, ascii: boolean): boolean {
  if (!ascii) return HAS_LETTER_OR_DIGIT.test(word);
  for (let i = 0; i < word.length; i++) if (isAsciiLetterOrDigit(word.charCodeAt(i))) return true;
  return false;
}

/** Whether `text` starts with an upper-case letter (`/^\p{Lu}/u`), without the regex for ASCII. */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_FIRST.test(text);
}

/** Whether `text` has an upper-case letter before any other letter (`/^\P{L}*\p{Lu}/u`): "Said", "“Told". */
export function upperBeforeAnyLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80 && isAsciiLetter(code)) return code <= 0x5a; // the common case, without the regex
  return UPPER_BEFORE_ANY_LETTER.test(text);
}
const UPPER_BEFORE_ANY_LETTER = /^\P{L}*\p{Lu}/u;

/** Whether `text` starts with a lower-case letter (`/^\p{Ll}/u`), without the regex for ASCII. */
export function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_FIRST.test(text);
}
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Verbs that attribute a statement to a source ("SANA said", "told Reuters"). */
export const ATTRIBUTION_VERBS = set(`said says say told tells reported reports announced announces added adds stated
  states according confirmed confirms quoted cited wrote writes tweeted posted explained noted claimed claims insisted
  insists warned warns disclosed revealed acknowledged predicted predicts argued argues asserted asserts suggested
  indicated declared reiterated replied responded commented observed recalled conceded admitted emphasized
  emphasised stressed maintained contended`);

/** Function words: never names, and useless at the edges of a label. */
export const FUNCTION_WORDS = set(`a an the this that these those it its he she they we i you his her their our my your
  and or but nor so yet for of to in on at by with from into onto over under about after before since during until
  till through throughout between among against as than then there here when while where which who whom whose what
  why how if although though because whereas also not no all any both each every some many most more much such
  other another one be is are was were been being has have had do does did will would can could may might must
  shall should after said says according however meanwhile still just even only also`);

/** Words that introduce a clause: a label does not start with them. */
export const LEADING_CONNECTIVES = set(`and but or so yet while whereas although though because as then also however
  meanwhile moreover furthermore still when where since after before if unless once finally separately again
  additionally besides instead nevertheless nonetheless thus therefore`);

export const PRONOUNS = set('this that it he she they we i you there these those');

export const MONTH_AND_DAY_NAMES = set(`january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun`);

/** Finite verbs that show where a subject's modifier ends ("talks convened by X failed"). */
export const FINITE_VERBS = set(`is are was were has have had will would could can may might must should shall did
  does do said says`);

/** Common irregular past tenses: where a clause's verb is when it does not end in "-ed". */
export const IRREGULAR_PAST =
  set(`left met went came took gave made held began saw fell rose won lost spoke sent paid sold
  bought led ran got struck broke wrote found became brought hit fought flew grew drove chose stood kept felt heard
  meant built spent sought caught shot threw fled told said put set cut quit`);

export const DETERMINERS = set(
  'a an the this that these those its his her their our my your some many several two three',
);

/** Words that open the date a change starts from: "rises starting Monday", "a rate effective May 1". */
export const STARTING_WORDS = ['starting', 'beginning', 'effective'];

/**
 * Verbs whose past is written as their present ("cut", "hit", "set"): neither the tagger nor the tense refiner can
 * take the form alone for the past (labels/tags.ts, timex habitual-refiner.ts).
 */
export const SAME_FORM_PAST =
  'cut put set hit let quit shut spread cost hurt bet bid burst cast split read beat upset broadcast forecast shed'.split(
    ' ',
  );
