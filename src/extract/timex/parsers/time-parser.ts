/**
 * Clock times: "3 p.m." (TIME, the publication day at 15:00 unless a day is attached), "10:30 a.m.",
 * "15:45", "noon", "midnight", "around 7:15 p.m." (APPROX). A zone keeps its offset in the value: "18:00 UTC"
 * → `…T18:00Z`, "3 p.m. EST" → `…T15:00-05:00`, "6:40 p.m. (GMT +8)" → `…T18:40+08:00`; a time given with its
 * GMT equivalent is one time whose offset is the difference ("10:35 a.m. (0735 GMT)" → `…T10:35+03:00`).
 * When the publication date carries a time, the tense picks the day: "was shot at 11 p.m." in a story of
 * 10:35 a.m. is the night before, "will land at 9 a.m." the next morning; and `from`/`to` are on the article's
 * own clock. A day written next to the time ("3 p.m. Wednesday", "Oct. 5 at noon") is merged by the
 * date-time refiner.
 */
import {
  addDays,
  epochMinute,
  humanDay,
  isoDay,
  minutesPeriod,
  offsetSuffix,
  pad,
  type Clock,
  type Day,
  type Period,
} from '../calendar.js';
import type { Anchor, Frame, Reading, ResolveContext, Tense } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { ZONE_NAME, zoneOffset } from '../zones.js';
import type { TimexMod } from '../../types.js';
import { TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';

const ZONE = `(?:(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|\\((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\)|${ZONE_NAME}(?![\\w])|Z(?![\\w])|local\\s+time)`;
const PATTERN = new RegExp(
  '(?:(around|about|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?' +
    '(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm|in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|o.clock)(?![\\w])|(\\d{1,2}):(\\d{2})(?![\\d:])|(noon|midnight|midday)|(\\d{2})(\\d{2})\\s*(?=GMT|UTC|Z\\b))' +
    `(?:\\s*(${ZONE}))?` +
    // the same time in GMT: "10:35 a.m. (0735 GMT)"
    '(?:\\s*\\((\\d{1,2}):?(\\d{2})\\s*(?:GMT|UTC)\\))?',
  'i',
);

/** A clock time as written: what the date-time refiner needs to put it on a day. */
export interface ClockTime {
  hour: number;
  /** null: the hour alone ("3 p.m."), hour granularity. */
  minute: number | null;
  /** The zone as written ("EST", "GMT+8"), or the offset a GMT equivalent gives; none when neither is written. */
  zone?: string;
  offset?: number;
  mod?: TimexMod;
  text: string;
}

/** A Frame that reads a clock time (kind `time`). */
export interface TimeFrame extends Frame {
  time: ClockTime;
}

export function isTimeFrame(frame: Frame | undefined): frame is TimeFrame {
  return frame !== undefined && frame.kind === 'time' && 'time' in frame;
}

export class TimeParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly keywords =
    /[ap]\.?\s?m\b|\d:\d|noon|midnight|midday|gmt|utc|\d\s*z\b|o.clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night/i;
  /** "shortly before " + "10:35 " before the keyword, at most. */
  override readonly keywordLead = 40;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): FrameMatch | null {
    const [whole, approx, h12, m12, ampm, h24, m24, word, hUtc, mUtc, zoneText, hGmt, mGmt] = match;
    let text: string = whole;
    let hour: number;
    let minute: number | null = null;
    if (h12) {
      hour = Number(h12);
      if (hour < 1 || hour > 12) return null;
      minute = m12 ? Number(m12) : null;
      const pm = /^p|afternoon|evening|night/i.test(ampm!) && !(/night/i.test(ampm!) && hour < 5);
      hour = (hour % 12) + (pm ? 12 : 0);
    } else if (h24) {
      hour = Number(h24);
      minute = Number(m24);
      if (hour > 24 || minute > 59) return null;
    } else if (word) {
      // "High Noon": a capitalised word inside a title
      if (/^[A-Z][a-z]/.test(word) && /[A-Z][a-z]*\s+$/.test(context.text.slice(Math.max(0, index - 12), index)))
        return null;
      hour = /midnight/i.test(word) ? 24 : 12;
      minute = 0;
    } else {
      hour = Number(hUtc);
      minute = Number(mUtc);
      if (hour > 24 || minute > 59) return null;
    }
    if (minute !== null && minute > 59) return null;
    let zone: string | undefined = zoneText?.trim();
    // zones are written in capitals ("3 p.m. et al." is no zone): a lower-case one stays out of the span
    if (
      zone &&
      !/^local\s+time$/i.test(zone) &&
      zone !== zone.toUpperCase() &&
      zone.toLowerCase() !== zone.toUpperCase()
    ) {
      text = text.slice(0, text.lastIndexOf(zoneText!)).trimEnd();
      zone = undefined;
    }
    const time: ClockTime = { hour, minute, text };
    if (zone && !/^local/i.test(zone)) time.zone = zone;
    if (hGmt !== undefined && !time.zone && Number(hGmt) < 24 && Number(mGmt) < 60) {
      // the local time minus its GMT equivalent, within a day: UTC-12 to UTC+14
      let diff = hour * 60 + (minute ?? 0) - (Number(hGmt) * 60 + Number(mGmt));
      if (diff > 14 * 60) diff -= 1440;
      if (diff < -12 * 60) diff += 1440;
      time.offset = diff;
    }
    if (approx)
      time.mod = /^(around|about|approximately)$/i.test(approx)
        ? 'APPROX'
        : /before/i.test(approx)
          ? 'BEFORE'
          : 'AFTER';
    const frame: TimeFrame = {
      kind: 'time',
      time,
      resolve: (ctx) => resolveTime(frame, ctx),
    };
    return { frame, length: text.length };
  }
}

