/**
 * Weekdays, placed by tense and position: past tense -> the most recent one on or before the publication day
 * ("on Monday" in a Monday story is that day), future tense -> the next one on or after it, present -> the
 * nearest. "last Friday" is strictly before, "next Friday" strictly after, "this Friday" in the publication
 * week; "the previous Friday" counts from the narrative's last date. A part of day makes a TIME
 * ("Saturday evening" -> 2016-10-15TEV); "overnight Tuesday" is the night into Tuesday, "the early hours of
 * Friday" its hours before dawn (the day, with TimeML's START).
 */
import {
  addDays,
  dayPeriod,
  epochDay,
  hoursBeforeDawn,
  humanDay,
  isoWeekday,
  partOfDayPeriod,
  WEEKDAY_NAMES,
  type Day,
} from '../calendar.js';
import type { Frame, Tense } from '../frame.js';
import { dateReading, direction, isDayOrFiner, tenseWord, unplacedReading } from '../periods.js';
import { DAY_PREPOSITIONS, parseWeekday, THAT_DATE_ENDS, WEEKDAY, WEEKDAY_SHORT } from '../words.js';
import { PART_OF_DAY } from './day-ref-parser.js';
import { startWords, triggers } from '../word-index.js';
import { ZONE_WORD } from '../zones.js';
import { textAfter, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';
import { writesSentencesInLowerCase } from '../../sentences.js';

/** An abbreviation without its dot, before a clock time: "Thu at 8 GMT", "Fri 14:00" (schedules, listings). */
const CLOCK_AFTER = `,?\\s+(?:at\\s+)?\\d{1,2}(?::\\d\\d(?!\\d)|(?::\\d\\d)?\\s*(?:[ap]\\.?\\s?m(?![\\w])|${ZONE_WORD}))`;
const ABBREVIATION_BEFORE_CLOCK = `${WEEKDAY_SHORT}(?=${CLOCK_AFTER})`;
/**
 * Abbreviations that are no English word ("mon", "tues", "weds", "thurs", "fri"), without their dot, where the words around
 * say a day is meant: after "next", "last", "this"… ("next thurs", "LAST MON") or before "this week" ("tues this
 * week"). "sat", "sun", "wed" are words ("who last sat", "this sun"): they keep the dot or a capital.
 */
const NO_WORD_SHORT = '(?:Mon|Tues?|Weds|Thu(?:rs?)?|Fri)';
/**
 * A preposition of time right before an abbreviation ("till thurs", "on tues"); "to" only after a verb that moves a
 * date ("moved to thurs", "postponed to Fri"): "fled to Mon" is a place.
 */
const PREPOSITION_OF_DAY = new RegExp(
  `\\b(?:${DAY_PREPOSITIONS}|(?:moved|postponed|pushed\\s+back|put\\s+back|brought\\s+forward|rescheduled|delayed|switched|shifted|changed)\\s+to)\\s+`,
);
/** Room for PREPOSITION_OF_DAY before an abbreviation ("brought forward to "). */
const PREPOSITION_REACH = 24;
const PREPOSITION_OF_DAY_BEFORE = new RegExp(
  `(?:${PREPOSITION_OF_DAY.source}|\\b${NO_WORD_SHORT}(?:\\s*[-–&]\\s*|\\s+(?:or|and|to)\\s+))$`,
  'i',
);
const SHORT_IN_CONTEXT =
  `(?<=\\b(?:last|past|this|next|coming|upcoming|following)\\s+)${NO_WORD_SHORT}(?![\\w.'’-])|` +
  `${NO_WORD_SHORT}(?=,?\\s+(?:of\\s+)?(?:last|this|next)\\s+week(?![\\w'’-]))|` +
  // "till thurs", "see you on tues!", "by fri at 5": after a preposition of time, where the phrase ends
  // (and the day joined to it: "on mon or tues", "from mon-fri")
  // (chrono reads on after each phrase from where it ended: read() looks for the first abbreviation)
  `(?<=(?:${PREPOSITION_OF_DAY.source}|[-–&]\\s*|\\b(?:or|and|to)\\s+))${NO_WORD_SHORT}(?=[^\\S\\n]*(?:[,;:!?)\\n]|$)|\\s*[-–]|\\s+(?:at|and|or|to|night|morning|afternoon|evening|\\d)\\b)|` +
  // "we fly out thurs morning", "fri night": before a part of the day
  `${NO_WORD_SHORT}(?=\\s+(?:early\\s+|late\\s+)?(?:morning|afternoon|lunchtime|evening|night)\\b)`;
/**
 * "wed", "sat", "sun" without their dot after "next", "this" or "last" ("crash last wed", "NEXT SAT", "party this
 * sat!"), where the phrase ends after them: the weekday. After "last" and "this", only a mark, a part of the day or a
 * number may follow ("who last sat on the bench" is the verb, "under this sun in the desert" the noun; read() also
 * asks that no pronoun come before). With no modifier, a part of the day after it: "back on sun night", "see u wed
 * afternoon".
 */
const WORD_SHORT_IN_CONTEXT =
  `(?<=\\b(?:next|coming)\\s+)(?:Wed|Sat|Sun)(?=[^\\S\\n]*(?:[,.;:!?)\\n]|$)|\\s+(?:at|in|on|and|or|to|from|night|morning|afternoon|evening|\\d)\\b)|` +
  `(?<=\\b(?:last|this)\\s+)(?:Wed|Sat|Sun)(?=[^\\S\\n]*(?:[,.;:!?)\\n]|$)|\\s+(?:night|morning|afternoon|evening|\\d)\\b)|` +
  // ("back on sun night", "on sat morning": after "on" and before a part of the day)
  `(?:Wed|Sat|Sun)(?=\\s+(?:night|morning|afternoon|evening)\\b)`;
const WORD_NAME = /^(?:wed|sat|sun)$/i;
/**
 * Before "last sat", "next wed": a subject, a modal or an article makes "sat" and "wed" the verbs and "sun" the noun
 * ("he last sat", "will next wed", "the last sun"); not the object of a greeting ("see you next wed").
 */
const VERB_SUBJECT_BEFORE =
  /\b(?:who|that|which|i|(?<!\b(?:see|meet|join|call)\s+)you|he|she|it|we|they|will|would|could|should|shall|may|might|must|can|to|the|a|an|his|her|its|their|our|my|your)\s+$/i;
const NO_WORD_NAME = new RegExp(`^${NO_WORD_SHORT}\\.?$`, 'i');
/** Modifiers after which an abbreviation with its dot is the weekday in any case ("next wed.", "NEXT SAT."). */
const AHEAD_MODIFIER = /^(?:next|coming|this coming|upcoming|this upcoming|the following|the next)$/;
/** Before a clock time an abbreviation is the weekday in any case ("tues 3pm", "THU AT 8 GMT"), not after "the": "the sun 5 pm glare". */
const CLOCK_FOLLOWS = new RegExp(`^${CLOCK_AFTER}`, 'i');

const PATTERN = new RegExp(
  // "early Monday", "overnight Tuesday", "overnight on Saturday" (the night into it: "rattled … overnight Thursday"
  // at 2:09 a.m. Thursday); after "the early hours of" the day's first hours (TimeML tags the day alone);
  // "Sunday overnight" is Sunday's night
  '(?:(?<=\\bthe\\s+(early|small|wee)\\s+hours\\s+of\\s+)|(?:(early|late|earlier|later)\\s+|(overnight(?:\\s+on)?)\\s+)?)' +
    // ("that Friday": the one in the week of the date the story last placed)
    // ("next week Thursday", "next week on Sunday": the week before the weekday, as "Thursday next week")
    '(?:((?:last|this|next)\\s+week(?:,?\\s+on)?|last|this\\s+past|this\\s+coming|this\\s+upcoming|upcoming|this|next|coming|past|the\\s+previous|the\\s+preceding|the\\s+following|the\\s+next|that)\\s+)?' +
    `(${WEEKDAY}|${ABBREVIATION_BEFORE_CLOCK}|${SHORT_IN_CONTEXT}|${WORD_SHORT_IN_CONTEXT})(s)?` +
    // "Friday late evening", "Tuesday early morning": the early or late part of the day's part
    '(?:\\s+(?:early\\s+|late\\s+)?(morning|forenoon|afternoon|lunchtime|evening|night|overnight))?' +
    // "Wednesday week": British for the Wednesday a week after the coming one; "Thursday of that week", "the
    // Monday of the following week": the week of the date the story last placed, or the one after or before it (after
    // "of" only: "said on Monday the next week would be crucial" names no week of Monday's)
    "(?:,?\\s+(?:of\\s+)?(last|this|next|(?<=\\bof\\s+)(?:that|the\\s+(?:following|next|previous|preceding|same))(?=\\s+week(?![\\w'’-])))\\s+week|\\s+(week)(?![\\w'’-]))?",
  'i',
);

/** "early" or "late" before the part of day after the weekday ("Friday late evening"). */
const PART_EDGE = /\s(early|late)\s+(?:morning|forenoon|afternoon|lunchtime|evening|night|overnight)\b/i;

/** After "overnight Friday": "into Saturday", "to Saturday", "and into Saturday" make it Friday's own night. */
const NIGHT_INTO = new RegExp(`^\\s+(?:and\\s+)?(?:into|to|through|till|until)\\s+(?:early\\s+)?${WEEKDAY}`, 'i');

/**
 * "On a Friday", "on a Sunday morning": some such day, not a date (not "on a Tuesday visit", "held a Monday
 * vigil": a weekday before its noun, a date of the thing).
 */
const INDEFINITE_BEFORE = /\bon\s+an?\s+$/i;
/** "June 1 (a Monday)", "on March 3, a Tuesday,": a weekday set beside a date says which weekday it is, no date of its own. */
const APPOSED_BEFORE = /(?:\(|\w,)\s*an?\s+$/i;
/**
 * After an indefinite weekday, a word that shows it is the noun, not before one: a mark, a preposition, a verb, the
 * period it is in ("falls on a Sunday next year").
 */
const WEEKDAY_AS_NOUN_AFTER =
  /^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:in|at|of|when|and|or|after|before|during|with|last|this|next|that|he|she|they|it|we)\b)/i;

