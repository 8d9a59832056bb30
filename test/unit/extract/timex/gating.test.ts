/**
 * Gated patterns (timex-parser.ts, word-index.ts) only skip work: a parser finds the same phrases with its
 * gated pattern as with its plain one, on news text, on sentences of every family the parsers read, in any
 * casing, and on random text made of their words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Chrono, type Parser } from 'chrono-node/en';
import { CHRONO_PARSERS, TIMEX_PARSERS } from '../../../../src/extract/timex/engine.js';
import type { ParsingContext, PhraseParser } from '../../../../src/extract/timex/match.js';

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** The parsers whose pattern is gated (ours and chrono's digit-date parsers): their pattern is not a plain RegExp. */
const gated = [...TIMEX_PARSERS, ...(CHRONO_PARSERS as unknown as PhraseParser[])].filter((parser) => {
  const pattern = parser.pattern({ text: 'x', createParsingResult: () => ({ index: 0, text: '' }) } as ParsingContext);
  return pattern.constructor !== RegExp && pattern.source !== '^(?!)';
});

/** The same parser with its plain pattern: every position of the text is tried. */
function ungated(parser: PhraseParser): Parser {
  return {
    pattern: (context: ParsingContext) => {
      const p = parser.pattern(context);
      return new RegExp(p.source, p.flags);
    },
    extract: (context: ParsingContext, match: RegExpExecArray) => parser.extract(context, match),
  } as unknown as Parser;
}

function phrases(parser: Parser, text: string): string[] {
  return new Chrono({ parsers: [parser], refiners: [] }).parse(text, REFERENCE).map((r) => `${r.index}:${r.text}`);
}

function assertSamePhrases(text: string): void {
  for (const parser of gated) {
    assert.deepEqual(
      phrases(parser as unknown as Parser, text),
      phrases(ungated(parser), text),
      `${parser.constructor.name} on ${JSON.stringify(text.slice(0, 120))}`,
    );
  }
}