/** The UTC offset of a clock time on `day`: written, derived from a GMT equivalent, or unknown (undefined). */
function offsetOn(time: ClockTime, day: Day): number | undefined {
  if (time.offset !== undefined) return time.offset;
  if (time.zone === undefined) return undefined;
  return zoneOffset(time.zone, day) ?? undefined;
}

/**
 * The reading of a clock time on `day`: the value on the clock it was written in (with its zone's offset),
 * `from`/`to` on the article's clock when both offsets are known.
 */
export function timeOnDay(
  day: Day,
  time: ClockTime,
  clock: Clock | null | undefined,
): { value: string; period: Period } {
  const offset = offsetOn(time, day);
  const hour = Math.min(time.hour, 24);
  const start = epochMinute(day, hour * 60 + (time.minute ?? 0));
  const shift = offset !== undefined && clock && clock.offset !== null ? clock.offset - offset : 0;
  const period = minutesPeriod(
    start + shift,
    start + shift + (time.minute === null ? 60 : 1),
    time.minute === null ? 'hour' : 'minute',
  );
  const value = `${isoDay(day)}T${pad(hour)}:${pad(time.minute ?? 0)}${offsetSuffix(offset)}`;
  return { value, period: { ...period, value } };
}

/** The publication instant, in UTC minutes when its offset is known (else on its own clock). */
function publicationMinute(dct: Day, clock: Clock): number {
  return epochMinute(dct, clock.minute) - (clock.offset ?? 0);
}

/** The instant of a clock time on `day`, comparable with publicationMinute. */
function instantOn(day: Day, time: ClockTime, clock: Clock): number {
  const offset = offsetOn(time, day);
  const local = epochMinute(day, Math.min(time.hour, 24) * 60 + (time.minute ?? 0));
  if (offset !== undefined && clock.offset !== null) return local - offset;
  return local - (clock.offset ?? 0); // a time without a zone is on the article's clock
}

/**
 * The day of a bare clock time told against a publication time: past tense, the last such time on or before
 * publication ("was shot at 11 p.m." in a morning story: the night before); future tense, the next one.
 */
function dayByTense(dct: Day, clock: Clock, time: ClockTime, tense: Tense | null | undefined): Day | null {
  if (tense !== 'past' && tense !== 'future' && tense !== 'deadline') return null;
  const now = publicationMinute(dct, clock);
  const days = [addDays(dct, -1), dct, addDays(dct, 1)];
  if (tense === 'past') return [...days].reverse().find((d) => instantOn(d, time, clock) <= now) ?? null;
  return days.find((d) => instantOn(d, time, clock) >= now) ?? null;
}

function resolveTime(frame: TimeFrame, ctx: ResolveContext): Reading | null {
  const { dct, clock, anchor, at } = ctx;
  const { time } = frame;
  const text = time.text.trim();
  if (!dct) {
    const hh = pad(Math.min(time.hour, 24));
    const zone = time.offset ?? (time.zone ? zoneOffset(time.zone, { y: 2000, m: 1, d: 1 }) : null);
    // a zone whose offset depends on the date (ET) is left out of a value without a date
    const suffix = time.zone && /^[ECMP]T$/i.test(time.zone) ? '' : offsetSuffix(zone);
    return unplacedReading(
      `XXXX-XX-XXT${hh}:${pad(time.minute ?? 0)}${suffix}`,
      `${text} on an unknown day`,
      time.mod,
      'TIME',
    );
  }
  const story = storyDay(anchor, at, time);
  const tense = frame.tense ?? ctx.tense;
  const byTense = !story && clock ? dayByTense(dct, clock, time, tense) : null;
  const day = story ?? byTense ?? dct;
  const { value, period } = timeOnDay(day, time, clock);
  const why = story
    ? `${text} on the day the story has just placed (${humanDay(day)}, in ${anchor!.id})`
    : byTense
      ? `${tense === 'past' ? 'past tense: the last' : 'future tense: the next'} ${text} ${tense === 'past' ? 'before' : 'after'} publication (${humanDay(dct)}, ${pad(Math.floor(clock!.minute / 60))}:${pad(clock!.minute % 60)}): ${humanDay(day)}`
      : `${text} on the publication day (${humanDay(dct)})`;
  const reading = dateReading(period, why, time.mod);
  reading.type = 'TIME';
  reading.value = value;
  if (story) reading.usedAnchor = true;
  return reading;
}

/** How close (in characters) a day must have been placed for a bare clock time to fall on it. */
const STORY_DAY_REACH = 200;

/**
 * The day a bare clock time falls on when the narrative has just placed one ("was shot on Oct. 23 ... at
 * 10 p.m.", "flew Tuesday ... at 18:00 UTC"): the anchor, when it is a single day (or part of one) placed
 * within the last STORY_DAY_REACH characters; null to fall back to the publication day.
 */
function storyDay(anchor: Anchor | null, at: number | undefined, time: ClockTime): Day | null {
  if (!anchor || at === undefined || anchor.end === undefined) return null;
  if (!['day', 'partOfDay', 'hour', 'minute'].includes(anchor.period.granularity)) return null;
  if (at - anchor.end > STORY_DAY_REACH) return null;
  // a night runs past midnight: "overnight … at 3 a.m." is the morning after the night's first day
  const day = anchor.period.first;
  if (anchor.period.granularity === 'partOfDay' && anchor.period.to.slice(0, 10) > isoDay(day)) {
    const clock = `T${pad(Math.min(time.hour, 24))}:${pad(time.minute ?? 0)}`;
    if (`${isoDay(day)}${clock}` < anchor.period.from) return addDays(day, 1);
  }
  return day;
}
