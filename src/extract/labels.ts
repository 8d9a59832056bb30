/**
 * Event labels: a short clause from the sentence saying who did what, about 4–14 words.
 *
 * Heuristics of our own, no parser: cut the sentence into clause-like segments (at commas, dashes,
 * brackets, quotes and words like "which", "but", "that"), take the segment holding the time phrase
 * (or the clause an attribution like "SANA said on Monday" is about), drop the time phrase with its
 * preposition, the attribution, leading conjunctions and, when still too long, modifiers and trailing
 * phrases. Words are kept whole and in their order; only the first letter may be capitalised.
 */
import {
  ATTRIBUTION_VERBS,
  IRREGULAR_PAST,
  DETERMINERS,
  FINITE_VERBS,
  FUNCTION_WORDS,
  LEADING_CONNECTIVES,
  PRONOUNS,
  isSpace,
  startsLower,
  startsUpper,
  tokenize,
  upperBeforeAnyLetter,
  type Token,
} from './words.js';

export const MAX_LABEL_WORDS = 14;
const MIN_CLAUSE_WORDS = 4;

export interface LabelRequest {
  /** The sentence, or a window of it around the time phrase (long sentences are clipped by the caller). */
  sentence: string;
  /** The time phrase, as offsets into `sentence` (end exclusive); for "from X to Y", X's start and Y's end. */
  start: number;
  end: number;
  /** Offset of "since"/"from"/"between" governing the time phrase, when the event is an interval built on it. */
  governorStart?: number;
  /** The time phrase's own text ("a week after a halt to shipments"). */
  phrase?: string;
  /** The phrase is a length of time: "a week" in "came a week after a halt" is dated by the halt. */
  duration?: boolean;
}