/** Sentences of every family the gated parsers read, and near misses. */
const FAMILIES = [
  'Two days later, a week earlier, the year before, three months afterwards, 10 days beforehand, the previous day.',
  'The next morning, that same week, the following month, earlier that year, the day after, late in the day.',
  'At the close of trading, the end of business, in the morning, the start of the day, the day of the vote.',
  'Five years ago, three weeks from now, two decades hence, ten years back, a couple of years or so ago.',
  'The 10-day strike, a two-year-old, decades-long feud, now in its sixth year, over the years, for 3 hrs.',
  'The past two months, the next few days, more than four hours, the nine months, a fortnight, 2 wks, 6 mos.',
  'Today, yesterday, tomorrow morning, the day before yesterday, the day after tomorrow, latertoday, earlier today.',
  'Tonight, overnight, this morning, last night, Friday evening, by midafternoon, in mid-afternoon, at midday.',
  'Christmas Eve, New Year’s Day, new year, Valentine’s Day, Good Friday, Labour Day, Memorial Day, Boxing Day.',
  'Thanksgiving 2015, last Easter, this coming Halloween, Independence Day, Veterans Day, Election Day.',
  'MLK Day, Martin Luther King Jr. Day, Presidents’ Day, this coming St. Patrick’s Day, mother’s day 2012, Cyber Monday.',
  'Palm Sunday, trinity sunday, clean monday 2018, Lunar New Year, Yom Kippur, Eid al-Fitr, Hanukkah, Black Friday.',
  'By end of year, the beginning of month, end-2019, by end-June, the end of previous week, the close of the prior year.',
  'In March 2016, on Sept. 3, mid-March, may go, Jan.15, the fourth of July, October 12, Dec 2019.',
  'Now, right now, nowadays, currently, recently, the recent sale, these days, at present, for the time being.',
  'This time, the near term, the foreseeable future, very soon, the coming weeks, the days ahead, lately.',
  'As soon as possible, the then-current rules, more recently, the past, the present, most recent, presently.',
  'By year-end, at year’s end, around the end of the year, this week, last month, the fiscal year, next qtr.',
  'The very beginning of the following calendar year, late last year, this past weekend, last yr, the decade.',
  'The same period last year, the corresponding quarter a year earlier, the quarter a year ago, comparable month.',
  'Last spring, the summer of 2014, this coming winter, fall 2013, every other week, each July, twice a year.',
  'The past three summers, the last two winters, the current winter, the coming autumn, last season, Larry Summers.',
  'Daily, weekly, annually, three times a month, every Monday, every two years, once a week, several times a day.',
  'On Monday, last Friday, Sat., Mon. morning, Tuesdays, earlier the following Thursday, Wed., the next Sunday.',
  'The third quarter, Q3 2023, 2023-Q3, 3Q, H1 2020, the year-ago period, the latest quarter, the first half.',
  'At 10:35 a.m. (0735 GMT), 3 p.m. EST, noon, midnight, 0735Z, 6 o’clock, at night, 9pm, 10 in the morning.',
  'At 3:30-6 p.m. on Friday, from 7 a.m. to 8 p.m. Thursday, 3-4pm, between 9 and 11 a.m., 15:00-18:00 GMT.',
  "At 3 o'clock in the afternoon, eleven o'clock in the evening, at 8 tonight, tonight at 11, at 9 tomorrow morning.",
  'At a quarter past 3pm, half past three, ten minutes to three, quarter to twelve, twenty after twelve, at 18:32:56.',
  'At seven thirty p.m., six-forty a.m., nine oh five pm, eleven forty-five P.M., the score was seven thirty.',
  'In 2:05:37, at 8 GMT, Thu at 8 GMT, at 9:30 est, 10 pm pst, Friday evening, at 7, from 10.30 through 11.30 a.m.',
  'The week of March 6, the week of Oct. 17, 2016, the week of the vote, the week of Feb. 31.',
  'The first Tuesday in November, the last Thurs. of May 2019, the 2nd weekend of June, the last day of February.',
  'In 753 BC, 1000 B.C., 567 bc, 146 B.C.E., AD 79, 300 A.D., the late 5th century B.C., the 3rd century A.D., an ad.',
  'The twenty-second of next month, the 3rd of this month, Tuesday the 26th, Fri., the first, Sunday the 3rd day.',
  'Charged on the 5th, due by the 15th. Until the 1st it ran; on the 15th floor, since the 2nd, the 20th century.',
  'Over the week-end, next week-end, the last week-end of May, on Tuesday 19th, finished Saturday 3rd in the table.',
  'On February the 15th, June the 4th, 2013, in March the 2nd Division, March the 3rd at noon, May the 1st workers.',
  'By month-end, at month’s end, by mid-year, in midyear, since mid-month, by mid-year 2012, the month-end report.',
  "The week after next, the Friday after next, the weekend before last, the year after next week's vote, monday before last.",
  'The 1990s, the ’90s, the nineties, the 20th century, two to three weeks, six to nine months, 12 to 18 months.',
  'In 2013, mid-2013, mid2014, early 2016, the end of 1990, fiscal 1989, FY2015, the calendar year 2012, 2013’s vote.',
  'The very beginning of the fiscal year 2018, late in 2019, the first half of 2020, model year 2021, 1999.5, 12013.',
  'Since 2,013 people, 1990 troops, 2000 years, page 2013, Windows Server 2003, call 555-2012, 2880 by 1800, 1492.',
  'The third quarter of 2015, fiscal 2016 second-quarter, Q3 2023, 2023 Q3, 3Q 2023, H1 2020, 2019-H2, Q4 ’19.',
  'The year-ago quarter, the prior-year period, this year’s first half, the June quarter, the first and second quarters.',
  'From Sept. 3-5, April 24 and 25, on July 4 or 5 people, 3–5 September, the 3rd to the 5th of May, 2011-12, 1998/99.',
  'June 11-16 2026, Oct. 1 through 3, 2015, the 12th – 14th of March, a 3-5 score, 2019-04, 1-800-2010, 7/17-7/18, 4/21.',
  'On 2016-10-17, 2016-10-17T18:30:05Z, 2016/10/17, 2016 Oct 17, 2016.10.7, 10/17/2016, 17.10.2016, 10-17-16, 3/2016.',
  'Dated 12/2016/1, 1/2/3/4/5, 2016-13-45, 20161-10-17, 32/13/2016, 7.5 points, 1.2.3, 4/5ths, x10/2016, 10/20167.',
].join(' ');

