/**
 * The label of a clause: its subject, its verb group and the rest of the clause, as word indices;
 * the tense of its verb.
 */
import {
  breakAfter,
  clauseEnd,
  content,
  endsNounPhrase,
  groupAt,
  inPhrase,
  isComplementizer,
  isDash,
  isTimeWord,
  nounPhraseStart,
  pauseAfter,
  previousTag,
  range,
  type Sentence,
  type VerbGroup,
  wordsIn,
} from './segments.js';
import { antecedent, contactAntecedent, extendedNounPhrase, shortSubject, subjectOf } from './subject.js';
import { NEVER_PASSIVE, SUBORDINATORS } from './lexicon.js';
import { countWords, MAX_LABEL_WORDS, MIN_LABEL_WORDS } from './render.js';
import { startsLower } from '../words.js';
import { attributionAfter, reportingBefore } from './statement.js';
import { wordAt } from './tags.js';

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
  /** The last words, which always stay: an attribution after what was said ("…, | the coastguard said"). */
  tail?: number;
  /** The word a comma is written before, whatever is cut before it ("The ferry sank, | the coastguard said"). */
  commaBefore?: number;
  /** Fewer words than a label needs that are label enough: a noun phrase beside its clause's own event ("The 2019 budget"). */
  fewest?: number;
}

export type Tense = 'past' | 'perfect' | 'present' | 'future';