/**
 * "closed on wed. with", "at 3 pm on sun. before": a lower-case abbreviation with its dot right after "on" is the
 * weekday when the sentence goes on after it (or the text writes its sentences in lower case); "relied on sun.
 * Water …" ends a sentence with the word.
 */
function abbreviationOnDay(name: string, context: ParsingContext, index: number): boolean {
  if (!/^[a-z]+\.$/.test(name) || !/\bon\s+$/i.test(context.text.slice(Math.max(0, index - 4), index))) return false;
  const end = index + name.length;
  return /^(?:,|\s+[a-z\d])/.test(context.text.slice(end, end + 3)) || writesSentencesInLowerCase(context.text);
}

/**
 * An abbreviation in any case with a modifier or a week after it: one that is no word ("next thurs", "LAST MON.",
 * "tues this week"); one that is a word, without its dot, where WORD_SHORT_IN_CONTEXT let it through and no subject
 * or article comes before (`before`: "crash last wed", not "he last sat"), or after "on" with a part of the day
 * (`part`: "on sun night"); or one with its dot after a modifier that looks ahead ("next wed.": not "who last sat.").
 */
function abbreviationInContext(
  name: string,
  modifier: string | undefined,
  week: string | undefined,
  before: string,
  part?: string,
): boolean {
  // (WORD_SHORT_IN_CONTEXT let it through with no modifier only before a part of the day: "back on sun night", "see u
  // wed afternoon"; not after a subject or an article: "they sat night after night", "the sun morning glare")
  if (WORD_NAME.test(name) && modifier === undefined && part !== undefined) return !VERB_SUBJECT_BEFORE.test(before);
  if (NO_WORD_NAME.test(name))
    return modifier !== undefined || week !== undefined || part !== undefined || PREPOSITION_OF_DAY_BEFORE.test(before);
  // (the pattern let "wed", "sat", "sun" through only after "next", "coming" or "last" and before the phrase's end)
  if (WORD_NAME.test(name) && modifier !== undefined) return !VERB_SUBJECT_BEFORE.test(before);
  return /\.$/.test(name) && AHEAD_MODIFIER.test(modifier?.toLowerCase().replace(/\s+/g, ' ') ?? '');
}

