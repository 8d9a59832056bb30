/**
 * Dates anchored on the narrative, not on publication: "two days later", "a week earlier", "a year before",
 * "the previous day", "the next morning", "the following week", "that year", "the same day". They count from
 * the last placed date mentioned before them (the `anchor`), or from publication when none was.
 * "a week after the halt" is not one: with a noun phrase after "after"/"before", TimeML tags "a week" as a
 * DURATION (P1W) and the relation belongs to the event; the duration parser takes it.
 */
import {
  addDays,
  epochDay,
  epochMinute,
  humanDay,
  isoMinute,
  middleDay,
  offsetSuffix,
  parseIsoClock,
  parseIsoDay,
  partOfDayPeriod,
  type Day,
  type Period,
} from '../calendar.js';
import type { Anchor, Frame, Reading, ResolveContext } from '../frame.js';
import { granularityRank } from '../../types.js';
import {
  dateReading,
  isDayOrFiner,
  narrativeDay,
  narrowed,
  periodAt,
  unknownValue,
  unplacedReading,
  type PeriodUnit,
} from '../periods.js';
import {
  durationValue,
  NUMBER,
  parsePointMod,
  POINT_MOD,
  parseNumber,
  parseQuantMod,
  parseUnit,
  QUANT_MOD,
  QUANTITY_START_WORDS,
  UNIT,
  unitCount,
  type Unit,
} from '../words.js';
import { PART_OF_DAY } from './day-ref-parser.js';
import { partMod, partOfStoryDay } from './part-of-day-parser.js';
import { clockShifted, shifted } from './ago-parser.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';
import { UNIT_WORDS } from './duration-parser.js';
import { startWords, triggers } from '../word-index.js';

const OFFSET = `(?:(${QUANT_MOD})\\s+)?(${NUMBER})\\s+(?:more\\s+)?(${UNIT})\\s+(later|earlier|before|after|afterwards?|previously|prior|beforehand|on)(?![\\w-])`;
// ("next day" without "the": British prose, "was charged next day"; read() asks more of it)
// (with an edge of the period: "the end of that year", "early that month", "the start of the following week")
const THE = `((?:${POINT_MOD})?(?:(?:earlier|later)\\s+)?(?:the\\s+(?:previous|preceding|prior|following|next|same|succeeding)|that(?:\\s+same)?|next))\\s+(day|week|weekend|month|year|quarter|decade|morning|afternoon|evening|night)(?![\\w-])`;
/**
 * After a bare "next day", "next morning": what ends the phrase (a mark, a conjunction, a pronoun), so it is the
 * day after the story's last date, not a noun's modifier ("next day delivery") nor a clause's subject.
 */
const BARE_NEXT_ENDS = /^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:and|but|when|as|after|before|while|he|she|they|it|we|i)\b)/i;
const DAY_BEFORE =
  '(the\\s+(?:day|night|week|weekend|month|year)\\s+(?:before|after|previous|earlier|prior|later))(?![\\w-])';
const THE_DAY =
  '((?:(?:early|late|later|earlier)\\s+in\\s+|the\\s+(?:start|beginning|end|close)\\s+of\\s+)?the\\s+day|the\\s+(?:close|end|start|opening|open)\\s+of\\s+(?:trading|business))' +
  // not "the day of the vote", "the day before the vote"; "late in the day after falling" is the day
  '(?![\\w-])(?!\\s+(?:of|that|when|before|in|on|he|she|they|it)\\b|\\s+after\\s+(?![a-z]+ing\\b))' +
  // "the close of business Thursday": TimeML tags the day alone
  '(?!,?\\s+(?:on\\s+)?(?:yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)';