/** The tense of a finite verb group: "will vote" future, "has risen" perfect, "had left", "rejected" past, "says" present. */
export function tenseOf(s: Sentence, group: VerbGroup | undefined): Tense | null {
  if (!group || group.kind !== 'finite') return null;
  const first = s.words[group.start]!;
  const core = first.token.core;
  if (core === 'will' || core === 'would' || core === 'shall' || core.startsWith('won') || core.startsWith('wouldn'))
    return 'future';
  // "will cut jobs in March and | close plants": the tense of the modal the base form shares
  if (first.tag === 'verb' && group.head === group.start) {
    const shared = modalGroupBefore(s, group);
    if (shared) return tenseOf(s, shared);
  }
  if (/^(?:has|have)(?:n't)?$/.test(core)) return group.head > group.start ? 'perfect' : 'present';
  if (/^(?:was|were|did|had)(?:n't)?$/.test(core)) return 'past';
  if (first.tag === 'ved') return 'past';
  if (first.tag === 'modal') return null;
  return 'present';
}

/**
 * "The hearing (scheduled for May 4) was postponed": a participle that opens a bracket ends with it, and describes the
 * noun before the bracket. The word after the bracket's end, or -1.
 */
function bracketedParticiple(s: Sentence, group: VerbGroup): number {
  if (group.kind !== 'participle' || s.words[group.start]!.token.text.charCodeAt(0) !== 0x28) return -1;
  for (let k = group.start; k < s.words.length && k - group.start < 12; k++)
    if (s.words[k]!.token.text.includes(')')) return k + 1;
  return -1;
}

/** Label of the clause of verb group `group`: its subject, the verb group, and the rest of the clause. */
export function clauseChoice(
  s: Sentence,
  group: VerbGroup,
  why: string,
  keep: number[] = [],
  subjectWithPhrase?: [number, number],
): Choice {
  let start = group.start;
  // "secretly picked", "also bought" (not the end of a bracket: "The Colts (10-5, 4-4 away) | owned")
  while (
    start > 0 &&
    s.words[start - 1]!.tag === 'adv' &&
    !pauseAfter(s, start - 1) &&
    !isTimeWord(s, start - 1) &&
    !s.words[start - 1]!.closes
  )
    start--;
  const found = group.kind === 'finite' && !subjectWithPhrase ? subjectOf(s, group.start) : null;
  const contact = found ? contactAntecedent(s, found[0]) : -1;
  const relative = group.kind === 'finite' && (previousTag(s, group.start) === 'rel' || contact >= 0);
  // ("final guidelines to be published in May | will determine": an infinitive that describes a noun ends at the verb
  // its noun phrase is the subject of, as a relative clause does)
  const described = group.kind === 'infinitive' ? nounBeforeInfinitive(s, group) : -1;
  const bracketed = bracketedParticiple(s, group);
  const end = bracketed > 0 ? bracketed : clauseEnd(s, group.end, group.head, relative || described >= 0);
  // (without another phrase that only says when another event was: "closed the road | this morning | after …")
  // (kept when the label would be too short without it: a short label is repaired from the clause's edges)
  const drop = s.otherDrop;
  const whole = content(s, start, end);
  const dropped = drop ? whole.filter((k) => drop[k] !== 1) : whole;
  const predicate = dropped.length === whole.length || wordsIn(s, dropped) >= 3 ? dropped : whole;
  let subject: number[] = [];
  let objectRelative = false;
  let relativeComma: number | undefined;
  if (contact >= 0) {
    // "the anger the plan aroused in 1989 remains": the noun and its relative clause, not the main verb
    subject = content(s, contact, found![1]);
    objectRelative = true;
  } else if (subjectWithPhrase) {
    // "Tuesday's vote was postponed", "Third-quarter profit jumped": the phrase is part of the subject
    subject = range(subjectWithPhrase[0], subjectWithPhrase[1]);
  } else if (group.kind === 'finite') {
    if (found) subject = [...content(s, found[0], found[1]), ...sharedAuxiliary(s, group, found)];
    // "a ceasefire plan that many saw as the last hope": an object relative clause keeps its noun
    const rel = found ? wordAt(s.words, found[0] - 1) : undefined;
    const relative = rel?.tag === 'rel' && rel.token.core !== 'where' && !isComplementizer(s, found![0] - 1);
    if (found && rel && relative && found[0] >= 2 && !inPhrase(s, found[0] - 2)) {
      const close = found[0] - 2;
      const commaBefore = s.words[close]!.mark === ',' && rel.token.core !== 'that';
      // "joined the bank | in 2001, | which she led": the noun before another time phrase, which only dates the clause
      // of that noun's verb, is what the relative stands for (never "2001, which she led")
      const end = rel.token.core !== 'that' ? nounBeforeOtherPhrase(s, close) : close;
      if ((commaBefore || !pauseAfter(s, end)) && endsNounPhrase(s.words[end]!) && s.words[end]!.tag !== 'pron') {
        const noun = content(s, nounPhraseStart(s, end), end + 1);
        subject = [...noun, ...content(s, end === close ? end + 1 : close + 1, found[0]), ...subject];
        objectRelative = true;
        // (its comma stays: "The bank, which she led")
        if (end !== close && commaBefore) relativeComma = found[0] - 1;
      }
    }
    // "the dolls, whose sales hit $600 million": the noun "whose" stands for comes first
    if (found && s.words[found[0]]!.token.core === 'whose' && !objectRelative) {
      const owner = antecedent(s, found[0]);
      if (owner) {
        subject = [...content(s, owner[0], owner[1]), ...subject];
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
    // "Output rose sharply in the 1970s, the report said": a short clause keeps the attribution after it (not words
    // quoted: '"We will finish by March," the minister said' is what is to happen in March, the saying is not)
    const attribution =
      found && short && !objectRelative && !s.words[end - 1]?.closes ? attributionAfter(s, end) : null;
    if (attribution) {
      return {
        kind: 'statement',
        words: [...subject, ...predicate, ...attribution],
        keep: [group.head, ...keep],
        subjectLength: 0,
        tail: attribution.length,
        commaBefore: attribution[0],
        why: `${why}, with who said it`,
        group,
      };
    }
  } else if (group.kind === 'participle' || group.kind === 'gerund') {
    // "an accord signed yesterday", "debentures due …": the noun the participle describes
    // ("its strategy -- started in May --": before the dash that opens the aside); "The coach, speaking after
    // the game on Sunday,": the noun before an aside in "-ing"
    const p = start - 1 - (start > 1 && isDash(s.words[start - 1]!) ? 1 : 0);
    const aside = p >= 0 && s.words[p]!.mark === ',' && !breakAfter(s, p);
    // an "-ing" aside describes the noun before it only between a subject and its verb ("The coach, speaking
    // …, praised"), not after a clause ("fell 5%, | ending at 8,017", "arrived in the United States, | arriving")
    const describes =
      p >= 0 &&
      (group.kind === 'gerund'
        ? aside && subjectAside(s, p, group.end)
        : !pauseAfter(s, p) || aside || p === start - 2 || bracketed > 0);
    // ("this morning | so stuck in dublin": not another time phrase, which says when, not who)
    if (describes && endsNounPhrase(s.words[p]!) && s.otherPhrase?.[p] !== 1)
      subject = content(s, describedStart(s, p, aside, group), p + 1);
    // "Shares fell 5%, | ending at 8,017", "The umpire warned both players before | stopping the match": the subject
    // of the clause the "-ing" phrase follows does it
    else if (group.kind === 'gerund' && p >= 0 && p === start - 1 && !pauseAfter(s, p) && nounBefore(s, p, group))
      // "a string of floods in the lower town | dating to 1998": the noun phrase the "-ing" phrase follows
      subject = content(s, extendedNounPhrase(s, p)[0], p + 1);
    else if (group.kind === 'gerund') subject = adverbialSubject(s, group);
    // "Cited by police in May for speeding, Berg was fined": an opening participle phrase says who only in the
    // main clause after it, which the label keeps when there is room ("Cited by police for speeding, Berg was fined")
    if (!subject.length) {
      const main = openerMain(s, group, countWords(s, predicate));
      if (main) {
        const lead = content(s, main.first, start);
        return {
          kind: 'clause',
          words: [...lead, ...predicate, ...main.words],
          keep: [group.head, ...keep],
          subjectLength: 0,
          why: `${why}, with the clause it opens`,
          group,
        };
      }
    }
  } else if (group.kind === 'infinitive') {
    subject = headlineSubject(s, group);
    // "final guidelines | to be published in May", "the system, | to be released in May,": the noun it describes
    // ("Windows 8, due | to be released": with "due")
    if (!subject.length && described >= 0) subject = content(s, extendedNounPhrase(s, described)[0], group.start);
  }
  // ("First-half profit rose 12% | on Tuesday": with its subject, the clause is label enough without the other phrase)
  const rest =
    predicate === whole &&
    dropped.length < whole.length &&
    wordsIn(s, subject) + wordsIn(s, dropped) >= MIN_LABEL_WORDS;
  return {
    kind: 'clause',
    words: [...subject, ...(rest ? dropped : predicate)],
    keep: [group.head, ...keep],
    subjectLength: objectRelative ? 0 : subject.length,
    why,
    group,
    commaBefore: relativeComma,
  };
}

/**
 * "joined the bank | in 2001, | which": when word `close` ends another time phrase (with its preposition, if any)
 * right after a noun phrase, the end of that noun phrase; else `close`.
 */
function nounBeforeOtherPhrase(s: Sentence, close: number): number {
  const other = s.otherPhrase;
  if (other?.[close] !== 1) return close;
  let k = close;
  while (k > 0 && other[k - 1] === 1 && !s.words[k - 1]!.mark) k--;
  if (s.words[k - 1]?.tag === 'prep' && !s.words[k - 1]!.mark) k--;
  const noun = s.words[k - 1];
  return k > 0 && noun !== undefined && !noun.mark && endsNounPhrase(noun) && other[k - 1] !== 1 ? k - 1 : close;
}

/**
 * "Council | to vote on budget next week", "Jury selection | to begin Monday": a headline's "to" says what will
 * happen; the noun phrase that opens the line before it is its subject (a sentence with a finite verb has none).
 */
function headlineSubject(s: Sentence, group: VerbGroup): number[] {
  const p = group.start - 1;
  if (p < 0 || !endsNounPhrase(s.words[p]!) || s.words[p]!.mark || s.words[p]!.tag === 'pron') return [];
  const start = nounPhraseStart(s, p);
  if (start !== 0 || s.groups.some((g) => g.kind === 'finite')) return [];
  return content(s, start, p + 1);
}

/**
 * The last word of the noun phrase an infinitive that no verb governs describes: right before its "to" ("final
 * guidelines | to be published", "the last storm | to hit the area") or its "due", or before a comma when the
 * infinitive is passive or "due" ("the system, | to be released in May"; an active one after a comma says what a
 * clause was for); or -1.
 */
function nounBeforeInfinitive(s: Sentence, group: VerbGroup): number {
  // ("bonds due | to mature in 2031", "Windows 8, due | to be released")
  const due = s.words[group.start - 1]?.token.core === 'due' && !s.words[group.start - 1]!.mark;
  const p = group.start - (due ? 2 : 1);
  const w = s.words[p];
  // (not a figure: "with 4:08 | to play", "rose 0.9% | to finish" say no one who does it)
  if (!w || (w.tag !== 'noun' && w.tag !== 'name') || isTimeWord(s, p) || breakAfter(s, p)) return -1;
  if (!w.mark) return p;
  const passive = group.head > group.start + 1 && s.words[group.start + 1]!.token.core === 'be';
  return w.mark === ',' && (passive || due) ? p : -1;
}

/**
 * The first word of the noun phrase a participle after word `p` describes: the noun phrase ending at `p`, or, for an
 * aside after a comma, the whole subject it ends when that opens the clause ("The last warning for wind, | issued in
 * May, | brought"; not after "of": in "Details of the deal, announced Monday, were" it is the deal that was announced).
 */
function describedStart(s: Sentence, p: number, aside: boolean, group: VerbGroup): number {
  const near = nounPhraseStart(s, p);
  if (!aside || group.kind !== 'participle' || s.words[near - 1]?.token.core === 'of') return near;
  const [start] = extendedNounPhrase(s, p);
  return start < near && (start === 0 || pauseAfter(s, start - 1)) ? start : near;
}

/**
 * The main clause after an opening past-participle phrase that holds `g` ("Cited by police in May, | Berg was
 * fined", "Found | clinging to a raft in May, | the boy was"): the phrase's first word and the clause's words,
 * when they fit and its subject is a noun phrase that opens it; else null.
 */
function openerMain(s: Sentence, g: VerbGroup, predicateWords: number): { first: number; words: number[] } | null {
  let first = 0;
  while (first < g.start && (s.words[first]!.tag === 'conj' || s.words[first]!.tag === 'adv')) first++;
  const opener = groupAt(s, first);
  if (!opener || opener.start !== first || opener.kind !== 'participle') return null;
  if (g.start !== first && g.start !== opener.end) return null;
  for (let k = g.end; k < s.words.length && k - g.end < 24; k++) {
    const inner = groupAt(s, k);
    if (inner?.kind === 'finite' || s.words[k]!.tag === 'rel' || s.words[k]!.tag === 'sub') return null;
    if (!pauseAfter(s, k)) continue;
    if (s.words[k]!.mark !== ',' || k < s.phraseEnd - 1) return null;
    let at = k + 1;
    while (at < s.words.length && at - k <= 8 && !groupAt(s, at) && !pauseAfter(s, at)) at++;
    const main = groupAt(s, at);
    if (!main || main.kind !== 'finite' || main.start !== at) return null;
    const found = subjectOf(s, main.start);
    if (!found || found[0] !== k + 1 || s.words[found[0]]!.tag === 'pron') return null;
    const lead = first < g.start ? countWords(s, content(s, first, g.start)) : 0;
    const room = MAX_LABEL_WORDS - predicateWords - lead;
    const clause = content(s, found[0], clauseEnd(s, main.end, main.head));
    // (all of it: "…, the painter was taken" without "home" would read cut)
    return countWords(s, clause) <= room ? { first, words: clause } : null;
  }
  return null;
}

/**
 * The noun phrase ending at `p` (before a comma) opens its sentence or clause, and the aside that starts after it
 * closes with a comma before a finite verb: "The coach, | speaking after the game on Sunday, | praised".
 */
function subjectAside(s: Sentence, p: number, from: number): boolean {
  const np = nounPhraseStart(s, p);
  if (np > 0 && !pauseAfter(s, np - 1)) return false;
  for (let k = from; k < s.words.length && k - from < 16; k++) {
    if (breakAfter(s, k)) return false;
    if (s.words[k]!.mark !== ',') continue;
    let next = k + 1;
    while (next < s.words.length && s.words[next]!.tag === 'adv') next++;
    return groupAt(s, next)?.kind === 'finite' && groupAt(s, next)!.start === next;
  }
  return false;
}

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** "-ing" words that work as prepositions: "according to", "including", "following". */
const PREPOSITIONAL_ING = new Set(
  'according including excluding following regarding concerning depending beginning starting pending barring'.split(
    ' ',
  ),
);

/**
 * The subject of the clause an adverbial "-ing" phrase follows, after its comma or a subordinator
 * ("fell 5%, | ending at", "warned both players before | stopping"): the nearest finite verb's subject, shortened;
 * none when that is a pronoun ("She stayed loyal …, campaigning": "She campaigning" reads worse than the phrase
 * alone), or the verb is in a relative or subordinate clause.
 */
function adverbialSubject(s: Sentence, g: VerbGroup): number[] {
  if (PREPOSITIONAL_ING.has(s.words[g.head]!.token.core)) return [];
  let p = g.start - 1;
  const sub = s.words[p];
  if (sub && SUBORDINATORS.has(sub.token.core) && !sub.mark) p--;
  else if (sub?.mark !== ',') return [];
  for (let k = p; k >= 0 && p - k < 30; k--) {
    if (breakAfter(s, k) && s.words[k]!.mark !== ',' && k < p) return [];
    const f = groupAt(s, k);
    if (!f) continue;
    if (f.kind !== 'finite') return [];
    const found = subjectOf(s, f.start);
    if (!found) return [];
    const opener = s.words[found[0] - 1];
    if (opener && (opener.tag === 'rel' || opener.tag === 'sub')) return [];
    // (a pronoun, a number or a verb inside: "they", "Two", "records show Berg" say no more than the phrase)
    for (let j = found[0]; j < found[1]; j++) if (s.words[j]!.tag === 'pron' || groupAt(s, j)) return [];
    // ("59-year-old Raj Chohan": a number before a name is the person's age)
    const counted = s.words[found[0]]!.tag === 'num' || NUMBER_WORD.test(s.words[found[0]]!.token.core);
    if (counted && s.words[found[1] - 1]!.tag !== 'name') return [];
    return shortSubject(s, found, 4);
  }
  return [];
}

/**
 * The "-ing" phrase `g` describes the noun phrase that ends at `p` ("floods | dating to 1998", "stalls |
 * springing up"): a noun, not a pronoun, a number or a time phrase; not the object of a verb right before
 * it ("spent the money | buying" says how), nor of a preposition other than "of" ("a man on Main St. |
 * waving"); and the "-ing" word is no modifier of a noun after it ("the | shipping business").
 */
function nounBefore(s: Sentence, p: number, g: VerbGroup): boolean {
  const w = s.words[p]!;
  if (!endsNounPhrase(w) || w.tag === 'pron' || w.tag === 'num' || isTimeWord(s, p)) return false;
  const next = s.words[g.end];
  if (!s.words[g.head]!.mark && next && next.tag === 'noun' && startsLower(next.token.text)) return false;
  if (groupAt(s, nounPhraseStart(s, p) - 1)) return false;
  const [np] = extendedNounPhrase(s, p);
  // ("Further widening", "Start making": one word opening the sentence is an adverb or a verb read as a noun)
  if (np === 0 && p === 0) return false;
  const link = s.words[np - 1];
  return !(link && (link.tag === 'prep' || link.tag === 'to') && link.token.core !== 'of');
}

/**
 * "He was arrested on Monday and | charged on Tuesday", "had fled in June and | returned": a participle right after
 * "and" or "or" shares the auxiliaries of the verb before it, whose subject it shares (`found`): "was charged" (not
 * "charged", as if he did the charging), "had returned". A verb with an object after it is active ("had been fired
 * and | bought a shotgun": "had bought"), as is one that is never passive ("was nicknamed … and | graduated").
 */
function sharedAuxiliary(s: Sentence, group: VerbGroup, found: [number, number]): number[] {
  // "The firm will cut 2,000 jobs in March and | close two plants in June": a base form shares the modal before it
  if (s.words[group.head]!.tag === 'verb' && group.start === group.head) {
    const first = modalGroupBefore(s, group);
    if (!first || found[1] !== first.start) return [];
    return range(first.start, first.head).filter((k) => MODAL_PARTS.test(s.words[k]!.token.core));
  }
  const conj = s.words[group.start - 1]!;
  const verb = s.words[group.head]!;
  if (group.start !== group.head || verb.tag !== 'ved' || !/^(?:and|or)$/.test(conj?.token.core ?? '')) return [];
  if (found[1] >= group.start - 1 || s.words[group.start - 2]!.mark) return [];
  const first = groupAt(s, found[1]);
  if (!first || first.start !== found[1] || first.head === first.start || s.words[first.head]!.tag !== 'ved') return [];
  const aux = range(first.start, first.head);
  if (!aux.every((k) => AUXILIARY.test(s.words[k]!.token.core))) return [];
  const next = s.words[group.head + 1];
  // ("was convicted and | spent the next two years in prison": a length of time spent is the verb's object)
  const spent = verb.token.core === 'spent' && next !== undefined && !verb.mark && OBJECT_TAGS.has(next.tag);
  const active =
    NEVER_PASSIVE.has(verb.token.core) ||
    spent ||
    (next !== undefined && !verb.mark && !isTimeWord(s, group.head + 1) && OBJECT_TAGS.has(next.tag));
  // active: only the perfect's "has", "have", "had" are shared
  return active ? aux.filter((k) => PERFECT.test(s.words[k]!.token.core)) : aux;
}

/** What a base verb after "and" shares of a modal group: the modal, its negation, "be" ("will not | close"). */
const MODAL_PARTS =
  /^(?:will|would|shall|should|can|could|may|might|must|won't|wouldn't|can't|cannot|couldn't|not|never)$/;

/**
 * The finite group a base verb right after "and" or "or" (`group`, one word) is a second verb of: the nearest group
 * before it in its clause, when that opens with a modal and ends in a base form ("will cut … | and close"); else
 * undefined.
 */
export function modalGroupBefore(s: Sentence, group: VerbGroup): VerbGroup | undefined {
  const conj = s.words[group.start - 1];
  if (!conj || conj.tag !== 'conj' || !/^(?:and|or)$/.test(conj.token.core) || conj.mark) return undefined;
  for (let k = group.start - 2; k >= 0 && group.start - k <= 18; k--) {
    if (breakAfter(s, k)) return undefined;
    const g = groupAt(s, k);
    if (!g) continue;
    const opener = s.words[g.start]!;
    return g.kind === 'finite' && opener.tag === 'modal' && s.words[g.head]!.tag === 'verb' && g.head > g.start
      ? g
      : undefined;
  }
  return undefined;
}

const AUXILIARY = /^(?:am|is|are|was|were|be|been|being|has|have|had)$/;
const PERFECT = /^(?:has|have|had)$/;
/** Words that open a verb's object ("bought | a shotgun"). */
const OBJECT_TAGS = new Set(['det', 'noun', 'name', 'pron', 'num']);
