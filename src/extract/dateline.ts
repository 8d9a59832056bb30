/**
 * Datelines and publication lines at the head of an article: "CAIRO, Oct 17 (Reuters) -",
 * "WASHINGTON (AP) —", "Published: 17 October 2016", or a full date opening the text.
 * They give the publication date when the caller does not, and they are not sentences.
 */
import { isCalendarDay } from './published.js';
import { offsetSuffix, parseIsoDay } from './timex/calendar.js';
import { hourOf } from './timex/parsers/time-parser.js';
import { zoneOffset } from './timex/zones.js';
import { isLineBreak } from './words.js';

export interface Dateline {
  /** Span of the dateline or publication line in the text (end exclusive). */
  start: number;
  end: number;
  text: string;
  /**
   * ISO date it gives (`2016-10-17`), with the time when a page's stamp gives one (`2013-05-03T07:31-04:00`; without
   * an offset when the stamp names no zone we know, `2009-12-03T09:36`); null when it names no date ("WASHINGTON (AP) —").
   */
  published: string | null;
  /** Which form was found. */
  kind: 'dateline' | 'published-line' | 'leading-date';
}

/** How far into the text a dateline may sit: past a section line, a headline and a byline or two. */
const HEAD_LINES = 40;
const HEAD_CHARS = 5000;

const MONTH = String.raw`(jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}; // prettier-ignore

/** An all-caps place: "CAIRO", "NEW YORK", "WASHINGTON, D.C.", "SÃO PAULO". */
const PLACE = /\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ ]\p{Lu}[\p{Lu}\p{M}'’.-]*){0,4}/uy;
/** A region after the place: ", D.C.", ", Calif.", ", Egypt". */
const REGION = /,[ ]?\p{Lu}[\p{L}.]{0,12}(?![\p{L}\d])/uy;
/** ", Oct 17", ", Oct 17, 2016" or, day first, ", 17 October 2016", ", 3 May". */
const MONTH_DAY = new RegExp(
  String.raw`,?[ ]+(?:${MONTH}[ ]?(\d{1,2})(?!\d)|(\d{1,2})(?:st|nd|rd|th)?[ ]+${MONTH}(?![a-z]))(?:,?[ ]+(\d{4})(?!\d))?`,
  'iy',
);
const AGENCY = /[ ]*\((\p{L}[\p{L}\p{N} .&'’/-]{0,40})\)/uy;
const DASH = /[ ]*(?:-{1,2}|[–—_])[ ]*/y;
const WEEKDAY = /(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ ]+/iy;
/** The words a page labels its time stamps with ("First published", "Last updated", "Story created", "Date"). */
export const STAMP_QUALIFIERS = 'first|last|originally|story';
export const STAMP_VERBS = 'published|posted|updated|created|modified|edited|date';
const PUBLISHED_LABEL = new RegExp(
  String.raw`(?:(?:${STAMP_QUALIFIERS})[ ]+)?(?:${STAMP_VERBS})(?:[ ]+(?:on|at))?[ ]*:?[ ]*`,
  'iy',
);
/** A page stamp's clock time and zone: "7:31 AM ET", "08:06AM PT", "9:36 AM", "14:58 hrs". */
const CLOCK = String.raw`(\d{1,2})[:.](\d{2})(?:[ ]?(?:([ap])\.?[ ]?m\.?|hrs))?(?:[ ]?\(?([A-Z]{2,4})\)?)?`;
/** A stamp's clock before its date: "8:13 AM PDT ", "10:24 AM, ". */
const CLOCK_BEFORE_DATE = new RegExp(String.raw`${CLOCK}[ ]*[,|·•]?[ ]*`, 'iy');
/** After a stamp's date, the rest of its line: a clock time, "at", separators ("May 3, 2013 at 7:31 AM ET"). */
/** Before a clock time that follows a stamp's date: "May 3, 2013| at |7:31 AM ET", "17 Oct 2016| |09.00 BST". */
const BEFORE_CLOCK = String.raw`[ \t]*(?:[,|·•-][ \t]*)?(?:at[ \t]+)?`;
const CLOCK_TO_LINE_END = new RegExp(String.raw`${BEFORE_CLOCK}${CLOCK}[ \t]*(?:$|[\r\n\u2028\u2029])`, 'iy');
/** A stamp's clock time, read: "7:31 AM ET", "09.00 BST", "14:58 hrs" (hour, minute, a or p, zone). */
const STAMP_CLOCK = new RegExp(CLOCK, 'iy');
const CLOCK_LEAD = new RegExp(BEFORE_CLOCK, 'iy');
const MONTH_FIRST = new RegExp(String.raw`${MONTH}[ ]+(\d{1,2})(?:st|nd|rd|th)?,?[ ]+(\d{4})(?!\d)`, 'iy');
const DAY_FIRST = new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?[ ]+${MONTH},?[ ]+(\d{4})(?!\d)`, 'iy');
const NUMERIC = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const AFTER_LEADING_DATE = /[ \t]*(?:$|[\r\n\u2028\u2029|,(]|[-–—:]|\d{1,2}[:.]\d{2})/y;
const LINE_END = /[ \t]*(?:$|[\r\n\u2028\u2029])/y;
/** A date alone on a line counts among the first lines only (past the section line, the headline, a byline). */
const DATE_LINE_MAX_INDEX = 6;
const YEAR_MENTION = /(?<![\d$£€.,])\b(1[89]\d\d|20\d\d)\b(?![\d%])/g;
const FORWARD_WORD = /\b(?:by|until|till|through|before)\s+$/i;

function monthNumber(word: string): number {
  return MONTH_NUMBERS[word.slice(0, 3).toLowerCase()] ?? 0;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!isCalendarDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * `date` at the clock time a page's stamp gives at `at` ("7:31 AM ET" → `2013-05-03T07:31-04:00`), with the zone's
 * offset on that day when the stamp names a zone we know (else a time without one); `date` itself when there is no
 * clock time at `at`, or none that can be. Live reports say "two hours ago" and "at 6:50 a.m.": the stamp's time
 * is what they count from.
 */
function withStampTime(text: string, at: number, date: string): string {
  const m = stickyMatch(STAMP_CLOCK, text, at);
  if (!m) return date;
  const written = Number(m[1]);
  if (m[3] && (written < 1 || written > 12)) return date;
  const hour = hourOf(written, m[3]);
  if (hour > 23 || Number(m[2]) > 59) return date;
  const offset = m[4] ? zoneOffset(m[4], parseIsoDay(date)!) : null;
  return `${date}T${String(hour).padStart(2, '0')}:${m[2]}${offsetSuffix(offset)}`;
}

/** Where the clock time starts that ends the line at `at` ("May 3, 2013| at 7:31 AM ET"), or -1. */
function clockEndingLineAt(text: string, at: number): number {
  return stickyMatch(CLOCK_TO_LINE_END, text, at) ? at + stickyMatch(CLOCK_LEAD, text, at)![0].length : -1;
}

/** A full date with its year at `at`: "October 17, 2016", "17 October 2016", "2016-10-17". */
function fullDateAt(text: string, at: number): { end: number; date: string | null } | null {
  let m = stickyMatch(MONTH_FIRST, text, at);
  if (m) return { end: at + m[0].length, date: isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2])) };
  m = stickyMatch(DAY_FIRST, text, at);
  if (m) return { end: at + m[0].length, date: isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1])) };
  m = stickyMatch(NUMERIC, text, at);
  if (m) return { end: at + m[0].length, date: isoDate(Number(m[1]), Number(m[2]), Number(m[3])) };
  return null;
}

