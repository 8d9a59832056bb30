/**
 * A length written in several units, each smaller than the one before: "two years and three months" (`P2Y3M`),
 * "1 year, 9 months", "three hours 20 minutes". Each unit was a timex of its own, and with "ago" or "from now" on
 * the last one only that one was counted ("two years and three months ago" was three months back); read as one
 * length, the whole amount is counted: a month 27 months before publication. A length ahead ("in one year and
 * two months") is placed on the date the whole length names, at its finest unit.
 */
import {
  addDays,
  addMonths,
  dayPeriod,
  humanDay,
  monthPeriod,
  yearPeriod,
  type Clock,
  type Day,
  type Period,
} from '../calendar.js';
import { getFrame, setFrame, type Frame, type Reading } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { clockShifted } from '../parsers/ago-parser.js';
import { isLengthFrame } from '../parsers/duration-parser.js';
import { textBefore } from '../parsers/timex-parser.js';
import { AMOUNT, parseNumber, parseUnit, UNIT, unitCount, type Unit } from '../words.js';

/** A count and a unit, nothing else ("two years"; not "the past two years", "about a week"). */
const COUNTED = new RegExp(`^(${AMOUNT})\\s+(${UNIT})$`, 'i');
/** The last part of the length, counted from publication: "three months ago", "a week from now". */
const COUNTED_AGO = new RegExp(`^(${AMOUNT})\\s+(${UNIT})\\s+(ago|from\\s+now|hence)$`, 'i');
/** Between two parts: a space, a comma, "and" ("1 year, 09 months", "two years and three months"). */
const JOIN = /^\s*,?\s*(?:and\s+)?$/i;
/** What makes a length counted from something else: "three months after the war", "a week of rain". */
const COUNTED_FROM_AFTER = /^\s+(?:after|before|later|earlier|from|since|of|into)\b/i;
/** "in two years and three months": a length ahead of publication names a date (not "within", a stretch). */
const AHEAD_BEFORE = /\b(?:in|after)\s+$/i;

/** Units from the largest; a part is joined only to a larger one before it. */
const RANK: Unit[] = ['century', 'decade', 'year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];

interface Part {
  amount: number;
  unit: Unit;
}

export class CompoundLengthRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const out: TimexMatch[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const first = countedPart(a, getFrame(a));
      if (!first) {
        out.push(a);
        continue;
      }
      const parts = [first];
      let sign: -1 | 1 | 0 = 0;
      let j = i + 1;
      for (; j < results.length && sign === 0; j++) {
        const prev = results[j - 1]!;
        const b = results[j]!;
        if (!JOIN.test(context.text.slice(prev.index + prev.text.length, b.index))) break;
        const ago = COUNTED_AGO.exec(b.text);
        const part = ago ? partOf(ago[1]!, ago[2]!) : countedPart(b, getFrame(b));
        if (!part || RANK.indexOf(part.unit) <= RANK.indexOf(parts[parts.length - 1]!.unit)) break;
        if (!ago && COUNTED_FROM_AFTER.test(context.text.slice(b.index + b.text.length, b.index + b.text.length + 8)))
          break;
        parts.push(part);
        if (ago) sign = /ago/i.test(ago[3]!) ? -1 : 1;
      }
      if (parts.length < 2) {
        out.push(a);
        continue;
      }
      const last = results[j - 1]!;
      const text = context.text.slice(a.index, last.index + last.text.length);
      const ahead = sign === 0 && AHEAD_BEFORE.test(textBefore(context, a.index, 8));
      const merged = context.createParsingResult(a.index, text);
      out.push(setFrame(merged, compoundFrame(parts, sign, ahead, text)));
      i = j - 1;
    }
    return out;
  }
}

/** The count and unit of a plain length phrase ("two years"), or null. */
function countedPart(match: TimexMatch, frame: Frame | undefined): Part | null {
  if (!isLengthFrame(frame) || frame.countFrom) return null;
  const m = COUNTED.exec(match.text);
  return m ? partOf(m[1]!, m[2]!) : null;
}

function partOf(amountText: string, unitText: string): Part | null {
  const amount = parseNumber(amountText);
  const unit = parseUnit(unitText);
  if (amount === null || !Number.isInteger(amount) || !unit) return null;
  return { amount: amount * unitCount(unitText), unit };
}

