/**
 * Years written as numbers: "in 2013", "2013's", "mid-2013" (MID), "early 2016" (START), "the end of 1990" (END),
 * "fiscal 1989". Not years: quantities ("2,013 people", "1990 troops", "1000 years", "$2000", "1999.5", "page 2013"), names
 * ("Russell 2000 Index") and versions of products ("Windows Server 2003", "Office 2010").
 */
import { yearPeriod } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, narrowed } from '../periods.js';
import { DECADE_WORDS, DIGIT_WORDS, parsePointMod, POINT_MOD, POINT_MOD_START_WORDS, TEEN_WORDS } from '../words.js';
import { textAfter, textBefore, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';
import { startWords, triggers, type TriggerWords } from '../word-index.js';
import { isDayClock } from './time-parser.js';

const PATTERN = new RegExp(
  // ("FY24", "FY '24": a fiscal year in two digits, as company reports write it)
  `(${POINT_MOD})?(?:(fiscal(?:\\s+year)?|FY|calendar(?:\\s+year)?|the\\s+year|model\\s+year)\\s*['’]?)?(1\\d{3}|20\\d{2}|21\\d{2}|(?<=\\bFY\\s?['’]?)\\d{2})(?![\\d,]\\d|\\d)`,
  'i',
);

/** What a year never precedes: a unit, a percentage, a countable noun. */
export const QUANTITY_AFTER =
  /^(?:[.,]\d|\s*(?:%|percent|per\s*cent|people|persons|troops|soldiers|men|women|children|students|workers|employees|jobs|votes|seats|cases|deaths|dead|units|shares|tons|tonnes|barrels|cars|vehicles|homes|houses|km|kilomet|miles|meters|metres|feet|ft|yards|pounds|lbs|kg|dollars|euros|yen|points|hours|minutes|days|weeks|months|years|yrs|decades|centuries|seconds|calories|acres|hectares|square|sq|rooms|beds|flights|pages|words|copies|members|delegates|officers|police|refugees|protesters|residents|patients|locations|stores|branches|plants|sites|mw|megawatts|gb|mb|mph|ppm|households|families|customers|fans|spectators|visitors|passengers|voters|marchers|demonstrators|participants|runners|volunteers|firefighters|staff|animals|guests|pupils|teachers|nurses|doctors|inmates|prisoners|migrants|victims|casualties|athletes|competitors)\b)/;

/**
 * The rest of a range whose far end is a number of as many digits or more, after a number ("1500 and 2,000", "1500 to
 * 2000", "1500-2000"; not "2019 to 15 tonnes", where 2019 is the year of the first figure):
 * what follows it tells a count range ("between 1500 and 2000 people") from a range of years.
 */
const RANGE_REST = /^\s*(?:and|to|or|-|–)\s*(?:\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,.]\d)/;
/** What a year never follows: currency, numbering, arithmetic. */
const QUANTITY_BEFORE =
  /(?:[$€£¥#]|\d[.,]|\bno\.|\bnumber|\bnos?\.?|\bpage|\bp\.|\broom|\broute|\bflight|\bhighway|\bsection|\barticle|\brule|\bversion|\bmodel|\bpsalm|\bresolution|\b[a-z]{1,3}-|\/|:)\s*$/;

/** The close of a span of two years after the first ("-27", "/2027", " – 27"): the year after, checked by the reader. */
const SPAN_CLOSE = /^\s?[-–/]\s?(\d{4}|\d{2})(?![\w/-]|\.\d)/;

/** A year and a slash before it ("2019/"): the year after may close a pair of years written "2019/2020". */
const YEAR_SLASH_BEFORE = /(?<![\w/.-])(1\d{3}|20\d{2})\s?\/\s?$/;

/** Whether `year`, after the text `before`, closes a season or a fiscal year written "2019/2020" (the next year). */
function closesYearPair(before: string, year: number): boolean {
  const m = YEAR_SLASH_BEFORE.exec(before);
  return m !== null && closesSpan(Number(m[1]), String(year));
}

/** Whether `written` ("27", "2027", "00") names the year after `year`: the close of a span "2026-27", "1999-00". */
export function closesSpan(year: number, written: string): boolean {
  return Number(written) === (written.length === 4 ? year + 1 : (year + 1) % 100);
}

/** A year and a comma before it: the year after is the next of a list ("in 1994, 1995 and 1997"). */
const YEAR_IN_LIST_BEFORE = /(?<![\d,.$€£¥#])(?:1\d{3}|20\d{2}),\s+$/;

/**
 * A software product whose versions are named after years: "Windows Server 2003", "Microsoft Office 2010",
 * "SQL Server 2008", "Visual Studio 2019", "Excel 2013" (not "the Home Office 2015 report": a capitalised word
 * before "Office" makes another name).
 */
const PRODUCT_BEFORE =
  /(?:\bWindows(?:\s+(?:NT|XP|Server|Home|Professional))?|\bServer|\bVisual\s+Studio|\bMicrosoft\s+(?:Office|Word)|(?<![A-Z][a-z]*\s)\bOffice|\b(?:Excel|PowerPoint|Outlook|SharePoint|Visio|Lync|AutoCAD|QuickBooks|TurboTax))\s+$/;

/**
 * A length before "by" ("2880 pixels by", "40 feet by"), or any number before "x": what follows is a size's other
 * side ("reached 300 by 1950" stays a year).
 */
const DIMENSION_BEFORE =
  /\d\s*(?:(?:pixels?|px|feet|foot|ft|inch(?:es)?|in|cm|mm|met(?:er|re)s?|m|miles?|km|yards?)\s+(?:by|x|×)|x|×)\s*$/;

const TEEN = TEEN_WORDS.join('|');
const TENS = DECADE_WORDS.slice(2).join('|');
const DIGIT = DIGIT_WORDS.slice(1).join('|');
/** The part of a year said after "hundred": "nineteen hundred (and) ninety-three", "seventeen hundred thirty". */
const HUNDRED_REST = `(?:\\s+(?:and\\s+)?(?:(?<hTeen>${TEEN})|(?<hTens>${TENS})(?:[\\s-]+(?<hUnit>${DIGIT}))?|(?<hDigit>${DIGIT})))?`;
/** A year said in words, its parts named (the alternatives of SPOKEN). */
const SPOKEN_WORDS =
  // this century's: "twenty fifteen", "twenty twenty-one", "twenty oh nine"
  `twenty[\\s-]+(?:(?<twTeen>${TEEN})|(?<twTens>${TENS})(?:[\\s-]+(?<twUnit>${DIGIT}))?|oh[\\s-]+(?<twOh>${DIGIT}))` +
  // "two thousand ten", "two thousand and twelve", "two thousand twenty-one", "two thousand and one"
  `|two\\s+thousand\\s+(?:and\\s+)?(?:(?<thTeen>${TEEN})|(?<thTens>${TENS})(?:[\\s-]+(?<thUnit>${DIGIT}))?|(?<thDigit>${DIGIT}))` +
  // "nineteen ninety-six", "eighteen hundred", "nineteen hundred and ninety-three", "nineteen oh five"
  `|(?<century>${TEEN})[\\s-]+(?:(?<hundred>hundred)${HUNDRED_REST}|(?<tens>${TENS})(?:[\\s-]+(?<unit>${DIGIT}))?|oh[\\s-]+(?<ohUnit>${DIGIT}))` +
  '|two\\s+thousand';
const SPOKEN = new RegExp(`(?:the\\s+year\\s+)?(?:${SPOKEN_WORDS})(?![\\w-])`, 'i');
const SPOKEN_WHOLE = new RegExp(`^(?:${SPOKEN_WORDS})$`, 'i');

/**
 * A year said in words whole, for a month's or a season's year ("August two thousand and fifteen", "June nineteen
 * hundred ninety"): the words of SPOKEN without their names, so that a year said at length is not cut short.
 */
export const SPOKEN_YEAR_WORDS = `(?:${SPOKEN_WORDS.replace(/\(\?<\w+>/g, '(?:')})(?![\\w-])`;

/** The year that words said in full name ("two thousand and fifteen": 2015), or null. */
export function spokenYearValue(text: string): number | null {
  const m = SPOKEN_WHOLE.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const g = m.groups!;
  if (g.century) {
    const c = TEEN_WORDS.indexOf(g.century.toLowerCase()) + 10;
    return (
      c * 100 +
      (g.hundred ? wordValue(g.hTeen, g.hTens, g.hUnit, g.hDigit) : wordValue(undefined, g.tens, g.unit, g.ohUnit))
    );
  }
  return (
    2000 +
    (/^twenty/i.test(text.trim())
      ? wordValue(g.twTeen, g.twTens, g.twUnit, g.twOh)
      : wordValue(g.thTeen, g.thTens, g.thUnit, g.thDigit))
  );
}

/**
 * Whether a year sits in a run of digit groups joined by hyphens that is a phone number or a code: a group of three
 * digits ("555-2012", "1-800-2010"), or three groups or more that are not all years ("138-2010-2015"; a date in
 * digits, "2015-03-12", is read whole by the numeric parsers). "1998-2010", "2009-2010-2011" stay years.
 */
function inDigitCode(before: string, after: string): boolean {
  const groups = [
    ...(/(?<![\w-])(?:\d+-)+$/.exec(before)?.[0] ?? '').split('-'),
    ...(/^(?:-\d+)+(?![\w-])/.exec(after)?.[0] ?? '').split('-'),
  ].filter((g) => g !== '');
  if (groups.length === 0 || groups.every((g) => /^(?:1\d|20)\d\d$/.test(g))) return false;
  return groups.some((g) => g.length === 3) || groups.length >= 2;
}

/** The value of a number word below a hundred as this parser reads it (a teen, tens and a unit, a digit). */
function wordValue(teen?: string, tens?: string, unit?: string, digit?: string): number {
  if (teen) return 10 + TEEN_WORDS.indexOf(teen.toLowerCase());
  if (tens) return DECADE_WORDS.indexOf(tens.toLowerCase()) * 10 + (unit ? DIGIT_WORDS.indexOf(unit.toLowerCase()) : 0);
  return digit ? DIGIT_WORDS.indexOf(digit.toLowerCase()) : 0;
}

/**
 * Years said in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand"; this century's
 * ("twenty fifteen", "two thousand and twelve") only as a year is named: after "the year" or a preposition of time.
 */
export class SpokenYearParser extends TimexParser {
  protected readonly regex = SPOKEN;
  /** Its first word ("nineteen", "ten", "twenty") or the "thousand" of "two thousand". */
  protected override readonly triggerWords = triggers(`${TEEN_WORDS.join(' ')} twenty thousand`);
  /** "the year two " before "thousand" */
  override readonly keywordLead = 16;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const text = match[0];
    const g = match.groups!;
    if (g.century) {
      if (TEEN_WORDS.indexOf(g.century.toLowerCase()) + 10 < 15) return null;
    } else if (
      !/^the\s+year/i.test(text) &&
      !/\b(in|since|by|of|until|from|before|after|through|during)\s+$/i.test(textBefore(context, index, 10))
    )
      return null;
    const year = spokenYearValue(text.replace(/^the\s+year\s+/i, ''));
    if (year === null) return null;
    // "nineteen ninety" people: a following noun of quantity means a number
    if (QUANTITY_AFTER.test(textAfter(context, index + text.length, 16))) return null;
    return {
      kind: 'year',
      timeless: true,
      resolve: () => dateReading(yearPeriod(year), `the year ${year}, said in words`),
    };
  }
}

export class YearParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The year's four digits: a whole run of digits (PATTERN: no digit before nor after it). */
  protected override readonly triggerWords: TriggerWords = { words: ['fy'], digitRuns: [4] };
  /** "the very beginning of the " + "calendar year " */
  override readonly keywordLead = 60;
  /** The first words of a point modifier (words.ts POINT_MOD), of "fiscal", "FY", "calendar", "model", or the year. */
  protected override readonly startWords = startWords(`${POINT_MOD_START_WORDS} ` + 'fiscal fy calendar model', true);

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | FrameMatch | null {
    const [, modText, fiscal, yearText] = match;
    // (two digits only after "FY": "FY24" is 2024, "FY98" 1998, as a month's short year reads them)
    const year = yearOf(yearText)!;
    const end = index + match[0].length;
    if (!modText && !fiscal) {
      const before = textBefore(context, index, 12);
      // a number before it makes a quantity ("3.5 2000"), a year before it a list of years ("in 1994, 1995 and 1997")
      if (QUANTITY_BEFORE.test(before) && !YEAR_IN_LIST_BEFORE.test(before) && !closesYearPair(before, year))
        return null;
      // "call 555-2012", "+86 138-2010-2015", "2010-2015-86": a group of a phone number or a code, no year
      if (inDigitCode(context.text.slice(Math.max(0, index - 24), index), textAfter(context, end, 24))) return null;
      // "2880 pixels by 1800", "1920 x 1080": a side of a size, no year
      if (DIMENSION_BEFORE.test(textBefore(context, index, 24)) || /^\s*[x×]\s*\d/.test(textAfter(context, end, 6)))
        return null;
      const after = textAfter(context, end, 40);
      if (QUANTITY_AFTER.test(after)) return null;
      // "between 1500 and 2000 people", "from 1500 to 2000 households": the noun after the far end counts both ends
      const rest = RANGE_REST.exec(after);
      if (rest && QUANTITY_AFTER.test(after.slice(rest[0].length))) return null;
      // "tomorrow at 1430", "Monday at 2100": a 24-hour clock on its day (the time parser reads it)
      if (isDayClock(yearText!, textBefore(context, index, 40), textAfter(context, end, 24))) return null;
      // "Windows Server 2003", "Office 2010": a version of a product
      if (PRODUCT_BEFORE.test(context.text.slice(Math.max(0, index - 30), index))) return null;
      // "Russell 2000 Index", "Windows 2000 Server": a number between capitalised words is a name
      if (
        /[A-Z][a-z]+\s+$/.test(context.text.slice(Math.max(0, index - 12), index)) &&
        !/\b(?:In|By|Since|Until|From|Of|During|Before|After|Around|Circa|Through|And|Or|To)\s+$/.test(
          context.text.slice(Math.max(0, index - 8), index),
        ) &&
        /^\s+[A-Z]/.test(context.text.slice(end, end + 3))
      )
        return null;
      // Years before 1500 are rare in news: accept them only after a temporal word.
      if (
        year < 1500 &&
        !/\b(in|since|of|from|until|by|around|circa|c\.|year|before|after)\s+$/.test(textBefore(context, index, 12))
      )
        return null;
    }
    const pointMod = parsePointMod(modText);
    // "the start of the 2026-27 financial year", "the end of the 2024/25 season": the edge is the span's, which opens
    // in one year and closes in the next: one phrase, in the year the edge lies in (not the start of calendar 2026)
    const span = pointMod && pointMod.mod !== 'MID' ? SPAN_CLOSE.exec(textAfter(context, end, 8)) : null;
    if (span && closesSpan(year, span[1]!)) {
      const closing = year + 1;
      const edgeYear = pointMod!.mod === 'END' ? closing : year;
      const edge = pointMod!.mod === 'END' ? 'end' : 'start';
      const frame: Frame = {
        kind: 'year',
        timeless: true,
        resolve: () =>
          dateReading(
            yearPeriod(edgeYear),
            `the ${edge} of the span ${year}-${closing}, as written, lies in ${edgeYear}`,
          ),
      };
      return { frame, length: match[0].length + span[0].length };
    }
    return {
      kind: 'year',
      timeless: true,
      resolve: ({ dct }) => {
        const period = yearPeriod(year);
        const reading = dateReading(
          period,
          pointMod
            ? `the ${{ START: 'start', MID: 'middle', END: 'end' }[pointMod.mod as 'START' | 'MID' | 'END'] ?? 'part'} of ${year}, as written`
            : `the year ${year} as written`,
          pointMod?.mod,
        );
        if (pointMod)
          Object.assign(
            reading,
            narrowed(period, pointMod.mod, { relativeToNow: pointMod.relativeToNow, dct, half: pointMod.half }),
          );
        return reading;
      },
    };
  }
}

/** A written year: "2016", "'16", "98" (after a dash), "nineteen ninety-six"; null when none. */
export function yearOf(text: string | undefined): number | null {
  if (!text) return null;
  if (/^[a-z]/i.test(text)) return spokenYearValue(text);
  const digits = text.replace(/^['‘’]/, '');
  if (digits.length === 4) return Number(digits);
  const n = Number(digits);
  return 1900 + n + (n < 30 ? 100 : 0);
}
