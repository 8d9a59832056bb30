/**
 * Named days: fixed ("Christmas Eve", "New Year's Day", "St. Patrick's Day", "Veterans Day", "Juneteenth", "Earth Day",
 * "Workers' Day", "April Fools' Day", "Groundhog Day", "Flag Day", "Patriot Day", "Kwanzaa" (its first day)), n-th
 * weekdays ("Thanksgiving", "MLK Day", "Presidents' Day", "Mother's Day", "Labor Day", "Columbus Day"), counted from
 * Easter (computed:
 * "Good Friday", "Palm Sunday", "Ash Wednesday", "Trinity Sunday"), from Orthodox Easter ("Clean Monday") or
 * Thanksgiving ("Black Friday", "Cyber Monday"), and read from Intl's lunar calendars ("Chinese New Year",
 * "Passover", "Yom Kippur", "Hanukkah" (its first day), "Eid al-Fitr"), in any case ("christmas",
 * "THANKSGIVING"); a holiday's weekend ("the Labor Day weekend") is the weekend with it. Without a year they are
 * placed like weekdays: past tense, the latest one on or before publication; future tense, the first one on or
 * after it; no cue, the nearest one. "last Christmas", "next Easter" count strictly. "Christmas 2018", "Easter of 2010",
 * "Easter '06" are as written.
 * Names that are also phrases ("a good friday", "her mother's day") count in lower case only with date context;
 * not these: "the new year" (lower case), a country's "independence day".
 */
import {
  addDays,
  dayPeriod,
  epochDay,
  fromEpochDay,
  humanDay,
  isoDay,
  isoWeekday,
  nthWeekday,
  weekPeriod,
  weekendPeriod,
  type Day,
  type Period,
  parseIsoDay,
} from '../calendar.js';
import type { Frame, Tense } from '../frame.js';
import { dateReading, tenseWord, unplacedReading } from '../periods.js';
import { triggers } from '../word-index.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';
import { writesSentencesInLowerCase } from '../../sentences.js';
import { yearOf } from './year-parser.js';

/** An apostrophe, straight or curly, or none ("Mothers Day"). */
const APOS = "['’]?";

interface Holiday {
  /** The name as a pattern source (no groups). */
  name: string;
  /** Its day in Gregorian year `y`, or null when it cannot be computed here. */
  day: (y: number) => Day | null;
  /** Also an ordinary phrase in lower case ("a good friday", "her mother's day"): then it needs date context. */
  ambiguous?: boolean;
  /** Also an idiom in any case ("it was Groundhog Day all over again"): a day only with date context. */
  idiom?: boolean;
  /** A week, not a day ("Easter week"). */
  week?: boolean;
  /** A date the month parsers read, a holiday here only with its weekend ("the Fourth of July weekend"). */
  weekendOnly?: boolean;
}

const fixed = (m: number, d: number) => (y: number) => ({ y, m, d });
const nth = (m: number, wd: number, n: number) => (y: number) => nthWeekday(y, m, wd, n);
const fromEaster = (n: number) => (y: number) => addDays(easter(y), n);
const fromOrthodoxEaster = (n: number) => (y: number) => addDays(orthodoxEaster(y), n);
const thanksgiving = nth(11, 4, 4);
const fromThanksgiving = (n: number) => (y: number) => addDays(thanksgiving(y), n);

/**
 * The holidays, a name sharing its start with another's after it ("Easter Monday" before "Easter"): the
 * alternation takes the first that fits.
 */
