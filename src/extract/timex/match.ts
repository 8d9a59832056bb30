/**
 * The shapes our parsers and refiners share: chrono-node's Parser/Refiner interfaces, narrowed to what we
 * use (a parser gives a pattern and turns a match into the result its context creates; a refiner rewrites
 * the list of results). engine.ts runs them with chrono-node's parse loop, beside chrono's own parsers.
 */

/** A phrase found in the text: its offset and its text. The Frame that reads it rides on it (frame.ts). */
export interface TimexMatch {
  index: number;
  text: string;
}

export interface ParsingContext {
  readonly text: string;
  createParsingResult(index: number, text: string): TimexMatch;
}

export interface PhraseParser {
  /** A regex (never global or sticky: chrono runs it on the rest of the text) that finds candidate phrases. */
  pattern(context: ParsingContext): RegExp;
  /** The phrase at this match, or null to try again one character further. */
  extract(context: ParsingContext, match: RegExpExecArray): TimexMatch | null;
}

export interface Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[];
}