/** Words that start a new clause-like segment. */
const SEGMENT_OPENERS = new Set(
  'but which who whom whose while whereas although though because that where when unless whereby'.split(' '),
);
/** First letters of the segment openers: most words fail this check and skip the set look-up. */
const SEGMENT_OPENER_FIRSTS = new Set([...SEGMENT_OPENERS].map((word) => word.charCodeAt(0)));
const isSegmentOpener = (core: string) => SEGMENT_OPENER_FIRSTS.has(core.charCodeAt(0)) && SEGMENT_OPENERS.has(core);
/** Prepositions and determiners that belong to a time phrase ("on Monday", "in mid-2013"). */
const TIME_PREPOSITIONS = new Set(
  'on in at during since from by until till through throughout over for of as around about early late earlier later sometime'.split(
    ' ',
  ),
);
/** Where a long label may be cut, keeping what comes before. */
const CUT_BEFORE = new Set(
  (
    'to that which who where under with after before as amid despite including while by in on at of for from ' +
    'following during over into against'
  ).split(' '),
);
/** Words that open a subordinate clause before the main one ("After passing Reagan, Ford…"). */
const SUBORDINATORS = new Set('after before since while when upon following despite on by'.split(' '));
/** Words a label does not end with: articles, prepositions, conjunctions, auxiliaries ("one more" may end it). */
const TRAILING_STOP = new Set(
  (
    'a an the of to in on at by with from for into onto over under about after before since during until till ' +
    'through between among against and or but nor so yet that which who whom whose as than its his her their our ' +
    'my your this these those is are was were be been being has have had will would can could may might must ' +
    'should shall do does did there when while where if although though because whereas he she we they i'
  ).split(' '),
);
/** Words a label does not end with, beyond function words ("…resigned due"). */
const DANGLING = new Set('due according prior owing such including effective'.split(' '));
const PP_OPENERS = new Set(
  'in on at with without for from during by amid despite under via through throughout within across among'.split(' '),
);
/** A clause opening with these is not the sentence's main clause. */
const SUBORDINATE_OPENERS = new Set(
  'when while because although though if unless whereas who which whom whose'.split(' '),
);
const MODIFIER_ADJECTIVES = new Set('loyal allied close linked opposed affiliated related belonging'.split(' '));
const OPEN_QUOTES = /^(?:[“‘"«([]|``)/u;
/** Determiners and possessives before a noun that a time phrase may modify ("the November 1976 election"). */
const NOUN_DETERMINERS = new Set('the a an its their his her our'.split(' '));
const SUPERLATIVES = new Set('least most first last'.split(' '));
const COORDINATORS = new Set('and but or'.split(' '));

/** A segment ends after a comma, semicolon or colon (closing quotes may follow) or a closing bracket. */
function endsSegment(text: string): boolean {
  let i = text.length - 1;
  const last = text.charCodeAt(i);
  if (last === 0x29 || last === 0x5d) return true; // ) ]
  for (; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code !== 0x201d && code !== 0x2019 && code !== 0x22 && code !== 0xbb && code !== 0x27) break; // ” ’ " » '
  }
  const mark = text.charCodeAt(i);
  return mark === 0x2c || mark === 0x3b || mark === 0x3a; // , ; :
}

const isOpenBracket = (text: string) => text.charCodeAt(0) === 0x28 || text.charCodeAt(0) === 0x5b; // ( [

/** A token of dashes only ("--", "—"): it separates segments and is no word. */
function isDash(text: string): boolean {
  if (!text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // "_" stands for a dash in some wire copy ("team no. 225 _ which Ritter heads _ made…")
    if (code !== 0x2d && code !== 0x2013 && code !== 0x2014 && code !== 0x5f) return false;
  }
  return true;
}

/** The last character of `text` is one of `marks` (each a single UTF-16 unit). */
const endsWithOneOf = (text: string, marks: string) => text.length > 0 && marks.includes(text[text.length - 1]!);
const ANCHOR_AFTER = /^\s+(?:after|before|following)\s+(?=(?:a|an|the|its|his|her|their|this|that)\s)/i;
const ANCHORED_PHRASE = /\b(?:after|before|following)\s+(\S.*)$/is;

type Segment = Token[];

/** Cuts the sentence's words into clause-like segments. */
function segment(tokens: Token[], phraseStart: number, phraseEnd: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = [];
  const flush = () => {
    if (current.length) segments.push(current);
    current = [];
  };
  for (const token of tokens) {
    if (isDash(token.text)) {
      flush();
      continue;
    }
    // A time phrase is never cut in two ("July 14, 1913").
    const insidePhrase = token.start > phraseStart && token.start < phraseEnd;
    const opensPhrase = token.start >= phraseStart && token.start < phraseEnd; // "that year", "when …"
    if ((!insidePhrase && isOpenBracket(token.text)) || (!opensPhrase && isSegmentOpener(token.core))) flush();
    current.push(token);
    const phraseGoesOn = token.end > phraseStart && token.end < phraseEnd;
    if (!phraseGoesOn && endsSegment(token.text)) flush();
  }
  flush();
  return segments;
}

const wordCount = (tokens: Token[]) => {
  let n = 0;
  for (const t of tokens) if (t.isWord) n++;
  return n;
};

/** A verb in lower case: finite auxiliaries, past tenses ("-ed", "left", "met"), reporting verbs. */
const isVerbLike = (t: Token) =>
  startsLower(t.text) &&
  (FINITE_VERBS.has(t.core) || IRREGULAR_PAST.has(t.core) || ATTRIBUTION_VERBS.has(t.core) || t.core.endsWith('ed'));

/** "said", "told" in lower case: "the United States" does not attribute anything. */
const isAttributionVerb = (t: Token) => ATTRIBUTION_VERBS.has(t.core) && !upperBeforeAnyLetter(t.text);

/** "SANA said", "Syria’s state news agency said on Monday", "the sources said", "according to officials". */
function isAttribution(tokens: Token[]): boolean {
  if (!tokens.length) return false;
  const verbAt = tokens.findIndex(isAttributionVerb);
  if (verbAt < 0 || verbAt > 6) return false;
  if (tokens[verbAt]!.core === 'according') return true;
  const rest = tokens.slice(verbAt + 1);
  if (rest.some((t) => FINITE_VERBS.has(t.core))) return false;
  // "SANA said", "told Reuters", "said in a statement", "said in response to the strikes"
  return rest.length <= 3 || PP_OPENERS.has(rest[0]!.core) || (rest.length <= 5 && PP_OPENERS.has(rest[1]?.core ?? ''));
}

/** A label-worthy clause: enough words and not just an attribution. */
const isClause = (tokens: Token[]) => wordCount(tokens) >= MIN_CLAUSE_WORDS && !isAttribution(tokens);

/** Strips "Officials told Reuters (that)" in front of the content, unless the content starts with a pronoun. */
function stripLeadingAttribution(tokens: Token[]): Token[] {
  const verbAt = tokens.findIndex(isAttributionVerb);
  if (verbAt < 1 || verbAt > 6 || tokens[verbAt]!.core === 'according') return tokens;
  let k = verbAt + 1;
  if (tokens[verbAt]!.core === 'told' || tokens[verbAt]!.core === 'tells') {
    while (k < tokens.length && k - verbAt <= 3 && startsUpper(tokens[k]!.text)) k++;
    if (tokens[k]?.core === 'reporters' || tokens[k]?.core === 'journalists') k++;
  }
  if (tokens[k]?.core === 'that') k++;
  const content = tokens.slice(k);
  const lead = content[0]?.core ?? '';
  if (
    wordCount(content) < MIN_CLAUSE_WORDS ||
    PRONOUNS.has(lead) ||
    PP_OPENERS.has(lead) ||
    FRAGMENT_OPENERS.has(lead)
  ) {
    return tokens;
  }
  // "Delta posted net income of $133.1 million": without a verb after it, the verb is no attribution.
  return content.some(isVerbLike) ? content : tokens;
}

/** The noun phrase a segment ends with: from its last determiner or its last run of capitalised words. */
function trailingNounPhrase(tokens: Token[]): Token[] {
  if (!tokens.length) return [];
  let k = tokens.length - 1;
  if (startsUpper(tokens[k]!.text)) {
    // "the Nasdaq 100 Index": a number inside a name belongs to it.
    const inName = (j: number) =>
      startsUpper(tokens[j]!.text) || (j > 0 && /^\p{N}/u.test(tokens[j]!.text) && startsUpper(tokens[j - 1]!.text));
    while (k > 0 && inName(k - 1) && tokens.length - k < 6) k--;
    if (k > 0 && DETERMINERS.has(tokens[k - 1]!.core)) k--;
    return tokens.slice(k);
  }
  let afterPreposition = -1;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 10; i--) {
    // "the company's performance to continued increases in international sales,": a long noun
    // phrase gives way to the one after its last preposition.
    if (DETERMINERS.has(tokens[i]!.core))
      return tokens.slice(tokens.length - i > 8 && afterPreposition > 0 ? afterPreposition : i);
    if (
      afterPreposition < 0 &&
      i < tokens.length - 1 &&
      startsLower(tokens[i]!.text) &&
      PP_OPENERS.has(tokens[i]!.core)
    ) {
      afterPreposition = i + 1;
    }
  }
  return tokens.slice(-1);
}