/** "At the end of the day," opening a sentence or a quote (after "But", "And", "So" too): the idiom. */
const IDIOM_OPENING = /(?:^|[.!?:;"“‘(]\s*|\b(?:but|and|so|yet|because)\s+)at\s+the\s+end\s+of\s+the\s+day$/i;
/**
 * "in the morning" after a day the story has just placed ("dashed Friday … in the morning"), "in morning trading":
 * that day's morning.
 */
const THE_PART =
  // ("in the late afternoon", "in the early-morning hours": the part's start or end)
  '(the\\s+(?:(early|late|mid)[\\s-]+)?(morning|afternoon|evening)(?:\\s+hours)?(?![\\w-])(?!\\s+of\\b)' +
  // "rose in morning trading", "in afternoon dealings": that day's morning (the session in the span, so a label
  // drops the whole phrase)
  '|(morning|afternoon)\\s+(?:trading|trade|dealings|deals|session)(?![\\w-]))';
/** After "the week before", a verb of the clause it opens: "the weekend before was wet", "the day after saw rain". */
const VERB_AFTER = /^\s+(?:was|were|had|saw|brought|proved|went|came)\b/;
/** The edge a named period opens with ("the end of ", "early "). */
const EDGE_OPENING = new RegExp(`^${POINT_MOD}`, 'i');
const PATTERN = new RegExp(`${OFFSET}|${THE}|${DAY_BEFORE}|${THE_DAY}|${THE_PART}`, 'i');
/** "three days later than planned", "a month earlier than expected": how far a date moved from its plan. */
const THAN_AFTER = /^\s+than\b/i;
/**
 * A relative clause set off by commas before an offset counted back ("Drake, which beat Bradley just 18 hours earlier,
 * fell to 15-17"): an aside about what came before; the story goes on from its own date, not from the aside's.
 */
const ASIDE_BEFORE = /,\s*(?:which|who|whose)\b[^,.;:!?]*$/i;
/** How close after a date an offset stands in apposition to it ("on Nov. 11, three days later than planned"). */
const APPOSITION_GAP = 3;

export class AnchoredOffsetParser extends TimexParser {
  protected readonly regex = PATTERN;
  /**
   * Each phrase holds a unit ("two days later", "the following week", "a month on"), a part of the day ("the next
   * morning") or the "trading" or "business" of "the close of trading": at most "no more than twenty-seven " before
   * it. (Not the words around the unit, "on", "that", "next", "before": far more frequent, they cost the scan many
   * more tries.)
   */
  protected override readonly triggerWords = triggers(
    `${UNIT_WORDS} weekend morning afternoon evening trading business`,
  );
  override readonly keywordLead = 60;
  /** A quantity ("two days later"), or the first word of the named and "the day" forms, and "morning trading". */
  protected override readonly startWords = startWords(
    `${QUANTITY_START_WORDS} earlier later early late the that next morning afternoon`,
    true,
  );

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const end = index + match[0].length;
    const after = textAfter(context, end, 30);
    if (match[2]) {
      const word = match[4]!.toLowerCase();
      // "a week after the halt", "two days before the vote": a duration, not an anchored date
      if (/^(before|after|prior)$/.test(word) && !/^\s*(?:[,.;:!?)"'”’]|$|and\b|but\b|when\b|as\b)/.test(after))
        return null;
      if (word === 'prior' && !/^\s*[,.;:]/.test(after)) return null;
      // "waits of up to two hours earlier this evening", "a rise of 3% later this year": "earlier"/"later" opens the
      // phrase after it, and the length is a length
      if (/^(?:earlier|later)$/.test(word) && OPENS_A_PERIOD_AFTER.test(after)) return null;
      // "A month on, the coach left", "Two years on and the town is rebuilding": later, in British news; not "a week
      // on Saturday" (a week after it), "on the job", nor a shift's "four days on, three off"
      if (word === 'on' && (!/^\s*(?:[,.;:!?)]|$|and\b)/.test(after) || /^[^.;]{0,25}\boff\b/i.test(after)))
        return null;
      const counted = parseNumber(match[2]);
      const unit = parseUnit(match[3]!);
      if (counted === null || !unit) return null;
      const amount = counted * unitCount(match[3]!); // a fortnight is two weeks
      const sign: -1 | 1 = /later|after|afterwards?|^on$/.test(word) ? 1 : -1;
      const mod = parseQuantMod(match[1]);
      if (THAN_AFTER.test(after))
        return delayFrame(match[0], amount, unit, /,\s*$/.test(textBefore(context, index, 3)));
      const aside = sign < 0 && /^\s*,/.test(after) && ASIDE_BEFORE.test(textBefore(context, index, 80));
      return offsetFrame(match[0], amount, unit, sign, mod, aside, context.text);
    }
    if (match[5]) {
      // "the end of that year": the edge narrows the period ("later that year" stays the year, as TimeML gives it)
      const edgeText = EDGE_OPENING.exec(match[5])?.[0];
      const edge = edgeText && !/^(?:earlier|later)\b/i.test(edgeText) ? parsePointMod(edgeText) : null;
      const which = match[5]
        .slice(edgeText?.length ?? 0)
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^(?:earlier|later) /, '');
      const unitWord = match[6]!.toLowerCase();
      // "next week" without "the" counts from publication (the relative period parser's); "next day" and "next
      // morning" ending their phrase are the narrative's, as "the next day" is
      if (
        which === 'next' &&
        (!/^(?:day|morning|afternoon|evening|night)$/.test(unitWord) || !BARE_NEXT_ENDS.test(after))
      )
        return null;
      // "the next decade" is the ten years after publication (the duration parser's); "the previous decade", "the
      // following decade", "that decade" are calendar decades counted from the narrative's date, as "the previous
      // year" is a calendar year
      if (unitWord === 'decade' && which === 'the next') return null;
      const sign = /previous|preceding|prior/.test(which) ? -1 : /following|next|succeeding/.test(which) ? 1 : 0;
      return namedFrame(match[0], unitWord, sign, edge);
    }
    if (match[9])
      return /\b(?:in|during)\s+$/i.test(context.text.slice(Math.max(0, index - 8), index))
        ? match[12]
          ? sessionPartFrame(match[9], match[12].toLowerCase())
          : storyPartFrame(match[9], match[11]!.toLowerCase(), partMod(match[10]))
        : null;
    if (match[8]) {
      // "At the end of the day, it is about the fans": the idiom (in the end), not a time, opens its sentence
      // (read whole: once "the end of the day" is refused, "the day" inside it is tried on its own)
      if (/^,/.test(after) && IDIOM_OPENING.test(textBefore(context, index, 30) + match[0].toLowerCase())) return null;
      return theDayFrame(
        match[0],
        /^(early|earlier|the\s+(?:start|beginning|open))/i.test(match[0])
          ? 'START'
          : /^(late|later|the\s+(?:close|end))/i.test(match[0])
            ? 'END'
            : undefined,
      );
    }
    const phrase = match[7]!.toLowerCase();
    // "the week before, it snowed", "the weekend before was wet": before the story's date; not "the week before the
    // vote", "the day after he left" (what it counts from follows)
    if (/before|after/.test(phrase) && !/^\s*(?:[,.;:!?)"'”’]|$)/.test(after) && !VERB_AFTER.test(after)) return null;
    const unitWord = phrase.split(/\s+/)[1]!;
    return namedFrame(match[0], unitWord, /before|previous|earlier|prior/.test(phrase) ? -1 : 1);
  }
}

/** After "earlier"/"later", what makes them the first word of another phrase: "earlier this evening", "later today". */
const OPENS_A_PERIOD_AFTER =
  /^\s+(?:this|today|tonight|in\s+the\s+(?:day|week|month|year|season|morning|afternoon|evening|night|decade|century))\b/i;

/**
 * "The body was found 48 hours later", "The next day, police made an arrest" with no date before them: later than
 * something the story does not date, which a past clause puts before publication, so not that long after it (nor
 * "a week earlier" than publication in a future clause). No day can be given.
 */
function untoldBase(ctx: ResolveContext, sign: number): boolean {
  return !ctx.anchor && ((sign > 0 && ctx.tense === 'past') || (sign < 0 && ctx.tense === 'future'));
}

function baseOf(ctx: ResolveContext): { day: Day; anchor: Anchor | null; granularity: Period['granularity'] } | null {
  if (ctx.anchor)
    return { day: ctx.anchor.period.first, anchor: ctx.anchor, granularity: ctx.anchor.period.granularity };
  if (ctx.dct) return { day: ctx.dct, anchor: null, granularity: 'day' };
  return null;
}

/**
 * A time counted on from a zoned time is written in that zone ("half an hour later" than "2 p.m. EDT" is
 * `…T14:30-04:00`): the anchor's time as written, moved by as much as `axisFrom` (the shifted time on the axis)
 * lies after the anchor's own place on it. The axis is the article's clock, or the time's own when the publication
 * gives no time, so the shift is read there, not the zone. Null when the anchor has no zone.
 */
function inZoneOf(anchor: Anchor, axisFrom: string): string | null {
  const written = parseIsoClock(anchor.period.value);
  const axis = parseIsoClock(axisFrom);
  const anchorAxis = parseIsoClock(anchor.period.from);
  if (written?.offset === null || written?.offset === undefined || !axis || !anchorAxis) return null;
  const shift =
    epochMinute(parseIsoDay(axisFrom)!, axis.minute) - epochMinute(parseIsoDay(anchor.period.from)!, anchorAxis.minute);
  const local = epochMinute(parseIsoDay(anchor.period.value)!, written.minute) + shift;
  return `${isoMinute(local)}${offsetSuffix(written.offset)}`;
}

/**
 * What hours or minutes count from: the last day or time the story placed, past a coarser date between ("the
 * decision, announced at 2 p.m. … where it has been since December … a press conference half an hour later": half an
 * hour after 2 p.m., not after December).
 */
function clockBaseOf(ctx: ResolveContext): ReturnType<typeof baseOf> {
  if (ctx.anchor && !isDayOrFiner(ctx.anchor.period.granularity) && ctx.day)
    return { day: ctx.day.period.first, anchor: ctx.day, granularity: ctx.day.period.granularity };
  return baseOf(ctx);
}

/**
 * "docks on Nov. 11, four days later than first planned": the delay of a date against its plan. Right
 * after the date it qualifies, it is that date (TimeML gives it the date's value), though no second event; alone
 * ("the launch came two weeks later than expected") it is the length of the delay. Either way no date that many
 * days after the story's last one, which was a false event.
 */
function delayFrame(text: string, amount: number, unit: Unit, apposition: boolean): Frame {
  const length = durationValue(amount, unit);
  return {
    kind: 'anchored-offset',
    resolve: (ctx) => {
      const anchor = ctx.anchor;
      if (
        apposition &&
        anchor?.end !== undefined &&
        ctx.at !== undefined &&
        ctx.at >= anchor.end &&
        ctx.at - anchor.end <= APPOSITION_GAP
      )
        return {
          ...unplacedReading(anchor.period.value, `"${text} than …": the delay of the date just given, that date`),
          usedAnchor: true,
        };
      return unplacedReading(length, `"${text} than …": how long a date was delayed, no date`, undefined, 'DURATION');
    },
  };
}

function offsetFrame(
  text: string,
  amount: number,
  unit: Unit,
  sign: -1 | 1,
  mod: ReturnType<typeof parseQuantMod>,
  aside: boolean,
  whole = '',
): Frame {
  return {
    kind: 'anchored-offset',
    resolve: (ctx) => {
      const base = unit === 'hour' || unit === 'minute' || unit === 'second' ? clockBaseOf(ctx) : baseOf(ctx);
      if (!base) return unplacedReading('XXXX-XX-XX', `"${text}" has no date to count from`, mod);
      if (untoldBase(ctx, sign))
        return unplacedReading(
          unknownValue(shifted(base.day, amount, unit, sign).granularity as PeriodUnit),
          `"${text}" counts from a date the story does not give (${ctx.tense} tense, no date before it)`,
          mod,
        );
      // "A week on, the town is still counting the cost", "Two years later, the plant is thriving" with no date
      // before them: told in the present, the story's now, a length after what it does not date (not a length after
      // publication)
      if (!ctx.anchor && ctx.dct && sign > 0 && (ctx.tense === 'present' || ctx.tense === null))
        return storysNow(
          shifted(ctx.dct, amount, unit, 1).granularity,
          ctx.dct,
          `"${text}" with no date before it`,
          mod,
        );
      // "a year earlier" in a story about a quarter: that quarter a year before
      if (unit === 'year' && amount === 1 && sign < 0 && ctx.quarter && base.granularity !== 'quarter') {
        const q = ctx.quarter;
        return {
          ...dateReading(
            periodAt('quarter', q.period.first, -4),
            `"${text}": the quarter of ${q.id} a year before`,
            mod,
          ),
          usedAnchor: true,
          anchorable: false,
        };
      }
      // "about three hours later" after "11:32 p.m. on Thursday": counted from that time (into Friday), to the minute
      const anchorClock =
        /^(hour|minute)$/.test(base.granularity) && base.anchor ? parseIsoClock(base.anchor.period.from) : null;
      const byClock = anchorClock ? clockShifted(base.day, anchorClock, amount, unit, sign) : null;
      if (byClock) {
        const reading = dateReading(
          { ...byClock, value: inZoneOf(base.anchor!, byClock.from) ?? byClock.value },
          `"${text}" counted from the time in ${base.anchor!.id} (${base.anchor!.period.value})`,
          mod,
        );
        reading.type = 'TIME';
        reading.usedAnchor = true;
        if (aside) reading.anchorable = false;
        return reading;
      }
      // "Born in 1932, she won a scholarship at the age of 17. Two years later …": counted from the age, 1949
      const age = base.anchor && ctx.at !== undefined ? ageSinceBirth(whole, base.anchor, ctx.at) : null;
      const day = age !== null ? { ...base.day, y: base.day.y + age } : base.day;
      let period = shifted(day, amount, unit, sign);
      // A year before a quarter or a month is that quarter or month a year before ("a year earlier" in results).
      if (
        (unit === 'year' || unit === 'decade') &&
        ['quarter', 'half', 'month', 'season'].includes(base.granularity) &&
        base.anchor
      ) {
        const months = Math.round(amount * sign * (unit === 'year' ? 12 : 120));
        const unitOf: PeriodUnit =
          base.granularity === 'quarter'
            ? 'quarter'
            : base.granularity === 'half'
              ? 'half'
              : base.granularity === 'season'
                ? 'season'
                : 'month';
        const perUnit = unitOf === 'quarter' || unitOf === 'season' ? 3 : unitOf === 'half' ? 6 : 1;
        period = periodAt(unitOf, base.day, months / perUnit);
      } else if (granularityRank(base.granularity) > granularityRank(period.granularity)) {
        // counting days from a month only tells the month: the one its middle day moves into ("a fortnight earlier"
        // than a quake in 1999 is in 1999, not in December 1998 as counted from 1 January)
        period = coarseShifted(base, amount, unit, sign);
      }
      // "Seven months on, we are still waiting" after a date the count runs past publication from: told in the
      // present, the story's now, a length after what it does not date
      if (sign > 0 && ctx.dct && ctx.tense === 'present' && epochDay(period.first) > epochDay(ctx.dct))
        return storysNow(
          period.granularity,
          ctx.dct,
          `"${text}" counted from ${base.anchor?.id ?? 'publication'} lies ahead`,
          mod,
        );
      const from = base.anchor
        ? age !== null
          ? `the age of ${age} told after the year of birth in ${base.anchor.id} (${base.anchor.period.value}), ${day.y}`
          : `the date in ${base.anchor.id} (${base.anchor.period.value})`
        : `the publication date (${humanDay(base.day)})`;
      const reading = dateReading(period, `"${text}" counted from ${from}`, mod);
      if (base.anchor) reading.usedAnchor = true;
      if ((unit === 'year' && sign < 0) || aside) reading.anchorable = false; // a comparison, an aside
      return reading;
    },
  };
}

/**
 * A length counted on ("A week on", "two years later") told in the present where it cannot count from a date: the
 * story's now, the publication's period of the length's granularity; no anchor for what follows.
 */
function storysNow(granularity: string, dct: Day, what: string, mod: ReturnType<typeof parseQuantMod>): Reading {
  return {
    ...dateReading(
      periodAt(granularity as PeriodUnit, dct, 0),
      `${what}, told in the present: the story's now, publication (${humanDay(dct)})`,
      mod,
    ),
    anchorable: false,
  };
}

/** An age told after a year of birth: "at the age of 17", "aged 17", "at age seventeen". */
const AGE = /\b(?:at\s+the\s+age\s+of|at\s+age|aged)\s+(\d{1,2}|[a-z]+(?:-[a-z]+)?)\b/gi;
/** How far after the year of birth the age may be told. */
const AGE_REACH = 300;

/**
 * The age (in years) told between a year of birth (`anchor`, after "born") and the phrase at `at`: the story went on
 * from the year it names, birth year plus age (TimeML tags no age, so the age is no anchor of its own). Null when
 * the anchor is no year of birth or no age is told.
 */
function ageSinceBirth(text: string, anchor: Anchor, at: number): number | null {
  if (anchor.start === undefined || anchor.end === undefined || anchor.period.granularity !== 'year') return null;
  if (at < anchor.end || at - anchor.end > AGE_REACH) return null;
  // ("born in Leeds in 1932"; not "Born in 1932, she married in 1955": the year after the comma is another's)
  if (!/\bborn\b[^.,;:!?]{0,30}$/i.test(text.slice(Math.max(0, anchor.start - 40), anchor.start))) return null;
  let age: number | null = null;
  for (const m of text.slice(anchor.end, at).matchAll(AGE)) {
    const n = parseNumber(m[1]!);
    if (n !== null && n > 0 && n < 120) age = n;
  }
  return age;
}

/**
 * A length counted from a coarser date only tells that date's period: the one its middle day moves into ("a
 * fortnight earlier" than a quake in 1999 is in 1999, not in December 1998 as counted from 1 January).
 */
function coarseShifted(base: NonNullable<ReturnType<typeof baseOf>>, amount: number, unit: Unit, sign: -1 | 1): Period {
  const coarse = base.granularity as PeriodUnit;
  const middle = base.anchor ? middleDay(base.anchor.period, base.day) : base.day;
  return periodAt(
    ['year', 'decade', 'century', 'quarter', 'half', 'month', 'season', 'week'].includes(coarse) ? coarse : 'day',
    shifted(middle, amount, unit, sign).first,
    0,
  );
}

/** A reading of `period` narrowed to the edge its phrase names, if any: "the end of that year" is its last third. */
function edgedReading(period: Period, why: string, edge: ReturnType<typeof parsePointMod>): Reading {
  if (!edge) return dateReading(period, why);
  return { ...dateReading(period, why, edge.mod), ...narrowed(period, edge.mod, { dct: null, half: edge.half }) };
}

function namedFrame(
  text: string,
  unitWord: string,
  sign: number,
  edge: ReturnType<typeof parsePointMod> = null,
): Frame {
  const part = PART_OF_DAY[unitWord];
  return {
    kind: 'anchored-named',
    resolve: (ctx): Reading | null => {
      // "that year" names the date last mentioned, though only as a point of comparison
      const told = /^that\b/i.test(text) && ctx.mentioned ? ctx.mentioned : ctx.anchor;
      let base = baseOf({ ...ctx, anchor: told });
      const anchorId = told && told !== ctx.anchor ? { anchorId: told.id } : {};
      const unit: PeriodUnit = part ? 'day' : (unitWord as PeriodUnit);
      if (!base) return unplacedReading(unknownValue(unit), `"${text}" has no date to count from`);
      if (told === ctx.anchor && untoldBase(ctx, sign))
        return {
          ...unplacedReading(
            part ? `XXXX-XX-XXT${part}` : unknownValue(unit),
            `"${text}" counts from a date the story does not give (${ctx.tense} tense, no date before it)`,
          ),
          type: part ? 'TIME' : 'DATE',
        };
      // "that year" after "in March 2015" is 2015; "the following day" after a month is unknown: keep the month.
      const coarser =
        granularityRank(base.granularity) > granularityRank(part || unit === 'weekend' ? 'day' : unit) &&
        !isDayOrFiner(base.granularity);
      if (coarser && !part && sign === 0) {
        const same = periodAt(base.granularity as PeriodUnit, base.day, 0);
        return {
          ...edgedReading(same, `"${text}": the period of ${base.anchor?.id ?? 'publication'}`, edge),
          usedAnchor: !!base.anchor,
          ...anchorId,
        };
      }
      // "In March the board met. The following week it resigned": a week after some day of March only tells the
      // month, as "a week later" does (a week, a month or a day counted from a coarser date keeps its period)
      if (coarser && sign !== 0 && base.anchor && unit !== 'weekend') {
        const kept = coarseShifted(base, 1, part ? 'day' : (unit as Unit), sign > 0 ? 1 : -1);
        const why = `"${text}" counted from the date in ${base.anchor.id} (${base.anchor.period.value}): only its ${base.granularity} is told`;
        return { ...dateReading(kept, why), usedAnchor: true, ...anchorId };
      }
      const shiftedFrom = (day: Day) => (part ? partOfDayPeriod(addDays(day, sign), part) : periodAt(unit, day, sign));
      let period = shiftedFrom(base.day);
      // "… were due to meet again later on Tuesday. A convoy crossed into Gaza the following morning", told on that
      // Tuesday: a period after the last date, told in the past, is none after publication; the latest date placed
      // before it whose following one is not (the strikes of Monday night: Tuesday morning)
      if (sign > 0 && told === ctx.anchor && ctx.tense === 'past' && ctx.dct && isDayOrFiner(base.granularity)) {
        const now = epochDay(ctx.dct);
        const last = epochDay(base.day);
        if (epochDay(period.first) > now) {
          let earlier: Anchor | undefined;
          // (the latest first; only the dates placed within a story's reach back are read)
          const placed = ctx.placed ?? [];
          for (let k = placed.length - 1; k >= Math.max(0, placed.length - EARLIER_DATES_READ) && !earlier; k--) {
            const a = placed[k]!;
            if (
              a !== ctx.anchor &&
              isDayOrFiner(a.period.granularity) &&
              epochDay(a.period.first) < last &&
              epochDay(shiftedFrom(a.period.first).first) <= now
            )
              earlier = a;
          }
          if (earlier) {
            base = { day: earlier.period.first, anchor: earlier, granularity: earlier.period.granularity };
            period = shiftedFrom(base.day);
          }
        }
      }
      const from = base.anchor
        ? `the date in ${base.anchor.id} (${base.anchor.period.value})`
        : `the publication date (${humanDay(base.day)})`;
      const reading = edgedReading(period, `"${text}" counted from ${from}`, edge);
      if (part) reading.type = 'TIME';
      if (base.anchor) Object.assign(reading, { usedAnchor: true, ...anchorId });
      return reading;
    },
  };
}

/** How many of the dates placed before a phrase a past "the following morning" looks back over for its day. */
const EARLIER_DATES_READ = 8;

/** How close (in characters) the day must have been placed for "in the morning" to fall on it. */
const STORY_PART_REACH = 200;

/** "in the morning": a part of the day the narrative has just placed; nothing without one (generic). */
function storyPartFrame(text: string, partWord: string, mod?: 'START' | 'END' | 'MID'): Frame {
  const part = PART_OF_DAY[partWord]!;
  return {
    kind: 'anchored-named',
    resolve: (ctx) => {
      const { at } = ctx;
      // "have been closed since Friday. In the afternoon, …": a stretch up to now is no day the story goes on with
      // past its sentence (as for a clock time); the day placed before it may be
      const anchor =
        ctx.anchor?.stretch && at !== undefined && at > ctx.anchor.stretch.sentenceEnd
          ? ctx.anchor.stretch.previous
          : ctx.anchor;
      if (!anchor || !isDayOrFiner(anchor.period.granularity) || anchor.end === undefined) return null;
      if (at === undefined || at - anchor.end > STORY_PART_REACH) return null;
      return partOfStoryDay(anchor, part, text, mod);
    },
  };
}

/** "in morning trading": the morning of the market's day, the narrative's day or else the publication day. */
function sessionPartFrame(text: string, partWord: string): Frame {
  const part = PART_OF_DAY[partWord]!;
  return {
    kind: 'anchored-named',
    resolve: (ctx) => {
      const day = narrativeDay(ctx);
      const base = day ? day.period.first : ctx.dct;
      if (!base) return unplacedReading(`XXXX-XX-XXT${part}`, `"${text}" has no day to refer to`, undefined, 'TIME');
      const reading = dateReading(
        partOfDayPeriod(base, part),
        day ? `"${text}" of the day of ${day.id}` : `"${text}" of the publication day (${humanDay(base)})`,
      );
      reading.type = 'TIME';
      if (day) Object.assign(reading, { usedAnchor: true, anchorId: day.id });
      return reading;
    },
  };
}

/**
 * "the day" ("ended the day higher"): the narrative's day, or the publication day. Told in the past, not a day after
 * publication ("investors awaited the Fed's decision on Wednesday … data released earlier in the day showed", told on
 * Tuesday, is Tuesday).
 */
function theDayFrame(text: string, mod?: 'START' | 'END'): Frame {
  const frame: Frame = {
    kind: 'anchored-named',
    resolve: (ctx) => {
      const { dct } = ctx;
      let recentDay = narrativeDay(ctx);
      if (recentDay && dct && (frame.tense ?? ctx.tense) === 'past' && epochDay(recentDay.period.first) > epochDay(dct))
        recentDay = null;
      if (recentDay) {
        return {
          ...dateReading(periodAt('day', recentDay.period.first, 0), `"${text}": the day of ${recentDay.id}`, mod),
          usedAnchor: true,
          anchorId: recentDay.id,
        };
      }
      if (!dct) return unplacedReading('XXXX-XX-XX', `"${text}" has no day to refer to`, mod);
      return dateReading(periodAt('day', dct, 0), `"${text}": the publication day (${humanDay(dct)})`, mod);
    },
  };
  return frame;
}
