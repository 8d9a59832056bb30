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
    'should shall do does did there when while where if although though because whereas'
  ).split(' '),
);
/** Words a label does not end with, beyond function words ("…resigned due"). */
const DANGLING = new Set('due according prior owing such including'.split(' '));
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
    if (code !== 0x2d && code !== 0x2013 && code !== 0x2014) return false;
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
  if (wordCount(content) < MIN_CLAUSE_WORDS || PRONOUNS.has(content[0]!.core) || PP_OPENERS.has(content[0]!.core)) {
    return tokens;
  }
  return content;
}

/** The noun phrase a segment ends with: from its last determiner or its last run of capitalised words. */
function trailingNounPhrase(tokens: Token[]): Token[] {
  if (!tokens.length) return [];
  let k = tokens.length - 1;
  if (startsUpper(tokens[k]!.text)) {
    while (k > 0 && startsUpper(tokens[k - 1]!.text) && tokens.length - k < 6) k--;
    if (k > 0 && DETERMINERS.has(tokens[k - 1]!.core)) k--;
    return tokens.slice(k);
  }
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 10; i--) {
    if (DETERMINERS.has(tokens[i]!.core)) return tokens.slice(i);
  }
  return tokens.slice(-1);
}

/** A short run of words naming someone: "Ricardo Alarcon,", "Kopp's stepmother,", "Oshkosh Truck Corp.,". */
function isName(seg: Segment): boolean {
  const first = seg[0];
  if (!first || seg.length > 5 || !startsUpper(first.text)) return false;
  if (FUNCTION_WORDS.has(first.core) && first.core !== 'the') return false;
  return !seg.some((t) => FINITE_VERBS.has(t.core) || isAttributionVerb(t) || t.core.endsWith('ed'));
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

/** Drops dangling function words and punctuation at the edges. */
function trimEdges(tokens: Token[], leading = true): Token[] {
  let from = 0;
  let to = tokens.length;
  while (leading && from < to && (LEADING_CONNECTIVES.has(tokens[from]!.core) || !tokens[from]!.isWord)) from++;
  while (
    to > from &&
    (TRAILING_STOP.has(tokens[to - 1]!.core) || DANGLING.has(tokens[to - 1]!.core) || !tokens[to - 1]!.isWord)
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
      if (modifiesNoun) continue;
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
  const previous = at > 0 ? cleaned(at - 1) : [];
  const previousIsMain =
    isClause(previous) &&
    !startsWithPreposition(previous) &&
    !previous[0]!.core.endsWith('ing') &&
    !SUBORDINATE_OPENERS.has(previous[0]!.core);
  let appositive = false;
  if (isAttribution(chosen)) {
    // "…, SANA said on Monday": label what was said: the "that" clause after it, else the clause
    // before it, else the next clause.
    const next = segments[at + 1] ? cleaned(at + 1) : [];
    const later = nextClause(at);
    if (next[0]?.core === 'that' && wordCount(next) >= MIN_CLAUSE_WORDS) [chosen, index] = [next, at + 1];
    else if (previousIsMain) [chosen, index] = [previous, at - 1];
    else if (later >= 0) [chosen, index] = [cleaned(later), later];
    else if (isClause(previous)) [chosen, index] = [previous, at - 1];
  } else if (
    wordCount(trimEdges(chosen)) === 0
      ? at === 0 || TIME_PREPOSITIONS.has(segments[at]![0]!.core)
      : startsWithPreposition(chosen)
  ) {
    // "On Monday, …", "In composite trading yesterday, Compaq shares fell…": label the main clause.
    const later = nextClause(at);
    if (previousIsMain) [chosen, index] = [previous, at - 1];
    else if (later >= 0) [chosen, index] = [cleaned(later), later];
  } else if (wordCount(trimEdges(chosen)) === 0) {
    appositive = true;
  }

  if (index > 0 && chosen[0] && isVerbLike(chosen[0])) {
    // "Ricardo Alarcon, head of the assembly, said on Wednesday …": the verb's subject comes earlier.
    const opening = segments[0]!;
    const subject = isSubjectPhrase(opening) ? opening : segments.slice(0, index).find(isName);
    if (subject) chosen = [...withoutClosingPunctuation(trimEdges(subject)), ...chosen];
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
      return finish([...lead, ...trimEdges(withoutPhrase(segments[main]!))], tokens, false);
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
  const precedingSegment = index > 0 ? segments[index - 1]! : [];
  if (first && (first.core === 'which' || first.core === 'who') && precedingSegment.length) {
    // "Saudi Arabia, which has showered Egypt…" → "Saudi Arabia has showered Egypt…"
    chosen = [...withoutClosingPunctuation(trailingNounPhrase(precedingSegment)), ...chosen.slice(1)];
  } else if (first?.core === 'that' && precedingSegment.length) {
    const last = precedingSegment[precedingSegment.length - 1]!;
    const afterVerb = precedingSegment.slice(-3).some((t) => isAttributionVerb(t)) || last.core.endsWith('ed');
    chosen = afterVerb
      ? chosen.slice(1)
      : [...withoutClosingPunctuation(trailingNounPhrase(precedingSegment)), ...chosen];
  }
  chosen = stripLeadingAttribution(trimEdges(chosen));

  if (appositive || wordCount(chosen) < 2) {
    // "the conflict, now in its sixth year": the phrase describes the noun phrase before it.
    const own = trimEdges(segments[at]!);
    const np = at > 0 ? trailingNounPhrase(segments[at - 1]!) : [];
    chosen = [...np, ...own];
  }
  return finish(chosen, tokens);
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