/** A short run of words naming someone: "Ricardo Alarcon,", "Kopp's stepmother,", "Oshkosh Truck Corp.,". */
function isName(seg: Segment): boolean {
  const first = seg[0];
  if (!first || seg.length > 5 || !startsUpper(first.text)) return false;
  if (FUNCTION_WORDS.has(first.core) && first.core !== 'the') return false;
  // "The rebels broke the truce," is a clause, not a name
  return !seg.some((t) => FINITE_VERBS.has(t.core) || isAttributionVerb(t) || t.core.endsWith('ed') || isVerbLike(t));
}

/** A noun phrase opening the sentence, without a verb: "A C$30-a-share bid by Ciba-Geigy Ltd.,". */
function isSubjectPhrase(seg: Segment): boolean {
  const first = seg[0];
  if (!first || seg.length > 8 || startsWithPreposition(seg) || LEADING_CONNECTIVES.has(first.core)) return false;
  if (!DETERMINERS.has(first.core) && !startsUpper(first.text)) return false;
  return !seg.some(isVerbLike);
}

/** A prepositional opener ("In composite trading", "With shareholders tendering"), not "At least" or "By setting". */
function startsWithPreposition(tokens: Token[]): boolean {
  const [first, second] = tokens;
  if (!first || !PP_OPENERS.has(first.core)) return false;
  return !(second && (SUPERLATIVES.has(second.core) || second.core.endsWith('ing')));
}

/** The tokens with the comma (or other closing mark) after the last one removed. */
function withoutClosingPunctuation(tokens: Token[]): Token[] {
  if (!tokens.length) return tokens;
  const last = tokens[tokens.length - 1]!;
  return [...tokens.slice(0, -1), { ...last, text: last.text.replace(/[,;:]+$/u, '') }];
}

/** Removes "convened by X in Y" between a subject and its verb, and "loyal to X" after a noun. */
function dropModifiers(tokens: Token[]): Token[] {
  let out = tokens;
  for (let i = 1; i < Math.min(out.length - 2, 7); i++) {
    if (!/ed$|^(?:led|run|held|made|backed|hit|set)$/.test(out[i]!.core) || out[i + 1]!.core !== 'by') continue;
    for (let j = i + 2; j < out.length; j++) {
      const w = out[j]!;
      const prev = out[j - 1]!;
      const finite = FINITE_VERBS.has(w.core) || (w.core.endsWith('ed') && !DETERMINERS.has(prev.core));
      if (finite && startsLower(w.text) && !startsUpper(w.core)) {
        out = [...out.slice(0, i), ...out.slice(j)];
        break;
      }
    }
    break;
  }
  for (let i = 1; i < out.length - 2; i++) {
    if (!MODIFIER_ADJECTIVES.has(out[i]!.core) || !/^(?:to|with)$/.test(out[i + 1]!.core)) continue;
    let j = i + 2;
    while (j < out.length && (startsUpper(out[j]!.text) || /^(?:al|bin|de|of)-?/.test(out[j]!.core))) j++;
    if (j > i + 2) out = [...out.slice(0, i), ...out.slice(j)];
    break;
  }
  return out;
}

/**
 * Shortens to at most MAX_LABEL_WORDS words: modifiers first, then trailing phrases (the longest
 * prefix that ends before a preposition or clause word), then a hard cut. Linear in the tokens.
 */
function shorten(tokens: Token[]): Token[] {
  if (wordCount(tokens) <= MAX_LABEL_WORDS) return tokens;
  const out = dropModifiers(tokens);
  let words = 0;
  let bestCut = -1;
  let hardCut = out.length;
  for (let k = 0; k < out.length; k++) {
    // Before adding token k, the prefix out[0..k) has `words` words.
    if (
      k >= MIN_CLAUSE_WORDS &&
      words <= MAX_LABEL_WORDS &&
      CUT_BEFORE.has(out[k]!.core) &&
      startsLower(out[k]!.text)
    ) {
      bestCut = k;
    }
    if (out[k]!.isWord) words++;
    if (words > MAX_LABEL_WORDS && hardCut === out.length) hardCut = k;
  }
  if (words <= MAX_LABEL_WORDS) return out;
  return out.slice(0, bestCut >= 0 ? bestCut : hardCut);
}

/** "the notes will be due": "due" after a form of "be" ends the clause. */
const isCopulaThenDue = (tokens: Token[], at: number) =>
  tokens[at]!.core === 'due' && at > 0 && /^(?:be|is|are|was|were|been)$/.test(tokens[at - 1]!.core);

/** Drops dangling function words and punctuation at the edges. */
function trimEdges(tokens: Token[], leading = true): Token[] {
  let from = 0;
  let to = tokens.length;
  while (leading && from < to && (LEADING_CONNECTIVES.has(tokens[from]!.core) || !tokens[from]!.isWord)) from++;
  while (
    to > from &&
    (TRAILING_STOP.has(tokens[to - 1]!.core) ||
      (DANGLING.has(tokens[to - 1]!.core) && !isCopulaThenDue(tokens, to - 1)) ||
      !tokens[to - 1]!.isWord)
  ) {
    to--;
  }
  return from === 0 && to === tokens.length ? tokens : tokens.slice(from, to); // token lists are never changed in place
}

