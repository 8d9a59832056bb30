/**
 * Opening hours and timetables: a range of clock times beside a range of weekdays, "open 9am to 5pm, Monday to
 * Friday", "Meters will operate from 8 a.m. to 8 p.m. Monday through Saturday", "Monday to Saturday, 10am-4pm". They
 * tell what happens every such day (TimeML's SET: `XXXX-WXX-1`, `XXXX-XX-XXT09:00`), not one week's days: read alone,
 * the weekdays fell in the week near publication, "8 p.m. Monday" was one evening, and the range ran backwards ("8 p.m.
 * Monday" after publication, Saturday before it). No ends on the axis, no event. A range of days with a time at each end
 * ("from 6am Monday to 6pm Friday") is one stretch and is left alone. Runs after the habitual refiner; the date-time
 * refiner does not join a time to the weekday such a range opens (`opensTimetableDays`).
 */
import { getFrame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { WEEKDAY_NAMES } from '../calendar.js';
import { parseWeekday, WEEKDAY, WEEKDAY_ALONE } from '../words.js';
import { isTimeFrame } from '../parsers/time-parser.js';
import { wrapAsRecurring, wrapAsWeekdaySet } from '../recurring.js';
import { JOINER } from './range-pairs.js';

/** Between the two ends of a range: range-pairs.ts JOINER but "and" ("Monday and Friday" are two days). */
const rangeJoin = (gap: string): boolean => JOINER.test(gap) && !/and/i.test(gap);
/** Between a range of times and the days after it, or the days and the times after them: ", ", " on ", " from ". */
const BETWEEN_RANGES = /^\s*,?\s*(?:(?:on|from|between)\s+)?$/i;
/** After a weekday, the rest of a range of weekdays: "Monday| to Friday", "Monday| through Saturday". */
const WEEKDAY_RANGE_AFTER = new RegExp(`^\\s*(?:[-–—]|to|through|thru)\\s*${WEEKDAY}(?![\\w])`, 'i');
/** Before a clock time, the first end of a range of times: "9am to |5pm", "from 8 a.m. to |8 p.m.". */
const TIME_RANGE_BEFORE = /\d(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[-–—]|to|until|till)\s*$/i;

/**
 * Whether the weekday `day`, after the clock time `time`, opens a range of weekdays that a range of times ending in
 * `time` goes with ("9am to 5pm, Monday to Friday"): the two are then no one moment.
 */
export function opensTimetableDays(text: string, time: TimexMatch, day: TimexMatch): boolean {
  return (
    WEEKDAY_ALONE.test(day.text) &&
    WEEKDAY_RANGE_AFTER.test(text.slice(day.index + day.text.length, day.index + day.text.length + 24)) &&
    TIME_RANGE_BEFORE.test(text.slice(Math.max(0, time.index - 16), time.index))
  );
}

export class TimetableRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    const gap = (a: TimexMatch, b: TimexMatch) => text.slice(a.index + a.text.length, b.index);
    const isTime = (r: TimexMatch) => isTimeFrame(getFrame(r));
    const isDay = (r: TimexMatch) => WEEKDAY_ALONE.test(r.text) && getFrame(r) !== undefined;
    for (let i = 0; i + 3 < results.length; i++) {
      const [a, b, c, d] = [results[i]!, results[i + 1]!, results[i + 2]!, results[i + 3]!];
      if (!rangeJoin(gap(a, b)) || !BETWEEN_RANGES.test(gap(b, c)) || !rangeJoin(gap(c, d))) continue;
      // the times, then the days ("9am to 5pm, Monday to Friday"), or the days, then the times
      const timesFirst = isTime(a) && isTime(b) && isDay(c) && isDay(d);
      const daysFirst = isDay(a) && isDay(b) && isTime(c) && isTime(d);
      if (!timesFirst && !daysFirst) continue;
      const [first, last] = timesFirst ? [c, d] : [a, b];
      const days = `${first.text}${gap(first, last)}${last.text}`;
      for (const day of [first, last]) {
        const weekday = parseWeekday(day.text)!;
        wrapAsWeekdaySet(
          getFrame(day)!,
          weekday,
          (value) => `"${days}" of a timetable: every ${WEEKDAY_NAMES[weekday - 1]}, ${value}`,
        );
      }
      for (const time of timesFirst ? [a, b] : [c, d]) wrapAsRecurring(getFrame(time)!, true);
      i += 3;
    }
    return results;
  }
}
