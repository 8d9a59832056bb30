/**
 * Labels read from a sentence in capitals ("CEO TO QUIT BY END OF Q1") are read, and written, in lower case. This
 * gives each of their words back the case the article writes it in elsewhere: "CEO", "Trump", "polls".
 */

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
    if (form.length > 1 && form === form.toUpperCase() && !inLowerCaseSentence(text, at, at + form.length)) continue;
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
 * capitals ("q1" → "Q1", "g7" → "G7"). The first letter stays a capital.
 */
export function caseAsWritten(label: string, forms: Map<string, string>): string {
  const cased = label.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    const form = forms.get(lower);
    if (form) return form;
    if (/\d/.test(word) && /\p{L}/u.test(word)) return word.toUpperCase();
    return word;
  });
  return cased.charAt(0).toUpperCase() + cased.slice(1);
}
