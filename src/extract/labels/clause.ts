/**
 * The clause model: what a time phrase dates, and the words of the label around it.
 *
 * A time phrase dates (in this order of tests):
 * 1. the clause after "when" that follows it ("in 2010 when the company recalled its phones");
 * 2. the noun it modifies ("Tuesday's vote", "the 2012 election", "third-quarter profit"): when that
 *    noun phrase is a verb's subject the clause is labelled, an event noun is labelled on its own, and
 *    another noun ("the 1930s steel span") makes a background event;
 * 3. the main clause after it, when it opens its clause ("On Monday, the army withdrew");
 * 4. the verb right after it ("The court Friday rejected");
 * 5. else the nearest verb before it in its clause: the clause of that verb, a participle with the
 *    noun it describes ("an accord signed yesterday"), or a statement when the verb is one of saying
 *    ("Officials said Monday that…": who said it, and what).
 */
import { isEventNoun, MODIFIER_ADJECTIVES, PREPOSITION_OR_SUBORDINATOR, SUBORDINATORS, TITLES } from './lexicon.js';
import {
  breakAfter,
  endsNounPhrase,
  inPhrase,
  isClauseTaking,
  isComplementizer,
  nounPhraseStart,
  pauseAfter,
  type Sentence,
  type VerbGroup,
} from './segments.js';

export type ChoiceKind = 'clause' | 'statement' | 'noun' | 'background' | 'sentence';

/** The words chosen for a label (indices into the sentence's words, in order) and why. */
export interface Choice {
  kind: ChoiceKind;
  words: number[];
  /** Words that must stay when the label is shortened (the verb or noun the phrase dates). */
  keep: number[];
  /** The first words of `words` that are the subject (or the speaker of a statement); shortened first. */
  subjectLength: number;
  why: string;
  /** The verb group the label is built on, when there is one. */
  group?: VerbGroup;
  /** Words to drop first when the label is too long ("Syria talks | convened by Kerry in Lausanne | failed"). */
  optional?: number[];
}

export type Tense = 'past' | 'perfect' | 'present' | 'future';