test('gated patterns find what the plain patterns find, on the articles of events/', () => {
  assert.ok(gated.length >= 15, `gated parsers: ${gated.map((p) => p.constructor.name).join(', ')}`);
  const dir = new URL('../../../../../events/', import.meta.url);
  const articles = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  assert.ok(articles.length >= 3);
  for (const name of articles) assertSamePhrases(readFileSync(new URL(name, dir), 'utf8'));
});

test('gated patterns find what the plain patterns find, on every family, in any casing', () => {
  assertSamePhrases(FAMILIES);
  assertSamePhrases(FAMILIES.toLowerCase());
  assertSamePhrases(FAMILIES.toUpperCase());
  // a phrase right at the start or the end of the text, and one glued to the word before
  assertSamePhrases('Monday');
  assertSamePhrases('tonight');
  // a clock time whose only trigger is its colon, at either end of the text or glued to a word
  assertSamePhrases('10:30');
  assertSamePhrases('It ends at 9:05');
  assertSamePhrases('x10:30 and 7:15x, 1:2, 12:00:00, 0735Z, 0735 GMTs, ten to 3');
  // a trigger glued to the word before or after ('noonGMT', 'seven thirtypm')
  assertSamePhrases('at noonGMT, at 12 noonGMT, at seven thirtypm, at 3pmGMT, Twoo’clock');
  assertSamePhrases('xMonday and Mondayx, daysago, Q3');
  // a bare hour after its part of day, its "at" or a range's first hour (chrono hands over what follows it), and
  // a range's first hour far before the word that makes it one
  assertSamePhrases('tonight at 11');
  assertSamePhrases('Friday evening,  at  approximately  7. In the evening between 8 and 9, the morning from 9 to 11');
  assertSamePhrases('In the evening, between 12.30 through 1.30 it ran; Sept. 5th at about 6.30, and Fri. at 8 sharp');
  assertSamePhrases(
    'From 12.30 through 11.30 on Wednesday evening, 3-4PM, 8 to 9 ET, 10 – 11 o’clock, 2 and 3 AT NIGHT',
  );
  assertSamePhrases('At midnight between 8 and 9. Goodmorning after 10, the fortnight from 2 to 3.');
  // a decade whose only trigger is the "s" glued to its number, next to possessives and words in "ties"
  assertSamePhrases('1990s');
  assertSamePhrases("the 1990's, in '80s, the ’70s, late 60s, mid-1980s, the mid1990s, x1990s, 1990sx, 90s");
  assertSamePhrases("Obama's parties, the cities' 20s, MP3s, the 747's, the 1900 s, 2000s-era, the seventies-era");
  // dates in digits at either end of the text, and after a match chrono's parser rejects (the rest of the text then
  // starts inside a number)
  assertSamePhrases('2016-10-17');
  assertSamePhrases('10/17/2016');
  assertSamePhrases('3/2016');
  assertSamePhrases('On 1/2/3/4/5/6/7/8/9/10/11/12/2016 and 12/31/2016/12/1 and 99/99/9999/1/1/2016');
});

test('gated patterns find what the plain patterns find, on random text of their words', () => {
  const words = FAMILIES.split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
  const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '-', '\n', '  ', '');
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), separator), { maxLength: 60 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
  fc.assert(
    fc.property(text, (t) => assertSamePhrases(t)),
    { numRuns: 300 },
  );
});
