/**
 * Turns what chrono-node's own parsers found into readings. Of chrono's findings we keep the dates whose
 * year is written in the phrase ("10/17/2016", "2016-10-17T18:30", "Oct 17 2016"), read as written: chrono
 * resolved them without the reference date, which the engine does not give it. Everything chrono read
 * relative to that reference is dropped: our parsers read those phrases with tense and granularity.
 * Overlaps with our parsers' phrases are settled by OverlapRefiner, which runs next: the longer span wins
 * ("2016-10-18T18:30" over the year "2016"), and on equal spans ours does (a written date ranks last).
 */
import type { ParsedComponents } from 'chrono-node';
import { dayPeriod, humanDay, isValidDay, monthPeriod, timePeriod } from '../calendar.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import type { Refiner, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';
import { timeOnDay } from '../parsers/time-parser.js';
import { MONTH_NAME, WEEKDAY_ANY_DOT } from '../words.js';

/** A chrono result as the engine gets it: our parsers' results have a Frame, chrono's have components. */
interface ChronoResult extends TimexMatch {
  start?: ParsedComponents;
  end?: ParsedComponents | null;
}

/** "1.10.15", "2.4.1": a version number, not a date ("24.12.15" is one: 24 can only be a day). */
const VERSION = /^(?:\d|1[0-2])\.(?:\d|1[0-2])\.\d{1,2}$/;
/**
 * Numbers whose separators differ, "30/4.85", "4/5-12": a ratio or a score, not a date (a date in digits keeps one
 * separator: "30/4/85", "30.4.85").
 */
const MIXED_SEPARATORS = /^\d{1,4}([/.-])\d{1,2}(?!\1)[/.-]\d{1,4}$/;
/** "version 24.12.15", "iOS 13.14.2": whatever the numbers, a release. */
const RELEASE_BEFORE = /\b(?:version|v|release|build|update|firmware|ios|macos|android|windows|linux|kernel)\s*$/i;

/** chrono keeps some prepositions in its spans ("on 17 October 2016"); TimeML leaves them out. */
const LEADING_WORD = /^(?:on|in|at|of|from|since|by|until|till|the)\s+/i;

/** A date in digits whose first two numbers could each be the month: "04/05/1995", "4-5-95", "04.05.1995". */
const AMBIGUOUS_DIGITS = /^(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2(?:\d{2}|\d{4})$/;
/**
 * A weekday right before a date in digits names that date ("Sunday 12/7/2014", "Fri., 12-30-16"): it belongs to
 * the date's span, and is read no more as a weekday of its own near publication.
 */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\w.])${WEEKDAY_ANY_DOT},?\\s+$`, 'i');
/**
 * Digits glued by a slash or dash to a word before them ("August/10/2012", "ref-10-2012"): the numbers belong to
 * that longer token, and alone they would misread it ("10/2012" as October).
 */
const GLUED_BEFORE = /[\p{L}\p{N}][/-]$/u;
/** An ISO date-time's written UTC offset: "…T13:15:30Z", "…T08:15:30-05:30", "…+0100" (in a lower-case text too). */
const ISO_OFFSET = /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/i;
/** An ISO date-time written to the second, with no offset: "2022-12-27T09:15:01", "…T09:15:01.002". */
const ISO_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?$/i;

/** A day written before its month's name ("14 March 1943", "Thursday 12 December"), and after it ("March 14"). */
const DAY_BEFORE_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?![a-z])`, 'i');
const DAY_AFTER_MONTH = new RegExp(`\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:])`, 'i');

/**
 * How the article writes its dates with a month's name: day first (British and most of the world: "14 March
 * 1943"), month first (American: "March 14, 1943"), or neither, or both.
 */
export function dayOrder(text: string): 'day-first' | 'month-first' | null {
  if (text === lastText) return lastOrder;
  const dayFirst = DAY_BEFORE_MONTH.test(text);
  const monthFirst = DAY_AFTER_MONTH.test(text);
  lastText = text;
  lastOrder = dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
  return lastOrder;
}
/** The last text dayOrder read, and its answer: a parser asks once per date, the refiner once per text. */
let lastText: string | null = null;
let lastOrder: ReturnType<typeof dayOrder> = null;

export class ChronoReadingRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    let order: ReturnType<typeof dayOrder> | undefined; // (read when a date in digits asks)
    return results.filter(
      (r) =>
        getFrame(r) ||
        (trimmed(r as ChronoResult) &&
          !(
            /^\d+\.\d+\.\d+$/.test(r.text) &&
            RELEASE_BEFORE.test(context.text.slice(Math.max(0, r.index - 12), r.index))
          ) &&
          !GLUED_BEFORE.test(context.text.slice(Math.max(0, r.index - 2), r.index)) &&
          readAsWritten(r as ChronoResult, () => (order ??= dayOrder(context.text))) &&
          withWeekday(r as ChronoResult, context.text)),
    );
  }
}

