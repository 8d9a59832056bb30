/**
 * Clock times: "3 p.m." (TIME, the publication day at 15:00 unless a day is attached), "10:30 a.m.",
 * "15:45", "noon", "midnight", "18:00 UTC" (value with Z), "around 7:15 p.m." (APPROX).
 * A day written next to the time ("3 p.m. Wednesday", "Oct. 5 at noon") is merged by the date-time refiner.
 */
import { humanDay, timePeriod, type Day } from '../calendar.js';
import type { Anchor, Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = new RegExp(
  '(?:(around|about|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?' +
    '(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm|in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|o.clock)(?![\\w])|(\\d{1,2}):(\\d{2})(?![\\d:])|(noon|midnight|midday)|(\\d{2})(\\d{2})\\s*(?=GMT|UTC|Z\\b))' +
    '(?:\\s*(GMT|UTC|Z(?![\\w])|local\\s+time|[ECMP][SD]T|ET|BST|CET|\\((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}\\)))?',
  'i',
);

export class TimeParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly keywords =
    /[ap]\.?\s?m\b|\d:\d|noon|midnight|midday|gmt|utc|o.clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night/i;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const [text, approx, h12, m12, ampm, h24, m24, word, hUtc, mUtc, zone] = match;
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
      if (!zone && hour <= 12 && !/^\d{2}/.test(h24)) {
        // "3:30" without am/pm is a time only with a zone or a two-digit hour; scores like "3:2" never match
      }
    } else if (word) {
      // "High Noon": a capitalised word inside a title
      if (/^[A-Z]/.test(word) && /[A-Z][a-z]*\s+$/.test(context.text.slice(Math.max(0, index - 12), index)))
        return null;
      hour = /midnight/i.test(word) ? 24 : 12;
      minute = 0;
    } else {
      hour = Number(hUtc);
      minute = Number(mUtc);
      if (hour > 24 || minute > 59) return null;
    }
    if (minute !== null && minute > 59) return null;
    const utc = zone && /^(GMT|UTC|Z)$/i.test(zone.trim());
    const mod = approx
      ? /^(around|about|approximately)$/i.test(approx)
        ? 'APPROX'
        : /before/i.test(approx)
          ? 'BEFORE'
          : 'AFTER'
      : undefined;
    return {
      kind: 'time',
      resolve: ({ dct, anchor, at }) => {
        const hh = String(hour).padStart(2, '0');
        const mm = String(minute ?? 0).padStart(2, '0');
        if (!dct)
          return unplacedReading(
            `XXXX-XX-XXT${hh}:${mm}${utc ? 'Z' : ''}`,
            `${text.trim()} on an unknown day`,
            mod,
            'TIME',
          );
        const story = storyDay(anchor, at);
        const day = story ?? dct;
        const period = timePeriod(day, hour, minute);
        const reading = dateReading(
          period,
          story
            ? `${text.trim()} on the day the story has just placed (${humanDay(day)}, in ${anchor!.id})`
            : `${text.trim()} on the publication day (${humanDay(dct)})`,
          mod,
        );
        if (story) reading.usedAnchor = true;
        reading.type = 'TIME';
        if (utc) reading.value += 'Z';
        return reading;
      },
    };
  }
}

/** How close (in characters) a day must have been placed for a bare clock time to fall on it. */
const STORY_DAY_REACH = 200;

/**
 * The day a bare clock time falls on when the narrative has just placed one ("was shot on Oct. 23 ... at
 * 10 p.m.", "flew Tuesday ... at 18:00 UTC"): the anchor, when it is a single day (or part of one) placed
 * within the last STORY_DAY_REACH characters; null to fall back to the publication day.
 */
function storyDay(anchor: Anchor | null, at: number | undefined): Day | null {
  if (!anchor || at === undefined || anchor.end === undefined) return null;
  if (!['day', 'partOfDay', 'hour', 'minute'].includes(anchor.period.granularity)) return null;
  return at - anchor.end <= STORY_DAY_REACH ? anchor.period.first : null;
}

/** Hour and minute of a time frame, for the date-time refiner. */
export function clockOf(value: string): { hour: number; minute: number; utc: boolean } | null {
  const m = /T(\d{2}):(\d{2})(Z?)$/.exec(value);
  return m ? { hour: Number(m[1]), minute: Number(m[2]), utc: m[3] === 'Z' } : null;
}
