/**
 * Base of our parsers (chrono-node's Parser shape): one module-level pattern per parser (compiled once), a
 * word-boundary check against the whole text (a phrase never starts or ends inside a word), and a Frame
 * attached to the TimexMatch instead of chrono's date components.
 */
import type { ParsingContext, PhraseParser, TimexMatch } from '../match.js';
import { setFrame, type Frame } from '../frame.js';
import {
  isAsciiWordChar,
  registerTriggerWords,
  wordIndexFor,
  type StartWords,
  type TriggerWords,
} from '../word-index.js';

export type { ParsingContext };

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Matches nothing, and fails at the first position. */
const NEVER = /^(?!)/;

export interface FrameMatch {
  frame: Frame;
  /** Offset inside match[0] where the span starts (to leave out context words), default 0. */
  skip?: number;
  /**
   * Length of the span from `skip`, default the rest of the match; it may reach past the match into the text after it,
   * which the reader checked ("the start of the 2026-27": the "-27" after the year).
   */
  length?: number;
}

export abstract class TimexParser implements PhraseParser {
  /** Module-level regex: case-insensitive unless the parser needs capitals, never global. */
  protected abstract readonly regex: RegExp;

  /** A cheap test for a word every match contains: when the text has none, the parser is skipped. */
  protected readonly keywords: RegExp | null = null;

  /**
   * Words (runs of ASCII letters, lower case) of which every phrase the parser accepts holds one, at most
   * `keywordLead` characters after its start: the pattern is then tried only from that far before each such run
   * to its end (WordGatedPattern). The runs of all parsers come from one scan of the text (word-index.ts).
   */
  protected readonly triggerWords: TriggerWords | null = null;

  /**
   * With `triggerWords`: the words every phrase the parser accepts starts with (or a digit). The pattern is then
   * tried only where one of them starts, within `keywordLead` before a trigger word, instead of at every word
   * there. A word left out loses phrases: gating.test.ts compares the gated pattern with the plain one.
   */
  protected readonly startWords: StartWords | null = null;

  /**
   * With `keywords` or `triggerWords`: every phrase the parser accepts holds a hit that starts at most this
   * many characters after the phrase does (with ordinary spacing): the pattern is then tried only just before
   * each hit instead of at every word of the text (KeywordGatedPattern, WordGatedPattern).
   */
  readonly keywordLead: number | null = null;

  /**
   * With `triggerWords`: phrases may also start up to this many characters after the end of a trigger word
   * ("11" in "tonight at 11"): the pattern is then tried from `keywordLead` before each run to `keywordTrail` after.
   */
  readonly keywordTrail: number = 0;

  private compiled: RegExp | null = null;
  private gated: RegExp | null = null;
  private wordGated: WordGatedPattern | null = null;

  /**
   * The parser's pattern, allowed to start only where no word character precedes: the regex engine then
   * skips the inside and the end of words at once, which keeps a score of parsers cheap (measured: a
   * look-behind is two to three times cheaper here than `\b` or a look-ahead, since irregexp checks it
   * first and moves on).
   * A text without any of the parser's keywords gets a pattern that fails at once.
   */
  pattern(context: ParsingContext): RegExp {
    if (this.triggerWords && this.keywordLead !== null) {
      const gated = (this.wordGated ??= new WordGatedPattern(
        this.compiledPattern(),
        registerTriggerWords(this.triggerWords, this.startWords ?? undefined),
        this.keywordLead,
        this.keywordTrail,
        this.startWords !== null,
      ));
      gated.whole = context.text; // chrono then runs it on this text and on what is left of it after each phrase
      return gated;
    }
    if (!this.keywords) return this.compiledPattern();
    // a gated pattern scans for the keywords itself: testing for them first would scan the text twice
    if (this.keywordLead !== null)
      return (this.gated ??= new KeywordGatedPattern(this.compiledPattern(), this.keywords, this.keywordLead));
    return this.keywords.test(context.text) ? this.compiledPattern() : NEVER;
  }

  /** The pattern without the keyword test. */
  private compiledPattern(): RegExp {
    this.compiled ??= new RegExp(`(?<!\\w)(?:${this.regex.source})`, this.regex.flags);
    return this.compiled;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): TimexMatch | null {
    const lead = match[0].length - match[0].trimStart().length;
    const index = (match.index ?? 0) + lead;
    match[0] = match[0].slice(lead); // parsers see the match without leading space
    const text = context.text;
    if (index > 0 && WORD_CHAR.test(text[index - 1]!)) return null;
    const end = index + match[0].length;
    if (end < text.length && WORD_CHAR.test(text[end]!) && WORD_CHAR.test(text[end - 1]!)) return null;
    let read: Frame | FrameMatch | null;
    try {
      read = this.read(match, context, index);
    } catch {
      read = null; // one unreadable match must not cost the whole text its timexes
    }
    if (!read) return null;
    const found: FrameMatch = 'resolve' in read ? { frame: read } : read;
    const skip = found.skip ?? 0;
    const spanText =
      found.length === undefined ? match[0].slice(skip) : text.slice(index + skip, index + skip + found.length);
    if (!spanText) return null;
    return setFrame(context.createParsingResult(index + skip, spanText), found.frame);
  }

  /** Reads the match; null rejects it (the driver then retries one character further). */
  protected abstract read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | FrameMatch | null;
}