/**
 * Puts a weekday written right before a date with its day into the date's span (chrono's digit parsers leave it
 * out): the overlap refiner then keeps the date over the weekday alone. Always true (the date is kept).
 */
function withWeekday(r: ChronoResult, text: string): boolean {
  if (!r.start?.isCertain('day')) return true;
  const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, r.index - 16), r.index));
  // a cut-short name without its dot is a weekday in capitals only ("Sun 10/16/2016"; "they wed 10/16/2016")
  if (before && (/^[A-Z]/.test(before[0]) || /^[a-z]+(?:day|\.)/i.test(before[0]))) {
    r.index -= before[0].length;
    r.text = text.slice(r.index, r.index + before[0].length + r.text.length);
  }
  return true;
}

/** Leaves leading prepositions and trailing punctuation out of chrono's span; false when nothing is left. */
function trimmed(r: ChronoResult): boolean {
  const lead = LEADING_WORD.exec(r.text)?.[0].length ?? 0;
  const text = r.text.slice(lead).replace(/[\s,;:]+$/, '');
  r.index += lead;
  r.text = text;
  return text.length > 0;
}

/**
 * Attaches the written date's Frame when chrono read a year, month (and day) that the phrase spells out. Chrono
 * reads "04/05/1995" month first; an article that writes its other dates day first ("14 March 1943") means 4
 * May, and a date with dots ("04.05.1995") is day first unless the article writes month first.
 */
function readAsWritten(r: ChronoResult, order: () => 'day-first' | 'month-first' | null): boolean {
  const start = r.start;
  if (!start || r.end || VERSION.test(r.text) || MIXED_SEPARATORS.test(r.text)) return false;
  if (!start.isCertain('year') || !start.isCertain('month')) return false;
  const y = start.get('year')!;
  let m = start.get('month')!;
  if (!yearIsWritten(r.text, y)) return false;
  let d = start.isCertain('day') ? start.get('day')! : null;
  let note = '';
  const digits = AMBIGUOUS_DIGITS.exec(r.text);
  if (digits && d !== null && m === Number(digits[1]) && m !== d) {
    const dayFirst = digits[2] === '.' ? order() !== 'month-first' : order() === 'day-first';
    if (dayFirst) {
      [m, d] = [d, m];
      note = digits[2] === '.' ? ', day first (dots)' : ', day first, as the article writes its dates';
    }
  }
  if (d !== null && !isValidDay(y, m, d)) return false;
  const hour = d !== null && start.isCertain('hour') ? start.get('hour')! : null;
  const minute = hour !== null && start.isCertain('minute') ? start.get('minute')! : null;
  // an ISO date-time with its offset ("1994-11-05T08:15:30-05:30") keeps the offset, and its seconds, in the value,
  // as a clock time with a written zone does; one without an offset keeps its seconds ("2022-12-27T09:15:01.002")
  const second = start.isCertain('second') ? start.get('second')! : undefined;
  const zoned =
    minute !== null && ISO_OFFSET.test(r.text) && start.isCertain('timezoneOffset')
      ? { offset: start.get('timezoneOffset')!, second, text: r.text }
      : minute !== null && second !== undefined && ISO_SECONDS.test(r.text)
        ? { offset: undefined, second, text: r.text }
        : null;
  setFrame(r, writtenDateFrame(y, m, d, hour, minute, note, zoned));
  return true;
}

/** The phrase holds the year in full ("2016"), or in two digits closing a numeric date ("10/17/16", "Oct '16"). */
function yearIsWritten(text: string, y: number): boolean {
  if (new RegExp(`(?<!\\d)${y}(?!\\d)`).test(text)) return true;
  const short = String(y % 100).padStart(2, '0');
  return new RegExp(`(?:\\d[/.-]|')${short}$`).test(text);
}

/** The date as written: a day, a month, or a day with its time (a TIME). */
function writtenDateFrame(
  y: number,
  m: number,
  d: number | null,
  hour: number | null,
  minute: number | null,
  note = '',
  zoned: { offset: number | undefined; second: number | undefined; text: string } | null = null,
): Frame {
  return {
    kind: 'written-date',
    resolve: ({ clock }) => {
      if (d === null) return dateReading(monthPeriod(y, m), 'the month as written');
      if (hour !== null && minute !== null && zoned) {
        // on the article's clock when its offset is known, as a time with a zone is
        const { value, period } = timeOnDay({ y, m, d }, { hour, minute, ...zoned }, clock);
        const written = zoned.offset === undefined ? 'time written, to the second' : 'time and UTC offset written';
        const reading = dateReading(period, `the date as written${note}, at the ${written}`);
        reading.value = value;
        reading.type = 'TIME';
        return reading;
      }
      if (hour !== null) {
        const reading = dateReading(
          timePeriod({ y, m, d }, hour, minute),
          `the date as written${note}, at the time written`,
        );
        reading.type = 'TIME';
        return reading;
      }
      return dateReading(dayPeriod({ y, m, d }), `the date as written${note}: ${humanDay({ y, m, d })}`);
    },
  };
}
