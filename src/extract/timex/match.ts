/**
 * The shapes our parsers and refiners share. They follow chrono-node's Parser/Refiner interfaces (a parser
 * gives a pattern and turns a match into a result; a refiner rewrites the list of results), so that each
 * parser still plugs into a chrono instance; extraction runs them with its own driver (engine.ts), which
 * keeps chrono's English configuration (parsers, refiners, tables) out of the bundle.
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
  /** A regex (never global: the driver makes its own global copy) that finds candidate phrases. */
  pattern(context: ParsingContext): RegExp;
  /** The phrase at this match, or null to try again one character further. */
  extract(context: ParsingContext, match: RegExpExecArray): TimexMatch | null;
  /** The pattern when the text is known to hold a keyword (optional). */
  compiledPattern?(): RegExp;
  /** Words every accepted phrase holds, at most `keywordLead` characters after its start (optional). */
  triggers?(): RegExp | null;
  readonly keywordLead?: number | null;
}

export interface Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[];
}