const HOLIDAYS: Holiday[] = [
  { name: 'thanksgiving(?:\\s+day)?', day: thanksgiving },
  { name: 'black\\s+friday', day: fromThanksgiving(1), ambiguous: true },
  { name: 'cyber\\s+monday', day: fromThanksgiving(4) },
  { name: '(?:christmas|xmas)\\s+eve', day: fixed(12, 24) },
  { name: '(?:christmas|xmas)(?:\\s+day)?', day: fixed(12, 25) },
  { name: `new\\s+year${APOS}s${APOS}\\s+eve`, day: fixed(12, 31) },
  { name: `new\\s+year${APOS}s${APOS}\\s+day`, day: fixed(1, 1) },
  { name: `new\\s+year${APOS}s${APOS}|new\\s+year\\s+day`, day: fixed(1, 1), ambiguous: true },
  { name: '(?:chinese|lunar)\\s+new\\s+year', day: (y) => calendarDay('chinese', '1', 1, y) },
  { name: 'jewish\\s+new\\s+year|rosh\\s+hashanah?', day: (y) => calendarDay('hebrew', 'Tishri', 1, y) },
  { name: 'new\\s+year', day: fixed(1, 1) }, // bare: see read()
  { name: `(?:international\\s+)?workers${APOS}\\s+day`, day: fixed(5, 1), ambiguous: true },
  { name: 'earth\\s+day', day: fixed(4, 22), ambiguous: true },
  { name: 'juneteenth', day: fixed(6, 19) },
  { name: `(?:martin\\s+luther\\s+king|mlk)(?:${APOS}s)?(?:,?\\s+jr\\.?)?\\s+day`, day: nth(1, 1, 3) },
  { name: `president(?:${APOS}s|s${APOS})\\s+day|washington${APOS}s\\s+birthday`, day: nth(2, 1, 3), ambiguous: true },
  // "Valentine Day", "St Patty's Day": variants readers write
  { name: `(?:st\\.?\\s+|saint\\s+)?valentine(?:${APOS}s)?\\s+day`, day: fixed(2, 14) },
  {
    name: `(?:st\\.?|saint)\\s+patrick${APOS}s\\s+day|(?:(?:st\\.?|saint)\\s+)?patty${APOS}s\\s+day|paddy${APOS}s\\s+day`,
    day: fixed(3, 17),
  },
  { name: `april\\s+fool(?:${APOS}s|s${APOS})\\s+day`, day: fixed(4, 1) },
  { name: `groundhog${APOS}s?\\s+day`, day: fixed(2, 2), idiom: true },
  { name: 'flag\\s+day', day: fixed(6, 14), ambiguous: true },
  { name: 'patriot\\s+day', day: fixed(9, 11), ambiguous: true },
  { name: 'mothering\\s+sunday', day: fromEaster(-21) },
  { name: `mother(?:${APOS}s|s${APOS})\\s+day`, day: nth(5, 7, 2), ambiguous: true }, // the US one
  { name: `father(?:${APOS}s|s${APOS})\\s+day`, day: nth(6, 7, 3), ambiguous: true },
  { name: 'memorial\\s+day', day: nth(5, 1, -1) },
  { name: 'labou?r\\s+day', day: nth(9, 1, 1) },
  { name: `columbus\\s+day|indigenous\\s+peoples?${APOS}s?\\s+day`, day: nth(10, 1, 2) },
  { name: 'independence\\s+day', day: fixed(7, 4), ambiguous: true },
  { name: '(?:the\\s+)?fourth\\s+of\\s+july|july\\s+(?:fourth|4(?:th)?)', day: fixed(7, 4), weekendOnly: true },
  { name: '(?:election|polling)\\s+day', day: (y) => addDays(nthWeekday(y, 11, 1, 1), 1), ambiguous: true }, // Tuesday after the first Monday
  { name: `veteran(?:${APOS}s|s${APOS})\\s+day|armistice\\s+day|remembrance\\s+day`, day: fixed(11, 11) },
  { name: 'halloween', day: fixed(10, 31) },
  { name: 'boxing\\s+day', day: fixed(12, 26) },
  { name: 'bonfire\\s+night|guy\\s+fawkes\\s+(?:day|night)', day: fixed(11, 5), ambiguous: true },
  { name: 'easter\\s+week', day: easter, week: true },
  { name: 'easter\\s+monday', day: fromEaster(1) },
  { name: 'easter(?:\\s+sunday)?', day: easter },
  { name: 'palm\\s+sunday', day: fromEaster(-7) },
  { name: '(?:maundy|holy)\\s+thursday', day: fromEaster(-3) },
  { name: 'good\\s+friday', day: fromEaster(-2), ambiguous: true },
  { name: 'holy\\s+saturday', day: fromEaster(-1) },
  { name: 'ash\\s+wednesday', day: fromEaster(-46) },
  { name: 'shrove\\s+tuesday|fat\\s+tuesday|mardi\\s+gras|pancake\\s+day', day: fromEaster(-47) },
  { name: 'ascension\\s+(?:day|thursday)', day: fromEaster(39) },
  { name: 'pentecost(?:\\s+sunday)?|whit\\s+sunday', day: fromEaster(49) },
  { name: 'whit\\s+monday', day: fromEaster(50) },
  { name: 'trinity\\s+sunday', day: fromEaster(56) },
  { name: 'orthodox\\s+easter(?:\\s+sunday)?', day: orthodoxEaster },
  { name: 'clean\\s+monday', day: fromOrthodoxEaster(-48) },
  { name: 'yom\\s+kippur', day: (y) => calendarDay('hebrew', 'Tishri', 10, y) },
  { name: 'passover|pesach', day: (y) => calendarDay('hebrew', 'Nisan', 15, y) },
  { name: 'hanukk?ah|chanukk?ah', day: (y) => calendarDay('hebrew', 'Kislev', 25, y) },
  { name: 'kwanzaa', day: fixed(12, 26) },
  { name: 'eid\\s+(?:al|ul)[-\\s]fitr', day: (y) => calendarDay('islamic-umalqura', '10', 1, y) },
  { name: 'eid\\s+(?:al|ul)[-\\s]adha', day: (y) => calendarDay('islamic-umalqura', '12', 10, y) },
];

