/**
 * The timex engine: chrono-node's own English parsers (they find and resolve the dates and times they know) and
 * ours (one per kind of phrase a news reader must judge: tense, granularity, TimeML spans), each run with chrono's
 * parse loop, followed by our refiners. chrono's English refiners are left out: they merge
 * "X to Y" into one range (TimeML tags two timexes) and compute in the machine's local time; instead
 * ChronoReadingRefiner turns what only chrono found into readings, and on overlap ours win.
 *
 * chrono's parse loop copies the rest of the text after every match, which is quadratic in a long text: the
 * engine parses a few sentences at a time (chunks.ts) and runs the refiners once over the whole text.
 * Built once per module; `parseTimexPhrases` is pure (chrono gets a fixed reference date: our parsers do
 * not read it, and ChronoReadingRefiner keeps only what chrono read without it).
 */
import { Chrono, configuration as english, type Parser, type ParsingResult } from 'chrono-node/en';
import type { ParsingContext, PhraseParser, Refiner, TimexMatch } from './match.js';
import { textChunks } from './chunks.js';
import { gatedChronoParser } from './chrono-gate.js';
import { forgetWordIndex, parsingPieceOf } from './word-index.js';
import { AfterNextParser } from './parsers/after-next-parser.js';
import { AgoParser } from './parsers/ago-parser.js';
import { AnchoredOffsetParser } from './parsers/anchored-offset-parser.js';
import { BareHourParser } from './parsers/bare-hour-parser.js';
import { ClockWordsParser } from './parsers/clock-words-parser.js';
import { CompoundEdgeParser } from './parsers/compound-edge-parser.js';
import { DayCountParser } from './parsers/day-count-parser.js';
import { DayRefParser } from './parsers/day-ref-parser.js';
import { DecadeParser } from './parsers/decade-parser.js';
import { EraParser } from './parsers/era-parser.js';
import { DurationParser } from './parsers/duration-parser.js';
import { HolidayParser } from './parsers/holiday-parser.js';
import { LengthRangeParser } from './parsers/length-range-parser.js';
import { MonthParser } from './parsers/month-parser.js';
import { NewYearParser } from './parsers/new-year-parser.js';
import { NumericDateParser } from './parsers/numeric-date-parser.js';
import { PartOfDayParser } from './parsers/part-of-day-parser.js';
import { PresentRefParser } from './parsers/present-ref-parser.js';
import { QuarterParser } from './parsers/quarter-parser.js';
import { RangeParser } from './parsers/range-parser.js';
import { DayListParser } from './parsers/day-list-parser.js';
import { RelativePeriodParser, YearEndParser } from './parsers/relative-period-parser.js';
import { RestOfPeriodParser } from './parsers/rest-of-period-parser.js';
import { ThisTimeParser } from './parsers/this-time-parser.js';
import { ToDateParser } from './parsers/to-date-parser.js';
import { TimetableRefiner } from './refiners/timetable-refiner.js';
import { SamePeriodParser } from './parsers/same-period-parser.js';
import { SeasonParser } from './parsers/season-parser.js';
import { SetParser } from './parsers/set-parser.js';
import { TimeParser } from './parsers/time-parser.js';
import { WeekdayParser } from './parsers/weekday-parser.js';
import { WeekOfParser } from './parsers/week-of-parser.js';
import { DayInMonthParser } from './parsers/day-in-month-parser.js';
import { DayOfMonthParser } from './parsers/day-of-month-parser.js';
import { WeekdayCountParser } from './parsers/weekday-count-parser.js';
import { WeekdayDateParser } from './parsers/weekday-date-parser.js';
import { SpokenYearParser, YearParser } from './parsers/year-parser.js';
import { ShortYearParser } from './parsers/short-year-parser.js';
import { AppositiveMonthRefiner } from './refiners/appositive-month-refiner.js';
import { ChronoReadingRefiner } from './refiners/chrono-reading-refiner.js';
import { ClockRangeRefiner } from './refiners/clock-range-refiner.js';
import { AlternativeRefiner } from './refiners/alternative-refiner.js';
import { ComparisonRefiner } from './refiners/comparison-refiner.js';
import { CompoundLengthRefiner } from './refiners/compound-length-refiner.js';
import { DateTimeRefiner } from './refiners/date-time-refiner.js';
import { CountedFromRefiner, DayOffsetRefiner } from './refiners/day-offset-refiner.js';
import { ElectionDayRefiner } from './refiners/election-day-refiner.js';
import { ExplicitDateRefiner } from './refiners/explicit-date-refiner.js';
import { GameTimeRefiner } from './refiners/game-time-refiner.js';
import { MonthRangeRefiner } from './refiners/month-range-refiner.js';
import { HabitualRefiner } from './refiners/habitual-refiner.js';
import { DayRangeRefiner } from './refiners/day-range-refiner.js';
import { DayPartRefiner } from './refiners/day-part-refiner.js';
import { WrittenYearRefiner } from './refiners/written-year-refiner.js';
import { HolidayRangeRefiner } from './refiners/holiday-range-refiner.js';
import { HolidaySeasonRefiner } from './refiners/holiday-season-refiner.js';
import { LiveStampRefiner } from './refiners/live-stamp-refiner.js';
import { OverlapRefiner } from './refiners/overlap-refiner.js';
import { TenseRefiner } from './refiners/tense-refiner.js';
import { QuarterEdgeRefiner } from './refiners/quarter-edge-refiner.js';
import { QuarterEndedRefiner } from './refiners/quarter-ended-refiner.js';
import { WeekdayRangeRefiner } from './refiners/weekday-range-refiner.js';
import { JoinedDaysRefiner } from './refiners/joined-days-refiner.js';
import { NightIntoRefiner } from './refiners/night-into-refiner.js';
import { DayInYearRefiner } from './refiners/day-in-year-refiner.js';

