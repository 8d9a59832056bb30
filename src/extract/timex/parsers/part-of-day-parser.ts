/**
 * Parts of the publication day and the night before: "this morning", "tonight", "last night", "overnight", "in the
 * early hours".
 * Against a publication time before 6 a.m., "tonight" told in the past or present is the night under way,
 * which began the evening before.
 */
import {
  addDays,
  clockText,
  epochDay,
  hoursBeforeDawn,
  humanDay,
  isoDay,
  partOfDayPeriod,
  type PartOfDay,
} from '../calendar.js';
import type { Anchor, Frame, Reading } from '../frame.js';
import type { TimexMod } from '../../types.js';
import { cutAtPublication, dateReading, narrativeDay, unplacedReading } from '../periods.js';
import { PART_OF_DAY, SHORT_FORMS } from './day-ref-parser.js';
import { TimexParser } from './timex-parser.js';

/** Before this minute of the day (6 a.m.), the night of the day before is still under way. */
const NIGHT_ENDS = 6 * 60;

const PATTERN =
  /(?:(early|late|earlier|later|mid-?)\s*)?(?:(this|last)\s+(morning|afternoon|lunchtime|evening|night)|(tonight|tonite|2nite|2night|overnight)|(morning|afternoon|lunchtime|evening|night)\s+(yesterday|today|tomorrow)|(?<=\b(?:by|in|at|until|since)\s+(?:(?:early|late|mid)-?\s*)?)(afternoon|midday|lunchtime|(?<=\b(?:early|late|mid)-?\s*)(?:morning|evening))|(?<=\b(?:in|during|into|until|till|since|by)\s+)the\s+(early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?(?!\s+of\b))/i;

/** The mod of "early", "late" or "mid" before a part of the day ("late afternoon", "the early morning"). */
export function partMod(word: string | undefined): 'START' | 'END' | 'MID' | undefined {
  if (!word) return undefined;
  return /^(?:early|earlier)$/i.test(word) ? 'START' : /^mid/i.test(word) ? 'MID' : 'END';
}

/** `part` of the day the story has just placed (`day`), as a TIME reading: "in the morning" after "on Friday". */
export function partOfStoryDay(day: Anchor, part: PartOfDay, text: string, mod?: TimexMod): Reading {
  const reading = dateReading(
    partOfDayPeriod(day.period.first, part),
    `"${text}" of the day the story has just placed (${day.id})`,
    mod,
  );
  reading.type = 'TIME';
  reading.usedAnchor = true;
  return reading;
}

export class PartOfDayParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** "tonight", "midafternoon": the pattern allows no space before the part of day. */
  protected override readonly triggerWords = {
    words: ['hours'],
    endings: ['morning', 'afternoon', 'evening', 'night', 'midday', 'lunchtime', 'nite'],
  };
  /** "earlier " + "last " */
  override readonly keywordLead = 40;

  protected read(match: RegExpMatchArray): Frame | null {
    if (match[8]) return smallHoursFrame(match[0]);
    const which = match[2]?.toLowerCase() ?? (match[6] ? match[6].toLowerCase() : undefined);
    // ("party 2nite", "meet tonite": "tonight" as posts write it, day-ref-parser.ts SHORT_FORMS)
    const written = (match[3] ?? match[4] ?? match[5] ?? match[7])!.toLowerCase();
    const partWord = SHORT_FORMS[written] ?? written;
    // bare "afternoon" only as "mid afternoon", "late afternoon"; "at lunchtime", "by lunchtime" alone; "morning" and
    // "evening" with early, late or mid only ("by mid-morning", "until late evening": "in the morning" alone is any)
    if (match[7] && !match[1] && !/^lunchtime$/i.test(match[7])) return null;
    if (which === 'this' && partWord === 'night') return null;
    const part = PART_OF_DAY[partWord]!;
    const offset =
      which === 'last' || which === 'yesterday' || partWord === 'overnight' ? -1 : which === 'tomorrow' ? 1 : 0;
    if (which === 'last' && partWord !== 'night' && partWord !== 'evening') return null;
    const mod = partMod(match[1]);
    // "by mid-afternoon", "at lunchtime": of the day the story is telling, or else the publication day
    const ofStory = match[7] !== undefined;
    const frame: Frame = {
      kind: 'part-of-day',
      resolve: (ctx) => {
        const { dct, clock, tense } = ctx;
        // (the publication day's own is read below, cut at the publication time by tense)
        const story = ofStory ? narrativeDay(ctx) : null;
        if (story && (!dct || epochDay(story.period.first) !== epochDay(dct)))
          return Object.assign(partOfStoryDay(story, part, match[0], mod), { anchorId: story.id });
        if (!dct) return unplacedReading(`XXXX-XX-XXT${part}`, `"${match[0]}" needs the publication date`, mod, 'TIME');
        const t = tense ?? frame.tense;
        const smallHours = clock !== null && clock !== undefined && clock.minute < NIGHT_ENDS;
        const small = partWord === 'tonight' && smallHours && t !== 'future';
        // "the rain should clear overnight": told in the future, the coming night (not in the small hours: the
        // night under way)
        const comingNight = partWord === 'overnight' && t === 'future' && !smallHours;
        // "the rain had stopped by early evening", told at 7:30: a part of the story's day still ahead of publication,
        // told in the past, is the day before's
        const dayBefore =
          ofStory &&
          t === 'past' &&
          clock !== null &&
          clock !== undefined &&
          partOfDayPeriod(dct, part).from > `${isoDay(dct)}T${clockText(clock)}`;
        const day = addDays(dct, small || dayBefore ? -1 : comingNight ? 0 : offset);
        const reading = dateReading(
          partOfDayPeriod(day, part),
          small
            ? `"${match[0]}" told at ${clockText(clock)}: the night under way since the evening of ${humanDay(day)}`
            : `"${match[0]}" relative to the publication date: ${humanDay(day)}`,
          mod,
        );
        reading.type = 'TIME';
        // "this morning" told in the past at 10:35 ended then; told in the future, it starts then
        if (t === 'past' || t === 'future')
          Object.assign(reading, cutAtPublication(reading.period!, dct, clock, t === 'past' ? 'before' : 'after'));
        return reading;
      },
    };
    return frame;
  }
}

