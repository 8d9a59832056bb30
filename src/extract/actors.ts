/**
 * People, places and organisations named in a sentence, found by capitalisation heuristics
 * (no NLP library: this code ships inside the browser element).
 *
 * "President Bashar al-Assad" → "Bashar al-Assad"; "U.S. Secretary of State John Kerry" → "U.S.",
 * "John Kerry"; "Syria’s" → "Syria"; demonyms used as adjectives ("Syrian rebels") and a
 * sentence's first word when it is a common word ("Security sources said") are left out.
 */
import { FUNCTION_WORDS, MONTH_AND_DAY_NAMES } from './words.js';

/** At most this many actors per sentence (a pathological sentence can name thousands). */
export const MAX_ACTORS = 20;

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
  text: string;
  start: number;
  end: number;
  capital: boolean;
  /** Ends with a possessive, a comma or other punctuation that closes a name. */
  closes: boolean;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
/** The same words in a sentence of ASCII letters (the common case): three times cheaper than the unicode scan. */
const ASCII_WORD = /[A-Za-z0-9][A-Za-z0-9'’.&-]*/g;
/** A letter, digit or mark outside ASCII: WORD is needed (quotes and dashes do not count). */
const NON_ASCII_WORD_CHAR = /[^\t-~‘’“”—–\u00a0]/;
const DOTTED = /^(?:\p{L}\.){2,}$/u;
const PLAIN_LOWER = /^[a-z]+$/;
const ACRONYM_THEN_NAME = /^((?:\p{Lu}\.){2,}|\p{Lu}{2,})-(\p{Lu}.*)$/u;

function words(sentence: string): Word[] {
  const out: Word[] = [];
  const re = NON_ASCII_WORD_CHAR.test(sentence) ? WORD : ASCII_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    let text = m[0];
    const start = m.index;
    if (PLAIN_LOWER.test(text)) {
      // The common case: an ordinary lower-case word, only needed as context for its neighbours.
      const after = sentence[start + text.length];
      const closes = after !== undefined && after !== ' ' && after !== '\u00a0';
      out.push({ text, start, end: start + text.length, capital: false, closes, lower: text });
      continue;
    }
    let closes = false;
    if (/['’]s$/u.test(text)) {
      text = text.slice(0, -2);
      closes = true;
    }
    if (!DOTTED.test(text)) text = text.replace(/[.'’&-]+$/u, '');
    if (!text) continue;
    const split = ACRONYM_THEN_NAME.exec(text);
    if (split) {
      // "U.S.-Russian": two names joined by a hyphen, never one run.
      out.push(word(split[1]!, start, true));
      out.push(word(split[2]!, start + split[1]!.length + 1, closes));
      continue;
    }
    const w = word(text, start, closes);
    const after = sentence[start + m[0].length];
    if (after !== undefined && after !== ' ' && after !== '\u00a0') w.closes = true;
    out.push(w);
  }
  return out;
}

function word(text: string, start: number, closes: boolean): Word {
  // "al-Assad" is a name, "Russian-backed" is not: what counts is the last part of a hyphenated word.
  const last = text.slice(text.lastIndexOf('-') + 1);
  const capital = /^\p{Lu}/u.test(last) || DOTTED.test(text);
  return { text, start, end: start + text.length, capital, closes, lower: text.toLowerCase() };
}

const isDemonym = (lower: string) => DEMONYMS.has(lower) || DEMONYM_SUFFIX.test(lower);

/**
 * Names in `sentence`, in order of first appearance, without duplicates.
 * @param isCommonWord tells whether a word (lower case) is an ordinary word of the article (it
 *   appears in lower case somewhere): a capitalised first word of a sentence is then not a name.
 */
export function findActors(sentence: string, isCommonWord: (lower: string) => boolean = () => false): string[] {
  const ws = words(sentence);
  const runs: { words: Word[]; nextLower: string | undefined }[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!w.capital) continue;
    if (isSentenceInitial(sentence, w, ws[0]!) && (FUNCTION_WORDS.has(w.lower) || isCommonWord(w.lower))) continue;
    const run = [w];
    let j = i + 1;
    while (j < ws.length && !run[run.length - 1]!.closes && isAdjacent(sentence, run[run.length - 1]!, ws[j]!)) {
      const next = ws[j]!;
      if (next.capital) {
        run.push(next);
        j++;
      } else if (
        NAME_PARTICLES.has(next.lower) &&
        !next.closes &&
        j + 1 < ws.length &&
        ws[j + 1]!.capital &&
        isAdjacent(sentence, next, ws[j + 1]!)
      ) {
        run.push(next, ws[j + 1]!);
        j += 2;
      } else break;
    }
    // Remember what follows a one-word run: "Syrian rebels" is an adjective, "Fawzi said" a name.
    const after = ws[j];
    const adjacentLower = after && !after.capital && isAdjacent(sentence, run[run.length - 1]!, after);
    runs.push({ words: run, nextLower: adjacentLower ? after.lower : undefined });
    i = j - 1;
  }
  const names: string[] = [];
  for (const { words: run, nextLower } of runs) {
    for (const name of namesInRun(sentence, run, nextLower)) {
      if (!names.includes(name)) names.push(name);
    }
  }
  // "Assad" after "Bashar al-Assad" in the same sentence is the same person.
  const kept = names.filter(
    (name) => !names.some((other) => other !== name && other.length > name.length && endsWithWord(other, name)),
  );
  return kept.slice(0, MAX_ACTORS);
}

function endsWithWord(long: string, short: string): boolean {
  if (!long.endsWith(short)) return false;
  const before = long[long.length - short.length - 1];
  return before === ' ' || before === '-';
}

function isAdjacent(sentence: string, a: Word, b: Word): boolean {
  const gap = b.start - a.end;
  if (gap === 0) return false;
  if (gap > 2) return false;
  const last = sentence[b.start - 1];
  if (last !== ' ' && last !== '\u00a0') return false;
  return gap === 1 || sentence[a.end] === '.';
}

/** First word of the sentence, or the first after an opening quote, a colon or a semicolon. */
function isSentenceInitial(sentence: string, w: Word, first: Word): boolean {
  return w === first || /[“"«:;]\s*$/u.test(sentence.slice(Math.max(0, w.start - 3), w.start));
}

/** Splits a capitalised run into names: strips titles, month and day names, adjectival demonyms. */
function namesInRun(sentence: string, run: Word[], nextLower: string | undefined): string[] {
  let parts = run;
  while (parts.length && MONTH_AND_DAY_NAMES.has(parts[0]!.lower.replace(/\.$/, ''))) parts = parts.slice(1);
  while (parts.length && MONTH_AND_DAY_NAMES.has(parts[parts.length - 1]!.lower.replace(/\.$/, ''))) {
    parts = parts.slice(0, -1);
  }
  if (!parts.length) return [];

  const out: string[] = [];
  let lastHead = -1;
  for (let k = 0; k < parts.length; k++) {
    const lower = parts[k]!.lower.replace(/\.$/, '');
    const stateAfterSecretary =
      lower === 'state' && parts[k - 1]?.lower === 'of' && parts[k - 2]?.lower === 'secretary';
    if (HEAD_TITLES.has(lower) || stateAfterSecretary) lastHead = k;
  }
  if (lastHead >= 0 && lastHead < parts.length - 1) {
    let titleStart = lastHead;
    while (titleStart > 0) {
      const prev = parts[titleStart - 1]!.lower.replace(/\.$/, '');
      if (TITLE_MODIFIERS.has(prev) || HEAD_TITLES.has(prev) || prev === 'of') titleStart--;
      else break;
    }
    const before = parts.slice(0, titleStart);
    if (before.length && !(before.length === 1 && isDemonym(before[0]!.lower))) out.push(joinRun(sentence, before));
    out.push(joinRun(sentence, parts.slice(lastHead + 1)));
    return out;
  }
  if (parts.every((p) => HEAD_TITLES.has(p.lower.replace(/\.$/, '')) || TITLE_MODIFIERS.has(p.lower))) return [];
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
    if (/ing$/.test(only.lower) && nextLower === 'by') return []; // "Reporting by …", "Editing by …"
    if (only.text.length === 1) return [];
  }
  return [joinRun(sentence, parts)];
}

function joinRun(sentence: string, run: Word[]): string {
  return sentence
    .slice(run[0]!.start, run[run.length - 1]!.end)
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/u, '');
}