/** The weekday `wd` (1 = Monday) nearest `base` in direction `dir` (-1 on/before, 1 on/after, 0 nearest). */
export function weekdayNear(base: Day, wd: number, dir: -1 | 0 | 1, strict = false): Day {
  const delta = wd - isoWeekday(base); // -6..6
  let back = delta > 0 ? delta - 7 : delta; // on or before: -6..0
  let fwd = delta < 0 ? delta + 7 : delta; // on or after: 0..6
  if (strict && back === 0) back = -7;
  if (strict && fwd === 0) fwd = 7;
  if (dir < 0) return addDays(base, back);
  if (dir > 0) return addDays(base, fwd);
  return addDays(base, -back <= fwd ? back : fwd);
}

export class WeekdayParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** A weekday's name or abbreviation, after at most "earlier the following ". */
  protected override readonly triggerWords = triggers(
    'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays mon tue tues wed weds thu thur thurs fri sat sun',
  );
  override readonly keywordLead = 40;
  /**
   * The first words of a phrase: "early", "overnight", "last", "this", "that", "the" (of "the following"…), or the
   * weekday.
   */
  protected override readonly startWords = startWords(
    `early late earlier later overnight last this that upcoming next coming past the ${this.triggerWords.words.join(' ')}`,
  );

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | FrameMatch | null {
    const name = match[5]!;
    // in any case ("monday", "MONDAY": transcripts, headlines); an abbreviation that is also a word ("sat.",
    // "sun.", "wed.") counts alone only when capitalised as a weekday is
    const nameEnd = index + match[0].indexOf(name) + name.length;
    if (
      (/\.$/.test(name) || name.length < 6) &&
      !/^[A-Z][a-z]/.test(name) &&
      !abbreviationInContext(
        name,
        match[4],
        match[8],
        context.text.slice(Math.max(0, index - PREPOSITION_REACH), index),
        match[7],
      ) &&
      !abbreviationOnDay(name, context, index + match[0].indexOf(name)) &&
      !(
        !/\.$/.test(name) &&
        CLOCK_FOLLOWS.test(context.text.slice(nameEnd, nameEnd + 24)) &&
        !/\b(?:the|a|an|his|her|its|their|our|my|your)\s+$/i.test(context.text.slice(Math.max(0, index - 8), index))
      )
    )
      return null;
    // "Mon" without its dot and with no modifier, week or clock time: after a preposition of time or a day it is joined
    // to ("on Mon or Tues"), in any case ("Karen and Mon, Shan": a people's name)
    if (
      /^[A-Za-z]+$/.test(name) &&
      NO_WORD_NAME.test(name) &&
      !match[4] &&
      !match[7] &&
      !match[8] &&
      !PREPOSITION_OF_DAY_BEFORE.test(context.text.slice(Math.max(0, index - PREPOSITION_REACH), index)) &&
      !CLOCK_FOLLOWS.test(context.text.slice(nameEnd, nameEnd + 24))
    )
      return null;
    // "Black Monday", "Good Friday", "Ash Wednesday", "Patch Tuesday": named days, not the nearest weekday (the
    // names that are also words count capitalised only: "released a patch Tuesday" is that Tuesday; "Patch
    // Tuesday last week" is the Tuesday of last week)
    if (!match[2] && !match[4] && !match[8]) {
      const before = context.text.slice(Math.max(0, index - 10), index);
      if (
        /\b(?:black|cyber|good|holy|ash|maundy|whit|bloody|super|easter|palm)\s+$/i.test(before) ||
        /^[A-Z]/.test(/\b(?:patch|fat|giving|blue|manic|spy|ruby)\s+$/i.exec(before)?.[0] ?? '')
      )
        return null;
    }
    const wd = parseWeekday(name);
    if (!wd) return null;
    // "this upcoming Monday", "upcoming Monday": as "this coming Monday", the one after publication
    let which: string | undefined = match[4]
      ?.toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^(?:this )?upcoming$/, 'this coming');
    // the words before are not the weekday's, and the phrase is the day: "said that Friday would be a holiday" ("that"
    // opens a clause: a verb or a noun follows), "will work next week on Sunday's budget" ("on" goes with the verb, and
    // the possessive day is a noun's)
    let skip = 0;
    const notTheDays =
      which === 'that'
        ? !THAT_DATE_ENDS.test(textAfter(context, index + match[0].length, 12))
        : !!which && /\son$/.test(which) && /^['’]s\b/.test(context.text.slice(nameEnd, nameEnd + 3));
    if (notTheDays) {
      if (match[1] ?? match[2] ?? match[3]) return null;
      skip = match[0].indexOf(name);
      which = undefined;
    }
    const plural = !!match[6];
    // "overnight Tuesday": the night that ends on Tuesday morning, as wires write it ("rattled the city overnight
    // Thursday" at 2 a.m. Thursday); "overnight Friday into Saturday" is Friday's night
    const overnight = match[3] !== undefined;
    const nightOf =
      overnight && NIGHT_INTO.test(context.text.slice(index + match[0].length, index + match[0].length + 20));
    const part = match[7] ? PART_OF_DAY[match[7].toLowerCase()] : overnight ? PART_OF_DAY.overnight : undefined;
    // "next week Thursday", "last week Tuesday", "next week on Sunday": the week said before the weekday
    const weekBefore = /^(last|this|next)\s+week(?:,?\s+on)?$/.exec(which ?? '');
    if (weekBefore) which = undefined;
    const weekWord = weekBefore?.[1] ?? match[8]?.toLowerCase().replace(/\s+/g, ' ');
    if (weekBefore && match[8]) return null;
    // (not after "last", "next" or "this": "next Monday week" is rare and "this Monday week" unclear)
    const weekAfter = match[9] !== undefined && !which && !plural;
    if (match[9] !== undefined && !weekAfter) return null;
    // "the early hours of Friday": its start, the hours before dawn
    const smallHours = match[1] !== undefined;
    const partEdge = match[7] ? PART_EDGE.exec(match[0])?.[1] : undefined;
    const edge = match[2] ?? partEdge;
    const mod = edge ? (/^(early|earlier)$/i.test(edge) ? 'START' : 'END') : smallHours ? 'START' : undefined;
    if (plural) {
      if (which || weekWord) return null;
      const set: Frame = {
        kind: 'weekday-set',
        resolve: () => ({
          type: 'SET',
          value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}`,
          why: `every ${WEEKDAY_NAMES[wd - 1]}`,
          anchorable: false,
        }),
      };
      return skip ? { frame: set, skip } : set;
    }
    // "on a Friday", "one Sunday morning in June", "born on a Monday": some such weekday, not the nearest one
    if (
      !which &&
      !weekWord &&
      (INDEFINITE_BEFORE.test(context.text.slice(Math.max(0, index - 8), index)) ||
        APPOSED_BEFORE.test(context.text.slice(Math.max(0, index - 6), index))) &&
      WEEKDAY_AS_NOUN_AFTER.test(context.text.slice(index + match[0].length, index + match[0].length + 8))
    )
      return {
        kind: 'weekday-indefinite',
        resolve: () =>
          unplacedReading(
            `XXXX-WXX-${wd}${part ? `T${part}` : ''}`,
            `"${match[0]}" is some ${WEEKDAY_NAMES[wd - 1]}, not a date`,
            mod,
            part ? 'TIME' : 'DATE',
          ),
      };
    const frame: Frame = {
      kind: 'weekday',
      resolve: ({ dct, tense, anchor }) => {
        // ("that Friday", "the following Monday", "Thursday of that week": named from the date the story last placed)
        const anchored = isAnchoredWord(which);
        // ("Thursday of that week" after "last week": a week placed is anchor enough for a week of its own)
        const anchoredWeek = isAnchoredWord(weekWord);
        const useAnchor =
          (anchored || anchoredWeek) &&
          anchor !== null &&
          (isDayOrFiner(anchor.period.granularity) || (anchoredWeek && anchor.period.granularity === 'week'));
        const base = useAnchor ? anchor.period.first : dct;
        if (!base)
          return unplacedReading(
            `XXXX-WXX-${wd}${part ? `T${part}` : ''}`,
            `"${name}" needs the publication date`,
            mod,
          );
        const { day, why } = weekAfter
          ? {
              day: addDays(weekdayNear(base, wd, 1), 7),
              why: `"${name} week": the ${WEEKDAY_NAMES[wd - 1]} a week after the coming one, from ${humanDay(base)}`,
            }
          : place(
              base,
              wd,
              which,
              // (with no date placed before it, "that week" says no more than the weekday alone; "the following
              // week" is counted from publication, as it is alone)
              anchoredWeek && !useAnchor && ANCHORED_WEEK_SHIFT[weekWord] === 0 ? undefined : weekWord,
              frame.tense ?? tense,
              useAnchor ? anchor.id : null,
            );
        const period =
          overnight && !match[7]
            ? partOfDayPeriod(nightOf ? day : addDays(day, -1), part!)
            : smallHours
              ? hoursBeforeDawn(day, part)
              : part
                ? partOfDayPeriod(day, part)
                : dayPeriod(day);
        const said =
          overnight && !match[7]
            ? `${why}; "overnight": ${nightOf ? 'its night' : 'the night into it'}`
            : smallHours
              ? `${why}; its hours before dawn`
              : why;
        const reading = dateReading(period, said, mod);
        if (part) reading.type = 'TIME';
        if (useAnchor) reading.usedAnchor = true;
        return reading;
      },
    };
    return skip ? { frame, skip } : frame;
  }
}

/**
 * Words that name a day or a week from the date the story last placed ("that Friday", "the following Monday", "of the
 * following week"), with the shift in days of their week from that date's week.
 */
const ANCHORED_WEEK_SHIFT: Record<string, number> = {
  that: 0,
  'the same': 0,
  'the following': 7,
  'the next': 7,
  'the previous': -7,
  'the preceding': -7,
};

/** Whether `word` names its day or week from the date the story last placed (ANCHORED_WEEK_SHIFT). */
function isAnchoredWord(word: string | undefined): word is string {
  return word !== undefined && Object.hasOwn(ANCHORED_WEEK_SHIFT, word);
}

function place(
  base: Day,
  wd: number,
  which: string | undefined,
  weekWord: string | undefined,
  tense: Tense | null | undefined,
  anchorId: string | null,
): { day: Day; why: string } {
  const name = WEEKDAY_NAMES[wd - 1];
  const ref = anchorId ? `the date in ${anchorId}` : humanDay(base);
  if (weekWord || which === 'this' || which === 'coming') {
    const shift = weekWord === 'last' ? -7 : weekWord === 'next' ? 7 : (ANCHORED_WEEK_SHIFT[weekWord ?? ''] ?? 0);
    const monday = addDays(base, 1 - isoWeekday(base) + shift);
    const day = addDays(monday, wd - 1);
    // "this coming Sunday" / "coming Sunday" never lies in the past; nor does "this Tuesday" told in the future
    // once this week's has gone by ("will vote this Tuesday" on a Thursday: the coming one)
    if ((which === 'coming' || (which === 'this' && !weekWord && tense === 'future')) && epochDay(day) < epochDay(base))
      return { day: addDays(day, 7), why: `"${which} ${name}" ahead: this week's has gone by ${ref}` };
    return {
      day,
      why: `"${[which, name, weekWord && (isAnchoredWord(weekWord) ? 'of ' : '') + `${weekWord} week`].filter(Boolean).join(' ')}" in the week of ${ref}`,
    };
  }
  // "hit on Wednesday, March 3 … That Friday, …": the first one on or after the date the story last placed
  if (which === 'that' && anchorId)
    return { day: weekdayNear(base, wd, 1), why: `"that ${name}": the first ${name} on or after ${ref}` };
  if (
    which === 'last' ||
    which === 'past' ||
    which === 'this past' ||
    which === 'the previous' ||
    which === 'the preceding'
  ) {
    return { day: weekdayNear(base, wd, -1, true), why: `"${which}": the ${name} before ${ref}` };
  }
  if (which === 'next' || which === 'this coming' || which === 'the following' || which === 'the next') {
    return { day: weekdayNear(base, wd, 1, true), why: `"${which}": the ${name} after ${ref}` };
  }
  // what a past clause looked ahead to ("were told to stay at home on Friday") is the nearest one, either side
  const dir = direction(tense);
  const day = weekdayNear(base, wd, dir);
  const rel =
    epochDay(day) === epochDay(base)
      ? 'that same day'
      : dir < 0
        ? `the ${name} before`
        : dir > 0
          ? `the ${name} after`
          : 'the nearest one to';
  return {
    day,
    why: `${tenseWord(tense)}: ${rel === 'that same day' ? `${name} is the same day as ${anchorId ? 'the date in ' : 'publication, '}` : `${rel} `}${ref}`,
  };
}
