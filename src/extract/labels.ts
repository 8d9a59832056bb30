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
  DETERMINERS,
  FINITE_VERBS,
  FUNCTION_WORDS,
  LEADING_CONNECTIVES,
  PRONOUNS,
  tokenize,
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
/** Prepositions and determiners that belong to a time phrase ("on Monday", "in mid-2013"). */
const TIME_PREPOSITIONS = new Set(
  'on in at during since from by until till through throughout over for of as around about early late earlier later'.split(
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
const MODIFIER_ADJECTIVES = new Set('loyal allied close linked opposed affiliated related belonging'.split(' '));
const OPEN_QUOTES = /^[“‘"«([]/u;
const CLOSE_PUNCT = /[”’"»)\],;:]$/u;
const DASH_TOKEN = /^[-–—]+$/;
const ANCHOR_AFTER = /^\s+(?:after|before|following)\s+(?=\S)/i;
const ANCHORED_PHRASE = /\b(?:after|before|following)\s+(\S.*)$/is;

type Segment = Token[];

/** Cuts the sentence's words into clause-like segments. */
function segment(tokens: Token[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = [];
  const flush = () => {
    if (current.length) segments.push(current);
    current = [];
  };
  for (const token of tokens) {
    if (DASH_TOKEN.test(token.text)) {
      flush();
      continue;
    }
    if (OPEN_QUOTES.test(token.text) || SEGMENT_OPENERS.has(token.core)) flush();
    current.push(token);
    if (CLOSE_PUNCT.test(token.text) && !/^(?:\p{L}\.){2,}$/u.test(token.text)) flush();
  }
  flush();
  return segments;
}

const wordCount = (tokens: Token[]) => tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;

/** "SANA said", "Syria’s state news agency said on Monday", "the sources said", "according to officials". */
function isAttribution(tokens: Token[]): boolean {
  if (!tokens.length || tokens.length > 9) return false;
  const verbAt = tokens.findIndex((t) => ATTRIBUTION_VERBS.has(t.core));
  if (verbAt < 0) return false;
  if (tokens[verbAt]!.core === 'according') return true;
  return tokens.length - verbAt - 1 <= 3 && !tokens.slice(verbAt + 1).some((t) => FINITE_VERBS.has(t.core));
}

/** A label-worthy clause: enough words and not just an attribution. */
const isClause = (tokens: Token[]) => wordCount(tokens) >= MIN_CLAUSE_WORDS && !isAttribution(tokens);

/** Strips "Officials told Reuters (that)" in front of the content, unless the content starts with a pronoun. */
function stripLeadingAttribution(tokens: Token[]): Token[] {
  const verbAt = tokens.findIndex((t) => ATTRIBUTION_VERBS.has(t.core));
  if (verbAt < 1 || verbAt > 6 || tokens[verbAt]!.core === 'according') return tokens;
  let k = verbAt + 1;
  if (tokens[verbAt]!.core === 'told' || tokens[verbAt]!.core === 'tells') {
    while (k < tokens.length && k - verbAt <= 3 && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
    if (tokens[k]?.core === 'reporters' || tokens[k]?.core === 'journalists') k++;
  }
  if (tokens[k]?.core === 'that') k++;
  const content = tokens.slice(k);
  if (wordCount(content) < MIN_CLAUSE_WORDS || PRONOUNS.has(content[0]!.core)) return tokens;
  return content;
}

/** The noun phrase a segment ends with: from its last determiner or its last run of capitalised words. */
function trailingNounPhrase(tokens: Token[]): Token[] {
  if (!tokens.length) return [];
  let k = tokens.length - 1;
  if (/^\p{Lu}/u.test(tokens[k]!.text)) {
    while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.text) && tokens.length - k < 6) k--;
    if (k > 0 && DETERMINERS.has(tokens[k - 1]!.core)) k--;
    return tokens.slice(k);
  }
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 10; i--) {
    if (DETERMINERS.has(tokens[i]!.core)) return tokens.slice(i);
  }
  return tokens.slice(-1);
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
      const finite = FINITE_VERBS.has(w.core) || (/ed$/.test(w.core) && !DETERMINERS.has(prev.core));
      if (finite && /^\p{Ll}/u.test(w.text) && !/^\p{Lu}/u.test(w.core)) {
        out = [...out.slice(0, i), ...out.slice(j)];
        break;
      }
    }
    break;
  }
  for (let i = 1; i < out.length - 2; i++) {
    if (!MODIFIER_ADJECTIVES.has(out[i]!.core) || !/^(?:to|with)$/.test(out[i + 1]!.core)) continue;
    let j = i + 2;
    while (j < out.length && (/^\p{Lu}/u.test(out[j]!.text) || /^(?:al|bin|de|of)-?/.test(out[j]!.core))) j++;
    if (j > i + 2) out = [...out.slice(0, i), ...out.slice(j)];
    break;
  }
  return out;
}

/** Shortens to at most MAX_LABEL_WORDS words: modifiers first, then trailing phrases, then a hard cut. */
function shorten(tokens: Token[]): Token[] {
  let out = tokens;
  if (wordCount(out) > MAX_LABEL_WORDS) out = dropModifiers(out);
  while (wordCount(out) > MAX_LABEL_WORDS) {
    let cut = -1;
    for (let k = out.length - 1; k >= MIN_CLAUSE_WORDS; k--) {
      if (CUT_BEFORE.has(out[k]!.core) && /^\p{Ll}/u.test(out[k]!.text)) {
        cut = k;
        break;
      }
    }
    if (cut < 0) {
      out = out.slice(0, MAX_LABEL_WORDS);
      break;
    }
    out = out.slice(0, cut);
  }
  return out;
}

/** Drops dangling function words and punctuation at the edges. */
function trimEdges(tokens: Token[]): Token[] {
  let from = 0;
  let to = tokens.length;
  while (from < to && (LEADING_CONNECTIVES.has(tokens[from]!.core) || !/[\p{L}\p{N}]/u.test(tokens[from]!.text)))
    from++;
  while (to > from && (FUNCTION_WORDS.has(tokens[to - 1]!.core) || !/[\p{L}\p{N}]/u.test(tokens[to - 1]!.text))) to--;
  return tokens.slice(from, to);
}

function render(tokens: Token[]): string {
  const text = tokens
    .map((t) => t.text)
    .join(' ')
    .replace(/[“”"«»()[\]]/gu, '')
    .replace(/^[‘']|[’']$/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(/(?<!\b\p{L})[.!?]+$/u, '')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A short label for the event dated by the time phrase in `request.sentence`. */
export function makeLabel(request: LabelRequest): string {
  const { sentence, start, end } = request;
  const tokens = tokenize(sentence);
  if (!tokens.length) return '';
  const dropFrom = request.governorStart ?? start;
  const inPhrase = (t: Token) => t.end > dropFrom && t.start < end;
  const segments = segment(tokens);
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
    for (const t of s) {
      if (inPhrase(t)) {
        while (kept.length && TIME_PREPOSITIONS.has(kept[kept.length - 1]!.core)) kept.pop();
        while (kept.length && DETERMINERS.has(kept[kept.length - 1]!.core) && inPhrase(t)) kept.pop();
        continue;
      }
      kept.push(t);
    }
    return kept;
  };

  let index = at;
  let chosen = withoutPhrase(segments[at]!);
  const before = at > 0 ? withoutPhrase(segments[at - 1]!) : [];
  const after = segments[at + 1] ? withoutPhrase(segments[at + 1]!) : [];
  const opensWithPreposition = TIME_PREPOSITIONS.has(segments[at]![0]!.core);
  let appositive = false;
  if (isAttribution(chosen) || (wordCount(chosen) === 0 && (at === 0 || opensWithPreposition))) {
    // The phrase dates an attribution ("SANA said on Monday") or stands alone ("On Monday, …"):
    // label the clause next to it.
    if (at > 0 && isClause(before)) [chosen, index] = [before, at - 1];
    else if (isClause(after)) [chosen, index] = [after, at + 1];
  } else if (wordCount(chosen) === 0) {
    appositive = true;
  }

  chosen = trimEdges(chosen);
  const first = chosen[0];
  const previous = index > 0 ? segments[index - 1]! : [];
  if (first && (first.core === 'which' || first.core === 'who') && previous.length) {
    // "Saudi Arabia, which has showered Egypt…" → "Saudi Arabia has showered Egypt…"
    const antecedent = previous.length <= 5 ? previous : trailingNounPhrase(previous);
    chosen = [...withoutClosingPunctuation(antecedent), ...chosen.slice(1)];
  } else if (first?.core === 'that' && previous.length) {
    const last = previous[previous.length - 1]!;
    const afterVerb = ATTRIBUTION_VERBS.has(last.core) || previous.some((t) => ATTRIBUTION_VERBS.has(t.core));
    chosen = afterVerb ? chosen.slice(1) : [...withoutClosingPunctuation(trailingNounPhrase(previous)), ...chosen];
  }
  chosen = stripLeadingAttribution(trimEdges(chosen));

  if (appositive || wordCount(chosen) < 2) {
    // "the conflict, now in its sixth year": the phrase describes the noun phrase before it.
    const own = trimEdges(segments[at]!);
    const np = at > 0 ? trailingNounPhrase(segments[at - 1]!) : [];
    chosen = [...np, ...own];
  }
  const label = render(trimEdges(shorten(chosen)));
  if (label) return label;
  return render(shorten(tokens));
}