/** The tense of a finite verb group: "will vote" future, "has risen" perfect, "had left", "rejected" past, "says" present. */
export function tenseOf(s: Sentence, group: VerbGroup | undefined): Tense | null {
  if (!group || group.kind !== 'finite') return null;
  const first = s.words[group.start]!;
  const core = first.token.core;
  if (core === 'will' || core === 'would' || core === 'shall' || core.startsWith('won') || core.startsWith('wouldn'))
    return 'future';
  if (/^(?:has|have)(?:n't)?$/.test(core)) return group.head > group.start ? 'perfect' : 'present';
  if (/^(?:was|were|did|had)(?:n't)?$/.test(core)) return 'past';
  if (first.tag === 'ved') return 'past';
  if (first.tag === 'modal') return null;
  return 'present';
}

const range = (from: number, to: number) => {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
};

const groupAt = (s: Sentence, i: number): VerbGroup | undefined => {
  const g = s.groupOf[i]!;
  return g >= 0 ? s.groups[g] : undefined;
};

const isFiniteStart = (s: Sentence, i: number) => {
  const g = groupAt(s, i);
  return g !== undefined && g.kind === 'finite' && g.start === i;
};

/** Words [from, to) without the time phrase and its prepositions, and without lone marks. */
function content(s: Sentence, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) if (!inPhrase(s, k) && s.words[k]!.tag !== 'punct') out.push(k);
  return out;
}

/** Where the clause that goes on from word `from` ends (exclusive). */
export function clauseEnd(s: Sentence, from: number, head: number, relative = false): number {
  const { words } = s;
  const takesClause = head >= 0 && isClauseTaking(words[head]!);
  for (let k = from; k < words.length; k++) {
    if (k > from && breakAfter(s, k - 1)) return k;
    // a comma ends the clause, except inside the phrase ("July 14, 1913") or a place ("Paris, France")
    const insidePhrase = inPhrase(s, k - 1) && k - 1 < s.phraseEnd - 1;
    if (k > from && words[k - 1]!.mark === ',' && !insidePhrase && !placeApposition(s, k)) return k;
    const w = words[k]!;
    if (inPhrase(s, k)) continue;
    // "the ferry that sank near Crete | had been refitted": another finite verb starts another clause
    if (relative && k > from && !takesClause && isFiniteStart(s, k) && !isFiniteStart(s, k - 1)) return k;
    const core = w.token.core;
    if (w.tag === 'sub' && !SUBORDINATORS.has(core)) continue;
    if (w.tag === 'sub') return k;
    if (w.tag === 'prep' && PREPOSITION_OR_SUBORDINATOR.has(core) && opensClause(s, k)) return k;
    if (w.tag === 'rel') {
      if (core === 'that' && takesClause && isComplementizer(s, k)) continue;
      return k;
    }
    if (w.tag === 'conj' && k > from && opensClause(s, k)) return k;
  }
  return words.length;
}

/** "Independence, Mo., on March 12", "Paris, France": a comma inside a place name does not end the clause. */
function placeApposition(s: Sentence, k: number): boolean {
  const before = s.words[k - 1]!;
  const w = s.words[k];
  return before.tag === 'name' && w !== undefined && w.tag === 'name' && w.mark === ',' && k + 1 < s.words.length;
}

/** A word ("after", "and") followed by a clause of its own: a finite verb within a few words, or a gerund. */
function opensClause(s: Sentence, k: number): boolean {
  const most = s.words[k]!.tag === 'conj' ? 4 : 8; // "and | deeper discounts than observers have seen" is no clause
  for (let j = k + 1; j < s.words.length && j - k <= most; j++) {
    if (breakAfter(s, j - 1) && j - 1 > k) return false;
    const g = groupAt(s, j);
    if (g && (g.kind === 'finite' || (g.kind === 'gerund' && j === k + 1))) return true;
    if (g) return false;
    const tag = s.words[j]!.tag;
    if (tag === 'sub' || tag === 'rel' || tag === 'conj') return false;
  }
  return false;
}

/** The subject of the verb group starting at `start`: a word range, or null. */
export function subjectOf(s: Sentence, start: number): [number, number] | null {
  const { words } = s;
  let k = start - 1;
  while (k >= 0 && !breakAfter(s, k) && (words[k]!.tag === 'adv' || inPhrase(s, k))) {
    if (words[k]!.mark === ',') break;
    k--;
  }
  // "The board (all seven members) voted": the subject is before the bracket
  if (k > 0 && /\)[”’"]*$/u.test(words[k]!.token.text)) {
    let open = k;
    while (open > 0 && !/^[“‘"]*\(/u.test(words[open]!.token.text)) open--;
    if (open > 0 && endsNounPhrase(words[open - 1]!)) return extendedNounPhrase(s, open - 1);
  }
  if (k < 0 || (breakAfter(s, k) && words[k]!.mark !== ',')) return null;
  const w = words[k]!;
  if (w.tag === 'rel' && w.token.core !== 'where') return antecedent(s, k);
  if (w.tag === 'conj') {
    // "had moved to Lisbon in 1998 and returned to Porto": the subject of the first verb
    // "Omaha, Nebraska", "July 14, 1913": commas inside a place or a date
    const placeComma = (j: number) =>
      s.words[j]!.mark === ',' &&
      ((s.words[j]!.tag === 'name' && s.words[j + 1]?.tag === 'name') ||
        (s.words[j]!.tag === 'num' && s.words[j + 1]?.tag === 'num'));
    // "were to take delivery in May, but will now receive": across one comma before the conjunction
    for (
      let j = k - 1;
      j >= 0 && k - j <= 14 && (!pauseAfter(s, j) || placeComma(j) || (j === k - 1 && s.words[j]!.mark === ','));
      j--
    ) {
      const g = groupAt(s, j);
      if (g && g.kind === 'finite') return subjectOf(s, g.start);
    }
    return null;
  }
  if (w.mark === ',') return subjectOverAsides(s, k);
  if (endsNounPhrase(w)) {
    const np = extendedNounPhrase(s, k);
    return subjectBeforeParticiple(s, np[0]) ?? np;
  }
  if (groupAt(s, k)) {
    // "The man who hurled a grenade … before the bomb exploded | was identified": a relative clause ends here
    for (let j = k - 1; j >= 0 && k - j < 30 && !breakAfter(s, j); j--) {
      if (words[j]!.tag === 'rel' && words[j]!.token.core !== 'that') return antecedent(s, j);
    }
  }
  return null;
}

/**
 * "Syria talks convened by Kerry in the city of Lausanne | failed": when the noun phrase before a verb
 * ends a participle's phrase, the subject is the noun phrase before the participle.
 */
function subjectBeforeParticiple(s: Sentence, start: number): [number, number] | null {
  for (let k = start - 1; k >= 1 && start - k <= 16; k--) {
    if (pauseAfter(s, k)) return null;
    const g = groupAt(s, k);
    if (g) {
      if (g.kind !== 'participle' || g.start !== k || !endsNounPhrase(s.words[k - 1]!) || pauseAfter(s, k - 1))
        return null;
      const np = extendedNounPhrase(s, k - 1);
      return np[0] === 0 || pauseAfter(s, np[0] - 1) ? np : null;
    }
    const tag = s.words[k]!.tag;
    if (tag === 'sub' || tag === 'rel' || (tag === 'conj' && k === start - 1)) return null;
  }
  return null;
}

/** The noun phrase before a relative pronoun at `rel` ("the men | who launched"). */
function antecedent(s: Sentence, rel: number): [number, number] | null {
  const end = rel - 1;
  if (end < 0 || breakAfter(s, end) || !endsNounPhrase(s.words[end]!)) {
    // "Sytenko, a former official, who…" is rare; a comma before the pronoun is usual: "Saudi Arabia, which"
    if (end >= 0 && s.words[end]!.mark === ',' && endsNounPhrase(s.words[end]!)) return extendedNounPhrase(s, end);
    return null;
  }
  return extendedNounPhrase(s, end);
}

/** A noun phrase ending at `end`, with "of" phrases and "and" before it ("the top commander of a … force"). */
function extendedNounPhrase(s: Sentence, end: number): [number, number] {
  let start = nounPhraseStart(s, end);
  for (let hops = 0; hops < 3 && start >= 2; hops++) {
    const link = s.words[start - 1]!;
    let before = start - 2;
    // "Syrian forces loyal to President Assad": an adjective and its phrase after the noun
    if (
      (link.token.core === 'to' || link.token.core === 'with') &&
      MODIFIER_ADJECTIVES.has(s.words[before]!.token.core)
    ) {
      before--;
      if (before < 0 || pauseAfter(s, before) || !endsNounPhrase(s.words[before]!)) break;
      start = nounPhraseStart(s, before);
      continue;
    }
    const joins =
      link.token.core === 'of' || link.token.core === 'and' || link.token.core === 'at' || link.token.core === 'in';
    if (!joins || link.mark || pauseAfter(s, before) || !endsNounPhrase(s.words[before]!)) break;
    if (s.words[before]!.tag === 'pron') break;
    if (link.token.core !== 'of' && link.token.core !== 'and' && hops > 0) break;
    start = nounPhraseStart(s, before);
  }
  return [start, end + 1];
}

/** "Sytenko, a former official of the U.N., is": the noun phrase before the asides (up to three). */
function subjectOverAsides(s: Sentence, k: number): [number, number] | null {
  const { words } = s;
  let segmentEnd = k; // the last word of the current comma segment
  let best: [number, number] | null = null;
  for (let hops = 0; hops < 4; hops++) {
    let j = segmentEnd - 1;
    while (j >= 0 && !pauseAfter(s, j)) j--;
    const segmentStart = j + 1;
    const first = words[segmentStart]!;
    const nounLike =
      !inPhrase(s, segmentStart) &&
      (first.tag === 'det' ||
        first.tag === 'name' ||
        first.tag === 'noun' ||
        first.tag === 'num' ||
        first.tag === 'pron');
    if (nounLike && endsNounPhrase(words[segmentEnd]!)) {
      const np = extendedNounPhrase(s, segmentEnd);
      best = np[0] < segmentStart ? [segmentStart, segmentEnd + 1] : np;
    }
    if (j < 0 || words[j]!.mark !== ',') break; // the sentence or clause starts here
    segmentEnd = j;
  }
  return best;
}

/** The speaker after an inverted "said" ('"…," said Edgar Woolard Jr., Du Pont's chairman'). */
function speakerAfter(s: Sentence, group: VerbGroup): [number, number] | null {
  let end = group.end;
  while (
    end < s.words.length &&
    (s.words[end]!.tag === 'name' || s.words[end]!.tag === 'det' || s.words[end]!.tag === 'noun')
  ) {
    if (inPhrase(s, end)) break;
    end++;
    if (pauseAfter(s, end - 1)) break;
  }
  return end > group.end ? [group.end, end] : null;
}

/** A long speaker or subject made short: a name without its titles, a noun phrase without its "of …". */
export function shortSubject(s: Sentence, [from, to]: [number, number], most: number): number[] {
  const words = range(from, to);
  if (words.length <= most) return words;
  // "U.S. Secretary of State Madeleine Albright": the name at its end
  let nameStart = to;
  while (nameStart > from && s.words[nameStart - 1]!.tag === 'name' && !TITLES.has(s.words[nameStart - 1]!.token.core))
    nameStart--;
  const titlesOnly = words.every(
    (k) =>
      k >= nameStart ||
      s.words[k]!.tag === 'name' ||
      s.words[k]!.tag === 'det' ||
      TITLES.has(s.words[k]!.token.core) ||
      s.words[k]!.token.core === 'of',
  );
  // "The United States automobile firm General Motors": a name of two words or more at the end says who
  if ((titlesOnly || to - nameStart >= 2) && to - nameStart >= 2 && to - nameStart <= most) return range(nameStart, to);
  // "The top commander of a Cambodian resistance force": up to its first preposition
  for (let k = from + 1; k < to; k++) {
    const tag = s.words[k]!.tag;
    if (MODIFIER_ADJECTIVES.has(s.words[k]!.token.core) && k - from >= 1)
      return range(from, Math.min(k, from + most + 2));
    if ((tag === 'prep' || tag === 'conj' || tag === 'rel') && k - from >= 2)
      return range(from, Math.min(k, from + most));
  }
  return range(to - most, to);
}

/** Label of the clause of verb group `group`: its subject, the verb group, and the rest of the clause. */
function clauseChoice(
  s: Sentence,
  group: VerbGroup,
  why: string,
  keep: number[] = [],
  subjectWithPhrase?: [number, number],
): Choice {
  let start = group.start;
  // "secretly picked", "also bought"
  while (start > 0 && s.words[start - 1]!.tag === 'adv' && !pauseAfter(s, start - 1) && !inPhrase(s, start - 1))
    start--;
  const relative = group.kind === 'finite' && previousTag(s, group.start) === 'rel';
  const end = clauseEnd(s, group.end, group.head, relative);
  const predicate = content(s, start, end);
  let subject: number[] = [];
  let objectRelative = false;
  if (subjectWithPhrase) {
    // "Tuesday's vote was postponed", "Third-quarter profit jumped": the phrase is part of the subject
    subject = range(subjectWithPhrase[0], subjectWithPhrase[1]);
  } else if (group.kind === 'finite') {
    const found = subjectOf(s, group.start);
    if (found) subject = content(s, found[0], found[1]);
    // "a ceasefire plan that many saw as the last hope": an object relative clause keeps its noun
    const rel = found ? s.words[found[0] - 1] : undefined;
    const relative = rel?.tag === 'rel' && rel.token.core !== 'where' && !isComplementizer(s, found![0] - 1);
    if (found && rel && relative && found[0] >= 2 && !inPhrase(s, found[0] - 2)) {
      const end = found[0] - 2;
      const commaBefore = s.words[end]!.mark === ',' && rel.token.core !== 'that';
      if ((commaBefore || !pauseAfter(s, end)) && endsNounPhrase(s.words[end]!) && s.words[end]!.tag !== 'pron') {
        subject = [...content(s, nounPhraseStart(s, end), found[0]), ...subject];
        objectRelative = true;
      }
    }
    // "Officials told Reuters this was his third visit": a pronoun's clause keeps who said it
    const pronoun = found && found[1] - found[0] === 1 && s.words[found[0]]!.tag === 'pron';
    const short = subject.length + predicate.filter((k) => s.words[k]!.token.isWord).length < 4;
    const reported = found && !objectRelative && (pronoun || short) ? reportingBefore(s, found[0]) : null;
    // a pronoun needs who said it, even if the clause is then cut; a short clause only when all fits
    const fits =
      reported &&
      (pronoun ||
        reported.speaker.length + (found?.[0] ?? 0) - reported.group.start + subject.length + predicate.length <= 14);
    if (found && reported && fits) {
      return {
        kind: 'statement',
        words: [...reported.speaker, ...range(reported.group.start, found[0]), ...subject, ...predicate],
        keep: [group.head, ...keep, reported.group.head],
        subjectLength: reported.speaker.length,
        why: `${why}, with who said it`,
        group,
      };
    }
  } else if (group.kind === 'participle') {
    // "an accord signed yesterday", "debentures due …": the noun the participle describes
    const p = start - 1;
    const describes = p >= 0 && (!pauseAfter(s, p) || (s.words[p]!.mark === ',' && !breakAfter(s, p)));
    if (describes && endsNounPhrase(s.words[p]!)) subject = content(s, nounPhraseStart(s, p), p + 1);
  }
  return {
    kind: 'clause',
    words: [...subject, ...predicate],
    keep: [group.head, ...keep],
    subjectLength: objectRelative ? 0 : subject.length,
    why,
    group,
  };
}

/** The verb of saying right before a reported clause ("told Reuters | this was", "said that | he"), with its speaker. */
function reportingBefore(s: Sentence, subjectStart: number): { group: VerbGroup; speaker: number[] } | null {
  for (let k = subjectStart - 1; k >= 0 && subjectStart - k <= 4; k--) {
    if (pauseAfter(s, k) || inPhrase(s, k)) return null;
    const g = groupAt(s, k);
    if (!g) continue;
    if (g.kind !== 'finite' || !s.words[g.head]!.report) return null;
    const found = subjectOf(s, g.start);
    return found ? { group: g, speaker: shortSubject(s, found, 4) } : null;
  }
  return null;
}

/** Label of a statement: who said it (shortened), the verb, and what was said. */
function statementChoice(s: Sentence, group: VerbGroup, phrase: string): Choice | null {
  const { words } = s;
  let speaker: number[] = [];
  // '"…," said Anna Berg': the speaker after the verb
  const previous = words[group.start - 1];
  const invertedOrder =
    previous !== undefined && (previous.mark === ',' || previous.closes) && words[group.end]?.tag === 'name';
  const found = invertedOrder ? null : subjectOf(s, group.start);
  let inverted = false;
  if (found) speaker = shortSubject(s, found, 4);
  else {
    const after = speakerAfter(s, group);
    if (after && !groupAt(s, after[1])) {
      speaker = shortSubject(s, after, 4);
      inverted = true;
    }
  }
  if (!speaker.length) return null;
  const verb = range(group.start, group.end);
  // what comes after the verb: the hearer ("told his Cabinet"), the phrase, then "that" and the content
  let k = inverted ? speaker[speaker.length - 1]! + 1 : group.end;
  const hearer: number[] = [];
  while (!inverted && k < words.length && !inPhrase(s, k) && !breakAfter(s, k - 1) && hearer.length < 4) {
    const w = words[k]!;
    if (w.tag === 'rel' || groupAt(s, k) || w.tag === 'sub') break;
    if (w.tag === 'prep' && !isEventPhrase(s, k)) break;
    hearer.push(k);
    k++;
  }
  while (k < words.length && inPhrase(s, k)) k++;
  let said: number[] = [];
  const opener = words[k];
  const clauseAfter =
    opener !== undefined &&
    !words[k - 1]!.mark &&
    (opener.token.core === 'that' ||
      !(opener.tag === 'prep' || opener.tag === 'sub' || opener.tag === 'rel' || opener.tag === 'conj'));
  if (clauseAfter && !breakAfter(s, k - 1)) {
    const end = contentEnd(s, k);
    said = content(s, k, end);
  }
  if (!said.some((i) => groupAt(s, i))) {
    // "…, Adams said Sunday." or '"…," said Woolard': what was said comes before the speaker
    const before = inverted ? group.start : (found?.[0] ?? group.start);
    said = leadingClause(s, before);
    if (!said.some((i) => groupAt(s, i))) said = [];
  }
  if (!said.length) return null;
  // "Syria’s state news agency said …" with a long content: the speaker without its possessor
  if (speaker.length >= 3 && words[speaker[0]!]!.possessive && speaker.length + 1 + said.length > 14)
    speaker = speaker.slice(1);
  return {
    kind: 'statement',
    words: [...speaker, ...verb, ...(said.length && hearer.length <= 3 ? hearer : []), ...said],
    keep: [group.head],
    subjectLength: speaker.length,
    why: `“${phrase}” dates a statement: who said it, and what`,
    group,
  };
}

/** "in a statement", "at a news briefing": a preposition before an event noun, kept with the verb of saying. */
function isEventPhrase(s: Sentence, k: number): boolean {
  for (let j = k + 1; j < s.words.length && j - k <= 4; j++) {
    if (isEventNoun(s.words[j]!.token.core) && s.words[j]!.tag === 'noun') return true;
    if (pauseAfter(s, j)) return false;
  }
  return false;
}

/** End of what was said, starting at `from`: the clause with its own clauses, up to a strong break. */
function contentEnd(s: Sentence, from: number): number {
  for (let k = from + 1; k < s.words.length; k++) {
    if (breakAfter(s, k - 1)) return k;
    // "…, the sources said": an attribution after the content is not part of it
    if (s.words[k - 1]!.mark === ',' && s.words[k]!.tag !== 'conj' && attributionAt(s, k)) return k;
  }
  return s.words.length;
}

/** Words at `k` read "X said" (a short subject and a verb of saying). */
function attributionAt(s: Sentence, k: number): boolean {
  for (let j = k; j < s.words.length && j - k <= 6; j++) {
    const g = groupAt(s, j);
    if (g) return s.words[g.head]!.report;
    if (pauseAfter(s, j)) return false;
  }
  return false;
}

/** The first clause of the sentence, up to `before` (a quotation or a clause before "…, X said"). */
function leadingClause(s: Sentence, before: number): number[] {
  let stop = before;
  for (let k = 0; k < before; k++) {
    if (breakAfter(s, k)) {
      stop = k + 1;
      break;
    }
  }
  return content(s, 0, stop);
}

/** The noun at the head of the noun phrase that starts at `from` ("deadly U.S. Embassy blasts"). */
function headNounAfter(s: Sentence, from: number): number {
  let k = from;
  let head = -1;
  while (k < s.words.length) {
    const w = s.words[k]!;
    if (!(
      w.tag === 'noun' ||
      w.tag === 'name' ||
      w.tag === 'num' ||
      (w.tag === 'ved' && k === from) ||
      (w.tag === 'ing' && k === from)
    ))
      break;
    head = k;
    if (pauseAfter(s, k)) break;
    k++;
  }
  return head;
}

/** The label of a noun event or a background thing: the noun phrase with the phrase, and its "of …" or other complement. */
function nounChoice(s: Sentence, npStart: number, head: number, kind: 'noun' | 'background', why: string): Choice {
  let end = head + 1;
  // "a 2011 audit of the agency", "the blasts in Kenya and Tanzania"
  if (!pauseAfter(s, head) && end < s.words.length && s.words[end]!.tag === 'prep' && !groupAt(s, end)) {
    let k = end + 1;
    while (k < s.words.length && k - end <= 6) {
      const w = s.words[k]!;
      if (groupAt(s, k) || w.tag === 'rel' || w.tag === 'sub' || w.tag === 'prep') break;
      k++;
      if (pauseAfter(s, k - 1)) break;
    }
    end = k;
  }
  const words: number[] = [];
  for (let k = npStart; k < end; k++)
    if (s.words[k]!.tag !== 'punct' && !(k >= s.governorStart && k < s.phraseStart)) words.push(k);
  return { kind, words, keep: [head], subjectLength: 0, why };
}

/** The first finite verb group after word `from`, over asides, within the clause; or undefined. */
function finiteAfter(s: Sentence, from: number, limit = 40): VerbGroup | undefined {
  for (let k = from; k < s.words.length && k - from < limit; k++) {
    if (k > from && breakAfter(s, k - 1) && s.words[k - 1]!.mark !== ',' && !s.words[k - 1]!.closes) return undefined;
    if (inPhrase(s, k)) continue;
    const w = s.words[k]!;
    if ((w.tag === 'sub' || w.tag === 'rel') && k > from) {
      // an embedded clause: its verb is not the one we look for ("a group that…", "while profitable")
      const g = finiteAfter(s, k + 1, 12);
      if (!g) return undefined;
      k = clauseEnd(s, g.end, g.head) - 1;
      continue;
    }
    const g = groupAt(s, k);
    if (g && g.kind === 'finite' && g.start === k) return g;
  }
  return undefined;
}

/** Chooses the words of the label for the time phrase of `s`. */
export function chooseClause(s: Sentence, phrase: string): Choice {
  const { words, phraseStart: pa, phraseEnd: pe, governorStart: ga } = s;
  const quoted = `“${phrase}”`;

  // 1. "in 2010 when the company recalled its phones", "from 1968, when the Soviets invaded"
  const afterPhrase = words[pe];
  if (afterPhrase?.token.core === 'when' && !breakAfter(s, pe - 1)) {
    const g = finiteAfter(s, pe + 1, 10);
    if (g) return clauseChoice(s, g, `${quoted} is the time of the clause after “when”`);
  }

  // 2. a phrase inside a noun phrase: "Tuesday's vote", "the 2012 election", "third-quarter profit jumped"
  const last = words[pe - 1]!;
  const possessive = last.possessive;
  const before = ga > 0 ? words[ga - 1] : undefined;
  const hyphenated = /\p{L}-\p{L}/u.test(last.token.text) && !last.mark;
  const premodifier =
    ga === pa &&
    !pauseAfter(s, pe - 1) &&
    afterPhrase !== undefined &&
    (afterPhrase.tag === 'noun' ||
      afterPhrase.tag === 'name' ||
      (before?.tag === 'det' && afterPhrase.tag === 'ing' && !afterPhrase.mark)) &&
    (!groupAt(s, pe) || afterPhrase.tag === 'ing') &&
    (hyphenated ||
      (before !== undefined && (before.tag === 'det' || before.possessive) && !before.mark) ||
      // "the stolen 1998 sedan", "his unsuccessful 1996 campaign"
      (before?.tag === 'noun' && !before.mark && ga >= 2 && words[ga - 2]!.tag === 'det' && !words[ga - 2]!.mark));
  // "an Aug. 10, 1988, stock purchase agreement"
  const commaYear =
    ga === pa &&
    last.mark === ',' &&
    /\d{4},$/.test(last.token.text) &&
    before?.tag === 'det' &&
    afterPhrase !== undefined &&
    (afterPhrase.tag === 'noun' || afterPhrase.tag === 'ing') &&
    /^\p{Ll}/u.test(afterPhrase.token.text);
  if ((possessive && afterPhrase && !pauseAfter(s, pe - 1)) || premodifier || commaYear) {
    const head = headNounAfter(s, pe);
    if (head >= 0) {
      let npStart = before && before.tag === 'det' && ga === pa ? ga - 1 : pa;
      if (before?.tag === 'noun' && ga >= 2 && words[ga - 2]!.tag === 'det') npStart = ga - 2;
      const g = groupAt(s, head + 1);
      if (g && g.kind === 'finite' && g.start === head + 1) {
        return clauseChoice(s, g, `${quoted} describes the subject of this clause`, [head], [npStart, head + 1]);
      }
      const core = words[head]!.token.core;
      if (isEventNoun(core) || possessive) {
        return nounChoice(s, npStart, head, 'noun', `${quoted} dates the ${core} it describes`);
      }
      return nounChoice(s, npStart, head, 'background', `${quoted} only describes the ${core}: background`);
    }
  }

  // 3. the phrase opens its clause: "On Monday, the army withdrew", "Last week the FBI joined …"
  const opensClause =
    ga === 0 || (before !== undefined && (pauseAfter(s, ga - 1) || before.tag === 'conj' || before.tag === 'sub'));
  // "Sunday was chosen as …", "2008 was a bad year": the phrase is the subject of the verb after it
  if (
    opensClause &&
    ga === pa &&
    afterPhrase &&
    !pauseAfter(s, pe - 1) &&
    isFiniteStart(s, pe) &&
    !words[pa]!.possessive
  ) {
    const g = groupAt(s, pe)!;
    return clauseChoice(s, g, `${quoted} is the subject of “${words[g.head]!.token.core}”`, [], [pa, pe]);
  }
  if (opensClause && (words[pe - 1]!.mark === ',' || (afterPhrase && !groupAt(s, pe)))) {
    const g = finiteAfter(s, pe);
    if (g) {
      const choice = clauseChoice(s, g, `${quoted} opens the sentence: its main clause`);
      return choice;
    }
  }

  // 4. between a subject and its verb: "The World Court Friday rejected", "Egypt this month voted"
  if (
    afterPhrase &&
    isFiniteStart(s, pe) &&
    before &&
    endsNounPhrase(before) &&
    !before.mark &&
    !pauseAfter(s, pe - 1) &&
    !verbBefore(s, ga)
  ) {
    const g = groupAt(s, pe)!;
    if (words[g.head]!.report) {
      const st = statementChoice(s, g, phrase);
      if (st) return st;
    }
    return clauseChoice(s, g, `${quoted} dates the verb that follows it`);
  }

  // "the conflict, now in its sixth year": a phrase after a comma, with no verb, describes the noun before
  const apposition = appositionOf(s);
  if (apposition)
    return {
      kind: 'noun',
      words: apposition,
      keep: [],
      subjectLength: 0,
      why: `${quoted} describes the noun before it`,
    };

  // 5. the nearest verb before the phrase in its clause
  let eventNoun = -1;
  for (let k = ga - 1; k >= 0; k--) {
    const w = words[k]!;
    if (breakAfter(s, k) && w.mark !== ',') break;
    if (w.mark === ',' && k < ga - 1 && !asideComma(s, k) && !nounGoesOn(s, k)) {
      // '"…," said Anna Berg, a spokeswoman for the board, on Thursday': the inverted "said" is the event
      const said = invertedReportBefore(s, k);
      if (said) {
        const st = statementChoice(s, said, phrase);
        if (st) return st;
      }
      break;
    }
    const g = groupAt(s, k);
    if (g) {
      const head = words[g.head]!;
      // "Speaking to reporters on Monday, the coach praised …": an opening participle gives way to the main clause
      const main = g.kind !== 'finite' ? mainAfterOpener(s, g) : undefined;
      if (main) {
        const choice = clauseChoice(s, main, `${quoted} is in the phrase that opens the sentence: its main clause`);
        const lead = content(s, 0, ga);
        if (wordsIn(s, lead) + wordsIn(s, choice.words) <= 14) {
          return { ...choice, words: [...lead, ...choice.words], subjectLength: 0, keep: [...choice.keep, g.head] };
        }
        return choice;
      }
      if (head.report && g.kind !== 'gerund' && saidDirectly(s, g.end, ga)) {
        const st = statementChoice(s, g, phrase);
        if (st) return st;
      }
      const keep = eventNoun >= 0 ? [eventNoun] : [];
      // "voted to support the republic Friday", "has set its sights on buying …": the verb that governs it
      const governing =
        g.kind === 'infinitive' || (g.kind === 'gerund' && governedGerund(s, g)) ? finiteBefore(s, g.start) : undefined;
      if (governing) {
        return clauseChoice(
          s,
          governing,
          `${quoted} dates the clause of “${words[governing.head]!.token.core}” and what it governs`,
          [g.head, ...keep],
        );
      }
      if (g.kind === 'finite')
        return clauseChoice(
          s,
          g,
          `${quoted} dates the clause of “${head.token.text.replace(/[^\p{L}\p{N}'’-]/gu, '')}”`,
          keep,
        );
      if (g.kind === 'participle') {
        // "Syria talks convened by Kerry on Saturday evening failed": the participle describes the subject of "failed"
        const main = subjectParticiple(s, g) ? finiteAfter(s, s.phraseEnd, 12) : undefined;
        if (main && !pauseAfter(s, s.phraseEnd - 1)) {
          const choice = clauseChoice(
            s,
            main,
            `${quoted} is in a participle describing the subject of “${words[main.head]!.token.core}”: that clause`,
            keep,
          );
          return { ...choice, optional: range(g.start, main.start) };
        }
        return clauseChoice(
          s,
          g,
          `${quoted} dates the participle “${head.token.core}” and the noun it describes`,
          keep,
        );
      }
      return clauseChoice(s, g, `${quoted} dates the phrase of “${head.token.core}”`, keep);
    }
    if (w.tag === 'sub' || (w.tag === 'rel' && w.token.core !== 'that')) break;
    if (eventNoun < 0 && w.tag === 'noun' && isEventNoun(w.token.core)) eventNoun = k;
  }
  // "In composite trading Friday, Compaq shares fell": a phrase in an opening prepositional phrase
  const opening = openingSegment(s);
  if (opening) {
    const g = finiteAfter(s, opening[1]);
    if (g) {
      const choice = clauseChoice(s, g, `${quoted} is in the phrase that opens the sentence: its main clause`);
      const lead = content(s, opening[0], opening[1]);
      if (wordsIn(s, lead) >= 2 && wordsIn(s, lead) + wordsIn(s, choice.words) <= 14) {
        return { ...choice, words: [...lead, ...choice.words], subjectLength: 0, keep: [...choice.keep, ...lead] };
      }
      return choice;
    }
  }
  if (eventNoun >= 0) {
    const npStart = nounPhraseStart(s, eventNoun);
    return nounChoice(s, npStart, eventNoun, 'noun', `${quoted} dates the ${words[eventNoun]!.token.core} before it`);
  }

  // 6. a verb after the phrase in its clause
  const g = finiteAfter(s, pe, 20);
  if (g) return clauseChoice(s, g, `${quoted} dates the clause after it`);

  return {
    kind: 'sentence',
    words: content(s, 0, words.length),
    keep: [],
    subjectLength: 0,
    why: `no verb near ${quoted}: the words of the sentence`,
  };
}

const wordsIn = (s: Sentence, words: number[]) => words.filter((k) => s.words[k]!.token.isWord).length;

/** The comma segment of the phrase when it opens the sentence or clause and holds no verb: [start, end after its comma). */
function openingSegment(s: Sentence): [number, number] | null {
  let start = s.governorStart;
  while (start > 0 && !pauseAfter(s, start - 1)) start--;
  const first = s.words[start]!;
  if (first.tag !== 'prep' && !inPhrase(s, start)) return null;
  if (start > 0 && s.words[start - 1]!.mark !== ',' && !breakAfter(s, start - 1)) return null;
  for (let k = start; k < s.words.length; k++) {
    if (groupAt(s, k) || s.words[k]!.tag === 'rel' || s.words[k]!.tag === 'sub') return null;
    if (pauseAfter(s, k)) return s.words[k]!.mark === ',' && k >= s.phraseEnd - 1 ? [start, k + 1] : null;
  }
  return null;
}

/** A participle right after the noun phrase that opens its clause: "Syria talks | convened by …". */
function subjectParticiple(s: Sentence, g: VerbGroup): boolean {
  const p = g.start - 1;
  if (p < 0 || pauseAfter(s, p) || !endsNounPhrase(s.words[p]!)) return false;
  const start = nounPhraseStart(s, p);
  return start === 0 || pauseAfter(s, start - 1);
}

/** The main clause after an opening participle phrase that holds the time phrase ("Speaking … on Monday, the coach"). */
function mainAfterOpener(s: Sentence, g: VerbGroup): VerbGroup | undefined {
  let first = 0;
  while (first < g.start && (s.words[first]!.tag === 'conj' || s.words[first]!.tag === 'adv')) first++;
  if (g.start === first + 1 && s.words[first]!.tag === 'prep') first++; // "After passing Reagan on Sunday,"
  if (g.start !== first) return undefined;
  for (let k = g.end; k < s.words.length; k++) {
    if (groupAt(s, k) && !inPhrase(s, k)) return undefined;
    if (pauseAfter(s, k))
      return s.words[k]!.mark === ',' && k >= s.phraseEnd - 1 ? finiteAfter(s, k + 1, 12) : undefined;
  }
  return undefined;
}

/** An inverted verb of saying before the comma at `k` ('"…," said Anna Berg, a spokeswoman,'), or undefined. */
function invertedReportBefore(s: Sentence, k: number): VerbGroup | undefined {
  for (let j = k; j >= 0 && k - j <= 12; j--) {
    if (breakAfter(s, j) && s.words[j]!.mark !== ',') return undefined;
    const g = groupAt(s, j);
    if (!g) continue;
    const next = s.words[g.end];
    return s.words[g.head]!.report && g.kind === 'finite' && next?.tag === 'name' ? g : undefined;
  }
  return undefined;
}

/** A gerund after a preposition that is no subordinator: "on buying", "of selling" (not "after reporting"). */
function governedGerund(s: Sentence, g: VerbGroup): boolean {
  const before = s.words[g.start - 1];
  if (before === undefined || before.mark) return false;
  // "was found clinging", "will begin withdrawing"
  if (groupAt(s, g.start - 1)?.kind === 'finite') return true;
  return before.tag === 'prep' && !SUBORDINATORS.has(before.token.core);
}

/** The finite verb group of the clause before word `at`, with nothing but its object between; or undefined. */
function finiteBefore(s: Sentence, at: number): VerbGroup | undefined {
  for (let k = at - 1; k >= 0 && at - k <= 12; k--) {
    if (pauseAfter(s, k)) return undefined;
    const w = s.words[k]!;
    if (w.tag === 'sub' || w.tag === 'rel' || w.tag === 'conj') return undefined;
    const g = groupAt(s, k);
    if (g) return g.kind === 'finite' ? g : undefined;
  }
  return undefined;
}

/** The noun phrase and the verbless segment after its comma that holds the phrase, at the end of a clause; or null. */
function appositionOf(s: Sentence): number[] | null {
  let start = s.governorStart;
  while (start > 0 && !pauseAfter(s, start - 1)) start--;
  if (start === 0 || s.words[start - 1]!.mark !== ',' || !endsNounPhrase(s.words[start - 1]!)) return null;
  // "…, now in its sixth year", "…, still in its first week": an adverb, then the phrase
  if (s.words[start]!.tag !== 'adv' || (start + 1 !== s.governorStart && start !== s.governorStart)) return null;
  let end = start;
  while (end < s.words.length && !pauseAfter(s, end)) end++;
  if (end < s.words.length - 1 && !breakAfter(s, end)) return null; // the clause goes on after it
  end = Math.min(end + 1, s.words.length);
  if (end - start > 7) return null;
  for (let k = start; k < end; k++)
    if (groupAt(s, k) || s.words[k]!.tag === 'rel' || s.words[k]!.tag === 'sub') return null;
  const npStart = nounPhraseStart(s, start - 1);
  const out: number[] = [];
  for (let k = npStart; k < end; k++) if (s.words[k]!.tag !== 'punct') out.push(k);
  return out;
}

/** The tag of the word before `i` past adverbs and the time phrase ("that | sank"), or undefined. */
function previousTag(s: Sentence, i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && (s.words[k]!.tag === 'adv' || inPhrase(s, k))) k--;
  return k >= 0 ? s.words[k]!.tag : undefined;
}

/** A verb group between the start of the clause and word `at` ("The ferry that sank near Crete | last week had…"). */
function verbBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= 0 && !pauseAfter(s, k); k--) {
    const g = groupAt(s, k);
    if (g && g.kind !== 'participle') return true;
    if (s.words[k]!.tag === 'sub' || s.words[k]!.tag === 'rel') return true;
  }
  return false;
}

/** A comma the nearest-verb search may cross: figures (", or 68 cents a share,") or a place ("Independence, Mo.,"). */
function asideComma(s: Sentence, k: number): boolean {
  const next = s.words[k + 1];
  if (!next) return false;
  if (placeApposition(s, k + 1) || (s.words[k]!.tag === 'name' && next.tag === 'name')) return true;
  // "Greece and Turkey in 1952, Germany in 1955": a list of dated items shares the verb before it
  if (s.words[k]!.tag === 'num' && next.tag === 'name') return true;
  // ", or 68 cents a share,", ", up from 9,000"
  return (
    (next.token.core === 'or' && s.words[k + 2]?.tag === 'num') ||
    next.token.core === 'up' ||
    next.token.core === 'down'
  );
}

/** "his small, neighborhood store": after the comma the noun phrase goes on. */
function nounGoesOn(s: Sentence, k: number): boolean {
  const next = s.words[k + 1];
  return (
    next !== undefined &&
    !groupAt(s, k + 1) &&
    (next.tag === 'noun' || next.tag === 'num') &&
    /^\p{Ll}|^\d/u.test(next.token.text)
  );
}

/** Between the verb of saying and the phrase only a hearer or "in a statement": the phrase dates the saying. */
function saidDirectly(s: Sentence, from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let k = from; k < to; k++) {
    const w = s.words[k]!;
    if (groupAt(s, k) || w.tag === 'rel' || w.tag === 'sub' || (w.mark && w.mark !== ',')) return false;
  }
  return true;
}