const PATTERN = new RegExp(
  `(?:(last|this\\s+past|this\\s+coming|this|next|coming)\\s+)?(${HOLIDAYS.map((h) => h.name).join('|')})(\\s+(?:holiday\\s+)?(?:long\\s+)?week-?end)?(?:,?\\s+(?:of\\s+)?(\\d{4})|\\s+(?:of\\s+)?(last|this|next)\\s+year|\\s+['’‘](\\d\\d)(?![\\w'’‘-]|[.,]\\d))?(?![\\w-])`,
  'i',
);
const WHOLE_NAMES = HOLIDAYS.map((h) => new RegExp(`^(?:${h.name})$`, 'i'));

function holidayNamed(name: string): Holiday {
  return HOLIDAYS[WHOLE_NAMES.findIndex((whole) => whole.test(name))]!;
}

/** Prepositions of time: before a name that is also a phrase, the date context it needs. */
export const TIME_PREPOSITIONS =
  '(?:on|at|since|until|till|by|before|after|over|around|through|during|for|ahead\\s+of)';
/** A preposition of time right before a name. */
const TIME_PREPOSITION = new RegExp(`\\b${TIME_PREPOSITIONS}\\s+$`, 'i');
/** New years of other calendars. */
const OTHER_NEW_YEAR =
  /\b(?:chinese|lunar|jewish|persian|iranian|islamic|hijri|thai|tamil|sikh|vietnamese|korean|tibetan)\s+$/i;

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

/** Orthodox Easter Sunday: Meeus's Julian computus, moved to the Gregorian calendar (13 days in 1900–2099). */
function orthodoxEaster(y: number): Day {
  const d = (19 * (y % 19) + 15) % 30;
  const e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const julian = { y, m: Math.floor((d + e + 114) / 31), d: ((d + e + 114) % 31) + 1 };
  return addDays(julian, Math.floor(y / 100) - Math.floor(y / 400) - 2);
}

/** One formatter per calendar, null where the platform's Intl lacks it. */
const CALENDAR_FORMATS = new Map<string, Intl.DateTimeFormat | null>();
/** Days found, by calendar, date and year (bounded: a text naming thousands of years must not grow it). */
const CALENDAR_DAYS = new Map<string, Day | null>();

function calendarFormat(calendar: string): Intl.DateTimeFormat | null {
  let format = CALENDAR_FORMATS.get(calendar);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
        timeZone: 'UTC',
        month: calendar === 'hebrew' ? 'long' : 'numeric',
        day: 'numeric',
      });
      if (format.resolvedOptions().calendar !== calendar) format = null;
    } catch {
      format = null;
    }
    CALENDAR_FORMATS.set(calendar, format);
  }
  return format;
}

/**
 * The first day on or after January 1 of Gregorian year `y` that is day `d` of month `m` (as Intl writes it:
 * "1", "Nisan") in a lunar or lunisolar calendar (Intl's 'chinese', 'hebrew', 'islamic-umalqura'). Months run
 * 29 or 30 days: the search reads a day, then leaps to where the next month or the day must begin (a few dozen
 * reads, not a year's).
 */
