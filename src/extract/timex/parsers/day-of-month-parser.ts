/**
 * A day of the month named by its ordinal alone: "charged on the 5th", "by the 15th", "until the 1st". The month
 * is the one the narrative is in, when told in the past: a month it just named ("In March … on the 15th"), else
 * the month around the day it last placed, whichever 15th lies nearest to that day ("arrested on March 30 and
 * charged on the 2nd": April 2); else, and always when told in the present or the future, the publication
 * month by tense (past or no cue: the latest one on or before publication; present or future: the first one
 * on or after it). Only after a preposition of time ("moved to the 21st", "now it's the 21st" too; or as the end of a range, "from
 * the 3rd to the 5th") and before no noun: "the 15th century", "on the 15th floor", "on the 3rd, 4th and 5th
 * floors", "finished 15th" stay words, and "on the 1st of the month" is any month's.
 */
import { addMonths, dayPeriod, epochDay, humanDay, isValidDay, MONTH_NAMES, type Day } from '../calendar.js';
import type { Frame, ResolveContext } from '../frame.js';
import { dateReading, narrativeDay, unplacedReading } from '../periods.js';
import { startWords, triggers } from '../word-index.js';
import { DAY_ORDINAL_WORD, MONTH_NAME, parseDayOrdinal } from '../words.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = new RegExp(`the\\s+(?:(\\d{1,2})(?:st|nd|rd|th)|(${DAY_ORDINAL_WORD}))(?![\\w-])`, 'i');

/**
 * Ordinals in words from the tenth on ("by the twenty-first", "on the fifteenth"): below it, "on the first", "on the
 * third" are attempts, ballots and laps more often than days.
 */
const LEAST_DAY_IN_WORDS = 10;

/**
 * A day of the month alone is a date only after one of these ("on the 5th", "on the morning of the 21st"; in posts "til
 * the 20th").
 */
