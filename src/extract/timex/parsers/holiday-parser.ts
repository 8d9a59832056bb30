/**
 * Named days: "Thanksgiving Day", "Christmas", "New Year's Eve", "Election Day", "Easter", "Labor Day",
 * "Independence Day", "Halloween", "Valentine's Day" (US and Christian holidays common in English news).
 * Without a year the tense picks the nearest one, like month names.
 */
import { addDays, dayPeriod, daysInMonth, isoWeekday, humanDay, type Day } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, nearestByTense, unplacedReading } from '../periods.js';
import { TimexParser } from './timex-parser.js';

const PATTERN =
  /(?:(last|this|next)\s+)?(Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year's\s+(?:Day|Eve)|Election\s+Day|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Labou?r\s+Day|Memorial\s+Day|Independence\s+Day|Halloween|Valentine's\s+Day|Veterans\s+Day|Boxing\s+Day)(?:\s+(?:of\s+)?(\d{4}))?(?![\w-])/;

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
  protected override readonly keywords =
    /thanksgiving|christmas|new\s+year|election\s+day|easter|good\s+friday|labou?r\s+day|memorial\s+day|independence\s+day|halloween|valentine|veterans\s+day|boxing\s+day/i;
  /** "next " */
  override readonly keywordLead = 20;

  protected read(match: RegExpMatchArray): Frame | null {
    const [, which, name, yearText] = match;
    const frame: Frame = {
      kind: 'holiday',
      resolve: ({ dct, tense }) => {
        let y = yearText ? Number(yearText) : null;
        if (y === null && dct) {
          const w = which?.toLowerCase();
          const t = w === 'last' ? 'past' : w === 'next' ? 'future' : (frame.tense ?? tense);
          y = w === 'this' ? dct.y : nearestByTense(dct, t, (yy) => dayPeriod(holidayDay(name!, yy)));
        }
        if (y === null) return unplacedReading('XXXX-XX-XX', `${name} of an unknown year`);
        const day = holidayDay(name!, y);
        return dateReading(dayPeriod(day), `${name} ${y}: ${humanDay(day)}`);
      },
    };
    return frame;
  }
}
