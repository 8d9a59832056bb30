/**
 * The timex engine: our parsers (one per kind of phrase) and refiners, run by a small driver of our own.
 * Parsers and refiners follow chrono-node's interfaces (match.ts); the driver runs each parser's pattern
 * once over the text with a global regex (chrono's loop re-runs it on a fresh substring after every match,
 * which costs a copy of the rest of the text each time), then the refiners in order. chrono's own English
 * configuration is not used: our parsers read month names, weekdays, times, casual and relative phrases with
 * tense and TimeML spans, WrittenDateParser reads the numeric dates chrono would, and chrono's refiners would
 * merge "X to Y" into one range (TimeML tags two timexes) and compute in the machine's local time.
 * Built once per module; `parseTimexPhrases` is pure.
 */
import type { ParsingContext, PhraseParser, Refiner, TimexMatch } from './match.js';
import { AgoParser } from './parsers/ago-parser.js';
import { AnchoredOffsetParser } from './parsers/anchored-offset-parser.js';
import { DayRefParser } from './parsers/day-ref-parser.js';
import { DecadeParser } from './parsers/decade-parser.js';
import { DurationParser } from './parsers/duration-parser.js';
import { HolidayParser } from './parsers/holiday-parser.js';
import { MonthParser } from './parsers/month-parser.js';
import { PartOfDayParser } from './parsers/part-of-day-parser.js';
import { PresentRefParser } from './parsers/present-ref-parser.js';
import { QuarterParser } from './parsers/quarter-parser.js';
import { RelativePeriodParser, YearEndParser } from './parsers/relative-period-parser.js';
import { SamePeriodParser } from './parsers/same-period-parser.js';
import { SeasonParser } from './parsers/season-parser.js';
import { SetParser } from './parsers/set-parser.js';
import { TimeParser } from './parsers/time-parser.js';
import { WeekdayParser } from './parsers/weekday-parser.js';
import { WrittenDateParser } from './parsers/written-date-parser.js';
import { SpokenYearParser, YearParser } from './parsers/year-parser.js';
import { DatelineRefiner } from './refiners/dateline-refiner.js';
import { DateTimeRefiner } from './refiners/date-time-refiner.js';
import { OverlapRefiner } from './refiners/overlap-refiner.js';
import { TenseRefiner } from './refiners/tense-refiner.js';

export const TIMEX_PARSERS: PhraseParser[] = [
  new PresentRefParser(),
  new DayRefParser(),
  new PartOfDayParser(),
  new RelativePeriodParser(),
  new YearEndParser(),
  new WeekdayParser(),
  new MonthParser(),
  new YearParser(),
  new SpokenYearParser(),
  new QuarterParser(),
  new SeasonParser(),
  new DecadeParser(),
  new DurationParser(),
  new AgoParser(),
  new AnchoredOffsetParser(),
  new SamePeriodParser(),
  new SetParser(),
  new HolidayParser(),
  new TimeParser(),
  new WrittenDateParser(),
];

export const TIMEX_REFINERS: Refiner[] = [
  new DatelineRefiner(),
  new OverlapRefiner(),
  new DateTimeRefiner(),
  new TenseRefiner(),
];

/** Each parser's pattern as a global or sticky regex, made once (the driver moves `lastIndex` instead of slicing). */
const compiledPatterns = new Map<string, WeakMap<RegExp, RegExp>>();

function withFlag(pattern: RegExp, flag: 'g' | 'y'): RegExp {
  let byPattern = compiledPatterns.get(flag);
  if (!byPattern) compiledPatterns.set(flag, (byPattern = new WeakMap()));
  let compiled = byPattern.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + flag);
    byPattern.set(pattern, compiled);
  }
  return compiled;
}

/** Gives the parser the match at `match` and says where to look next (chrono's rule: past a phrase, else one on). */
function take(context: ParsingContext, parser: PhraseParser, match: RegExpExecArray, out: TimexMatch[]): number {
  const found = parser.extract(context, match);
  if (!found) return match.index + 1;
  out.push(found);
  return Math.max(found.index + found.text.length, match.index + 1);
}

/** Runs one parser over the whole text with its global pattern. */
function runParser(context: ParsingContext, parser: PhraseParser, out: TimexMatch[]): void {
  const pattern = withFlag(parser.pattern(context), 'g');
  const text = context.text;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    pattern.lastIndex = take(context, parser, match, out);
}

/** `\w`: what the patterns' `(?<!\w)` look-behind checks. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Runs a parser whose phrases all hold one of its (rare) keywords: one scan finds the keywords, then the
 * pattern is tried, anchored, at each position from `keywordLead` characters before a hit to its end. The
 * same phrases as `runParser` (each starts at most that far before a hit), at a fraction of the cost.
 */
function runTriggeredParser(
  context: ParsingContext,
  parser: PhraseParser,
  keywords: RegExp,
  lead: number,
  out: TimexMatch[],
): void {
  const hits = withFlag(keywords, 'g');
  const text = context.text;
  let next = 0; // where the next phrase may start
  let pattern: RegExp | null = null;
  hits.lastIndex = 0;
  for (let hit = hits.exec(text); hit; hit = hits.exec(text)) {
    pattern ??= withFlag(parser.compiledPattern?.() ?? parser.pattern(context), 'y');
    const last = hit.index + hit[0].length;
    next = Math.max(next, hit.index - lead);
    while (next <= last) {
      if (next > 0 && isAsciiWordChar(text.charCodeAt(next - 1))) {
        next++; // inside a word: the pattern's look-behind would fail there anyway
        continue;
      }
      pattern.lastIndex = next;
      const match = pattern.exec(text);
      next = match ? take(context, parser, match, out) : next + 1;
    }
    if (hit[0].length === 0) hits.lastIndex++;
  }
}

/** The phrases of `text`, each with the Frame that reads it, refined, in document order. */
export function parseTimexPhrases(text: string): TimexMatch[] {
  const context: ParsingContext = { text, createParsingResult: (index, phrase) => ({ index, text: phrase }) };
  let results: TimexMatch[] = [];
  for (const parser of TIMEX_PARSERS) {
    const keywords = parser.triggers?.() ?? null;
    if (keywords && parser.keywordLead) runTriggeredParser(context, parser, keywords, parser.keywordLead, results);
    else runParser(context, parser, results);
  }
  results.sort((a, b) => a.index - b.index); // stable: on the same offset, parsers keep their order
  for (const refiner of TIMEX_REFINERS) results = refiner.refine(context, results);
  return results;
}
