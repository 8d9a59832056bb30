/**
 * Durations: "three weeks" (P3W), "10 days", "the past two months" (P2M, placed before publication),
 * "the next few days" (PXD), "more than four hours" (PT4H, MORE_THAN), "two-year" (P2Y), "a decade" (P10Y),
 * "for years" (PXY), "recent years" (PXY), "the nine months" (the determiner belongs to the span). A duration that fixes a start is placed: "now in its sixth year"
 * (span "its sixth year", P6Y, from the start of the sixth year back, up to the publication date).
 * Not durations: ages ("30-year-old"), "a second time".
 */
import {
  addDays,
  addMonths,
  dayPeriod,
  compareDays,
  epochMinute,
  humanDay,
  isoDay,
  isoMinute,
  parseIsoClock,
  parseIsoDay,
  type Clock,
  type Day,
} from '../calendar.js';
import type { Anchor, Frame, Reading } from '../frame.js';
import type { Granularity } from '../../types.js';
import { dayOf, moved } from '../periods.js';
import {
  durationValue,
  AMOUNT,
  ORDINAL,
  parseNumber,
  parseOrdinal,
  parseQuantMod,
  parseUnit,
  QUANT_MOD,
  NUMBER,
  QUANTITY_START_WORDS,
  UNIT,
  unitCount,
  VAGUE_AMOUNT,
  type Unit,
} from '../words.js';
import { textAfter, textBefore, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';
import { isClockHours } from './time-parser.js';
import { clockShifted, shifted } from './ago-parser.js';
import { isRollingPast } from './relative-period-parser.js';
import { startWords, triggers } from '../word-index.js';
import { clauseStartBefore, isClauseEnd } from '../clause-bounds.js';
import { comparedIn } from '../refiners/comparison-refiner.js';
import { namedEventDate } from '../named-event.js';

/** "to", a modal or "not" before "last": the verb ("could last three weeks"), not "the last three weeks". */
export const BEFORE_LAST_THE_VERB =
  /\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n't)\s+$/i;

/**
 * The words of a window that a range of lengths fills ("the next six to eight weeks", "the past two or three years"):
 * ahead of publication, or up to it. One list for the first end's span, the second end's window and the event.
 */
export const RANGE_WINDOW = 'next|coming|following|past|last|previous';
const WINDOW =
  '(?:the\\s+)?(year-earlier|year-ago|past|last|next|first|coming|previous|following|final|remaining|latest|initial|ensuing|recent|preceding)';
const PATTERN = new RegExp(
  // 1 quant mod, 2 window, 3 amount, 4 unit; a determiner before an amount is in the span ("the nine months")
  // (a bare singular unit never starts a duration: failing there at once keeps the scan cheap)
  `(?!(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)(?![\\w-]))(?:(${QUANT_MOD})\\s+)?(?:${WINDOW}\\s+|the\\s+(?=(?:${AMOUNT}|${VAGUE_AMOUNT})\\s))?(?:(${AMOUNT}|${VAGUE_AMOUNT})\\s+)?(?:(?:more|additional|straight|consecutive|full|long|whole|trading|business|calendar|working|school|more\\s+long)\\s+)?(${UNIT})(?:\\s+and\\s+an?\\s+half)?(?![\\w-])` +
    // 5 adjectival amount, 6 adjectival unit ("two-year", "10-day", and cut short: "4-yr", "6-wk", "12-hr")
    `|(${AMOUNT}|single)-(second|minute|hour|day|week|month|year|decade|yr|wk|hr)(?:-long)?(?![\\w-]|-old)` +
    // "decades-long", "years-long"
    `|(seconds|minutes|hours|days|weeks|months|years|decades)-long(?![\\w-])` +
    // 7 ordinal of "its sixth year"
    `|its\\s+(${ORDINAL})\\s+(year|month|week|day|decade)(?![\\w-])` +
    // 10 "over the years": an open stretch of the past (the preposition stays out of the span)
    `|(?:over|through|throughout)\\s+the\\s+(years|decades|centuries)(?![\\w-])` +
    // 11 "within the hour": the sixty minutes after now (the preposition stays out of the span)
    `|within\\s+the\\s+(hour)(?![\\w-])` +
    // 12 window, 13 first end, 14 unit of "the next six to eight weeks": the first end of a range of lengths with its
    // window, in its span as in "the next six weeks" (the length-range parser reads the bare "six to eight weeks")
    `|the\\s+(${RANGE_WINDOW})\\s+(${NUMBER})(?=\\s*(?:and|to|or|-|–)\\s*(?:${NUMBER})\\s+(?:more\\s+|additional\\s+)?(${UNIT})(?![\\w-]))`,
  'i',
);

/** "$500 million a year", "24 hours a day", "four flights a week": a rate, not a duration. */
const RATE_BEFORE = /(?:\d|million|billion|trillion|percent|%|dollars|cents|times|once|twice)(?:\s+[a-z-]+){0,2}\s*$/i;
/** A preposition right before "a week": "in a week", "within a day" is a length, not a rate ("$35 a night"). */
const LENGTH_PREPOSITION_BEFORE = /\b(?:in|within|for|over|during|after|under|inside)\s+$/i;
/** "2 weeks and a day", "1 day and an hour": the next part of a length told in parts, not a rate. */
const LENGTH_PART_BEFORE = new RegExp(`\\d\\s+${UNIT},?\\s+and\\s+$`, 'i');

/** Verbs (and "for") that make what follows a length of time, even before "before"/"after" ("take a week before…"). */
const LENGTH_VERB_BEFORE =
  /\b(?:take|takes|took|taken|taking|wait|waits|waited|waiting|spend|spends|spent|spending|last|lasts|lasted|lasting|need|needs|needed|for)\s+$/i;

/**
 * Before "three days after …": the story's event named again as the subject of "came", "comes", "happened" ("The
 * attack came", "The move comes", "The results come", "It happened"), at the start of its sentence.
 */
const LEAD_EVENT_BEFORE =
  /(?:^|[.!?]["'”’]?\s+)(?:the|this|that|these|those|it|its)\s+(?:[a-z-]+\s+){0,2}(?:came|comes|come|happened|occurred|followed|follows|follow)\s+(?:(?:just|only|barely|exactly|some|about|nearly|almost|more\s+than|less\s+than)\s+)?$/i;

/** The present of LEAD_EVENT_BEFORE's verbs, and a focus word, right before the length. */
const PRESENT_LEAD_BEFORE = /\b(?:comes|come|follows|follow)\s+(?:[a-z]+\s+)?$/i;

/** After "three days after …": the rest of the clause names the date of what it tells ("… was issued on June 10"). */
const DATED_CLAUSE_AFTER =
  /^[^.;!?]*?\b(?:on|in)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{4}\b)/i;

/** Before a length that opens its clause: nothing but a quotation mark, a conjunction, "then", "just", "some". */
const CLAUSE_OPENING =
  /^[\s"“'‘(]*(?:(?:and|but|then|so|yet)\s+)?(?:(?:just|only|some|about|nearly|almost|exactly)\s+)?$/i;

const UNIT_AND_A_HALF = /[a-z]\s+and\s+an?\s+half$/i;

/**
 * Before "over" and a length, an amount, a verb of spreading or a count of things: "over" is the stretch, not "more
 * than" ("$5 billion over five years", "nine hours over two days", "three meetings over a week").
 */
const SPREAD_OVER_BEFORE =
  /(?:\d%?|percent|%|million|billion|trillion|bn|euros?|dollars?|pounds?|yen|spread|spread\s+out|phased\s+in|staggered|paid|payable|repaid|amortized|amortised|raise|rise|increase|cut|cuts|savings|hours|minutes|days|weeks|months|times|sessions|meetings|rounds|games|matches|goals|points)\s+$/i;

/** Bare plurals ("years") are durations only after these words. */
const BARE_PLURAL_BEFORE =
  /\b(for|over|in|within|after|took|take|takes|taken|lasted|lasts|spent|spend|spends|wait|waits|waited|waiting|about|nearly|almost|recent)\s+$/;

/** The words of words.ts UNIT, as runs of letters: every length of time holds one. */
export const UNIT_WORDS =
  'second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries millennium millennia yr yrs qtr qtrs wk wks mos mo hr hrs min mins sec secs';

/** Before a title written with a number ("CBS's '60 Minutes'"): a word in lower case, then no end of a sentence. */
const TITLE_BEFORE = /\b[a-z]{2,}\b[^.!?:]*$/;

export class DurationParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The units (words.ts UNIT) and the adjectival ones ("10-day"). */
  protected override readonly triggerWords = triggers(UNIT_WORDS);
  /** Every duration ends with its unit, at most a quantity modifier, a window word and an amount after its start. */
  override readonly keywordLead = 100;
  /**
   * The first words of a duration: a quantity modifier (QUANT_MOD), a window word (WINDOW), "the", an amount
   * (words.ts AMOUNT, VAGUE_AMOUNT: digits or words), a modifier of the unit ("consecutive"), the unit itself,
   * "single", "its", "over"/"through"/"throughout".
   */
  protected override readonly startWords = startWords(
    `${QUANTITY_START_WORDS} the year past last next first coming previous following final remaining latest initial ` +
      'ensuing recent preceding additional straight consecutive full long whole trading business calendar working ' +
      `school single its through throughout within ${this.triggerWords.words.join(' ')}`,
    true,
  );

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | FrameMatch | null {
    if (match[8]) return ordinalFrame(match);
    if (match[10]) {
      const v = durationValue(null, parseUnit(match[10])!);
      const skip = match[0].search(/the\s/i);
      return {
        frame: {
          kind: 'duration',
          resolve: () => ({ type: 'DURATION', value: v, why: durationWhy(match[0].slice(skip), v), anchorable: false }),
        },
        skip,
      };
    }
    if (match[11]) return withinTheHour(match);
    if (match[13]) return windowedFirstEnd(match);
    if (match[7]) {
      const vagueUnit = parseUnit(match[7])!;
      const v = durationValue(null, vagueUnit);
      return {
        kind: 'duration',
        resolve: () => ({ type: 'DURATION', value: v, why: durationWhy(match[0], v), anchorable: false }),
      };
    }
    const adjectival = !!match[5];
    const quantText = match[1];
    const window = match[2]?.toLowerCase();
    const amountText = adjectival ? match[5]! : match[3];
    const unitText = adjectival ? match[6]! : match[4]!;
    const unit = parseUnit(unitText);
    if (!unit) return null;
    const plural = /s$/i.test(unitText) || /centuries|millennia/i.test(unitText);
    let amount: number | null = null;
    // "on CBS's '60 Minutes'", "a guest on 48 Hours": a unit capitalised after a number, in a sentence written in lower
    // case, is a title's word, no length
    if (
      amountText &&
      /^\d/.test(amountText) &&
      /^[A-Z][a-z]/.test(unitText) &&
      TITLE_BEFORE.test(context.text.slice(Math.max(0, index - 40), index))
    )
      return null;
    // "14:58 hrs", "09.30 hours": a clock reading, no count of hours
    if (amountText && /\d[:.]$/.test(textBefore(context, index, 3))) return null;
    if (unit === 'hour' && amountText && /^\d{2}\.[0-5]\d$/.test(amountText)) return null;
    // "at 1800 hours", "0430 hrs": a 24-hour clock (time parser), no count of hours
    if (
      unit === 'hour' &&
      amountText &&
      isClockHours(amountText, textBefore(context, index, 20), textAfter(context, index + match[0].length, 12))
    )
      return null;
    if (amountText) {
      // "a couple of years" is two (TimeML); "a minute and a half", "an hour and a half" add the half
      amount = /couple/i.test(amountText) ? 2 : /^single$/i.test(amountText) ? 1 : parseNumber(amountText);
      if (amount !== null && !adjectival && UNIT_AND_A_HALF.test(match[0])) amount += 0.5;
      if (amount !== null) amount *= unitCount(unitText); // a fortnight is two weeks
      if (amount === null && !/few|several|couple|some|many|number|dozens|hundreds/i.test(amountText)) return null;
      if (/^(a|an)$/i.test(amountText) && (unit === 'second' || plural)) return null; // "a second time", "a days"
      // "for the twenty-second time", "his forty second goal": after a determiner, tens and "second" make an ordinal
      if (
        unit === 'second' &&
        !plural &&
        /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/i.test(amountText) &&
        (/^the\s/i.test(match[0]) || /\b(?:the|his|her|its|their|our|my|your)\s+$/.test(textBefore(context, index, 8)))
      )
        return null;
      if (amount !== null && amount > 10_000) return null;
      if (/^\d{4}$/.test(amountText) && Number(amountText) >= 1000) return null; // a year, as in: the 1988 quarter
      if (/^some$/i.test(amountText) && !plural) return null;
    } else if (!window) {
      // bare unit: "years", "weeks" only in duration contexts; singular bare units are not timexes
      const end = index + match[0].length;
      const followedByRelation = /^\s+(?:after|before|later|earlier|ago)\b/i.test(context.text.slice(end, end + 12));
      // a focus word between ("in just minutes") does not change what governs the length
      const before = textBefore(context, index, 20).replace(/\b(?:just|only|mere)\s+$/, '');
      if (!plural || !(BARE_PLURAL_BEFORE.test(before) || followedByRelation)) return null;
    } else if (window === 'recent' && !plural) {
      return null;
    } else if (/^fortnight$/i.test(unitText)) {
      // "the past fortnight", "over the next fortnight": two weeks, like "the past two weeks" (no calendar fortnight)
      amount = unitCount(unitText);
    } else if (!plural && !(unit === 'decade' || unit === 'century')) {
      // "last week" is a date (relative-period parser); "the past year", "over the last year" the 12 months, "the
      // past week" the seven days
      const article = /^the\s/i.test(match[0].slice(quantText?.length ?? 0).trimStart()) ? 'the ' : '';
      // "the next hour", "the coming hour": the sixty minutes after publication, as "the past hour" are those before
      // (no hour of the clock is meant)
      const hourAhead = unit === 'hour' && article !== '' && /^(?:next|coming)$/.test(window);
      if (!hourAhead && !isRollingPast(unit, article + window, textBefore(context, index, 24))) return null;
    }
    if (window === 'recent' && amountText) return null;
    if (window) {
      // "following a week of rain", "following two days of talks": the preposition, not "the following two days"
      const windowAt = match[0].toLowerCase().lastIndexOf(window, match[0].length - unitText.length);
      const before = textBefore(context, index, 12) + match[0].slice(0, windowAt).toLowerCase();
      if (window === 'following' && !/\b(?:the|its|his|her|their|our|this)\s+$/.test(before)) return null;
      // "past a week": a window counts its units, it takes no "a"
      if (amountText && /^an?$/i.test(amountText)) return null;
      // "could last three weeks", "is expected to last two days": the verb, whose length starts after it
      if (window === 'last' && windowAt === 0 && BEFORE_LAST_THE_VERB.test(textBefore(context, index, 12))) return null;
    }
    const tail = context.text.slice(index + match[0].length, index + match[0].length + 8);
    if (/^[\s-]+old\b/i.test(tail)) return null; // "52 years old" is an age
    // "patients aged 65 years and over", "children ages 6 months and older": an age bracket, not a length
    if (/\b(?:aged?|ages)\s+(?:(?:between|from|under|over)\s+)?$/i.test(textBefore(context, index, 20))) return null;
    // "waited a long time for a night like this", "a year like no other": a kind of day, not a length
    if (amountText && /^an?$/i.test(amountText) && /^\s+like\b/i.test(tail)) return null;
    // "a quarter of the dealers" is a fraction; "several quarters of losses", "two straight quarters of growth" are not
    const counted =
      (amountText !== undefined && parseNumber(amountText) === null) || /\b(?:consecutive|straight)\s/i.test(match[0]);
    if (unit === 'quarter' && /^\s*,?\s*of\b/i.test(tail) && !counted) return null;
    const before24 = amountText ? textBefore(context, index, 24) : '';
    // (not after a quantity or a preposition: "54 letters in less than a week", "won 3 games in a week")
    if (
      amountText &&
      /^(a|an|per)$/i.test(amountText) &&
      !quantText &&
      !LENGTH_PREPOSITION_BEFORE.test(before24) &&
      RATE_BEFORE.test(before24) &&
      !(/^an?$/i.test(amountText) && LENGTH_PART_BEFORE.test(before24))
    )
      return null; // "$35 a night"
    if (/^(night|nights)$/i.test(unitText) && !amountText) return null;
    // "two night workers", "three night shifts": "night" before a plural noun names the noun's kind, and the count is
    // of the noun (not "a three night stay", a length before a singular noun)
    if (
      /^night$/i.test(unitText) &&
      amount !== null &&
      amount > 1 &&
      /^\s+[a-z]{3,}s\b/.test(textAfter(context, index + match[0].length, 24))
    )
      return null;
    const mod = parseQuantMod(quantText) ?? (/couple/i.test(amountText ?? '') ? 'APPROX' : undefined);
    // "the past decade", "the past year": one unit, placed like "the past two years" ("the past millennium": ten
    // centuries)
    if (amount === null && amountText === undefined && window && !plural) amount = unitCount(unitText);
    const vague = amountText !== undefined && amount === null;
    const value = durationValue(vague || (!amountText && plural) ? null : (amount ?? unitCount(unitText)), unit);
    // "the last six months of 2023", "the last two weeks of term": the end of another period (the event builder
    // places it inside the period that follows), not the stretch up to publication
    const partOf = /^(?:last|final)$/i.test(window ?? '') && /^\s+of\s/i.test(tail);
    // "over the next six to eight weeks": the window before the first end is the second end's too
    // (looked for only after the joining word of a range, which few lengths follow)
    const rangeWindow =
      !window && amount !== null && RANGE_JOIN_BEFORE.test(textBefore(context, index, 6))
        ? RANGE_WINDOW_BEFORE.exec(textBefore(context, index, 40))?.[1]?.toLowerCase()
        : undefined;
    const windowOfRange = window ?? rangeWindow;
    const dir = partOf
      ? 0
      : windowOfRange && /past|last|previous|recent|preceding/.test(windowOfRange)
        ? -1
        : windowOfRange && /next|coming|remaining|following|ensuing/.test(windowOfRange)
          ? 1
          : 0;
    // "recent years", "for years": vague plural with X
    // "over the past two months": "over" is the preposition, not "more than"
    // "$5 billion over five years", "a 9 percent raise over two years": "over" spreads an amount across the
    // length, it is no "more than" (as it is in "jailed for over two years")
    const overIsTheStretch =
      /^over$/i.test(quantText ?? '') &&
      (/^over\s+the\b/i.test(match[0]) || SPREAD_OVER_BEFORE.test(textBefore(context, index, 24)));
    // "a week after a halt": the halt lies a week before the narrative's date (read against the anchor)
    const spanEnd = index + match[0].length;
    // (not "it could take five days before the fire is contained": a length of time, counted from no date)
    const after24 = context.text.slice(spanEnd, spanEnd + 24);
    // (after the story's event told again, "The launch comes a year after sales of its last model slumped", any
    // clause may follow)
    const relationWord = LENGTH_VERB_BEFORE.test(textBefore(context, index, 16))
      ? undefined
      : (/^\s+(after|before)\s+(?:the|a|an|his|her|its|their|[a-z]+ing|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+)\s+[a-z]+)\b/i.exec(
          after24,
        )?.[1] ??
        (LEAD_EVENT_BEFORE.test(textBefore(context, index, 60))
          ? /^\s+(after|before)\s+[a-z]/i.exec(after24)?.[1]
          : undefined));
    // ("nine hours over two days before the verdict": the stretch the hours took, no date before another)
    const relation = overIsTheStretch ? undefined : relationWord?.toLowerCase();
    // "in two weeks", "within five days", "after 5 days" told of what is to come: a date ahead of publication
    // (not "after a week of rain", "within days of the attack": a length of something, or counted from it)
    const aheadBy =
      !window &&
      amount !== null &&
      !/^the\s/i.test(match[0]) &&
      !/^\s+of\b/i.test(context.text.slice(spanEnd, spanEnd + 4)) &&
      !comparedIn(context.text, index)
        ? (aheadWord(context, index, unit) as 'in' | 'within' | 'after' | undefined)
        : undefined;
    // (not the length of a tenure that ends, nor how fast a thing changed, nor the time a standard allows: "the
    // target of treating 92% of patients within 18 weeks")
    const ahead =
      (aheadBy === 'after' && tenureBefore(context, index, spanEnd, unit)) ||
      (aheadBy === 'in' && changeIn(textBefore(context, index, 48))) ||
      (aheadBy !== undefined && STANDARD_BEFORE.test(textBefore(context, index, 100)))
        ? undefined
        : aheadBy;
    // "a report in 2018 warned that the deck could fail within five years": what a dated report foresaw
    const foreseen = ahead ? foreseenBy(context.text, index) : undefined;
    // "The attack came", "The move comes", "This happened": the story's event, told again as a noun
    const leadEvent = relation !== undefined && LEAD_EVENT_BEFORE.test(textBefore(context, index, 60));
    // "This move comes a month after …": the event told again in the present is the news of the day
    const leadToday = leadEvent && PRESENT_LEAD_BEFORE.test(textBefore(context, index, 40));
    // "three days after a summons was served on March 4, 2003": the event after "after" has its own date
    const datedAfter = relation !== undefined && DATED_CLAUSE_AFTER.test(context.text.slice(spanEnd, spanEnd + 120));
    const frame: LengthFrame = {
      kind: 'duration',
      // a count of calendar units ("eight trading days" are not eight calendar days)
      // ("half an hour", "1.5 hours": a whole count of minutes)
      length:
        amount !== null && !window && !adjectival && !/\b(?:trading|business|working|school)\s/i.test(match[0])
          ? Number.isInteger(amount)
            ? { amount, unit }
            : unit === 'hour' && Number.isInteger(amount * 60)
              ? { amount: amount * 60, unit: 'minute' }
              : null
          : null,
      resolve: ({ dct, clock, anchor, tense, lead, placed: placedAnchors }) => {
        const reading: Reading = { type: 'DURATION', value, why: durationWhy(match[0], value), anchorable: false };
        if (mod && !overIsTheStretch) reading.mod = mod;
        // "was arrested in 1990 and spent the next two years in prison": told in the past after a date the story
        // placed before publication, the stretch after that date, not after publication (with no such date,
        // "has announced job cuts over the next four years" counts from publication)
        const storyDay =
          dir > 0 &&
          (frame.tense ?? tense) === 'past' &&
          anchor &&
          (!dct || anchor.period.to.slice(0, 10) <= isoDay(dct))
            ? parseIsoDay(anchor.period.to.slice(0, 10))
            : null;
        if (storyDay && amount !== null) {
          const placed = placeWindow(addDays(storyDay, -1), amount, unit, 1, null);
          if (placed.from && placed.to) {
            Object.assign(reading, placed);
            reading.usedAnchor = true;
            reading.why = `"${match[0]}" (${value}) told in the past: the stretch after the date of ${anchor!.id} (${anchor!.period.value}), ${placed.from} to ${placed.to}`;
          }
        } else if (dct && dir !== 0 && amount !== null && window !== 'recent') {
          const placed = placeWindow(dct, amount, unit, dir, clock);
          if (placed.from && placed.to) {
            Object.assign(reading, placed);
            reading.why = `"${match[0]}" (${value}): the stretch ${dir < 0 ? 'up to' : 'after'} publication, ${placed.from} to ${placed.to}`;
          }
        }
        if (frame.countFrom && frame.length) {
          const { frame: dayFrame, sign, words } = frame.countFrom;
          // "two hours after noon", "ten minutes before midnight": the minute the length lands on, on the clock
          // time's day
          if (dayFrame.kind === 'time' || dayFrame.kind === 'date-time') {
            const at = dayFrame.resolve({ dct, clock, anchor, tense: dayFrame.tense ?? tense, at: undefined });
            const day = parseIsoDay(at?.period?.from);
            const minute = parseIsoClock(at?.period?.from);
            const landed = day && minute && clockShifted(day, minute, frame.length.amount, frame.length.unit, sign);
            if (landed) {
              Object.assign(reading, { from: landed.from, to: landed.to, granularity: landed.granularity });
              reading.why = `"${words}": ${match[0]} ${sign < 0 ? 'before' : 'after'} ${at!.value}, at ${landed.value}`;
              return reading;
            }
          }
          const found = dayOf(dayFrame, { dct, clock, anchor, tense: dayFrame.tense ?? tense, at: undefined });
          const day = found && moved(found.day, frame.length.amount, frame.length.unit, sign);
          // "the two weeks before Christmas", "the ten days after the vote": the stretch between the day and the
          // date the length lands on ("two weeks before Christmas" is that date alone)
          if (found && day && /^the\s/i.test(match[0])) {
            const [from, to] = stretchBeside(found.day, day, sign);
            Object.assign(reading, { from: isoDay(from), to: isoDay(to), granularity: 'day' });
            reading.why = `"${words}": the stretch of ${match[0].replace(/^the\s+/i, '')} ${sign < 0 ? 'up to' : 'after'} ${found.reading.value}, ${isoDay(from)} to ${isoDay(to)}`;
            return reading;
          }
          // "the five years from April 2027", "the 12 months from January": the stretch that opens with a longer period
          if (!found && sign > 0 && /^the\s/i.test(match[0]) && FROM_IN_WORDS.test(words)) {
            const opening = dayFrame.resolve({ dct, clock, anchor, tense: dayFrame.tense ?? tense, at: undefined });
            const start = opening?.period?.first;
            const end = start && moved(start, frame.length.amount, frame.length.unit, 1);
            if (end) {
              Object.assign(reading, { from: isoDay(start), to: isoDay(end), granularity: 'day' });
              reading.why = `"${words}": the stretch of ${match[0].replace(/^the\s+/i, '')} from the start of ${opening.value}, ${isoDay(start)} to ${isoDay(end)}`;
              return reading;
            }
          }
          if (found && day) {
            Object.assign(reading, { from: isoDay(day), to: isoDay(addDays(day, 1)), granularity: 'day' });
            reading.why = `"${words}": ${match[0]} ${sign < 0 ? 'before' : 'after'} ${found.reading.value}, on ${humanDay(day)}`;
            return reading;
          }
        }
        // (counted from the report's date when the anchor is that date: in the clause, before the verb of saying)
        const reportDay =
          foreseen &&
          anchor?.start !== undefined &&
          anchor.end !== undefined &&
          anchor.start >= foreseen.clauseStart &&
          anchor.end <= foreseen.verbAt &&
          datesTheSaying(foreseen, anchor.start, anchor.end) &&
          (!dct || anchor.period.to.slice(0, 10) <= isoDay(dct))
            ? parseIsoDay(anchor.period.from.slice(0, 10))
            : null;
        if (reportDay && ahead && amount !== null) {
          const placed =
            ahead === 'within'
              ? placeWindow(addDays(reportDay, -1), amount, unit, 1, null)
              : placeAhead(reportDay, amount, unit, null);
          if (placed.from && placed.to) {
            Object.assign(reading, placed);
            reading.usedAnchor = true;
            reading.why = `"${ahead} ${match[0]}" foreseen in the past, by what ${anchor!.id} (${anchor!.period.value}) dates: ${ahead === 'within' ? 'the stretch' : 'the date'} ${match[0]} after it, ${placed.from}${ahead === 'within' ? ` to ${placed.to}` : ''}`;
          }
        } else if (dct && ahead && amount !== null && (frame.tense ?? tense) !== 'past') {
          const placed =
            ahead === 'within' ? placeWindow(dct, amount, unit, 1, clock) : placeAhead(dct, amount, unit, clock);
          if (placed.from && placed.to) {
            Object.assign(reading, placed);
            reading.why = `"${ahead} ${match[0]}" told of what is to come: ${ahead === 'within' ? 'the stretch' : 'the date'} ${match[0]} after publication (${humanDay(dct)}), ${placed.from}${ahead === 'within' ? ` to ${placed.to}` : ''}`;
          }
        }
        // "The attack came three days after …": the story's lead event, whatever dates were told since
        // (told in the present with no day of the story before it: the news of publication day, not the last date)
        const today = relation && leadEvent && !lead && leadToday && dct ? { id: '', period: dayPeriod(dct) } : null;
        let from = today ?? (relation && lead && leadEvent ? lead : anchor);
        // "He died in 2004. Four years after his death, she closed the practice": the date told in an earlier clause
        // is what "after" names, and the clause the length dates lies that much after it. In the date's own clause
        // ("appeared in court on Monday, three days after his arrest") or after the story's event told again ("The
        // attack came three days after …"), the date is the clause's, and what follows "after" lies before it.
        // (the length opens its clause: after the verb, "The move … came a week after a halt", the clause may tell
        // again what the earlier date placed)
        const clauseStart =
          from === anchor && !leadEvent && anchor?.end !== undefined
            ? clauseStartBefore(context.text, index, index - anchor.end + 1)
            : -1;
        // "Two weeks before his arrest, …", "… sacked him a year after his appointment": an earlier clause that tells
        // the event named ("Hale was arrested in January 2021") dates it, whatever the story told since
        const named =
          relation && clauseStart >= 0 && anchor!.end! <= clauseStart && placedAnchors
            ? namedEventDate(
                context.text,
                spanEnd + after24.toLowerCase().indexOf(relation) + relation.length,
                clauseStart,
                placedAnchors,
              )
            : null;
        if (named) from = named;
        let narrative =
          named !== null ||
          (clauseStart >= 0 &&
            anchor!.end! <= clauseStart &&
            CLAUSE_OPENING.test(context.text.slice(clauseStart, index)));
        if (relation && from && !datedAfter && amount !== null && Number.isInteger(amount) && !window) {
          let placed = placeRelated(from, amount, unit, (relation === 'after') === narrative ? 1 : -1, dct);
          // ("Nearly three weeks after the Sixers ended their season, King decided to fire O'Brien", after "yesterday":
          // a clause the story tells as done lies no later than publication, so it tells again what the date placed)
          if (narrative && placed && dct && placed.from > isoDay(dct)) {
            narrative = false;
            placed = placeRelated(from, amount, unit, relation === 'after' ? -1 : 1, dct);
          }
          const later = (relation === 'after') === narrative;
          if (placed) {
            Object.assign(reading, placed);
            reading.usedAnchor = true;
            if (from !== anchor && !today) reading.anchorId = from.id;
            if (named) reading.anchorId = named.id;
            const told = today
              ? `publication (${from.period.value}), the day of the story's event told again`
              : `the date of ${from.id} (${from.period.value}${named ? ', the event named' : from !== anchor ? ", the story's lead event" : ''})`;
            reading.why = narrative
              ? `"${match[0]} ${relation}" counts from ${told}, told in an earlier clause: what it dates lies ${match[0]} ${relation} it, so from ${placed.from} to ${placed.to}`
              : `"${match[0]} ${relation}": what follows lies ${match[0]} ${later ? 'after' : 'before'} ${told}, so from ${placed.from} to ${placed.to}`;
          }
        }
        return reading;
      },
    };
    return overIsTheStretch ? { frame, skip: match[0].length - match[0].replace(/^over\s+/i, '').length } : frame;
  }
}

/**
 * "the next six" of "the next six to eight weeks": the first end of a range of lengths (P6W), unplaced; the second
 * end, read with the window (RANGE_WINDOW_BEFORE), is the stretch the range fills.
 */
function windowedFirstEnd(match: RegExpMatchArray): Frame | null {
  const first = parseNumber(match[13]!);
  const unit = parseUnit(match[14]!);
  if (first === null || !unit || /^(?:a|an)$/i.test(match[13]!)) return null;
  const value = durationValue(first * unitCount(match[14]!), unit);
  const why = `"${match[0]}": the first end of a range of lengths ("${match[13]} … ${match[14]}"), ${value}; the stretch is the second end's`;
  return { kind: 'duration', resolve: () => ({ type: 'DURATION', value, why, anchorable: false }) };
}

/**
 * "within the hour": a length of one hour (`PT1H`, span "the hour"), the stretch after publication's clock time when
 * told of what is to come, like "within the next hour"; told in the past it is not placed.
 */
function withinTheHour(match: RegExpMatchArray): FrameMatch {
  const skip = match[0].search(/the\s/i);
  const frame: Frame = {
    kind: 'duration',
    resolve: ({ dct, clock, tense }) => {
      const reading: Reading = {
        type: 'DURATION',
        value: 'PT1H',
        why: durationWhy('the hour', 'PT1H'),
        anchorable: false,
      };
      const placed = dct && (frame.tense ?? tense) !== 'past' ? placeWindow(dct, 1, 'hour', 1, clock) : {};
      if (placed.from && placed.to) {
        Object.assign(reading, placed);
        reading.why = `"within the hour" told of what is to come: the hour after publication, ${placed.from} to ${placed.to}`;
      }
      return reading;
    },
  };
  return { frame, skip };
}

/**
 * Before the second end of a range of lengths, a window and the first end: "the next six to ", "the past two or ". The
 * window is "the" and a word of one ("could last six to eight weeks" is the verb).
 */
const RANGE_JOIN_BEFORE = /(?:\bto|\bor|\band|[-–])\s*$/i;
const RANGE_WINDOW_BEFORE = new RegExp(
  `\\bthe\\s+(${RANGE_WINDOW})\\s+(?:between\\s+)?(?:${NUMBER})\\s*(?:to|or|and|-|–)\\s*$`,
  'i',
);

const CLOCK_UNITS = new Set<Unit>(['second', 'minute', 'hour']);
/**
 * "in two to ", "after three or ": the first end of a range of lengths after a word that counts ahead (not "within":
 * the window of the last end alone would be the range's event).
 */
const AHEAD_RANGE_BEFORE = new RegExp(`\\b(in|after)\\s+(?:${NUMBER})\\s*(?:to|or|-|–)\\s*$`, 'i');

/**
 * "in", "within" or "after" right before a length, or "in" or "after" before the first end of a range of lengths it
 * closes ("in two to three weeks", "in three or four days": the last end is counted ahead as "in three weeks" is);
 * undefined otherwise.
 */
/**
 * A past verb of saying or foreseeing, then a conditional ("warned that parts of the deck could fail", "said the plant
 * would close"), up to a length ahead: what was foreseen then.
 */
const FORESEEN_BEFORE =
  /\b(?:warned|said|predicted|forecast|estimated|projected|concluded|found|suggested)\s+(?:that\s+)?[^.;!?]{0,100}?\b(?:could|would|might)\s+[^.;!?]{0,60}$/i;

/**
 * Where the verb of FORESEEN_BEFORE is, before the length at `index`, and where its clause starts (isClauseEnd, at most
 * 200 characters back): a date between them is the date of the saying.
 */
function foreseenBy(text: string, index: number): Foreseen | undefined {
  const from = Math.max(0, index - 200);
  const m = FORESEEN_BEFORE.exec(text.slice(from, index));
  if (!m) return undefined;
  const verbAt = from + m.index;
  let clauseStart = verbAt;
  while (clauseStart > from && !isClauseEnd(text, clauseStart - 1)) clauseStart--;
  return { verbAt, clauseStart, opening: text.slice(clauseStart, verbAt) };
}

interface Foreseen {
  /** Offset of the verb of saying. */
  verbAt: number;
  /** Offset of the start of its clause (or of the reach). */
  clauseStart: number;
  /** The clause up to the verb. */
  opening: string;
}

/** A preposition that opens a sentence with its date: "In March, the company said". */
const OPENING_PREPOSITION = /^\s*(?:in|on|at|during|by|last|earlier|this)\s+(?:the\s+)?$/i;

/**
 * Whether the date at [start, end) of the text, before the verb of saying, dates the saying: in its clause ("a report
 * in 2018 warned") or opening the sentence ("In March, the company said"), not in an aside of its own ("Founded in
 * 1990, the firm said").
 */
function datesTheSaying(foreseen: Foreseen, start: number, end: number): boolean {
  const { opening, clauseStart } = foreseen;
  return (
    !opening.slice(end - clauseStart).includes(',') || OPENING_PREPOSITION.test(opening.slice(0, start - clauseStart))
  );
}

function aheadWord(context: ParsingContext, index: number, unit: Unit): string | undefined {
  const before = textBefore(context, index, 10);
  const word = /\b(in|within|after)\s+$/.exec(before)?.[1];
  // (cheap first: a joiner right before; a range of clock lengths, "in 20 or 30 minutes", is left unplaced: the
  // event builder places a range of days or longer)
  if (word || !/(?:\bto|\bor|[-–])\s*$/.test(before) || CLOCK_UNITS.has(unit)) return word;
  return AHEAD_RANGE_BEFORE.exec(textBefore(context, index, 48))?.[1];
}

/**
 * A standard, a target or a right and what it asks to be done, before "in" or "within" and a length: "the target of
 * treating 92% of patients within 18 weeks", "the standard that 95% of patients are seen within four hours", "the
 * right to a refund within 30 days". The length is the time the standard allows, counted from no date of the story.
 */
const STANDARD_BEFORE =
  /\b(?:targets?|standards?|goals?|pledges?|guarantees?|rights?|requirements?|duty|obligations?)\s+(?:of|to|that|for)\s+(?:[\w'’%.,-]+\s+){0,10}(?:in|within)\s+$/i;

/**
 * A verb of leaving or closing before "after" and a count of years: "to quit in June after 30 years", "the bakery will
 * close after 120 years". The years are the length of what ends (a career, a business), mostly gone by: no date ahead.
 */
const LEAVING_BEFORE =
  /\b(?:quit|quits|quitting|retire|retires|retiring|resign|resigns|resigning|leave|leaves|leaving|depart|departs|departing|close|closes|closing|shut|shuts|shutting|end|ends|ending|(?:step|steps|stepping|stand|stands|standing|bow|bows|bowing)\s+(?:down|aside|out)|hang\s+up)\b[^.;:!?]*\bafter\s+$/i;
/** After a count of years, the tenure it is the length of: "after 40 years in office", "at the helm", "in the job". */
const TENURE_AFTER =
  /^\s+(?:in\s+(?:office|charge|power|the\s+(?:job|post|role|service|force|business|trade))|at\s+the\s+(?:helm|top|club|firm|company))\b/i;

/**
 * A verb of change in the simple present, an amount maybe, and "in": "Flu cases double in a week", "Prices rise 5% in
 * a month" (headlines' present): how fast it changed, no date ahead (not after a modal or "to": "could double in a
 * week" looks ahead).
 */
const CHANGE_IN_BEFORE =
  /\b(?:double|doubles|triple|triples|quadruple|quadruples|halve|halves|soar|soars|surge|surges|jump|jumps|plunge|plunges|slump|slumps|tumble|tumbles|spike|spikes)\s+(?:by\s+)?(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?in\s+$/i;

/** Whether `before` (the text before a length) ends with a verb of change and "in", after no modal. */
function changeIn(before: string): boolean {
  const change = CHANGE_IN_BEFORE.exec(before);
  return change !== null && !MODAL_ENDS.test(before.slice(0, change.index));
}
/** A modal or "to" right before a verb: "could double", "set to soar". */
const MODAL_ENDS = /\b(?:will|would|could|can|may|might|should|to)\s+$/i;

/** Whether a count of years after "after" (at `index`, ending at `end`) is the length of a tenure that ends. */
function tenureBefore(context: ParsingContext, index: number, end: number, unit: Unit): boolean {
  if (unit !== 'year' && unit !== 'decade') return false;
  const before = textBefore(context, index, 60);
  if (!/\bafter\s+$/i.test(before)) return false;
  return LEAVING_BEFORE.test(before) || TENURE_AFTER.test(context.text.slice(end, end + 24));
}

/**
 * Before a length, what makes it how long its verb's event lasts, not how far a date lies from a day: "for" (and a
 * hedge), "last" ("walk out for 48 hours from Tuesday", "will last three days from Monday", "lasted five days").
 */
export const LASTING_BEFORE =
  /\b(?:for|last|lasts|lasted|lasting)\s+(?:(?:about|almost|nearly|some|at\s+least|up\s+to|more\s+than|over)\s+)?$/i;

/** "from" between a length and what it counts from ("the five years from April 2027"). */
const FROM_IN_WORDS = /\sfrom\s/i;

/**
 * The days between `day` and the date `landed` a length counted from it lands on, as [from, to): before the day, up
 * to it ("the two weeks before Christmas": 11–24 December); after it, from the day after ("the ten days after").
 */
export function stretchBeside(day: Day, landed: Day, sign: -1 | 1): [Day, Day] {
  return sign < 0 ? [landed, day] : [addDays(day, 1), addDays(landed, 1)];
}

/** A duration frame, with the count it names when that is a whole number of units ("two days", "a fortnight"). */
export interface LengthFrame extends Frame {
  length: { amount: number; unit: Unit } | null;
  /** The day the length counts from ("a week from Monday"), set by the day-offset refiner. */
  /** `onward`: weeks "on" a day ("a week on Friday"), British for weeks after the coming one: never told of the past. */
  countFrom?: { frame: Frame; sign: -1 | 1; words: string; onward?: boolean };
}

export function isLengthFrame(frame: Frame | undefined): frame is LengthFrame {
  return frame !== undefined && frame.kind === 'duration' && 'length' in frame && frame.length !== null;
}

function durationWhy(text: string, value: string): string {
  return `"${text}" is a length of time (${value}), not a date`;
}

/**
 * Where "a week after X" puts X: the anchor's stretch moved back (or forward, for "before") by the duration,
 * kept inside the anchor's own period when they overlap (a vote "this month" and a halt a week before it:
 * early in the month), and never after the publication day.
 */
/** Anchors too long for a count of days, weeks, months or quarters to place anything inside them. */
const COARSE_ANCHOR = /^(?:year|decade|century)$/;

function placeRelated(
  anchor: Anchor,
  amount: number,
  unit: Unit,
  sign: -1 | 1,
  dct: Day | null,
): { from: string; to: string; granularity: Granularity } | null {
  const shift = (d: Day): Day => {
    if (unit === 'day') return addDays(d, sign * amount);
    if (unit === 'week') return addDays(d, sign * amount * 7);
    if (unit === 'month') return addMonths(d, sign * amount);
    if (unit === 'quarter') return addMonths(d, sign * amount * 3);
    if (unit === 'year') return addMonths(d, sign * amount * 12);
    return d;
  };
  if (!['day', 'week', 'month', 'quarter', 'year'].includes(unit)) return null;
  // a part of a day ("Saturday afternoon") counts by its day; a clock time is too often on a day the story never named
  if (anchor.period.granularity === 'hour' || anchor.period.granularity === 'minute') return null;
  // "In 2020 the state was called two days after the election": days or months counted from a year land anywhere
  // in it, and the year is often the story's, not the event's ("two days after the break-in", told in 2005)
  if (unit !== 'year' && COARSE_ANCHOR.test(anchor.period.granularity)) return null;
  const start = parseIsoDay(anchor.period.from.slice(0, 10));
  const end = parseIsoDay(anchor.period.to.slice(0, 10));
  if (!start || !end) return null;
  // a part of a day is of the day it is named for ("Wednesday night" runs into Thursday morning)
  let lastDay = anchor.period.granularity === 'partOfDay' ? start : addDays(end, -1);
  if (dct && compareDays(lastDay, dct) > 0 && compareDays(start, dct) <= 0) lastDay = dct; // the anchor is told as past
  let from = shift(start);
  let to = addDays(shift(lastDay), 1);
  // keep the event inside the anchor's period when they overlap
  if (compareDays(to, start) > 0 && compareDays(from, addDays(lastDay, 1)) < 0) {
    if (compareDays(from, start) < 0) from = start;
    if (compareDays(to, addDays(lastDay, 1)) > 0) to = addDays(lastDay, 1);
  }
  if (compareDays(from, to) >= 0) return null;
  return { from: isoDay(from), to: isoDay(to), granularity: 'day' };
}

/**
 * "the past two months": the stretch that ends on the publication day (or starts after it); "the last two
 * hours", "the past half hour" end at the publication time when the publication date carries one.
 */
function placeWindow(
  dct: Day,
  amount: number,
  unit: Unit,
  dir: -1 | 1,
  clock?: Clock | null,
): Partial<Pick<Reading, 'from' | 'to' | 'granularity'>> {
  if (unit === 'second' || unit === 'minute' || unit === 'hour') {
    if (!clock) return {};
    const now = epochMinute(dct, clock.minute);
    const span = Math.round(amount * (unit === 'hour' ? 60 : unit === 'minute' ? 1 : 1 / 60));
    if (span < 1) return {};
    const [from, to] = dir < 0 ? [now - span, now] : [now, now + span];
    return { from: isoMinute(from), to: isoMinute(to), granularity: unit === 'hour' ? 'hour' : 'minute' };
  }
  const months =
    unit === 'month'
      ? amount
      : unit === 'quarter'
        ? amount * 3
        : unit === 'year'
          ? amount * 12
          : unit === 'decade'
            ? amount * 120
            : unit === 'century'
              ? amount * 1200
              : 0;
  const days = unit === 'day' ? amount : unit === 'week' ? amount * 7 : 0;
  // "the past 18 months", "the last quarter century" (300 months); "the past 2.5 days" is not placed
  if (!Number.isInteger(months) || !Number.isInteger(days)) return {};
  const next = addDays(dct, 1);
  if (dir < 0) {
    const start = months ? addMonths(next, -months) : addDays(next, -days);
    return { from: isoDay(start), to: isoDay(next), granularity: 'day' };
  }
  const end = months ? addMonths(next, months) : addDays(next, days);
  return { from: isoDay(next), to: isoDay(end), granularity: 'day' };
}

/** "in two weeks", "after 5 days": the day (month, year) that many units after publication, or the minute. */
function placeAhead(
  dct: Day,
  amount: number,
  unit: Unit,
  clock: Clock | null | undefined,
): Partial<Pick<Reading, 'from' | 'to' | 'granularity'>> {
  const onClock = clockShifted(dct, clock, amount, unit, 1);
  if (onClock) return { from: onClock.from, to: onClock.to, granularity: onClock.granularity };
  if (unit === 'second' || unit === 'minute' || unit === 'hour') return {};
  const period = shifted(dct, amount, unit, 1);
  return { from: period.from, to: period.to, granularity: period.granularity };
}

/** "its sixth year": P6Y, started in the year five years before publication (counting the current one). */
function ordinalFrame(match: RegExpMatchArray): Frame | null {
  const n = parseOrdinal(match[8]!);
  const unit = parseUnit(match[9]!);
  if (!n || !unit || n > 100) return null;
  const value = durationValue(n, unit);
  return {
    kind: 'duration-ordinal',
    resolve: ({ dct }) => {
      const reading: Reading = {
        type: 'DURATION',
        value,
        why: `"${match[0]}": a duration of ${value} up to publication`,
        anchorable: false,
      };
      if (!dct) return reading;
      let start: Day;
      if (unit === 'year') start = { y: dct.y - (n - 1), m: 1, d: 1 };
      else if (unit === 'decade') start = { y: dct.y - (n - 1) * 10, m: 1, d: 1 };
      else if (unit === 'month') start = addMonths({ y: dct.y, m: dct.m, d: 1 }, -(n - 1));
      else if (unit === 'week') start = addDays(dct, -(n - 1) * 7 - 6);
      else start = addDays(dct, -(n - 1));
      reading.from = isoDay(start);
      reading.to = isoDay(addDays(dct, 1));
      reading.granularity = unit === 'year' || unit === 'decade' ? 'year' : unit === 'month' ? 'month' : 'day';
      reading.why = `"${match[0]}" (${value}) places a start in ${unit === 'year' ? start.y : isoDay(start)}, running up to publication`;
      return reading;
    },
  };
}