export const TIMEX_PARSERS: PhraseParser[] = [
  new PresentRefParser(),
  new DayRefParser(),
  new PartOfDayParser(),
  new RelativePeriodParser(),
  new RestOfPeriodParser(),
  new ToDateParser(),
  new YearEndParser(),
  new CompoundEdgeParser(),
  new WeekdayParser(),
  new MonthParser(),
  new WeekOfParser(),
  new DayInMonthParser(),
  new WeekdayDateParser(),
  new DayOfMonthParser(),
  new AfterNextParser(),
  new ThisTimeParser(),
  new WeekdayCountParser(),
  new NumericDateParser(),
  new RangeParser(),
  new DayListParser(),
  new YearParser(),
  new SpokenYearParser(),
  new ShortYearParser(),
  new QuarterParser(),
  new SeasonParser(),
  new DecadeParser(),
  new EraParser(),
  new DurationParser(),
  new LengthRangeParser(),
  new AgoParser(),
  new AnchoredOffsetParser(),
  new SamePeriodParser(),
  new SetParser(),
  new DayCountParser(),
  new HolidayParser(),
  new NewYearParser(),
  new TimeParser(),
  new BareHourParser(),
  new ClockWordsParser(),
];

export const TIMEX_REFINERS: Refiner[] = [
  new ChronoReadingRefiner(),
  new DayPartRefiner(),
  new OverlapRefiner(),
  new CompoundLengthRefiner(),
  new GameTimeRefiner(),
  new QuarterEdgeRefiner(),
  new QuarterEndedRefiner(),
  new DayOffsetRefiner(),
  new DayInYearRefiner(),
  new DateTimeRefiner(),
  new ClockRangeRefiner(),
  new TenseRefiner(),
  new CountedFromRefiner(),
  new LiveStampRefiner(),
  new WeekdayRangeRefiner(),
  new JoinedDaysRefiner(),
  new NightIntoRefiner(),
  new HolidayRangeRefiner(),
  new MonthRangeRefiner(),
  new DayRangeRefiner(),
  new WrittenYearRefiner(),
  new HabitualRefiner(),
  new TimetableRefiner(),
  new ExplicitDateRefiner(),
  new AppositiveMonthRefiner(),
  new ElectionDayRefiner(),
  new ComparisonRefiner(),
  new AlternativeRefiner(),
  new HolidaySeasonRefiner(),
];