/**
 * The words as one line of text: without quotes and brackets, whitespace runs as one space, no
 * closing punctuation (the dots of a final "U.S." stay). Scanned by hand: it runs for every event.
 */
function render(tokens: Token[]): string {
  // Dropping the marks before or after collapsing the spaces, and stripping one single quote at each
  // end, give the same text in either order: the marks and quotes are no whitespace.
  let text = joinedWithoutQuotes(tokens);
  const lead = text[0] === '‘' || text[0] === "'" ? 1 : 0;
  const tail = text.length - 1 >= lead && endsWithOneOf(text, "’'") ? 1 : 0;
  if (lead || tail) text = text.slice(lead, text.length - tail);
  let end = text.length;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || ',;:–—-'.includes(text[end - 1]!))) end--;
  text = text.slice(0, end);
  if (endsWithOneOf(text, '.!?')) text = text.replace(/(?<!\b\p{L})[.!?]+$/u, '');
  text = text.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * In one pass, what `texts.join(' ').replace(/[“”"«»()[\]]|``|''/gu, '').replace(/\s+/g, ' ')` gives:
 * quotes, brackets and the pairs `` and '' dropped (left to right), then each run of whitespace as one
 * space. The words are read in place, without joining them first.
 */
export function joinedWithoutQuotes(words: readonly { text: string }[]): string {
  let out = '';
  let afterSpace = false; // the last character kept is whitespace
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && !afterSpace) {
      out += ' '; // the space between two words, unless it joins the whitespace kept before it
      afterSpace = true;
    }
    const text = words[k]!.text;
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

/** A short label for the event dated by the time phrase in `request.sentence`. */
export function makeLabel(request: LabelRequest): string {
  return labelFromTokens(request, tokenize(request.sentence));
}

/**
 * makeLabel with the sentence already tokenised (`tokenize(request.sentence)`): events in one
 * sentence share its tokens. The tokens are only read.
 */
