/**
 * The configured chrono instance: chrono's English casual parsers plus ours, and our refiners in place of
 * chrono's. chrono's refiners are left out on purpose: they merge "X to Y" into one range (TimeML tags two
 * timexes), fold "2 days after Monday" into one date, and compute in the machine's local time.
 * Built once per module; `parse` is pure.
 */
import { Chrono, configuration, type Parser, type Refiner } from 'chrono-node/en';
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
import { SpokenYearParser, YearParser } from './parsers/year-parser.js';
import { ChronoReadingRefiner } from './refiners/chrono-reading-refiner.js';
import { DatelineRefiner } from './refiners/dateline-refiner.js';
import { DateTimeRefiner } from './refiners/date-time-refiner.js';
import { OverlapRefiner } from './refiners/overlap-refiner.js';
import { SpanTrimRefiner } from './refiners/span-trim-refiner.js';
import { TenseRefiner } from './refiners/tense-refiner.js';

export const TIMEX_PARSERS: Parser[] = [
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
];

export const TIMEX_REFINERS: Refiner[] = [
  new SpanTrimRefiner(),
  new ChronoReadingRefiner(),
  new DatelineRefiner() as unknown as Refiner,
  new OverlapRefiner(),
  new DateTimeRefiner() as unknown as Refiner,
  new TenseRefiner() as unknown as Refiner,
];

/**
 * chrono's own parsers that read numeric calendar dates ("2016-10-17", "10/17/2016", "2016/10/17",
 * "10/2016"): the only chrono results we keep (see ChronoReadingRefiner). They are found once, at load, by
 * what they return on a probe text, since class names do not survive minification. The others are skipped:
 * month names, weekdays, times, casual words and relative phrases are read by our parsers, with tense and
 * TimeML spans (measured: the corpus scores are the same without chrono's month-name parsers, and
 * extraction is faster).
 */
const PROBE = '2016-10-17, 10/17/2016, 2016/10/17, 10/2016';
const PROBE_REF = { instant: new Date(Date.UTC(2016, 9, 17, 12)), timezone: 0 };

function readsCalendarDates(parser: Parser): boolean {
  try {
    return new Chrono({ parsers: [parser], refiners: [] })
      .parse(PROBE, PROBE_REF)
      .some((r) => r.start.isCertain('month') && (r.start.isCertain('day') || r.start.isCertain('year')));
  } catch {
    return false;
  }
}

export const CHRONO_DATE_PARSERS: Parser[] = configuration
  .createCasualConfiguration(false)
  .parsers.filter(readsCalendarDates);

export const timexChrono = new Chrono({
  parsers: [...TIMEX_PARSERS, ...CHRONO_DATE_PARSERS],
  refiners: TIMEX_REFINERS,
});
