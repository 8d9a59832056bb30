/**
 * A weekday joined by "and" or "or" to a day that lies ahead: "talks resume tomorrow and Thursday", "tomorrow at 9
 * or Thursday at 10", or closing a range that opens on one ("from tomorrow until Friday"). Two weekdays are the
 * weekday-range refiner's. A list of days runs forward from its first: the weekday is the first such day on or after
 * the day it is joined to, whatever its clause's tense. Read alone in a present-tense clause told on a Sunday,
 * "Thursday" was the nearest one, three days before publication.
 */
import { addDays, epochDay, humanDay, isoWeekday, WEEKDAY_NAMES } from '../calendar.js';
import { getFrame, type Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { dateReading, isDayOrFiner } from '../periods.js';
import { LISTED_WEEKS, weekOf } from '../parsers/week-of-parser.js';
import { isDateTimeFrame } from './date-time-refiner.js';
import { keepOpeningReading } from './range-pairs.js';
import { CLOSES_LIST, LIST_JOIN } from '../words.js';

/** The words between the two: "and", "or", ", and then on"; or the link of a range ("to", "through", a dash). */
const JOIN = /^\s*,?\s*(?:(and|or|&)\s+(?:(?:then|again)\s+)?(?:on\s+)?|(?:-|–|—|to|until|till|through|thru)\s*)$/i;
/** The longest such gap (", and then on "), with room for doubled spaces. */
const MAX_GAP = 18;
/** A weekday with a cue of its own ("next Thursday", "early Friday") is read as written. */
const OWN_CUE = /^(?:last|this|next|coming|past|the|early|late|earlier|later|overnight)\b/i;

export class JoinedDaysRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1]!;
      const gapStart = a.index + a.text.length;
      if (b.index - gapStart > MAX_GAP || b.index < gapStart) continue;
      // "the weekends of March 9, March 16 and March 23": each day listed after it names its week or weekend
      const listed = LISTED_WEEKS.exec(a.text);
      if (listed) {
        for (let j = i + 1; j < results.length; j++) {
          const prev = results[j - 1]!;
          const gap = context.text.slice(prev.index + prev.text.length, results[j]!.index);
          if (gap.length > MAX_GAP || !LIST_JOIN.test(gap)) break;
          const frame = getFrame(results[j]!);
          if (!frame) break;
          listedWeek(frame, !!listed[1], a.text.slice(0, listed[0].length));
          // (the list's last day closes it: "and March 23")
          if (CLOSES_LIST.test(gap)) break;
        }
        continue;
      }
      const first = getFrame(a);
      const last = getFrame(b);
      if (!first || !last || !isBareWeekday(last) || OWN_CUE.test(b.text)) continue;
      const join = JOIN.exec(context.text.slice(gapStart, b.index));
      // two weekdays are the weekday-range refiner's, or each read by its tense
      if (!join || isBareWeekday(first)) continue;
      joinAhead(first, last, join[1] === undefined);
    }
    return results;
  }
}

/** Reads a day listed after "the weekends of" (`weekend`) or "the weeks of" as the weekend or the week that holds it. */
function listedWeek(frame: Frame, weekend: boolean, head: string): void {
  const resolveDay = frame.resolve;
  frame.resolve = (ctx) => {
    const own = resolveDay(ctx);
    const period = own?.period;
    if (!period || period.granularity !== 'day' || !/^\d{4}-\d\d-\d\d$/.test(period.value)) return own;
    const week = weekOf(period.first, weekend);
    return dateReading(
      week,
      `listed after "${head}": the ${weekend ? 'weekend' : 'week'} that holds ${humanDay(period.first)}`,
    );
  };
}

function isBareWeekday(frame: Frame): boolean {
  return frame.kind === 'weekday' || (isDateTimeFrame(frame) && frame.dayFrame.kind === 'weekday');
}

/**
 * Reads `last` from the day `first` is put on, when that day lies after publication (runs after the tense refiner).
 * The weekday closing a range (`range`) that opens on or before publication is read so too when, read alone, it would
 * fall before the opening: "the fair ran from yesterday to Thursday", told on a Sunday, closes on the coming Thursday,
 * as a range cannot end before it starts.
 */
function joinAhead(first: Frame, last: Frame, range: boolean): void {
  // (frames resolve in document order: `first` is read before `last`, on its own clause's tense)
  const opening = keepOpeningReading(first);
  const resolveLast = last.resolve;
  last.resolve = (ctx) => {
    const own = resolveLast(ctx);
    const read = opening();
    const period = read?.period;
    if (!ctx.dct || !read || !period || read.usedAnchor || !isDayOrFiner(period.granularity)) return own;
    if (epochDay(period.first) <= epochDay(ctx.dct)) {
      const day = own?.period?.first;
      if (!range || !day || epochDay(day) >= epochDay(period.first)) return own;
      // (the weekday's own tense comes before the context's: it is set aside for this reading)
      const told = last.tense;
      last.tense = 'future';
      const after = resolveLast({ ...ctx, dct: addDays(period.first, 1), tense: 'future', anchor: null, day: null });
      last.tense = told;
      if (!after?.period) return own;
      const name = WEEKDAY_NAMES[isoWeekday(after.period.first) - 1];
      return { ...after, why: `the first ${name} after ${humanDay(period.first)}, where the range it closes opens` };
    }
    const reading = resolveLast({ ...ctx, dct: period.first, tense: 'future', anchor: null, day: null });
    if (!reading?.period) return own;
    const name = WEEKDAY_NAMES[isoWeekday(reading.period.first) - 1];
    return { ...reading, why: `the first ${name} on or after ${humanDay(period.first)}, the day it is joined to` };
  };
}