/**
 * The first match of the sticky pattern `anchored` starting at a position in [from, last] where no word
 * character precedes (the pattern's look-behind would fail there): the try of both gated patterns.
 */
function firstMatchFrom(anchored: RegExp, text: string, from: number, last: number): RegExpExecArray | null {
  for (let at = from; at <= last; at++) {
    if (at > 0 && isAsciiWordChar(text.charCodeAt(at - 1))) continue;
    anchored.lastIndex = at;
    const match = anchored.exec(text);
    if (match) return match;
  }
  return null;
}

/**
 * A parser's pattern for chrono-node's parse loop (which calls `exec` on the rest of the text after each
 * phrase) that tries the pattern, anchored, only from `lead` characters before each keyword hit to its end:
 * the same phrases as the plain pattern finds, at a fraction of the cost when the keyword is rare.
 */
class KeywordGatedPattern extends RegExp {
  private readonly anchored: RegExp;
  private readonly hits: RegExp;

  constructor(
    pattern: RegExp,
    keywords: RegExp,
    private readonly lead: number,
  ) {
    super(pattern.source, pattern.flags);
    this.anchored = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
    this.hits = new RegExp(keywords.source, keywords.flags.replace(/[gy]/g, '') + 'g');
  }

  override exec(text: string): RegExpExecArray | null {
    const { anchored, hits } = this;
    let next = 0; // where the next phrase may start
    hits.lastIndex = 0;
    for (let hit = hits.exec(text); hit; hit = hits.exec(text)) {
      const last = hit.index + hit[0].length;
      const match = firstMatchFrom(anchored, text, Math.max(next, hit.index - this.lead), last);
      if (match) return match;
      next = Math.max(next, last + 1);
      if (hit[0].length === 0) hits.lastIndex++;
    }
    return null;
  }
}

/**
 * Like KeywordGatedPattern, with the hits read from the shared word index (word-index.ts): the runs of the
 * parser's trigger words. chrono-node calls `exec` on its piece of text and then on what is left of it (a suffix
 * of the indexed piece: `offset` characters shorter).
 */
class WordGatedPattern extends RegExp {
  private readonly anchored: RegExp;
  /** The text chrono-node parses with this pattern (its context's text): `exec` gets it, then suffixes of it. */
  whole: string | undefined;

  constructor(
    pattern: RegExp,
    private readonly bit: number,
    private readonly lead: number,
    private readonly trail: number,
    /** Whether the parser gave its start words: the pattern is then tried only where they start. */
    private readonly startGated: boolean,
  ) {
    super(pattern.source, pattern.flags);
    this.anchored = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
  }

  override exec(text: string): RegExpExecArray | null {
    const { anchored, lead, trail, startGated } = this;
    const { index, offset } = wordIndexFor(text, this.whole);
    const starts = index.starts[this.bit]!;
    const ends = index.ends[this.bit]!;
    // runs before the suffix are past (a phrase never starts inside a run), unless a phrase may follow them
    let k = trail === 0 ? firstAtOrAfter(starts, offset) : firstAtOrAfter(ends, offset - trail);
    if (k === starts.length) return null; // (most calls: the parser's words are rare, or all behind the suffix)
    let next = 0; // where the next phrase may start, in `text`
    // where the phrases of the parsers that gave their start words may start (checked for a word character before),
    // and the bits of those parsers: the parser's own are those with its bit
    const { firstAt } = index;
    const firstMasks = this.bit < 32 ? index.firstMask : index.firstMask2;
    const bit = 1 << (this.bit & 31);
    let f = startGated ? firstAtOrAfter(firstAt, offset) : 0;
    for (; k < starts.length; k++) {
      const last = ends[k]! - offset + trail;
      const from = Math.max(next, starts[k]! - offset - lead);
      let match: RegExpExecArray | null = null;
      if (startGated) {
        while (f < firstAt.length && firstAt[f]! - offset < from) f++;
        for (let g = f; !match && g < firstAt.length && firstAt[g]! - offset <= last; g++) {
          if ((firstMasks[g]! & bit) === 0) continue;
          anchored.lastIndex = firstAt[g]! - offset;
          match = anchored.exec(text);
        }
      } else match = firstMatchFrom(anchored, text, from, last);
      if (match) return match;
      next = Math.max(next, last + 1);
    }
    return null;
  }
}

/** The index of the first of the sorted `offsets` at or after `at` (binary search). */
function firstAtOrAfter(offsets: number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to `n` characters of the text before `index`, lower-cased. */
export function textBefore(context: ParsingContext, index: number, n = 40): string {
  return context.text.slice(Math.max(0, index - n), index).toLowerCase();
}

/** Up to `n` characters of the text after `end`, lower-cased. */
export function textAfter(context: ParsingContext, end: number, n = 40): string {
  return context.text.slice(end, end + n).toLowerCase();
}

/** A word for tens right before: "thirty-" of "thirty-first", "twenty " of "twenty second" (one ordinal, not two). */
const TENS_BEFORE = /(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s]$/;

/**
 * Whether the phrase at `index` opens with the units of a compound ordinal ("first" in "the thirty-first day",
 * "second" in "the twenty-second quarter"): its count is not the phrase's.
 */
export function continuesTens(context: ParsingContext, index: number): boolean {
  return TENS_BEFORE.test(textBefore(context, index, 8));
}
