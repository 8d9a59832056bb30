/**
 * chrono-node's parsers of dates in digits, tried only where their phrases may start. Each pattern opens with
 * `(\W|^)` or `([^\d]|^)` and then a number that ends at a separator: a phrase starts one character before a run
 * of digits of a known length ("2016" of "2016-10-17", "10" of "10/17/2016"), or at the start of the text. Their
 * plain patterns try every position of a text, four times over; the runs come from the shared word index.
 */
import type { Parser } from 'chrono-node/en';
import { registerTriggerWords, wordIndexFor } from './word-index.js';

type ChronoContext = Parameters<Parser['pattern']>[0];

/** For each chrono parser kept, the lengths of the run of digits its phrases open with. */
const OPENING_RUNS: Record<string, number[]> = {
  ISOFormatParser: [4], // `([0-9]{4})\-`: 2016-10-17
  ENYearMonthDayParser: [4], // `([0-9]{4})[-./\s]`: 2016/10/17, 2016 Oct 17
  SlashDateFormatParser: [1, 2], // `([0-3]?[0-9])[/.-]`: 10/17/2016, 17.10.2016
  ENSlashMonthFormatParser: [1, 2], // `([0-9]|0[1-9]|1[012])/`: 10/2016
};

const isDigit = (code: number) => (code - 0x30) >>> 0 < 10;

/**
 * The parser's pattern for chrono's parse loop, which calls `exec` on the text and then on what is left of it
 * after each phrase (a suffix of the indexed text, `offset` characters shorter): the pattern, sticky, from one
 * character before each run of digits of the parser's lengths, in order. The first match is the plain pattern's
 * (its leftmost one: no phrase starts anywhere else).
 */
class DigitGatedPattern extends RegExp {
  private readonly anchored: RegExp;
  /** The text chrono parses with this pattern (its context's text). */
  whole: string | undefined;

  constructor(
    pattern: RegExp,
    private readonly bit: number,
  ) {
    super(pattern.source, pattern.flags);
    this.anchored = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
  }

  override exec(text: string): RegExpExecArray | null {
    const { anchored } = this;
    // a suffix that starts with a digit (inside a number of the text, after a rejected match): `^` reads it there
    if (text.length > 0 && isDigit(text.charCodeAt(0))) {
      anchored.lastIndex = 0;
      const match = anchored.exec(text);
      if (match) return match;
    }
    const { index, offset } = wordIndexFor(text, this.whole);
    const starts = index.starts[this.bit]!;
    // (the first run after the suffix's first character: a binary search)
    let k = 0;
    for (let hi = starts.length; k < hi;) {
      const mid = (k + hi) >> 1;
      if (starts[mid]! <= offset) k = mid + 1;
      else hi = mid;
    }
    for (; k < starts.length; k++) {
      anchored.lastIndex = starts[k]! - offset - 1;
      const match = anchored.exec(text);
      if (match) return match;
    }
    return null;
  }
}

/** A chrono parser whose pattern is gated by the runs of digits its phrases open with. */
class DigitGatedParser {
  private readonly bit: number;
  private gated: DigitGatedPattern | null = null;

  constructor(
    private readonly parser: Parser,
    runs: number[],
  ) {
    this.bit = registerTriggerWords({ words: [], digitRuns: runs });
  }

  pattern(context: ChronoContext): RegExp {
    const plain = this.parser.pattern(context);
    if (this.gated?.source !== plain.source || this.gated.flags !== plain.flags)
      this.gated = new DigitGatedPattern(plain, this.bit);
    this.gated.whole = context.text;
    return this.gated;
  }

  extract(context: ChronoContext, match: RegExpMatchArray): ReturnType<Parser['extract']> {
    return this.parser.extract(context, match);
  }
}

/** The parser with its pattern gated, when it is one of those above; else itself. */
export function gatedChronoParser(parser: Parser): Parser {
  const runs = OPENING_RUNS[parser.constructor.name];
  return runs ? new DigitGatedParser(parser, runs) : parser;
}