export function labelFromTokens(request: LabelRequest, tokens: Token[]): string {
  const { sentence, start, end } = request;
  if (!tokens.length) return '';
  const dropFrom = request.governorStart ?? start;
  const inPhrase = (t: Token) => t.end > dropFrom && t.start < end;
  const segments = segment(tokens, start, end);
  let at = segments.findIndex((s) => s.some((t) => t.end > start && t.start < end));
  if (at < 0) at = 0;

  // "a week after a halt to shipments": the phrase names the event it is dated from.
  const anchored = request.phrase ? ANCHORED_PHRASE.exec(request.phrase) : null;
  const anchorAfter = request.duration ? ANCHOR_AFTER.exec(sentence.slice(end, end + 20)) : null;
  if (anchored || anchorAfter) {
    const anchorStart = anchored ? end - anchored[1]!.length : end + anchorAfter![0].length;
    const rest = segments[at]!.filter((t) => t.start >= anchorStart);
    const label = render(trimEdges(shorten(trimEdges(rest))));
    if (label.split(' ').length >= 2) return label;
  }

  const withoutPhrase = (s: Segment): Token[] => {
    const kept: Token[] = [];
    let popped = false;
    for (let i = 0; i < s.length; i++) {
      const t = s[i]!;
      if (!inPhrase(t)) {
        kept.push(t);
        continue;
      }
      if (popped) continue;
      popped = true;
      // "in the November 1976 election": the phrase modifies a noun; the preposition stays.
      let last = i;
      while (last + 1 < s.length && inPhrase(s[last + 1]!)) last++;
      const next = s[last + 1];
      const modifiesNoun =
        kept.length > 0 &&
        NOUN_DETERMINERS.has(kept[kept.length - 1]!.core) &&
        next !== undefined &&
        !FUNCTION_WORDS.has(next.core) &&
        !endsWithOneOf(s[last]!.text, ',;:.!?)”’"');
      // "up from last year's $2.34 billion": a possessive phrase modifies the noun after it.
      if (modifiesNoun || (next?.isWord && POSSESSIVE_END.test(s[last]!.text))) continue;
      while (kept.length && TIME_PREPOSITIONS.has(kept[kept.length - 1]!.core)) kept.pop();
      while (kept.length && DETERMINERS.has(kept[kept.length - 1]!.core)) kept.pop();
    }
    return kept;
  };

  let index = at;
  let chosen = withoutPhrase(segments[at]!);
  const cleanedSegments: Token[][] = [];
  const cleaned = (k: number) => (cleanedSegments[k] ??= withoutPhrase(segments[k]!));
  /** The first segment after `k` that reads as a clause, or -1. */
  const nextClause = (k: number) => {
    for (let j = k + 1; j < segments.length; j++) {
      // "Ricardo Alarcon, head of the assembly, said …": the apposition is not the clause.
      if (j > k + 1 && isName(segments[j - 1]!) && segments[j]![segments[j]!.length - 1]!.text.endsWith(',')) continue;
      if (isClause(cleaned(j))) return j;
    }
    return -1;
  };
  const isMain = (seg: Token[]) =>
    isClause(seg) &&
    !startsWithPreposition(seg) &&
    !seg[0]!.core.endsWith('ing') &&
    !SUBORDINATE_OPENERS.has(seg[0]!.core);
  /** "for the quarter ended Sept. 30" with the phrase "the quarter": a phrase, not a clause. */
  const isReducedRelative = (seg: Segment, clause: Token[]) => {
    const own = trimEdges(seg);
    const phraseAt = own.findIndex(inPhrase);
    return (
      phraseAt >= 1 &&
      phraseAt <= 2 &&
      startsWithPreposition(own) &&
      clause[0] !== undefined &&
      startsLower(clause[0].text) &&
      isVerbLike(clause[0])
    );
  };
  // "…, or $6.98 a share, for the quarter ended Sept. 30": figures and brackets between are no main clause.
  const previousAt = mainBefore(segments, at, cleaned, isMain);
  const previous = previousAt >= 0 ? cleaned(previousAt) : at > 0 ? cleaned(at - 1) : [];
  const previousIsMain = previousAt >= 0;
  let appositive = false;
  if (isAttribution(chosen)) {
    // "…, SANA said on Monday": label what was said: the "that" clause after it, else the clause
    // before it, else the next clause.
    const next = segments[at + 1] ? cleaned(at + 1) : [];
    const later = nextClause(at);
    // "said … that Britain, through its embassies, has been pushing": the subject now, its verb later.
    const thatClause = next[0]?.core === 'that' && (wordCount(next) >= MIN_CLAUSE_WORDS || !next.some(isVerbLike));
    if (thatClause) [chosen, index] = [next, at + 1];
    else if (previousIsMain) [chosen, index] = [previous, previousAt];
    else if (later >= 0) [chosen, index] = [cleaned(later), later];
    else if (at > 0 && isClause(previous)) [chosen, index] = [previous, at - 1];
  } else if (
    isBare(chosen)
      ? at === 0 ||
        TIME_PREPOSITIONS.has(segments[at]![0]!.core) ||
        segments[at]![0]!.core === 'to' ||
        segments[at]![0]!.core === 'that' ||
        opensNewClause(segments, at)
      : startsWithPreposition(chosen) || isReducedRelative(segments[at]!, chosen)
  ) {
    // "On Monday, …", "In composite trading yesterday, Compaq shares fell…", "And just last month, a
    // policeman is killed", "for the quarter ended Sept. 30": label the main clause.
    const later = nextClause(at);
    if (previousIsMain) [chosen, index] = [previous, previousAt];
    else if (later >= 0) [chosen, index] = [cleaned(later), later];
  } else if (isBare(chosen)) {
    appositive = true;
  }

  /** The clause made whole: its subject, a "that" complement, the antecedent of "which"; no attribution. */
  const complete = (clause: Token[], at: number): { tokens: Token[]; trimLeading: boolean } => {
    let chosen = clause;
    const index = at;
    const verb = trimEdges(chosen)[0];
    if (index > 0 && verb && isVerbLike(verb) && !FRAGMENT_OPENERS.has(verb.core)) {
      // "Ricardo Alarcon, head of the assembly, said on Wednesday …": the verb's subject comes earlier.
      const opening = segments[0]!;
      const named = isSubjectPhrase(opening) ? opening : segments.slice(0, index).find(isName);
      const subject = named ? withoutClosingPunctuation(trimEdges(named)) : subjectBefore(index);
      if (subject) chosen = [...subject, ...trimEdges(chosen)];
    }
    const following = segments[index + 1];
    const lastChosen = chosen[chosen.length - 1];
    if (
      following?.[0]?.core === 'that' &&
      lastChosen &&
      !endsWithOneOf(lastChosen.text, ',;:') &&
      (isAttributionVerb(lastChosen) || lastChosen.core.endsWith('ed'))
    ) {
      // "Elian's father has demanded | that the boy be returned": the verb needs what follows.
      chosen = [...chosen, ...cleaned(index + 1)];
    }

    const opener = chosen[0];
    const secondWord = chosen[1];
    const opensSentence = segments.slice(0, index).every((seg) => wordCount(seg) <= 1); // "Moreover, by setting…"
    if (opensSentence && opener && SUBORDINATORS.has(opener.core) && secondWord && secondWord.core.endsWith('ing')) {
      // "After passing Ronald Reagan on Sunday, Gerald Ford became…": the clause has no subject of
      // its own; keep it with the main clause that gives one.
      const main = segments.findIndex((seg, k) => k > index && !OPEN_QUOTES.test(seg[0]!.text) && isClause(seg));
      if (main > 0) {
        const lead = withoutClosingPunctuation(chosen);
        const last = lead[lead.length - 1]!;
        lead[lead.length - 1] = { ...last, text: `${last.text},` };
        return { tokens: [...lead, ...trimEdges(withoutPhrase(segments[main]!))], trimLeading: false };
      }
    }
    if (
      index > 0 &&
      opener &&
      COORDINATORS.has(opener.core) &&
      secondWord &&
      startsLower(secondWord.text) &&
      (FINITE_VERBS.has(secondWord.core) || secondWord.core.endsWith('ed'))
    ) {
      // "Ford was …, and remained in office until…": the coordinated verb takes the sentence's subject.
      const subject = subjectOf(segments[0]!);
      if (subject.length) chosen = [...subject, ...chosen.slice(1)];
    }

    chosen = trimEdges(chosen);
    const first = chosen[0];
    // The words before, without the time phrase: "the 1991 agreement was | that…" gives "the agreement was".
    const precedingSegment = index > 0 ? cleaned(index - 1) : [];
    const antecedent = withoutClosingPunctuation(trailingNounPhrase(precedingSegment));
    const namesSomething = antecedent.some((t) => !isFiller(t));
    if (first && (first.core === 'which' || first.core === 'who') && precedingSegment.length) {
      // "Saudi Arabia, which has showered Egypt…" → "Saudi Arabia has showered Egypt…"
      chosen = namesSomething ? [...antecedent, ...chosen.slice(1)] : chosen.slice(1);
    } else if (first?.core === 'that' && precedingSegment.length) {
      const last = precedingSegment[precedingSegment.length - 1]!;
      // "Bush told a news conference | that…", "has informed Chief of Staff John Sununu | that…"
      const afterVerb =
        precedingSegment.slice(-3).some((t) => isAttributionVerb(t)) ||
        last.core.endsWith('ed') ||
        isAttribution(precedingSegment) ||
        precedingSegment.some((t) => TELLING_VERBS.has(t.core));
      // "whatever happens, that our relationships…": after a comma, "that" opens a clause of its own.
      const complementizer = afterVerb || !namesSomething || last.text.endsWith(',');
      chosen = complementizer ? chosen.slice(1) : [...antecedent, ...chosen];
    }
    return { tokens: stripLeadingAttribution(withoutAccordingTo(trimEdges(chosen))), trimLeading: true };
  };

  /**
   * The subject of a verb opening segment `index`, over asides: "that Ritter, who arrived Thursday,
   * had been allowed", "the company's segment, while profitable, was hurt"; or null.
   */
  function subjectBefore(index: number): Token[] | null {
    for (let k = index - 1; k >= 0 && index - k <= 3; k--) {
      const seg = segments[k]!;
      const head = seg[0]!;
      const own = trimEdges(cleaned(k));
      const said = seg.findIndex(isAttributionVerb);
      if (said >= 0 && !seg.slice(said + 1).some(isVerbLike)) {
        // "Anheuser said its new strategy -- started in some markets -- will mean…"; "Mr. Marous said," is an aside
        const reported = withoutClosingPunctuation(trimEdges(own.filter((t) => t.start > seg[said]!.start)));
        if (reported.some((t) => !isFiller(t))) return reported;
        continue;
      }
      const aside =
        isOpenBracket(head.text) ||
        (isSegmentOpener(head.core) && head.core !== 'that') ||
        LEADING_CONNECTIVES.has(head.core) ||
        FRAGMENT_OPENERS.has(head.core) ||
        isAside(seg) ||
        (startsLower(head.text) && head.core.endsWith('ed')) || // "led by Ahmed Nur,", "started in…"
        // "John C. Marous, chairman and chief executive officer,"
        (k > 0 && startsLower(head.text) && !DETERMINERS.has(head.core) && isName(segments[k - 1]!));
      if (aside) continue;
      if (seg.some(isVerbLike) || !seg[seg.length - 1]!.text.endsWith(',')) return null;
      let subject: Token[];
      if (startsWithPreposition(seg)) {
        // "In recent months a group of lenders," gives "a group of lenders"; "At the same time," nothing
        const np = trailingNounPhrase(own);
        const before = own[own.length - np.length - 1];
        if (own.length - np.length < 2 || !before || PP_OPENERS.has(before.core) || DETERMINERS.has(before.core)) {
          return null;
        }
        subject = np;
      } else {
        // "production costs," whole; a long segment from its noun phrase
        subject = wordCount(own) <= 6 ? own : trailingNounPhrase(own);
      }
      subject = withoutClosingPunctuation(subject);
      if (subject[0]?.core === 'that' && subject[1]) subject = subject.slice(1);
      return subject.some((t) => !isFiller(t)) ? subject : null;
    }
    return null;
  }

  // "The rights, which expire Nov. 21": a relative pronoun vouches for the verb after it.
  const opensRelative = /^(?:which|who)$/.test(trimEdges(chosen)[0]?.core ?? '');
  const completed = complete(chosen, index);
  if (!completed.trimLeading) return finish(completed.tokens, tokens, false);
  chosen = completed.tokens;

  if (appositive && hasNounPhraseBefore(segments, at)) {
    // "the conflict, now in its sixth year": the phrase describes the noun phrase before it.
    return finish([...trailingNounPhrase(segments[at - 1]!), ...trimEdges(segments[at]!)], tokens);
  }
  // "after launching the iPhone": a gerund after "after"/"before" names the event itself.
  const own = trimEdges(cleaned(at), false);
  const namesAction =
    OPEN_QUOTES.test(segments[at]![0]!.text) &&
    SUBORDINATORS.has(own[0]?.core ?? '') &&
    (own[1]?.core.endsWith('ing') ?? false);
  if (isFragment(chosen) && !(opensRelative && wordCount(chosen) >= 3) && !(namesAction && index === at)) {
    // "to bankers", "was terrible", "ended Sept. 30", "up from seven": no clause of its own; find the clause.
    const repaired = repairFragment(chosen, index);
    if (repaired) return finish(repaired.tokens, tokens, repaired.trimLeading);
  }
  if (appositive || wordCount(chosen) < 2) {
    const own = trimEdges(segments[at]!);
    const np = at > 0 ? trailingNounPhrase(segments[at - 1]!) : [];
    chosen = [...np, ...own];
  }
  return finish(chosen, tokens);

  /** A clause for a fragment: the phrase as subject, the clause before it (joined when short), or the next clause. */
  function repairFragment(fragment: Token[], index: number): { tokens: Token[]; trimLeading: boolean } | null {
    // "The quarter was terrible": the time phrase is the subject; the label keeps it.
    if (index === at) {
      const own = trimEdges(segments[at]!);
      const phraseAt = own.findIndex(inPhrase);
      const after = own.findIndex((t, k) => k > phraseAt && !inPhrase(t));
      // "the second quarter ended Oct. 31" names a period, not what happened.
      if (phraseAt === 0 && after > 0 && isFiniteVerb(own[after]!) && own[after]!.core !== 'ended') {
        const withThat = segments[at + 1]?.[0]?.core === 'that' ? [...own, ...cleaned(at + 1)] : own;
        const clause = complete(withThat, at);
        if (!isFragment(clause.tokens)) return clause;
      }
    }
    const own = index === at ? cleaned(index) : fragment; // "but just minutes apart", with its "but"
    const first = trimEdges(fragment)[0];
    const before = index > 0 ? segments[index - 1]! : [];
    const describes =
      first !== undefined &&
      startsLower(first.text) &&
      (DESCRIBING.has(first.core) ||
        (first.core.endsWith('ed') &&
          !FRAGMENT_OPENERS.has(first.core) &&
          (PP_OPENERS.has(fragment[1]?.core ?? '') || fragment[1]?.core === 'to')));
    if (describes && before.length && !before[before.length - 1]!.core.endsWith('ed')) {
      // "the peace process, set to resume Monday in Belfast", "its new strategy -- started in some
      // markets": the participle describes the noun before.
      const np = withoutClosingPunctuation(trailingNounPhrase(cleaned(index - 1)));
      if (np.some((t) => !isFiller(t))) return complete([...np, ...trimEdges(fragment)], index);
    }
    const opensPhrase =
      first && startsLower(first.text) && (PP_OPENERS.has(first.core) || FRAGMENT_OPENERS.has(first.core));
    const nounFirst = first !== undefined && !first.core.endsWith('ing');
    if (first && nounFirst && !fragment.some(isVerbLike) && !opensPhrase && !isBare(fragment)) {
      // "team no. 225 _ which Ritter heads _ made surprise visits": the subject's verb comes after an aside.
      for (let k = index + 1; k < segments.length && k - index <= 3; k++) {
        const head = segments[k]![0]!;
        if (startsLower(head.text) && isFiniteVerb(head)) {
          return complete([...withoutClosingPunctuation(fragment), ...cleaned(k)], index);
        }
        const aside = isOpenBracket(head.text) || isSegmentOpener(head.core) || isName(segments[k]!);
        if (!aside && !startsWithPreposition(segments[k]!)) break;
      }
    }
    // "…, which fell 1.4%, or 6.43, on Friday": the clause before, with what lies between when short.
    for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
      const seg = cleaned(k);
      if (!seg.length || isOpenBracket(seg[0]!.text) || startsWithPreposition(seg)) continue; // "in preferred shares,"
      if (!seg.some(isVerbLike) || isAttribution(seg)) continue;
      const between: Token[] = [];
      for (let j = k + 1; j < index; j++) if (!isOpenBracket(segments[j]![0]!.text)) between.push(...cleaned(j));
      const joined = [...seg, ...between, ...own];
      const clause = complete(wordCount(joined) <= MAX_LABEL_WORDS ? joined : seg, k);
      if (!isFragment(clause.tokens)) return clause;
      break;
    }
    // "Three days later, as of Friday's close, the Nasdaq Composite was down 6%": the clause after,
    // one with a verb first ("…, the day before the plunge, for instance, the Nasdaq had fallen").
    const after = (k: number) => k < segments.length && k - index <= 3;
    const withVerb = (k: number) => wordCount(cleaned(k)) >= 3 && cleaned(k).some(isVerbLike);
    for (const accepts of [withVerb, (k: number) => isClause(cleaned(k))]) {
      for (let k = index + 1; after(k); k++) {
        if (!accepts(k)) continue;
        const clause = complete(cleaned(k), k);
        if (!isFragment(clause.tokens)) return clause;
      }
    }
    return null;
  }
}
/** Words that say how or when but name no one and nothing: "just", "alone", "most recently". */
const FILLERS = new Set('just only even also now alone up right exactly almost nearly around again then'.split(' '));
/** Lower-case words in "-ly" that are nouns, not adverbs. */
const LY_NOUNS = new Set('assembly supply family rally ally reply belly jelly bully monopoly anomaly'.split(' '));
const POSSESSIVE_END = /['’]s$/u;
/** Verbs of telling whose "that" clause is what was told ("has informed X that…"). */
const TELLING_VERBS = new Set('informed told assured reminded warned notified promised persuaded convinced'.split(' '));
/** Participles and adjectives that describe the noun before them ("the peace process, set to resume"). */
const DESCRIBING = new Set('set due expected scheduled slated likely poised planned'.split(' '));
/** Words a clause does not open with: "up from seven", "due to expire", "compared with 40%". */
const FRAGMENT_OPENERS = new Set('to of up down than due compared versus vs including except'.split(' '));

const isFiller = (t: Token) =>
  !t.isWord ||
  FUNCTION_WORDS.has(t.core) ||
  FILLERS.has(t.core) ||
  (t.core.length > 5 && t.core.endsWith('ly') && startsLower(t.text) && !LY_NOUNS.has(t.core));

/** Nothing left but connectives and adverbs: "And just (last month)", "most recently (last October)". */
const isBare = (tokens: Token[]) => tokens.every(isFiller);

/** A lower-case verb: "was", "fell", "ended", "crams" is not recognised (no lexicon of present tenses). */
const isFiniteVerb = (t: Token) => isVerbLike(t) && !t.core.endsWith('ing');

/**
 * Words that cannot stand as a label: nothing but fillers; an opening preposition, "to" or a bare
 * verb ("to bankers", "ended Sept. 30", "was terrible"); or under 4 words without a verb or with a
 * pronoun for subject ("Hungary and Poland", "it arrives"). "Negotiations broke off" stands.
 */
function isFragment(tokens: Token[]): boolean {
  const words = trimEdges(tokens);
  const first = words[0];
  if (!first || isBare(words)) return true;
  if (startsLower(first.text)) {
    if (PP_OPENERS.has(first.core) || FRAGMENT_OPENERS.has(first.core) || isVerbLike(first)) return true;
    // "declaring victory", not "profittaking was a natural result"
    const hasVerbAfter = words.some((t, k) => k > 0 && (FINITE_VERBS.has(t.core) || IRREGULAR_PAST.has(t.core)));
    if (first.core.endsWith('ing') && !hasVerbAfter) return true;
  }
  const n = wordCount(words);
  if (n >= MIN_CLAUSE_WORDS) return false;
  return !words.some(isVerbLike) || (n < 3 && PRONOUNS.has(first.core));
}

/** "according to a memorandum distributed by…" → "a memorandum distributed by…". */
function withoutAccordingTo(tokens: Token[]): Token[] {
  if (tokens[0]?.core !== 'according' || tokens[1]?.core !== 'to' || wordCount(tokens) < 4) return tokens;
  return tokens.slice(2);
}

/** A segment that adds figures or a bracket to the clause before it: "or $6.98 a share,", "(dlrs 305,000),". */
function isAside(seg: Token[]): boolean {
  const first = seg[0];
  if (!first) return true;
  if (isOpenBracket(first.text)) return true;
  const lead = COORDINATORS.has(first.core) ? seg[1] : first;
  if (!lead) return true;
  // "or 29 cents a share adjusted for the split,": a figure with a participle, not "and 500 people fled".
  if (/^[\p{N}$€£¥]/u.test(lead.text)) return !seg.some((t) => FINITE_VERBS.has(t.core) || IRREGULAR_PAST.has(t.core));
  // an infinitive: "to boost business and tourism ties with India,"
  if (lead.core === 'to' && seg[1] && startsLower(seg[1].text)) return true;
  return /^(?:up|down)$/.test(lead.core) && !seg.some(isVerbLike);
}

/**
 * The main clause before segment `at`, over asides ("…, or $6.98 a share, for the quarter…"); or -1.
 * `isMain` tells a main clause from a phrase; the clause right before counts unless it is an aside.
 */
function mainBefore(
  segments: Segment[],
  at: number,
  cleaned: (k: number) => Token[],
  isMain: (seg: Token[]) => boolean,
): number {
  for (let k = at - 1; k >= 0 && at - k <= 4; k--) {
    const seg = cleaned(k);
    if (isAside(segments[k]!) || isAttribution(seg)) continue; // "…, Mr. Marous said, from $470 million"
    return isMain(seg) ? k : -1;
  }
  return -1;
}

/** The segment before `at` ends in a clause mark (";", ":"), or the one after opens with "when". */
function opensNewClause(segments: Segment[], at: number): boolean {
  const before = segments[at - 1];
  const last = before?.[before.length - 1];
  if (last && endsWithOneOf(last.text.replace(/[”’"»']+$/u, ''), ';:')) return true;
  return segments[at + 1]?.[0]?.core === 'when';
}

/** The segment before `at` ends, at a comma, in a noun phrase the time phrase can describe ("the conflict,"). */
function hasNounPhraseBefore(segments: Segment[], at: number): boolean {
  const before = at > 0 ? segments[at - 1]! : [];
  const last = before[before.length - 1];
  if (!last || !last.text.endsWith(',')) return false;
  const np = trailingNounPhrase(before);
  const head = np[0];
  if (!head || isOpenBracket(head.text) || /^[\p{N}$€£¥]/u.test(head.text)) return false;
  return DETERMINERS.has(head.core) || startsUpper(head.text);
}

/** Renders the chosen words within bounds; falls back to the sentence's first words. */
function finish(chosen: Token[], tokens: Token[], trimLeading = true): string {
  const label = render(trimEdges(shorten(chosen), trimLeading));
  if (label) return label;
  return render(shorten(tokens));
}

/** The subject a sentence opens with ("Ford" in "Ford was the only president"): up to 4 words before its verb. */
function subjectOf(seg: Segment): Token[] {
  const verbAt = seg.findIndex((t) => FINITE_VERBS.has(t.core) || (t.core.endsWith('ed') && startsLower(t.text)));
  if (verbAt < 1 || verbAt > 4) return [];
  const subject = seg.slice(0, verbAt);
  return startsUpper(subject[0]!.text) ? subject : [];
}
