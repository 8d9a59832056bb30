/**
 * Calendar periods named relative to publication, with their real granularity: "this week" (2016-W42),
 * "last month" (2016-09, Sep 1 to Oct 1), "next year", "the past week", "this quarter", "last decade",
 * with mods: "earlier this month" (START, up to the publication day), "late last year" (END), "the end of this week".
 * "the year"/"the month" after a mod ("the end of the year", "by end of year") mean the publication's own;
 * "the end of the previous week" counts, like "the following week", from the narrative's last date.
 */
import {
  addDays,
  addMonths,
  dayPeriod,
  humanDay,
  isoDay,
  isoWeekday as isoWeekdayOf,
  middleDay,
  parseIsoDay,
  yearPeriod,
  type Day,
} from '../calendar.js';
import type { Anchor, Frame, Reading, Tense } from '../frame.js';
import { granularityRank, type TimexMod } from '../../types.js';
import { dateReading, narrowed, periodAt, unknownValue, unplacedReading, type PeriodUnit } from '../periods.js';
import { EVENT_COUNTED_AFTER, parsePointMod, parseUnit, POINT_MOD, POINT_MOD_START_WORDS } from '../words.js';
import { pieceOffset } from '../opening-year.js';
import { textAfter, textBefore, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';
import { inTitleCaseLine } from '../title-case.js';
import { startWords, triggers } from '../word-index.js';

const WHICH =
  '(this\\s+past|this\\s+coming|this|last|next|past|coming|current|previous|preceding|prior|the\\s+(?:past|last|next|coming|current|present|following|latest|previous|preceding|prior)|the)';
const UNIT =
  '(weekend|week-end|week|month|year|quarter|decade|century|millennium|(?:full\\s+|fiscal\\s+|calendar\\s+|entire\\s+|whole\\s+)year|yr|qtr|wk|mo\\.)';
// the unit alone right after "of" ("by end of year", "the beginning of month"): read only after an edge (read())
const PATTERN = new RegExp(`(${POINT_MOD})?(?:${WHICH}\\s+|(?<=\\bof\\s+))${UNIT}(?![\\w-])(?![\\s-]+centur)`, 'i');

function offsetOf(which: string): number | null {
  const w = which.toLowerCase().replace(/\s+/g, ' ');
  if (/latest$/.test(w)) return -1; // "the latest fiscal year": the last one completed
  if (/(past|last|previous|preceding|prior)$/.test(w)) return -1;
  if (/(next|coming|following)$/.test(w)) return 1;
  if (/(this|current|present)$/.test(w)) return 0;
  return null; // bare "the"
}

const YEAR_END = /(?:(around|about|by)\s+)?(year[-\s]end|year's\s+end|the\s+end\s+of\s+the\s+year)(?![\w-])/i;

/**
 * "year's end", "the end of the year": the end of the publication year (mod END); "by year-end", the accounts' word,
 * its closing day (31 December).
 */
export class YearEndParser extends TimexParser {
  protected readonly regex = YEAR_END;
  /** "year-end", "year's end" or "the end of the year", after at most "around ". */
  protected override readonly triggerWords = triggers('year end');
  override readonly keywordLead = 20;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): FrameMatch | null {
    const skip =
      match[1] && !/^around$/i.test(match[1])
        ? match[0].length - match[0].slice(match[1].length).trimStart().length
        : 0;
    // "since year-end": a year's end already past, whatever the tense ("the change is since year-end")
    const since = sinceBefore(context, index);
    const closingDay = /^year-end$/i.test(match[2]!) && !/^around$/i.test(match[1] ?? '');
    return {
      skip,
      frame: {
        kind: 'relative-period',
        resolve: ({ dct, tense }) => {
          if (!dct) return unplacedReading('XXXX', `"${match[2]}" of an unknown year`, 'END');
          const shift = edgeShift('year', dct, 'END', tense, since);
          const period = periodAt('year', dct, shift);
          // "by year-end", "since year-end": the accounts' closing day, the year's last ("around year end" stays
          // the end of the year)
          if (closingDay) {
            const y = period.first.y;
            return dateReading(
              dayPeriod({ y, m: 12, d: 31 }),
              `"${match[2]}": the closing day of ${shift ? `the year before publication, ${y}` : `the publication year ${y}`}`,
            );
          }
          return {
            ...dateReading(
              period,
              shift
                ? `${since ? '"since"' : 'past tense'}: the end of the year before publication, ${period.value}`
                : `the end of the publication year ${dct.y}`,
              'END',
            ),
            ...narrowed(period, 'END'),
          };
        },
      },
    };
  }
}

/**
 * A stretch over a share of a period before it: "for much of", "during most of", "for all of", "in part of" (not "He
 * works most of the week from home", a habit).
 */
const SHARE_OF_BEFORE =
  /\b(?:for|during|over|through|throughout|in)\s+(?:much|most|all|the\s+rest|part|the\s+bulk|the\s+remainder)\s+of\s+$/i;

/** After "the year": the date it ends on ("the year ended March 31", "the year to June", "the year to end-March"). */
const YEAR_ENDING_AFTER =
  /^\s+(?:ended|ending|to\s+date|through|to\s+(?:(?:the\s+)?end[-\s](?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** "over", "during", "throughout", "across": a stretch up to now rather than the calendar period before. */
export const STRETCH_BEFORE = /\b(?:over|during|throughout|across|in\s+the\s+course\s+of)\s+$/i;

/**
 * "the past year", "the past decade", "over the last year/decade": the stretch up to publication; so are "the past
 * month" and "the past week", as "the past two weeks" is ("last month", "in the last week" are the calendar ones).
 * "The past day" and "the past hour", "the last hour" are too: the clock has no calendar hour to mean instead (not
 * "the last minute", an idiom, nor "the last day", most often a final one).
 */
export function isRollingPast(unit: string, which: string, before: string): boolean {
  const w = which.toLowerCase().replace(/\s+/g, ' ');
  if (unit === 'hour') return /^(?:the )?(?:past|last)$/.test(w);
  if (unit === 'day') return /^(?:the )?past$/.test(w);
  if (unit !== 'year' && unit !== 'decade' && unit !== 'month' && unit !== 'week') return false;
  return /^(?:the )?past$/.test(w) || (w === 'the last' && STRETCH_BEFORE.test(before));
}

/** Granularities as precise as a unit, or more: a date of one of them lies inside one month (week, year). */
const YEAR_OR_FINER = /^(?:year|half|quarter|season|month|week|day|partOfDay|hour|minute)$/;
const WITHIN: Partial<Record<PeriodUnit, RegExp>> = {
  decade: YEAR_OR_FINER,
  year: YEAR_OR_FINER,
  month: /^(?:month|day|partOfDay|hour|minute)$/,
  week: /^(?:day|partOfDay|hour|minute)$/,
};
/** A sentence's end between two phrases. */
const SENTENCE_END_BETWEEN = /[.!?]["'”’)]*\s+["'“‘(]?[A-Z0-9]|\n\s*\n/;
/** How far back, in characters, the date told before may be. */
const TOLD_REACH = 200;

/**
 * Whether "the end of the month" at `index` is the month of `anchor`: a date placed in the same sentence (or, told in
 * the past, before it), within TOLD_REACH, inside one such unit, not a "since" stretch, and not against the tense
 * (told in the future, a month gone by before publication's is not the one meant: "sales fell in December; a recovery
 * is expected by the end of the year", told in February, is this year's end).
 */
function tellsItsUnit(
  anchor: Anchor | null,
  unit: PeriodUnit,
  dct: Day | null,
  tense: Tense | null,
  text: string,
  index: number,
  textAt: number | undefined,
): anchor is Anchor {
  if (!anchor || !dct || anchor.stretch || anchor.end === undefined) return false;
  // (`text` is the piece the parser read, `index` the phrase's offset in it: an anchor before the piece lies in
  // another sentence)
  const end = pieceOffset(anchor.end, index, textAt);
  if (end < 0 || end > index || index - end > TOLD_REACH || !WITHIN[unit]?.test(anchor.period.granularity))
    return false;
  // (told in the past, the story goes on past its sentence: "It was founded in March 2001. By the end of the year it
  // had ten staff" is 2001)
  if (tense !== 'past' && SENTENCE_END_BETWEEN.test(text.slice(end, index + 1))) return false;
  const its = periodAt(unit, anchor.period.first, 0);
  const now = periodAt(unit, dct, 0);
  if (tense === 'future' && its.to <= now.from) return false;
  if (tense === 'past' && its.from >= now.to) return false;
  return true;
}

/** "since" right before the phrase ("since year-end"): the edge it names is already past. */
const sinceBefore = (context: ParsingContext, index: number) => /\bsince\s+$/i.test(textBefore(context, index, 12));

/**
 * The edge of the current period told against the tense: "since the end of the year" in a February story is
 * the end of the year before; "will start at the beginning of the year" in March, the next one. After "since",
 * an end not yet over is the one before, whatever the tense ("the change is since year-end" in October).
 */
export function edgeShift(
  unit: PeriodUnit,
  dct: Day,
  mod: TimexMod,
  tense: Tense | null | undefined,
  since = false,
): number {
  const stretch = narrowed(periodAt(unit, dct, 0), mod);
  const now = isoDay(dct);
  if (since && mod === 'END' && stretch.to > now) return -1;
  if (tense === 'past' && stretch.from > now) return -1;
  if (tense === 'future' && stretch.to <= now) return 1;
  // "will be open from Monday until the end of the week", told on a Sunday: this week ends that day; the week
  // looked ahead to is the one that starts tomorrow
  if (tense === 'future' && unit === 'week' && mod === 'END' && isoWeekdayOf(dct) === 7) return 1;
  return 0;
}

/**
 * "the turn of the century" (or decade, year, millennium): the boundary nearest publication, give or take; told of
 * what is to come the next one ("Rates may rise around the turn of the year", told in March), told in the past the
 * last one gone by.
 */
function turnReading(unit: PeriodUnit | 'millennium', dct: Day, text: string, tense: Tense | null): Reading | null {
  const ahead = tense === 'future';
  const back = tense === 'past';
  const which = ahead ? 'the next' : back ? 'the last' : 'the';
  const side = ahead ? 'after' : back ? 'before' : 'nearest';
  if (unit === 'year') {
    const y = ahead ? dct.y + 1 : back ? dct.y : dct.y + (dct.m >= 7 ? 1 : 0);
    const day = { y, m: 1, d: 1 };
    return {
      ...dateReading(dayPeriod(day), `"${text}": ${which} new year ${side} publication, ${y}`, 'APPROX'),
      from: isoDay(addDays(day, -15)),
      to: isoDay(addDays(day, 15)),
    };
  }
  const size = unit === 'millennium' ? 1000 : unit === 'century' ? 100 : unit === 'decade' ? 10 : 0;
  if (!size) return null;
  const boundary = ahead
    ? (Math.floor(dct.y / size) + 1) * size
    : back
      ? Math.floor(dct.y / size) * size
      : Math.round(dct.y / size) * size;
  const around = Math.min(size / 50, 2); // two years around a century's (or millennium's) turn, months around a decade's
  return {
    ...dateReading(yearPeriod(boundary), `"${text}": ${which} turn ${side} publication, around ${boundary}`, 'APPROX'),
    from: isoDay({ y: boundary - Math.ceil(around), m: 1, d: 1 }),
    to: isoDay({ y: boundary + Math.ceil(around) + 1, m: 1, d: 1 }),
  };
}

export class RelativePeriodParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The unit, after at most "the very beginning of the following calendar ". */
  protected override readonly triggerWords = triggers(
    'weekend week month year quarter decade century millennium yr qtr wk mo',
  );
  override readonly keywordLead = 80;
  /** The first words of a phrase: of an edge (words.ts POINT_MOD), of WHICH, or the unit itself after "of". */
  protected override readonly startWords = startWords(
    `${POINT_MOD_START_WORDS} ` +
      'this next past coming current previous preceding prior full fiscal calendar entire whole ' +
      this.triggerWords.words.join(' '),
  );

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const modText = match[1];
    // "end of year", "the beginning of month": the unit alone, after an edge, reads as "the year", "the month";
    // not "the end of year two", "the start of week 3" (a numbered year or week of something)
    if (
      !match[2] &&
      (!modText ||
        !/\bof\s+$/i.test(modText) ||
        /^\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(
          textAfter(context, index + match[0].length, 8),
        ))
    )
      return null;
    const which = match[2] ?? 'the';
    const unitWord = match[3]!.toLowerCase().replace('week-end', 'weekend'); // "this week-end", as older and British prose spell it
    // the millennium only as "the turn of the millennium", the years around 2000 ("this millennium" is no period we
    // draw)
    if (unitWord === 'millennium') {
      if (!modText || !/^(?:the\s+)?turn\b/i.test(modText) || !/^the$/i.test(which.trim())) return null;
      return {
        kind: 'relative-period',
        resolve: ({ dct, tense }) =>
          dct
            ? turnReading('millennium', dct, match[0], tense)!
            : unplacedReading('XXXX', `"${match[0]}" needs the publication date`, 'APPROX'),
      };
    }
    // "last yr", "this qtr", "next wk", "last mo.": abbreviations read as the unit
    const unit: PeriodUnit = unitWord.includes('year')
      ? 'year'
      : /^(?:yr|qtr|wk|mo\.)$/.test(unitWord)
        ? (parseUnit(unitWord) as PeriodUnit)
        : (unitWord as PeriodUnit);
    // "This Week", "Next Year": titles (not "LAST WEEK" in capitals, nor "Early Next Week" in a title-case headline)
    if (/^[A-Z][a-z]/.test(match[3]!) && !inTitleCaseLine(context.text, index)) return null;
    // "the latest fiscal year" (the last completed one); "the latest quarter" is the story's (quarter parser)
    if (/latest/i.test(which) && unit !== 'year') return null;
    let offset = offsetOf(which);
    if (offset === null && /^(?:yr|qtr|wk|mo\.)$/.test(unitWord)) return null; // "the yr key": an abbreviation needs last/this/next
    const pointMod = parsePointMod(modText);
    if (pointMod?.half && unit === 'year') return null; // "the first half of next year" is a half (quarter parser)
    // "the year", "the week": only with a mod ("the end of the year"); bare they are too often generic.
    if (offset === null) {
      // bare "the weekend" is the nearest one by tense; "the full year", "the fiscal year" the publication's
      // ("for much of the week", "most of the month": a share of the publication's own)
      if (
        !pointMod &&
        unit !== 'weekend' &&
        unit !== 'year' &&
        !/^(full|fiscal|entire|whole)/.test(unitWord) &&
        !((unit === 'week' || unit === 'month') && SHARE_OF_BEFORE.test(textBefore(context, index, 24)))
      )
        return null;
      // "in 2012, the year after she took office", "the year before the war": a year counted from an event, not
      // the publication's
      if (!pointMod && unit === 'year' && EVENT_COUNTED_AFTER.test(textAfter(context, index + match[0].length, 24)))
        return null;
      offset = 0;
    }
    // "the year ended March 31", "the year to June": a year-long period (DURATION P1Y), not the calendar year
    if (/^the$/i.test(which.trim()) && unit === 'year' && !pointMod) {
      const after = context.text.slice(index + match[0].length, index + match[0].length + 30);
      if (YEAR_ENDING_AFTER.test(after)) {
        return {
          kind: 'duration',
          resolve: () => ({
            type: 'DURATION',
            value: 'P1Y',
            why: `"${match[0]}" ending on a date: a year-long period`,
            anchorable: false,
          }),
        };
      }
    }
    // "the past year", "the past decade", "over the last decade" are the 12 months or ten years up to
    // publication (a duration the duration parser places); "last year", "in the last decade" the calendar ones
    if (isRollingPast(unit, which, textBefore(context, index, 24))) return null;
    // "the next decade", "over the coming century": ten years (a hundred) from publication, a length the duration
    // parser places, not the 2030s ("next year" stays the calendar year, as TimeML tags it)
    if ((unit === 'decade' || unit === 'century') && /^(?:the\s+)?(?:next|coming)$/i.test(which.trim())) return null;
    // "the end of the previous week": counted, like "the following week", from the narrative's last date; alone,
    // "the previous week" is the anchored-offset parser's
    const previous = /previous|preceding|prior/i.test(which);
    if (previous && !pointMod) return null;
    const following = /following/i.test(which);
    const nextWithThe = /^the\s+next$/i.test(which);
    const since = sinceBefore(context, index);
    const off = offset;
    return {
      kind: 'relative-period',
      resolve: ({ dct, anchor, tense, at }) => {
        // "the following year", and "the next year" told in the past, count from the narrative's last date.
        const useAnchor = (following || previous || (nextWithThe && tense === 'past')) && anchor !== null;
        // "The following week the club sacked its manager" with no date before it: after a date the story does not
        // give, and before publication, not the week after it
        if ((following || nextWithThe) && anchor === null && tense === 'past')
          return unplacedReading(
            unknownValue(unit),
            `"${match[0]}" counts from a date the story does not give (past tense, no date before it)`,
            pointMod?.mod,
          );
        // "began on March 3 and lasted until the end of the month": an edge of the month (week, year) told in the
        // sentence of the date the story has just placed is that date's month
        const told =
          !useAnchor &&
          pointMod &&
          /^the$/i.test(which.trim()) &&
          tellsItsUnit(anchor, unit, dct, tense, context.text, index, at)
            ? anchor
            : null;
        if (useAnchor && !pointMod) {
          const kept = keptByCoarserAnchor(anchor, unit, off, match[0]);
          if (kept) return kept;
          // "In 1990 the firm was founded; over the following decade it grew": the ten years after that year, as
          // "the next decade" told in the past is, not the 2000s (after a decade, "the following decade" is the next one)
          if (
            following &&
            (unit === 'decade' || unit === 'century') &&
            granularityRank(anchor.period.granularity) < granularityRank(unit)
          )
            return stretchAfter(anchor, unit, match[0]);
        }
        const base = useAnchor ? anchor.period.first : told ? told.period.first : dct;
        if (!base)
          return unplacedReading(unknownValue(unit), `"${match[0]}" needs the publication date`, pointMod?.mod);
        if (pointMod && /^(?:the\s+)?turn\b/i.test(modText!) && /^the$/i.test(which.trim()) && dct)
          return turnReading(unit, dct, match[0], tense);
        let shift = off;
        // "since the end of the year" (the year before), "will begin at the start of the month" (the next one)
        if (
          pointMod &&
          /^the$/i.test(which.trim()) &&
          !useAnchor &&
          !told &&
          dct &&
          ['START', 'END'].includes(pointMod.mod)
        )
          shift = edgeShift(unit, dct, pointMod.mod, tense, since);
        // "a loss of $8.6 billion for the entire year" told in January: the year just completed
        if (
          /^(full|entire|whole|fiscal)\s/.test(unitWord) &&
          /^the$/i.test(which.trim()) &&
          !pointMod &&
          dct &&
          dct.m <= 3 &&
          tense === 'past'
        )
          shift = -1;
        if (unit === 'weekend' && /^the$/i.test(which.trim())) {
          // "over the weekend": the last one in past tense, the next one in future tense
          shift = tense === 'future' || isoWeekdayOf(base) >= 6 ? 0 : -1;
        }
        const period = periodAt(unit, base, shift);
        const from = useAnchor
          ? `the date in ${anchor.id}`
          : told
            ? `the date in ${told.id} (${told.period.value}), told just before`
            : `the publication date (${humanDay(base)})`;
        const edge =
          shift !== off && unit !== 'weekend' ? `, the one ${shift < off ? 'before' : 'after'} by tense` : '';
        const reading = dateReading(period, `"${which} ${unitWord}" counted from ${from}${edge}`, pointMod?.mod);
        if (pointMod)
          Object.assign(
            reading,
            narrowed(period, pointMod.mod, { relativeToNow: pointMod.relativeToNow, dct, half: pointMod.half }),
          );
        if (useAnchor || told) reading.usedAnchor = true;
        return reading;
      },
    };
  }
}

/**
 * "In March the board met. The following week it resigned": a week after some day of March only tells the month, as
 * "a week later" does; the period of the anchor that its middle day, moved by one unit, falls in.  Null when the anchor
 * is not coarser than the unit, or is no such period (a day, a week).
 */
function keptByCoarserAnchor(anchor: Anchor, unit: PeriodUnit, shift: number, text: string): Reading | null {
  const coarse = anchor.period.granularity;
  if (!KEPT_UNITS.has(coarse) || granularityRank(coarse) <= granularityRank(unit === 'weekend' ? 'day' : unit))
    return null;
  const moved = periodAt(unit, middleDay(anchor.period), shift).first;
  const period = periodAt(coarse as PeriodUnit, moved, 0);
  const reading = dateReading(
    period,
    `"${text}" counted from the date in ${anchor.id} (${anchor.period.value}): only its ${coarse} is told`,
  );
  reading.usedAnchor = true;
  return reading;
}

/** The periods a date counted from a coarser one keeps. */
const KEPT_UNITS = new Set(['month', 'season', 'quarter', 'half', 'year', 'decade', 'century']);

/** "the following decade" after a year: the ten (a hundred) years that follow the anchor's period, a length. */
function stretchAfter(anchor: Anchor, unit: 'decade' | 'century', text: string): Reading {
  const start = parseIsoDay(anchor.period.to.slice(0, 10))!;
  const end = addMonths(start, unit === 'decade' ? 120 : 1200);
  const value = unit === 'decade' ? 'P10Y' : 'P100Y';
  return {
    type: 'DURATION',
    value,
    from: isoDay(start),
    to: isoDay(end),
    granularity: 'day',
    usedAnchor: true,
    anchorable: false,
    why: `"${text}" (${value}): the stretch after the date of ${anchor.id} (${anchor.period.value}), ${isoDay(start)} to ${isoDay(end)}`,
  };
}
