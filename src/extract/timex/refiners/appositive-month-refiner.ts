/**
 * A date counted on the narrative and then named: "two months later, in June", "the following spring, in
 * April", "a week later, on June 3". The month or day written without a year belongs to the story's time at
 * that point, not to the year around publication ("in June", told in November 2022 of a 2018 arrest, is June
 * 2018); and the counted phrase takes the date the text names for it, as "today (Nov. 3)" does.
 */
import { addMonths, dayPeriod, epochDay, monthPeriod, type Period } from '../calendar.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import type { Refiner, TimexMatch } from '../match.js';
import { dateReading } from '../periods.js';

/** Phrases counted from the narrative's last date ("two months later", "the following year"). */
const COUNTED_KINDS = new Set(['anchored-offset', 'anchored-named']);
/** ", in June", ", on June 3": the comma, then the preposition of the date that names the counted one. */
const APPOSITION = /^\s*,\s*(?:in|on|during)?\s*$/i;
/** What may follow the named date: the end of the aside or of the sentence. */
const AFTER = /^\s*(?:[,.;:)–—]|$)/;
/** How far (in days) a named date may lie from the counted one and still be the same time: half a year. */
const REACH_DAYS = 183;

export class AppositiveMonthRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1]!;
      const counted = getFrame(a);
      const named = getFrame(b);
      if (!counted || !named || !COUNTED_KINDS.has(counted.kind) || named.kind !== 'month') continue;
      if (/\d{4}/.test(b.text)) continue; // "a year later, in June 2019": the year is written, nothing to give
      if (!APPOSITION.test(text.slice(a.index + a.text.length, b.index))) continue;
      if (!AFTER.test(text.slice(b.index + b.text.length, b.index + b.text.length + 2))) continue;
      const pair = { given: null as Period | null };
      setFrame(a, countedFrame(counted, named, b.text, pair));
      setFrame(b, namedFrame(named, a.text, pair));
      i++;
    }
    return results;
  }
}

/** The month or day of `period` in the year that puts it nearest to `near` (within REACH_DAYS), or null. */
function nearest(period: Period, near: Period): Period | null {
  const target = epochDay(near.first);
  let best: Period | null = null;
  const years = near.first.y - period.first.y;
  for (let k = years - 1; k <= years + 1; k++) {
    const first = addMonths(period.first, 12 * k);
    const candidate = period.granularity === 'day' ? dayPeriod(first) : monthPeriod(first.y, first.m);
    const distance = Math.abs(epochDay(candidate.first) - target);
    if (distance <= REACH_DAYS && (!best || distance < Math.abs(epochDay(best.first) - target))) best = candidate;
  }
  return best;
}

/**
 * The counted phrase takes the named date, read near its own (it is resolved first, in document order) and kept in
 * `pair` for the named phrase, which then needs no second reading.
 */
function countedFrame(counted: Frame, named: Frame, written: string, pair: { given: Period | null }): Frame {
  const frame: Frame = {
    kind: counted.kind,
    resolve: (ctx) => {
      const own = counted.resolve(ctx);
      if (!own?.period) return own;
      const namedOwn = named.resolve(ctx)?.period;
      const given =
        namedOwn && (namedOwn.granularity === 'month' || namedOwn.granularity === 'day')
          ? nearest(namedOwn, own.period)
          : null;
      pair.given = given;
      if (!given) return own;
      return {
        ...dateReading(given, `the date the text names for it ("${written}"), near ${own.value}: ${own.why}`),
        usedAnchor: own.usedAnchor,
        ...(own.anchorable === false ? { anchorable: false } : {}),
      };
    },
  };
  frame.tense = counted.tense;
  return frame;
}

function namedFrame(named: Frame, countedText: string, pair: { given: Period | null }): Frame {
  const frame: Frame = {
    kind: named.kind,
    resolve: (ctx) => {
      const own = named.resolve(ctx);
      const near = pair.given;
      if (!near || !own?.period || near.value === own.period.value) return own;
      return dateReading(near, `"${countedText}" before it tells the year: ${near.value}`);
    },
  };
  frame.tense = named.tense;
  return frame;
}