function calendarDay(calendar: string, m: string, d: number, y: number): Day | null {
  const key = `${calendar} ${m} ${d} ${y}`;
  if (CALENDAR_DAYS.has(key)) return CALENDAR_DAYS.get(key)!;
  const format = calendarFormat(calendar);
  let found: Day | null = null;
  const first = epochDay({ y, m: 1, d: 1 });
  // every date of these calendars comes round within 385 days
  for (let n = first; format && !found && n < first + 400;) {
    const parts = format.formatToParts(new Date(n * 86_400_000));
    const month = parts.find((p) => p.type === 'month')?.value;
    const day = Number(parts.find((p) => p.type === 'day')?.value);
    if (month === m && day === d) found = fromEpochDay(n);
    else n += month === m && day < d ? d - day : Math.max(1, 30 - day);
  }
  if (CALENDAR_DAYS.size > 500) CALENDAR_DAYS.clear();
  CALENDAR_DAYS.set(key, found);
  return found;
}

/** A holiday's frame: its name, and the day the story gives for it (see ElectionDayRefiner). */
export interface HolidayFrame extends Frame {
  name: string;
  /**
   * Set by the election-day refiner: the frame of the day the story names for its election, or null when the
   * story names none and is not about a US election (the day is unknown). Undefined: the holiday's own day.
   */
  storyDate?: Frame | null;
  /** The holiday's day (or weekend, or week) in a year. */
  periodIn: (y: number) => Period;
  /** The holiday names its season: a noun of what the season holds follows it ("Christmas lights", "Easter holidays"). */
  season?: boolean;
}

export function isHolidayFrame(frame: Frame | undefined): frame is HolidayFrame {
  return frame !== undefined && frame.kind === 'holiday' && 'name' in frame;
}

/** "over Christmas and New Year": a holiday after a preposition of time, and "and/or". */
const JOINED_TO_HOLIDAY = new RegExp(
  `\\b${TIME_PREPOSITIONS}\\s+(?:christmas|hanukkah|the\\s+holidays)\\s+(?:and|or|&)\\s+$`,
);
/** What ends a phrase: a mark, a line break, a conjunction or a preposition (not a noun: "New Year sales"). */
export const PHRASE_ENDS = /^(?:\s*(?:[,.;:!?)]|$)|\s*\n|\s+(?:and|or|to|in|at|on|when|with|for|as|but|until)\b)/i;

/**
 * "New Year" alone as the holiday: written as a name (capitalised; in capitals or in a text written in lower
 * case, case tells nothing) after a preposition of time ("over New Year", "OVER NEW YEAR"), or joined to a
 * holiday that is, where its phrase ends ("over Christmas and New Year"; not "Christmas and New Year sales").
 */
function newYearHoliday(name: string, context: ParsingContext, start: number, end: number): boolean {
  const asName =
    /^New\s+Year$/.test(name) ||
    name === name.toUpperCase() ||
    (name === name.toLowerCase() && writesSentencesInLowerCase(context.text));
  if (!asName) return false;
  if (TIME_PREPOSITION.test(textBefore(context, start, 16))) return true;
  return JOINED_TO_HOLIDAY.test(textBefore(context, start, 40)) && PHRASE_ENDS.test(textAfter(context, end, 12));
}

/**
 * A year counted from publication later in the holiday's clause: "Easter falls early next year", "Thanksgiving is
 * late next year", "spent Christmas in Rome last year"; or written after "in": "Christmas sales in 2023 rose 5%". Up
 * to eight words between, none that opens another clause or compares ("than", "compared"), and not right after a word
 * that makes the year a point of comparison ("sales rose from last year", "up 3% on last year", "over last year"),
 * nor "last year's".
 */
