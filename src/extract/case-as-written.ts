/**
 * Labels read from a sentence in capitals ("CEO TO QUIT BY END OF Q1") are read, and written, in lower case. This
 * gives each of their words back the case the article writes it in elsewhere: "CEO", "Trump", "polls".
 */

import { MONTH_NAMES, WEEKDAY_NAMES } from './timex/calendar.js';

/**
 * Names of days and months in lower case, with their written form: a label read from a sentence in capitals gives
 * them their capital back ("may" and "march" are left as they are: more often the verbs).
 */
const CALENDAR_NAMES = new Map(
  [...WEEKDAY_NAMES, ...MONTH_NAMES].filter((n) => n !== 'May' && n !== 'March').map((n) => [n.toLowerCase(), n]),
);
const CALENDAR_NAME = new RegExp(`\\b(?:${[...CALENDAR_NAMES.keys()].join('|')})\\b`, 'g');

/** A word: letters and digits, with inner apostrophes and hyphens ("Q1", "G7", "O'Brien", "co-founder"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’-](?=[\p{L}\p{N}]))*/gu;
/** Whether the sentence around [start, end) (up to a line break or a sentence's end) has an ASCII lower-case letter. */
function inLowerCaseSentence(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && !isSentenceEnd(text.charCodeAt(i)); i--)
    if (isLower(text.charCodeAt(i))) return true;
  for (let i = end; i < text.length && !isSentenceEnd(text.charCodeAt(i)); i++)
    if (isLower(text.charCodeAt(i))) return true;
  return false;
}

const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
/** A line break, "." "!" or "?". */
const isSentenceEnd = (c: number) => c === 0x0a || c === 0x0d || c === 0x2e || c === 0x21 || c === 0x3f;

/** Whether the word at `at` opens a sentence or a line: its capital says nothing of the word. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '‘')) i--;
  return i < 0 || /[.!?:\n\r]/.test(text[i]!);
}

/**
 * For each word (in lower case), the form the article writes it in most often outside sentences in capitals and
 * away from the start of a sentence, when that is not lower case (a tie goes to lower case).
 */
export function writtenForms(text: string): Map<string, string> {
  const capitalised = new Map<string, Map<string, number>>();
  const lowerCount = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const form = m[0];
    const lower = form.toLowerCase();
    if (form === lower) {
      lowerCount.set(lower, (lowerCount.get(lower) ?? 0) + 1);
      continue;
    }
    // a capital that opens a sentence, or a word in a line of capitals, says nothing of how the word is written
    const at = m.index;
    if (opensSentence(text, at)) continue;
    // (a letter alone too: "CALLED FOR A CEASEFIRE" says nothing of "a")
    if (form === form.toUpperCase() && !inLowerCaseSentence(text, at, at + form.length)) continue;
    let byForm = capitalised.get(lower);
    if (!byForm) capitalised.set(lower, (byForm = new Map()));
    byForm.set(form, (byForm.get(form) ?? 0) + 1);
  }
  const forms = new Map<string, string>();
  for (const [lower, byForm] of capitalised) {
    let best = lower;
    let most = lowerCount.get(lower) ?? 0;
    for (const [form, n] of byForm) if (n > most) [best, most] = [form, n];
    if (best !== lower) forms.set(lower, best);
  }
  return forms;
}

/**
 * `label` (read in lower case from a sentence in capitals) with each word as the article writes it elsewhere
 * (`forms`, from writtenForms); a word with letters and digits the article gives in capitals alone is written in
 * capitals ("q1" → "Q1", "g7" → "G7"); days and months ("friday" → "Friday"), known acronyms ("fbi" → "FBI") and
 * names of several words ("the united states") take their capitals. The first letter stays a capital.
 */
export function caseAsWritten(label: string, forms: Map<string, string>): string {
  const named = label.replace(CALENDAR_NAME, (w) => CALENDAR_NAMES.get(w)!);
  let cased = named.replace(WORD, (word, at: number) => {
    const lower = word.toLowerCase();
    const form = forms.get(lower);
    if (form) return form;
    if (/\d/.test(word) && /\p{L}/u.test(word)) return word.toUpperCase();
    const acronym = acronymAt(named, lower, at, word.length);
    if (acronym) return acronym;
    // ("us-led", "nhs-run": an acronym in a compound)
    const hyphen = word.indexOf('-');
    if (hyphen > 0) {
      const part = lower.slice(0, hyphen);
      return (acronymAt(named, part, at, hyphen) ?? forms.get(part) ?? word.slice(0, hyphen)) + word.slice(hyphen);
    }
    return word;
  });
  // (a name of several words: a cheap test for one of its first words first)
  if (NAME_FIRST_WORD.test(cased)) cased = cased.replace(NAMES_OF_WORDS, titleCase);
  return cased.charAt(0).toUpperCase() + cased.slice(1);
}

/**
 * Acronyms that news writes in capitals and English does not write as a word: known without the article ("the pm",
 * "the fbi", "nhs waiting lists" read from a line in capitals).
 */
const ACRONYMS = new Map(
  `UK UN EU FBI CIA NHS NATO BBC IMF NASA OPEC ECB GDP CEO CFO MP MPs CEOs UAE USA WTO IAEA GOP TV DNA NFL NBA FIFA
  UEFA ICC IOC ONS FTSE NYSE SNP DUP MEP MEPs`
    .split(/\s+/)
    .map((form) => [form.toLowerCase(), form]),
);

/**
 * The acronym a word of a label read from capitals stands for, or null. "us" and "pm" are common words too: "us" is
 * the country first in the label, after "the" or before a hyphen ("the us", "us-led"; not "told us"), "pm" the prime minister unless a
 * figure comes before it ("8 pm"); "i" is always "I".
 */
function acronymAt(label: string, lower: string, at: number, length: number): string | null {
  if (lower === 'i') return 'I';
  if (lower === 'us') {
    if (at === 0 || label.charCodeAt(at + length) === 0x2d) return 'US';
    return /(?:^|\s)the\s+$/i.test(label.slice(Math.max(0, at - 5), at)) ? 'US' : null;
  }
  if (lower === 'pm') return /\d\s*$/.test(label.slice(Math.max(0, at - 2), at)) ? null : 'PM';
  return ACRONYMS.get(lower) ?? null;
}

/** Names of several words that news writes with capitals, read from a line in capitals ("the united states"). */
const NAMES = `united states|united kingdom|united nations|united arab emirates|european union|european commission|
  white house|downing street|wall street|new york|new zealand|new delhi|los angeles|san francisco|hong kong|
  south africa|north korea|south korea|saudi arabia|sri lanka|west bank|gaza strip|middle east|red cross|
  world cup|premier league|champions league|supreme court|federal reserve|bank of england|house of commons|
  house of lords|scotland yard|world health organization|world bank`
  .split('|')
  .map((name) => name.trim());
const NAME_FIRST_WORD = new RegExp(`\\b(?:${[...new Set(NAMES.map((name) => name.split(' ')[0]))].join('|')})\\s`, 'i');
const NAMES_OF_WORDS = new RegExp(`\\b(?:${NAMES.join('|').replace(/ /g, '\\s+')})\\b`, 'gi');

/** "united states" → "United States", "bank of england" → "Bank of England". */
const titleCase = (name: string) =>
  name.replace(/\p{L}+/gu, (word) => (word === 'of' ? word : word.charAt(0).toUpperCase() + word.slice(1)));