/**
 * The year a year-less wire dateline ("CAIRO, Oct 17 (Reuters)") belongs to: the latest year the
 * article mentions, leaving out years that look ahead ("by 2030"). Null when it mentions none.
 */
function yearFromMentions(text: string): number | null {
  let latest: number | null = null;
  YEAR_MENTION.lastIndex = 0;
  for (let m = YEAR_MENTION.exec(text); m; m = YEAR_MENTION.exec(text)) {
    if (FORWARD_WORD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const year = Number(m[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

interface PlaceDateline {
  end: number;
  month?: number;
  day?: number;
  year?: number;
}

/** A wire dateline starting exactly at `at`: PLACE[, Month Day[, Year]] [(Agency)] -. */
function placeDatelineAt(text: string, at: number): PlaceDateline | null {
  // (every head line and paragraph start is tried: most open with no capital, or with a capital and a lower-case
  // letter, "The", "Ali", where PLACE would match the one capital, which is no place)
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  if (first < 0x80 && (first < 0x41 || first > 0x5a || (second >= 0x61 && second <= 0x7a))) return null;
  const place = stickyMatch(PLACE, text, at);
  if (!place) return null;
  const letters = capitalsIn(place[0]);
  if (letters < 2) return null;
  let pos = at + place[0].length;
  const result: PlaceDateline = { end: pos };
  let date = stickyMatch(MONTH_DAY, text, pos);
  if (!date) {
    const region = stickyMatch(REGION, text, pos);
    if (region) {
      pos += region[0].length;
      date = stickyMatch(MONTH_DAY, text, pos);
    }
  }
  if (date) {
    const dayFirst = date[3] !== undefined;
    result.month = monthNumber(dayFirst ? date[4]! : date[1]!);
    result.day = Number(dayFirst ? date[3] : date[2]);
    if (date[5]) result.year = Number(date[5]);
    pos += date[0].length;
  }
  const agency = stickyMatch(AGENCY, text, pos);
  if (agency) pos += agency[0].length;
  const dash = stickyMatch(DASH, text, pos);
  if (!dash) return null;
  const emDash = /[–—_]/.test(dash[0]);
  // A bare "WORD -" is too often a headline fragment; an agency, a date or an em dash (or the "_" of
  // wire copy) make it a dateline.
  if (!date && !agency && !(emDash && letters >= 4)) return null;
  result.end = pos + dash[0].trimEnd().length;
  return result;
}

/** How many upper-case letters `text` holds (`\p{Lu}`; by character code when it is ASCII). */
function capitalsIn(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return text.replace(/[^\p{Lu}]/gu, '').length;
    if (code >= 0x41 && code <= 0x5a) count++;
  }
  return count;
}

/**
 * End offset of a wire dateline that starts exactly at `at` ("CAIRO (Reuters) -" → after the dash),
 * or -1. Used by the sentence splitter to keep a dateline out of the first sentence.
 */
export function datelineEndAt(text: string, at: number): number {
  return placeDatelineAt(text, at)?.end ?? -1;
}

/** Offsets where the lines of the article's head begin (bounded, so the cost does not grow with the text). */
function headLineStarts(text: string): number[] {
  const starts: number[] = [];
  const limit = Math.min(text.length, HEAD_CHARS);
  let pos = 0;
  while (pos < limit && starts.length < HEAD_LINES) {
    while (pos < limit && /[ \t\f\v\u00a0\ufeff]/.test(text[pos]!)) pos++;
    if (pos < limit && !isLineBreak(text.charCodeAt(pos))) starts.push(pos);
    // (read in place: a slice of the rest of the head for each line cost a pass over the head per line)
    while (pos < limit && !isLineBreak(text.charCodeAt(pos))) pos++;
    if (pos >= limit) break;
    pos++;
  }
  return starts;
}

/**
 * The first dateline or publication line in the head of the article that gives a date; failing
 * that, the first dateline without one ("WASHINGTON (AP) —"); null when there is none.
 */
export function findDateline(text: string): Dateline | null {
  const starts = headLineStarts(text);
  let undated: Dateline | null = null;
  const make = (start: number, end: number, published: string | null, kind: Dateline['kind']): Dateline => ({
    start,
    end,
    text: text.slice(start, end),
    published,
    kind,
  });
  for (const [i, at] of starts.entries()) {
    const wire = placeDatelineAt(text, at);
    if (wire) {
      let published: string | null = null;
      if (wire.month && wire.day) {
        const year = wire.year ?? yearFromMentions(text);
        if (year !== null) published = isoDate(year, wire.month, wire.day);
      }
      if (published) return make(at, wire.end, published, 'dateline');
      undated ??= make(at, wire.end, null, 'dateline');
      continue;
    }
    const label = stickyMatch(PUBLISHED_LABEL, text, at);
    if (label && label[0].trim().length > 0) {
      let pos = at + label[0].length;
      // ("Updated: 3:45 PM EDT, Fri March 22, 2019": the stamp's clock before its date)
      const clockFirst = stickyMatch(CLOCK_BEFORE_DATE, text, pos);
      pos += clockFirst?.[0].length ?? 0;
      pos += stickyMatch(WEEKDAY, text, pos)?.[0].length ?? 0;
      const date = fullDateAt(text, pos);
      if (date?.date) {
        // (a clock time after the date counts when it ends the line, as a leading date's does)
        const clockAt = clockFirst ? at + label[0].length : clockEndingLineAt(text, date.end);
        return make(at, date.end, clockAt < 0 ? date.date : withStampTime(text, clockAt, date.date), 'published-line');
      }
    }
    if (i < DATE_LINE_MAX_INDEX) {
      // A date opening the text ("October 17, 2016 - …"), or a line of its own under the headline; a page's
      // stamp with a clock time before or after it ("8:13 AM PDT Aug. 2, 2013", "May 3, 2013 at 7:31 AM ET").
      const clockFirst = stickyMatch(CLOCK_BEFORE_DATE, text, at);
      let pos = at + (clockFirst?.[0].length ?? 0);
      pos += stickyMatch(WEEKDAY, text, pos)?.[0].length ?? 0;
      const date = fullDateAt(text, pos);
      const end = date?.end ?? 0;
      const clockAfter = clockEndingLineAt(text, end);
      const fits =
        (i === 0 ? stickyMatch(AFTER_LEADING_DATE, text, end) : stickyMatch(LINE_END, text, end)) ?? clockAfter >= 0;
      if (date?.date && fits) {
        const clockAt = clockFirst ? at : clockAfter;
        return make(at, date.end, clockAt < 0 ? date.date : withStampTime(text, clockAt, date.date), 'leading-date');
      }
    }
  }
  return undated;
}