const YEAR_LATER_IN_CLAUSE =
  /^((?:\s+[\w'’-]+){0,8}?)\s+(?:(?:(?:early|late|earlier|later)\s+)?(this|next|last)\s+year|in\s+((?:1[89]|20)\d\d))(?![\w'’-])/i;
/** The cheap test before YEAR_LATER_IN_CLAUSE, in any casing ("CHRISTMAS SALES WILL FALL THIS YEAR"). */
const YEAR_WORD = /\syear|\sin\s+\d{4}/i;
const CLAUSE_OR_COMPARISON =
  /\b(?:and|but|or|which|that|who|when|where|while|because|if|as|than|compared|versus|vs|against|said|says)\b/i;
const COMPARED_FROM = /\b(?:from|over|on|to|with|since|than|against|of|before|after)$/i;

/** A year later in the holiday's clause: "this", "next" or "last" of it, or the year as written. */
type YearInClause = { which: 'this' | 'next' | 'last' } | { written: number };

/** The year told later in the holiday's clause, if any (`after`: the text after it). */
function yearLaterInClause(after: string): YearInClause | undefined {
  // (cheap first: most holidays have no year after them)
  if (!YEAR_WORD.test(after)) return undefined;
  const found = YEAR_LATER_IN_CLAUSE.exec(after);
  if (!found || CLAUSE_OR_COMPARISON.test(found[1]!) || COMPARED_FROM.test(found[1]!)) return undefined;
  return found[3] ? { written: Number(found[3]) } : { which: found[2]!.toLowerCase() as 'this' | 'next' | 'last' };
}

/**
 * After a holiday, a noun of what its season holds: "Christmas shopping", "Thanksgiving travel", "Easter holidays",
 * "Christmas shoppers crowded the high street". What a past clause tells of them happened in the run-up to the holiday
 * or on it, and the holiday may still be ahead ("Christmas shopping began early this year", told in November).
 */
const SEASON_NOUN_AFTER =
  /^[^\S\n]+(?:shopping|shoppers?|sales|spending|trading|retail|rush|season|period|travel|travell?ers|getaway|bookings?|orders|deliveries|post|parcels|hiring|lights|decorations|markets?|trees?|parties|party|menus?|adverts?|ads|campaigns?|holidays?|break|concerts?|shows?|pantomimes?|displays?|celebrations|preparations|festivities)\b/i;
/** How long before a holiday its season begins: shoppers, travellers and parties of it are told from then on. */
const SEASON_DAYS = 42;
/** "after" or "following" right before a holiday: "after Christmas", "after the Easter holidays". */
const AFTER_BEFORE = /\b(?:after|following)\s+(?:the\s+)?$/i;
/**
 * Told in the future or the present, what comes "after" a holiday follows the one just gone when it ended this many
 * days before publication or fewer ("Schools reopen after Christmas", told on 2 January): a holiday's break lasts
 * about two weeks.
 */
const AFTERMATH_DAYS = 14;

/** A season "this year" in a past clause may point this far ahead to its holiday. */
const HALF_YEAR_DAYS = 183;

export class HolidayParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The first word of a holiday's name (or "patrick" after "St."). */
  protected override readonly triggerWords = triggers(
    'juneteenth earth workers thanksgiving black cyber christmas xmas new chinese lunar jewish rosh martin mlk presidents president washington valentine patrick patty paddy april groundhog groundhogs flag patriot columbus indigenous kwanzaa mothering mother mothers father fathers memorial labor labour independence fourth july election polling veteran veterans armistice remembrance halloween boxing bonfire guy easter palm maundy holy good ash shrove fat mardi pancake ascension pentecost whit trinity orthodox clean yom passover pesach hanukkah hanukah chanukah chanukkah eid',
  );
  /** "this coming St. " */
  override readonly keywordLead = 20;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const [, whichText, nameText, weekendText, fullYear, yearWhich, shortYear] = match;
    // "Easter '06": a year in two digits after an apostrophe, of the century the month parser gives
    const yearText = fullYear ?? (shortYear ? String(yearOf(`'${shortYear}`)) : undefined);
    const name = nameText!;
    const holiday = holidayNamed(name);
    if (!holiday.day(2000)) return null; // a calendar this platform's Intl lacks
    // "Easter week weekend", "election day weekend": no holiday weekend
    if (weekendText && (holiday.week || /^(?:election|polling)/i.test(name))) return null;
    if (holiday.weekendOnly && !weekendText) return null;
    const before = textBefore(context, index, 16);
    // a name that is also a phrase in lower case ("a good friday", "her mother's day", "the president's day")
    // is the holiday when written as a name, or with date context: "last"/"next", a year, a preposition of time
    const dated = whichText || yearText || yearWhich || TIME_PREPOSITION.test(before);
    if (holiday.ambiguous && !titled(name) && !dated) return null;
    // an idiom ("a Groundhog Day feeling") is the day only with date context, in any case
    if (holiday.idiom && !dated) return null;
    // "the country's Independence Day", "Kenya's Election Day": another country's
    if (/^(?:independence|election|polling)/i.test(name) && /['’]s\s+$/.test(before)) return null;
    if (/^new\s+year/i.test(name) && OTHER_NEW_YEAR.test(before)) return null;
    // "the new year" is a year to come; "New Year" alone is the holiday written as a name and governed by a
    // preposition of time ("over New Year", not "New Year sales")
    if (/^new\s+year$/i.test(name) && !newYearHoliday(name, context, index, index + match[0].length)) return null;
    const which = whichText?.toLowerCase().replace(/\s+/g, ' ');
    const dayIn = (y: number): Day => holiday.day(y)!;
    const periodIn = (y: number): Period =>
      holiday.week ? weekPeriod(dayIn(y)) : weekendText ? holidayWeekend(dayIn(y), name) : dayPeriod(dayIn(y));
    const label = weekendText ? `the ${name.replace(/^the\s+/i, '')} weekend` : name;
    const laterYear =
      which || yearText || yearWhich ? undefined : yearLaterInClause(textAfter(context, index + match[0].length, 70));
    // "MPs return after the Christmas recess", told on 2 January: what comes after the holiday may follow the one
    // just gone
    const following = !which && AFTER_BEFORE.test(before);
    // ("Christmas shopping": not a week or a weekend, which name their own stretch)
    const season =
      !holiday.week && !weekendText && SEASON_NOUN_AFTER.test(textAfter(context, index + match[0].length, 24));
    const frame: HolidayFrame = {
      kind: 'holiday',
      name,
      periodIn,
      ...(season ? { season } : {}),
      resolve: (ctx) => {
        const { dct, tense } = ctx;
        if (frame.storyDate) {
          const given = frame.storyDate.resolve({ ...ctx, tense: frame.storyDate.tense ?? tense });
          if (given?.period?.granularity === 'day') {
            const reading = { ...given, why: `the day the story gives for its election: ${given.why}` };
            delete reading.usedAnchor;
            return reading;
          }
        }
        if (frame.storyDate === null)
          return unplacedReading(
            yearText ? `${yearText}-XX-XX` : 'XXXX-XX-XX',
            `${name}: the story names no day for its election, and it is no US election`,
          );
        if (yearText) {
          const y = Number(yearText);
          return dateReading(periodIn(y), `${label} ${y}: ${humanDay(dayIn(y))}`);
        }
        if (laterYear && 'written' in laterYear) {
          // "Christmas sales in 2023 rose 5%": the holiday of the year its clause writes
          const y = laterYear.written;
          return dateReading(periodIn(y), `${label} with "in ${y}" in its clause: ${humanDay(dayIn(y))}`);
        }
        if (!dct)
          return unplacedReading(
            holiday.week ? 'XXXX-WXX' : weekendText ? 'XXXX-WXX-WE' : 'XXXX-XX-XX',
            `${name} of an unknown year`,
          );
        if (yearWhich) {
          // "Thanksgiving of next year", "MLK Day last year": the year counted from publication
          const y = dct.y + { last: -1, this: 0, next: 1 }[yearWhich.toLowerCase() as 'last' | 'this' | 'next'];
          return dateReading(periodIn(y), `${label} of ${yearWhich.toLowerCase()} year: ${humanDay(dayIn(y))}`);
        }
        const t = frame.tense ?? tense;
        if (laterYear) {
          // "Easter falls early next year": the holiday of that year; "this year" in a past clause not one still ahead
          const y = dct.y + { last: -1, this: 0, next: 1 }[laterYear.which];
          // (not a season still far off: "Christmas shopping began early this year" told in January is the last one's)
          const ahead = epochDay(periodIn(y).first) - epochDay(dct);
          if (!(t === 'past' && ahead > 0 && (!season || ahead > HALF_YEAR_DAYS)))
            return dateReading(
              periodIn(y),
              `${label} with "${laterYear.which} year" in its clause: ${humanDay(dayIn(y))}`,
            );
        }
        const { y, rule } = holidayYear(dct, periodIn, which, t, season, following);
        const reading = dateReading(periodIn(y), `${rule}: ${label} ${y}, ${humanDay(dayIn(y))}`);
        // "Christmas shoppers crowded the high street", told on 10 December: what the season held up to publication,
        // not the day still ahead (the value stays the holiday's); so is a season told in the present once it has
        // begun ("Christmas market returns to the square", "the Christmas lights are up"), not one told ahead
        const first = periodIn(y).first;
        const seasonStart = addDays(first, -SEASON_DAYS);
        if (
          season &&
          t !== 'future' &&
          t !== 'deadline' &&
          epochDay(first) > epochDay(dct) &&
          epochDay(seasonStart) <= epochDay(dct)
        ) {
          reading.from = isoDay(seasonStart);
          reading.to = isoDay(addDays(dct, 1));
          reading.granularity = 'day';
          reading.why += `; placed over its season up to publication, ${reading.from} to ${isoDay(dct)}`;
        }
        return reading;
      },
    };
    return frame;
  }
}

/**
 * A holiday's weekend ("the Labor Day weekend", "Thanksgiving weekend", "the Easter long weekend"): the weekend
 * nearest the holiday with the holiday itself, Saturday to Monday for a Monday, Thursday to Sunday for
 * Thanksgiving, Good Friday to Easter Monday for Easter. Its value is that weekend's (`2024-W35-WE`).
 */
function holidayWeekend(day: Day, name: string): Period {
  const weekday = isoWeekday(day); // 1 = Monday
  // the weekend before a Monday or Tuesday, else the one on or after the day
  const saturday = addDays(day, weekday <= 2 ? -weekday - 1 : 6 - weekday);
  let first = weekday >= 6 ? saturday : epochDay(day) < epochDay(saturday) ? day : saturday;
  let last = weekday <= 2 ? day : addDays(saturday, 1);
  if (/^easter/i.test(name)) {
    first = addDays(day, -2);
    last = addDays(day, 1);
  }
  const weekend = weekendPeriod(saturday);
  return { ...weekend, from: isoDay(first), to: isoDay(addDays(last, 1)), first };
}

/** Every word of a name begins with a capital ("Good Friday", "GOOD FRIDAY", "Mother's Day"). */
const titled = (name: string): boolean => name.split(/\s+/).every((word) => /^[A-Z]/.test(word));

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
  season = false,
  following = false,
): { y: number; rule: string } {
  const now = epochDay(dct);
  const spans = [dct.y - 1, dct.y, dct.y + 1].map((y) => {
    const p = periodIn(y);
    return { y, start: epochDay(p.first), end: epochDay(parseIsoDay(p.to)!) };
  });
  if (which === 'this') return { y: dct.y, rule: '"this": the one of the publication year' };
  if (which === 'last' || which === 'this past')
    return { y: spans.filter((s) => s.end <= now).at(-1)!.y, rule: `"${which}": the one before publication` };
  if (which === 'next' || which === 'this coming' || which === 'coming')
    return { y: spans.find((s) => s.start > now)!.y, rule: `"${which}": the one after publication` };
  // "Christmas shoppers crowded the high street" told on 10 December: this Christmas, whose season has begun
  if (tense === 'past' && season)
    return {
      y: spans.filter((s) => s.start - SEASON_DAYS <= now).at(-1)!.y,
      rule: `${tenseWord(tense)} of the holiday's season: the latest one whose season (${SEASON_DAYS} days before it) had begun by publication`,
    };
  if (tense === 'past')
    return {
      y: spans.filter((s) => s.start <= now).at(-1)!.y,
      rule: `${tenseWord(tense)}: the latest one on or before publication`,
    };
  const gone = following ? spans.filter((s) => s.end <= now).at(-1) : undefined;
  if (gone && now - gone.end < AFTERMATH_DAYS)
    return {
      y: gone.y,
      rule: `what comes after it, told ${tense ? tenseWord(tense) : 'with no tense cue'}: the one just gone, ${now - gone.end + 1} days before publication`,
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