/** chrono's reference instant: fixed, so that nothing reads the clock (nothing kept depends on it). */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** chrono-node's English parsers for dates written in digits (the bundles keep these class names: rollup.config.mjs). */
const DIGIT_DATE_PARSERS = new Set([
  'ISOFormatParser', // 2016-10-17, 2016-10-17T18:30
  'SlashDateFormatParser', // 10/17/2016, 17.10.2016, 10-17-16
  'ENYearMonthDayParser', // 2016/10/17, 2016 Oct 17
  'ENSlashMonthFormatParser', // 10/2016
]);

/**
 * chrono-node's parsers for dates written in digits: chrono finds and resolves those. The rest of its
 * casual configuration reads phrases that ours read with tense and granularity (measured on the TimeML
 * corpora: none of its other findings survived ours), so it would only cost time.
 */
export const CHRONO_PARSERS: Parser[] = english
  .createCasualConfiguration()
  .parsers.filter((parser) => DIGIT_DATE_PARSERS.has(parser.constructor.name))
  .map(gatedChronoParser);

/** chrono-node runs its own parsers: they read chrono's context (its reference date, its result class). */
const chrono = new Chrono({ parsers: CHRONO_PARSERS, refiners: [] });

/** The results of our parsers: the phrase and its offset, with its Frame (the rest of a chrono result is not read). */
const createParsingResult = (index: number, phrase: string): TimexMatch => ({ index, text: phrase });

/**
 * The phrases `parser` finds in `context.text`, added to `found`: chrono-node's parse loop (Chrono.executeParser),
 * run here for our parsers. The pattern is run on the text and then on what is left of it after each phrase (or one
 * character past a match the parser rejects), as chrono runs it; the parsers' look-behinds and gated patterns
 * (timex-parser.ts) read that rest. (Run by chrono, a dozen kinds of pattern and parser met at its call sites,
 * which made every call there a lookup.)
 */
function parsePhrases(parser: PhraseParser, context: ParsingContext, found: TimexMatch[]): void {
  const whole = context.text;
  const pattern = parser.pattern(context);
  let offset = 0; // where the rest starts in the whole
  for (let match = pattern.exec(whole); match;) {
    match.index += offset;
    const result = parser.extract(context, match);
    offset = result ? result.index + result.text.length : match.index + 1;
    if (result) found.push(result);
    match = pattern.exec(whole.substring(offset));
  }
}

/**
 * The phrases of `text`, each with the Frame that reads it (or chrono's components), refined, in document order.
 * Pieces are parsed until `enough` phrases are found (a bound on the work for hostile text: the rest is not read).
 */
export function parseTimexPhrases(text: string, enough = Infinity): TimexMatch[] {
  let results: TimexMatch[] = [];
  forgetWordIndex(); // nothing carried over from the text before
  for (const chunk of textChunks(text)) {
    if (results.length >= enough) break;
    const piece = text.slice(chunk.start, chunk.end);
    parsingPieceOf(piece, text, chunk.start); // (its word index reads the text in place)
    const found = chrono.parse(piece, REFERENCE) as ParsingResult[] as TimexMatch[];
    const context: ParsingContext = { text: piece, createParsingResult };
    for (const parser of TIMEX_PARSERS) parsePhrases(parser, context, found);
    // in order of their offsets; at one offset chrono's first, then ours in the order of TIMEX_PARSERS (a stable sort)
    found.sort((a, b) => a.index - b.index);
    for (const r of found) {
      r.index += chunk.start;
      results.push(r);
    }
  }
  forgetWordIndex();
  const context: ParsingContext = { text, createParsingResult };
  for (const refiner of TIMEX_REFINERS) results = refiner.refine(context, results);
  return results;
}
