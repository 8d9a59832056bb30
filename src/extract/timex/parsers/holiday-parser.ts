/**
 * Named days: "Thanksgiving Day", "Christmas", "New Year's Eve", "Election Day", "Easter" (computed), "Labor Day",
 * "Memorial Day", "Independence Day", "Halloween", "Valentine's Day", "Easter week" (US and Christian holidays
 * common in English news), in any case ("christmas", "THANKSGIVING"). Without a year they are placed like
 * weekdays: past tense, the latest one on or before publication; future tense, the first one on or after it;
 * no cue, the nearest one. "last Christmas", "next Easter" count strictly. "Christmas 2018" is as written.
 * Not these: "Chinese New Year", "the new year" (lower case), a country's "independence day" (lower case).
 */
import {
  addDays,
  dayPeriod,
  daysInMonth,
  epochDay,
  isoWeekday,
  humanDay,
  weekPeriod,
  type Day,
  type Period,
} from '../calendar.js';
import type { Frame, Tense } from '../frame.js';
import { dateReading, tenseWord, unplacedReading } from '../periods.js';
import { triggers } from '../word-index.js';
import { TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN =
  /(?:(last|this\s+past|this\s+coming|this|next|coming)\s+)?(Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)?|New\s+Year(?:\s+Day)?|Election\s+Day|Easter(?:\s+Sunday|\s+Monday|\s+week)?|Good\s+Friday|Labou?r\s+Day|Memorial\s+Day|Independence\s+Day|Halloween|Valentine's\s+Day|Veterans\s+Day|Boxing\s+Day)(?:,?\s+(?:of\s+)?(\d{4}))?(?![\w-])/i;

/** Names that are holidays only when capitalised: lower case, they are generic ("the new year", "independence day"). */
const CAPITALISED_ONLY = /^(?:new\s+year(?:\s+day)?|election|independence|veterans)/i;
/** New years of other calendars. */
const OTHER_NEW_YEAR =
  /\b(?:chinese|lunar|jewish|persian|iranian|islamic|hijri|thai|tamil|sikh|vietnamese|korean|tibetan)\s+$/i;

/** n-th weekday `wd` (1 = Monday) of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

export function holidayDay(name: string, y: number): Day {
  const n = name.toLowerCase().replace(/\s+/g, ' ');
  if (n.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
  if (n === 'christmas eve') return { y, m: 12, d: 24 };
  if (n.startsWith('christmas')) return { y, m: 12, d: 25 };
  if (n === "new year's eve") return { y, m: 12, d: 31 };
  if (n === 'easter week') return easter(y);
  if (n.startsWith('new year')) return { y, m: 1, d: 1 };
  if (n.startsWith('election')) return addDays(nthWeekday(y, 11, 1, 1), 1); // Tuesday after the first Monday
  if (n === 'easter monday') return addDays(easter(y), 1);
  if (n === 'good friday') return addDays(easter(y), -2);
  if (n.startsWith('easter')) return easter(y);
  if (n.startsWith('labor') || n.startsWith('labour')) return nthWeekday(y, 9, 1, 1);
  if (n.startsWith('memorial')) return nthWeekday(y, 5, 1, -1);
  if (n.startsWith('independence')) return { y, m: 7, d: 4 };
  if (n.startsWith('halloween')) return { y, m: 10, d: 31 };
  if (n.startsWith('valentine')) return { y, m: 2, d: 14 };
  if (n.startsWith('veterans')) return { y, m: 11, d: 11 };
  return { y, m: 12, d: 26 }; // Boxing Day
}

export class HolidayParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** A holiday's name, or its first word. */
  protected override readonly triggerWords = triggers(
    'thanksgiving christmas easter halloween valentine new election good labor labour memorial independence veterans boxing',
  );
  /** "this coming " */
  override readonly keywordLead = 20;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const [, whichText, name, yearText] = match;
    if (CAPITALISED_ONLY.test(name!) && !/^[A-Z]/.test(name!)) return null;
    if (/^new\s+year/i.test(name!) && OTHER_NEW_YEAR.test(context.text.slice(Math.max(0, index - 12), index)))
      return null;
    // "the new year" is a year to come; "New Year" alone is the holiday when capitalised and governed by a
    // preposition of time ("over New Year", not "New Year sales")
    if (
      /^new\s+year$/i.test(name!) &&
      !(
        /^New\s+Year$/.test(name!) &&
        /\b(?:on|at|over|since|until|till|by|before|after|around)\s+$/i.test(
          context.text.slice(Math.max(0, index - 8), index),
        )
      )
    )
      return null;
    const which = whichText?.toLowerCase().replace(/\s+/g, ' ');
    const week = /week$/i.test(name!);
    const periodIn = (y: number): Period => (week ? weekPeriod(holidayDay(name!, y)) : dayPeriod(holidayDay(name!, y)));
    const frame: Frame = {
      kind: 'holiday',
      resolve: ({ dct, tense }) => {
        if (yearText) {
          const y = Number(yearText);
          return dateReading(periodIn(y), `${name} ${y}: ${humanDay(holidayDay(name!, y))}`);
        }
        if (!dct) return unplacedReading(week ? 'XXXX-WXX' : 'XXXX-XX-XX', `${name} of an unknown year`);
        const t = frame.tense ?? tense;
        const { y, rule } = holidayYear(dct, periodIn, which, t);
        return dateReading(periodIn(y), `${rule}: ${name} ${y}, ${humanDay(holidayDay(name!, y))}`);
      },
    };
    return frame;
  }
}

/**
 * The year of a holiday told without one, like a weekday: "last" strictly before publication, "next" strictly
 * after, "this" the publication year's; past tense the latest one begun by publication, future tense the first
 * one not over by then, no cue or present the nearest.
 */
function holidayYear(
  dct: Day,
  periodIn: (y: number) => Period,
  which: string | undefined,
  tense: Tense | null | undefined,
): { y: number; rule: string } {
  const now = epochDay(dct);
  const spans = [dct.y - 1, dct.y, dct.y + 1].map((y) => {
    const p = periodIn(y);
    return { y, start: epochDay(p.first), end: epochDay(p.first) + (p.granularity === 'week' ? 7 : 1) };
  });
  if (which === 'this') return { y: dct.y, rule: '"this": the one of the publication year' };
  if (which === 'last' || which === 'this past')
    return { y: spans.filter((s) => s.end <= now).at(-1)!.y, rule: `"${which}": the one before publication` };
  if (which === 'next' || which === 'this coming' || which === 'coming')
    return { y: spans.find((s) => s.start > now)!.y, rule: `"${which}": the one after publication` };
  if (tense === 'past')
    return {
      y: spans.filter((s) => s.start <= now).at(-1)!.y,
      rule: `${tenseWord(tense)}: the latest one on or before publication`,
    };
  if (tense === 'future' || tense === 'deadline')
    return { y: spans.find((s) => s.end > now)!.y, rule: `${tenseWord(tense)}: the first one on or after publication` };
  let best = spans[1]!;
  let bestDistance = Infinity;
  for (const s of spans) {
    const distance = now < s.start ? s.start - now : now >= s.end ? now - s.end + 1 : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = s;
    }
  }
  return { y: best.y, rule: `${tense ? tenseWord(tense) : 'no tense cue'}: the one nearest to publication` };
}
