/**
 * A day and the part of it said after it: "on January 4 at night", "June 8 in the evening", "2026-01-05 at night",
 * "on Sunday at night" (not "at night" alone: "the shop closes at night" is habitual). The day and its part are one
 * TIME, the night of that day (`2026-01-04TNI`), as "Sunday night" is; "the evening" read alone gives way. (The day's
 * number is no hour: the time and month parsers leave "4 at night" after a month to the day.) Runs before the overlap
 * refiner.
 */
import { partOfDayPeriod, type PartOfDay } from '../calendar.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';

/** "at night", "in the evening" after a day (the part may also be read alone: "the evening"). */
const PART_AFTER = /^\s+(?:at\s+(night)|in\s+the\s+(morning|afternoon|evening))\b/i;
/** Day phrases a part may follow: a weekday, a day of a month, a date in digits. */
const DAY_KINDS = new Set(['weekday', 'month', 'written-date', 'day-ref']);
/** A day of a month ("Jan. 4", "4 January", "January 4, 2026") or a date in digits ("2026-01-05"): not a month alone. */
const A_DAY = /\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$|^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[\p{L}.]+(?:,?\s+\d{4})?$/u;
const WEEKDAY_OR_DAY_REF =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|yesterday|today|tomorrow)$/i;

const PARTS: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export class DayPartRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const drop = new Set<TimexMatch>();
    const added: TimexMatch[] = [];
    for (const day of results) {
      if (drop.has(day) || !DAY_KINDS.has(getFrame(day)?.kind ?? '')) continue;
      if (!A_DAY.test(day.text) && !WEEKDAY_OR_DAY_REF.test(day.text)) continue;
      const end = day.index + day.text.length;
      const p = PART_AFTER.exec(context.text.slice(end, end + 20));
      if (!p) continue;
      // the part read alone ("the evening") gives way; any other phrase there keeps the day apart
      const inside = results.filter((r) => r.index >= end && r.index < end + p[0].length);
      if (inside.some((r) => !/^the\s+(?:morning|afternoon|evening)$/i.test(r.text))) continue;
      for (const r of inside) drop.add(r);
      drop.add(day);
      added.push(merged(context, day, end + p[0].length, PARTS[(p[1] ?? p[2])!.toLowerCase()]!));
    }
    if (!added.length) return results;
    return [...results.filter((r) => !drop.has(r)), ...added].sort((a, b) => a.index - b.index);
  }
}

/** The day phrase `day` with the part of day written up to `end`: one TIME on that day's part. */
function merged(context: ParsingContext, day: TimexMatch, end: number, part: PartOfDay): TimexMatch {
  const dayFrame = getFrame(day)!;
  const text = context.text.slice(day.index, end);
  const frame: Frame = {
    kind: 'part-of-day',
    resolve: (ctx) => {
      const own = dayFrame.resolve({ ...ctx, tense: frame.tense ?? ctx.tense });
      if (own?.period?.granularity !== 'day') return own;
      const period = partOfDayPeriod(own.period.first, part);
      return {
        type: 'TIME',
        value: period.value,
        period,
        granularity: period.granularity,
        why: `${own.why}; "${text.slice(day.text.length).trim()}": its ${part === 'NI' ? 'night' : part === 'MO' ? 'morning' : part === 'AF' ? 'afternoon' : 'evening'}`,
        ...(own.usedAnchor ? { usedAnchor: true } : {}),
      };
    },
  };
  return setFrame(context.createParsingResult(day.index, text), frame);
}