const PREPOSITION_BEFORE =
  /\b(?:on|by|until|till|til|since|before|after|from|through|as\s+of|effective|(?:set|scheduled|slated|planned|called|fixed|booked)\s+for|(?:morning|afternoon|evening|night)\s+of|(?:moved|postponed|adjourned|delayed|rescheduled|deferred|brought\s+forward|pushed\s+back|put\s+back|put\s+off)\s+(?:again\s+|until\s+)?to|(?:it|date)(?:['’]?s|\s+is|\s+was))\s+$/i;

/** Before the second day of a range or a pair: the first one and "to", "and", "through". */
const RANGE_END_BEFORE =
  /\b(?:on|from|between|since|by|until)\s+the\s+\d{1,2}(?:st|nd|rd|th)\s*(?:to|and|or|through|till|until|-|–)\s+$/;

/**
 * A date with its month right before, opening a range: "from April 9 until the 17th", "Oct. 3 to the 6th", "May 28
 * at 7 p.m. until the 30th". The range parser reads the closing day in that date's month.
 */
const DATE_OPENS_RANGE_BEFORE = new RegExp(
  `${MONTH_NAME}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?:\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?m\\.?)?\\s*(?:-|–|—|\\bto|\\band|\\bthrough|\\bthru|\\buntil|\\btill)\\s+$`,
  'i',
);

/**
 * Earlier in the sentence, numbered things an ordinal may stand for: "birdied the 17th and parred on the 18th",
 * "scored in the 12th minute and again after the 80th", "took the lead on the 3rd lap, lost it by the 9th" (not the
 * place of "will take place on the 21st").
 */
const NUMBERED_THING_BEFORE =
  /\b(?:holes?|birdie[ds]?|bogey(?:ed|s)?|par(?:red)?|eagle[ds]?|greens?|tee|fairway|putt(?:ed|s)?|laps?|minutes?|innings?|rounds?|stages?|floors?|storeys?|stor(?:y|ies)|(?<!\b(?:take|takes|took|taken|taking)\s+)places?|seeds?|ranks?|overs?|frames?|sets?(?!\s+for\b)|heats?|legs?)\b[^.!?\n]*$/;

/**
 * What may follow a day that no noun follows: the end of a clause, a conjunction, another phrase of time, an adverb of a
 * post's aside ("roadworks til the 20th apparently").
 */
const FOLLOWED_BY_NO_NOUN =
  /^(?:\s*$|\s*[.,;:!?)\]"'’”]|\s+[-–—]\s|\s+(?:and|or|but|so|then|because|while|until|till|unless|to|through|at|when|as|before|after|this|next|last|of\s+(?:this|that)\s+month|it|he|she|they|we|i|you|the|a|an|his|her|its|their|is|was|will|would|could|has|had|saw|apparently|probably|hopefully|possibly|maybe|anyway|again|too|already|though|tho|lol)(?![\w]))/;

/** A list or a range of ordinals that ends before a noun: "on the 3rd, 4th and 5th floors", "from the 5th to the 2nd spot". */
const ORDINAL_LIST_BEFORE_NOUN =
  /^(?:(?:\s*[,&–-]\s*|\s+(?:and|or|to|through)\s+)(?:the\s+)?\d{1,2}(?:st|nd|rd|th))+\s+(?!(?:and|or|of|at|to|through|in|on|when|as|before|after|is|was|will|it|he|she|they|we|the|a|an)\b)[a-z]/;

export class DayOfMonthParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The ordinal's ending, a run of letters of its own after the digits. */
  protected override readonly triggerWords = triggers(
    'st nd rd th first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty thirty thirtieth',
  );
  /** "the 15" before "th" */
  override readonly keywordLead = 12;
  protected override readonly startWords = startWords('the');

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const d = match[1] !== undefined ? Number(match[1]) : (parseDayOrdinal(match[2]!) ?? 0);
    const before = textBefore(context, index, 40);
    // a low ordinal in words is a day only closing a range of days ("from the 5th to the ninth")
    if (d < 1 || d > 31 || (match[2] !== undefined && d < LEAST_DAY_IN_WORDS && !RANGE_END_BEFORE.test(before)))
      return null;
    const opening = DATE_OPENS_RANGE_BEFORE.exec(before);
    // the end of a range of days: "from the 3rd to the 5th", "on the 2nd and the 4th", "from Dec. 28 to the 2nd"
    if (!PREPOSITION_BEFORE.test(before.slice(-16)) && !RANGE_END_BEFORE.test(before) && !opening) return null;
    if (NUMBERED_THING_BEFORE.test(textBefore(context, index, 100))) return null;
    // the close of a range a date opens, in that date's month (the range parser's)
    if (match[1] !== undefined && opening && Number(opening[1]) < d) return null;
    // "from April 29 until the 3rd": a range that runs into the next month closes on the first such day after
    // the date that opens it
    const closesAfter = opening !== null && Number(opening[1]) >= d;
    const after = textAfter(context, index + match[0].length, 40);
    if (!FOLLOWED_BY_NO_NOUN.test(after) || ORDINAL_LIST_BEFORE_NOUN.test(after)) return null;
    const text = match[0];
    const sentenceLead = sentenceStartDistance(textBefore(context, index, SENTENCE_REACH));
    const frame: Frame = {
      kind: 'day-of-month',
      resolve: (ctx) => {
        if (!ctx.dct) return unplacedReading('XXXX-XX-XX', `"${text}" of an unknown month`);
        const opened = ctx.anchor?.period.granularity === 'day' ? ctx.anchor.period.first : null;
        if (closesAfter && opened) {
          const day = candidates(opened, d).find((c) => epochDay(c) > epochDay(opened));
          if (day)
            return {
              ...dateReading(
                dayPeriod(day),
                `"${text}" closes the range that opens on ${humanDay(opened)}: ${humanDay(day)}`,
              ),
              usedAnchor: true,
            };
        }
        const picked = pickMonth(d, ctx, frame.tense ?? ctx.tense, sentenceLead);
        if (!picked) return null;
        const reading = dateReading(dayPeriod(picked.day), `"${text}" is ${humanDay(picked.day)}: ${picked.why}`);
        if (picked.anchorId) {
          reading.usedAnchor = true;
          if (picked.anchorId !== ctx.anchor?.id) reading.anchorId = picked.anchorId;
        }
        return reading;
      },
    };
    return frame;
  }
}

/** How near publication the day the story is on must be to give its month to a day told in a later sentence. */
const NEAR_PUBLICATION_DAYS = 62;

/** How far back (in characters) a month named stays the month of a day of the month alone. */
const MONTH_REACH = 160;

/** How far back the start of the phrase's sentence is looked for. */
const SENTENCE_REACH = 400;

/** How many characters back the sentence of a phrase starts, given the text before it. */
function sentenceStartDistance(before: string): number {
  let end = -1;
  for (const m of before.matchAll(/[.!?]["'’”)]?\s|\n/g)) end = m.index + m[0].length;
  return end < 0 ? before.length : before.length - end;
}

/** The d-th of the month before, of and after `around`'s month that exist. */
function candidates(around: Day, d: number): Day[] {
  return [-1, 0, 1]
    .map((k) => addMonths({ y: around.y, m: around.m, d: 1 }, k))
    .filter(({ y, m }) => isValidDay(y, m, d))
    .map(({ y, m }) => ({ y, m, d }));
}

function pickMonth(
  d: number,
  ctx: ResolveContext,
  tense: ResolveContext['tense'],
  sentenceLead: number,
): { day: Day; why: string; anchorId?: string } | null {
  const { anchor, dct, at } = ctx;
  const ahead = tense === 'future' || tense === 'present' || tense === 'deadline' || tense === 'near';
  // what is told ahead counts from publication ("was born on May 4, 1970 … the trial opens on the 15th"); a month
  // only when just named, in the sentence or the one before
  const monthJustNamed =
    anchor?.period.granularity === 'month' &&
    anchor.end !== undefined &&
    at !== undefined &&
    at - anchor.end <= MONTH_REACH;
  if (!ahead && anchor && monthJustNamed) {
    const { y, m } = anchor.period.first;
    if (!isValidDay(y, m, d)) return null;
    return {
      day: { y, m, d },
      why: `a day of ${MONTH_NAMES[m - 1]} ${y}, the month the story just named`,
      anchorId: anchor.id,
    };
  }
  // the day the story is on, when told in the same sentence or near publication ("Smith was born on May 4,
  // 1970. … He died on the 15th" is this month's 15th; "the ship left on April 10, 1912, and sank on the 15th")
  const onDay = ahead ? null : narrativeDay(ctx);
  const sameSentence = onDay?.end !== undefined && at !== undefined && at - onDay.end <= sentenceLead;
  const narrative =
    onDay && (sameSentence || Math.abs(epochDay(onDay.period.first) - epochDay(dct!)) <= NEAR_PUBLICATION_DAYS)
      ? onDay
      : null;
  if (narrative) {
    const on = narrative.period.first;
    const near = candidates(on, d).sort(
      (a, b) => Math.abs(epochDay(a) - epochDay(on)) - Math.abs(epochDay(b) - epochDay(on)),
    )[0];
    if (!near) return null;
    return {
      day: near,
      why: `the nearest such day to ${humanDay(on)}, the day the story is on`,
      anchorId: narrative.id,
    };
  }
  const now = epochDay(dct!);
  const all = candidates(dct!, d);
  const day = ahead ? all.find((c) => epochDay(c) >= now) : all.filter((c) => epochDay(c) <= now).at(-1);
  if (!day) return null;
  return {
    day,
    why: ahead
      ? `the first one on or after ${humanDay(dct!)} (present or future tense)`
      : `the latest one on or before ${humanDay(dct!)} (${tense === 'past' ? 'past tense' : 'no tense cue'})`,
  };
}