/** A time of the evening or the night: the small hours after it are the next day's. */
const EVENING_OR_LATER = /T(?:EV|NI)$|T(?:1[89]|2[0-3]):/;

/**
 * "in the early hours", "until the small hours", "the wee hours" with no day: the hours before dawn of the day the
 * story is telling (of the day after it, when that is an evening or a night: "Polls close at 10pm, with results
 * expected in the early hours"); with no such day, of the publication day, or told ahead, of the day after it.
 * TimeML's START of the day, as "the early hours of Sunday" is read.
 */
function smallHoursFrame(text: string): Frame {
  const frame: Frame = {
    kind: 'part-of-day',
    resolve: (ctx) => {
      const { dct, tense } = ctx;
      const story = narrativeDay(ctx);
      if (story) {
        const late = EVENING_OR_LATER.test(story.period.value);
        const day = addDays(story.period.first, late ? 1 : 0);
        const reading = dateReading(
          hoursBeforeDawn(day),
          late
            ? `"${text}": the hours before dawn after the evening the story has just placed (${story.id}), ${humanDay(day)}`
            : `"${text}": the hours before dawn of the day the story has just placed (${story.id}), ${humanDay(day)}`,
          'START',
        );
        reading.usedAnchor = true;
        return reading;
      }
      if (!dct) return unplacedReading('XXXX-XX-XX', `"${text}" needs the publication date`, 'START');
      const ahead = (tense ?? frame.tense) === 'future';
      const day = addDays(dct, ahead ? 1 : 0);
      return dateReading(
        hoursBeforeDawn(day),
        `"${text}" ${ahead ? 'told ahead: the night after the publication day' : 'of the publication day'}, ${humanDay(day)}`,
        'START',
      );
    },
  };
  return frame;
}