/** The parts summed in months, days and minutes, and the finest unit written. */
function totals(parts: Part[]): { months: number; days: number; minutes: number; finest: Unit } {
  const per: Partial<Record<Unit, [number, number, number]>> = {
    century: [1200, 0, 0],
    decade: [120, 0, 0],
    year: [12, 0, 0],
    quarter: [3, 0, 0],
    month: [1, 0, 0],
    week: [0, 7, 0],
    day: [0, 1, 0],
    hour: [0, 0, 60],
    minute: [0, 0, 1],
    second: [0, 0, 1 / 60],
  };
  let months = 0;
  let days = 0;
  let minutes = 0;
  for (const { amount, unit } of parts) {
    const [m, d, min] = per[unit]!;
    months += amount * m;
    days += amount * d;
    minutes += amount * min;
  }
  return { months, days, minutes, finest: parts[parts.length - 1]!.unit };
}

/** TIMEX3 value of the whole length: years, months, days, then hours, minutes, seconds ("P2Y3M", "PT3H20M"). */
function compoundValue(parts: Part[]): string {
  const sum = (units: Unit[], factor: (u: Unit) => number) =>
    parts.filter((p) => units.includes(p.unit)).reduce((n, p) => n + p.amount * factor(p.unit), 0);
  const years = sum(['century', 'decade', 'year'], (u) => (u === 'century' ? 100 : u === 'decade' ? 10 : 1));
  const months = sum(['quarter', 'month'], (u) => (u === 'quarter' ? 3 : 1));
  const weeks = sum(['week'], () => 1);
  const days = sum(['day'], () => 1);
  const [h, m, s] = (['hour', 'minute', 'second'] as Unit[]).map((u) => sum([u], () => 1));
  // weeks alone keep their letter; beside other units they are written in days, as ISO 8601 has it
  const onlyWeeks = weeks > 0 && !years && !months && !days && !h && !m && !s;
  const date =
    (years ? `${years}Y` : '') +
    (months ? `${months}M` : '') +
    (onlyWeeks ? `${weeks}W` : '') +
    (!onlyWeeks && (weeks || days) ? `${weeks * 7 + days}D` : '');
  const time = (h ? `${h}H` : '') + (m ? `${m}M` : '') + (s ? `${s}S` : '');
  return `P${date}${time ? `T${time}` : ''}`;
}

/** The date the whole length names away from publication, at the granularity of its finest unit. */
function shiftedBy(dct: Day, clock: Clock | null | undefined, parts: Part[], sign: -1 | 1): Period {
  const { months, days, minutes, finest } = totals(parts);
  const day = addDays(addMonths(dct, sign * months), sign * days);
  if (finest === 'hour' || finest === 'minute' || finest === 'second') {
    // with no publication time, the hours reach back (or on) to the day they end in: "1 day and 20 hours ago" is
    // two days back
    return (
      clockShifted(day, clock, minutes, 'minute', sign) ?? dayPeriod(addDays(day, sign * Math.round(minutes / 1440)))
    );
  }
  if (finest === 'week' || finest === 'day') return dayPeriod(day);
  if (finest === 'month' || finest === 'quarter') return monthPeriod(day.y, day.m);
  return yearPeriod(day.y);
}

function compoundFrame(parts: Part[], sign: -1 | 1 | 0, ahead: boolean, text: string): Frame {
  const value = compoundValue(parts);
  const frame: Frame = {
    kind: sign === 0 ? 'compound-length' : 'ago',
    resolve: ({ dct, clock, tense }) => {
      // "in one year and two months" told in the past is how long something took: a length, as "in two weeks" is
      const placeAhead = ahead && (frame.tense ?? tense) !== 'past';
      // counted from publication with no publication date: some unknown date, as "160 days ago" alone is
      if (!dct && sign !== 0)
        return { type: 'DATE', value: 'XXXX', why: `"${text}" needs the publication date`, anchorable: false };
      if (!dct || (sign === 0 && !placeAhead)) {
        return {
          type: 'DURATION',
          value,
          why: `"${text}" is one length of time (${value}), not a date`,
          anchorable: false,
        };
      }
      const period = shiftedBy(dct, clock, parts, sign === 0 ? 1 : sign);
      const timed = period.granularity === 'minute';
      const why = `"${text}" (${value}) counted ${sign < 0 ? 'back' : 'forward'} from the publication ${timed ? 'time' : 'date'} (${humanDay(dct)}): ${period.value}`;
      if (sign === 0) {
        // a length ahead keeps its TimeML value and is placed on the date it names, as "in two weeks" is
        return {
          type: 'DURATION',
          value,
          from: period.from,
          to: period.to,
          granularity: period.granularity,
          why,
          anchorable: false,
        };
      }
      const reading: Reading = {
        type: timed ? 'TIME' : 'DATE',
        value: period.value,
        period,
        granularity: period.granularity,
        why,
      };
      return reading;
    },
  };
  return frame;
}
