import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, timexOf, timexes } from './helpers.js';

// Published Wednesday 12 June 2019.
const PUB = '2019-06-12';

/** The events of a sentence as [from, to] pairs. */
function spans(text: string): [string, string][] {
  return extract(text, { published: PUB }).events.map((e) => [e.from, e.to]);
}

test('each end of a written range is a timex, as TimeML tags it', () => {
  assertPlaced('The fair runs Sept. 3-5 in the park.', 'Sept. 3', '2019-09-03', undefined, undefined, PUB);
  assertPlaced('The fair runs Sept. 3-5 in the park.', '5', '2019-09-05', '2019-09-05', '2019-09-06', PUB);
  assertPlaced('The fair runs 3–5 September.', '3', '2019-09-03', undefined, undefined, PUB);
  assertPlaced('The fair runs 3–5 September.', '5 September', '2019-09-05', undefined, undefined, PUB);
  assertPlaced('It runs from the 3rd to the 5th of September.', 'the 3rd', '2019-09-03', undefined, undefined, PUB);
  assertPlaced('Delegates met on May 14 and 15.', '15', '2019-05-15', undefined, undefined, PUB);
  assertPlaced('The 2011-12 season was poor.', '12', '2012', '2012-01-01', '2013-01-01', PUB);
});

test('the event spans the range, from the first day to the last', () => {
  assert.deepEqual(spans('The fair runs Sept. 3-5 in the park.'), [['2019-09-03', '2019-09-06']]);
  assert.deepEqual(spans('The fair runs 3–5 September.'), [['2019-09-03', '2019-09-06']]);
  assert.deepEqual(spans('The fair runs from the 3rd to the 5th of September.'), [['2019-09-03', '2019-09-06']]);
  assert.deepEqual(spans('The fair ran Oct. 8 - Oct. 12 last year.').slice(0, 1), [['2018-10-08', '2018-10-13']]);
  assert.deepEqual(spans('Strikes closed schools between Monday and Wednesday.'), [['2019-06-10', '2019-06-13']]);
  assert.deepEqual(spans('Delegates met on May 14 and 15.'), [['2019-05-14', '2019-05-16']]);
  assert.deepEqual(spans('The 2011-12 season was poor.'), [['2011-01-01', '2013-01-01']]);
  // a bare day after "to" can only close the range: no "from" is needed
  assert.deepEqual(spans('The festival runs July 2nd to 5th.'), [['2019-07-02', '2019-07-06']]);
  assert.deepEqual(spans('Talks were held May 20 until 22.'), [['2019-05-20', '2019-05-23']]);
  // "to the" before the last day, "thru", and a bare day opening before a day and its month
  assert.deepEqual(spans('The fair runs from the 13th to the 15th July.'), [['2019-07-13', '2019-07-16']]);
  assert.deepEqual(spans('The show runs July 13 thru 15.'), [['2019-07-13', '2019-07-16']]);
  assert.deepEqual(spans('The conference is 12 to 16 September.'), [['2019-09-12', '2019-09-17']]);
  assert.deepEqual(spans('He led the gang from the 1930s to the 1960s.'), [['1930-01-01', '1970-01-01']]);
});

test('negative: scores, fractions, a range that runs backwards, a month written in digits', () => {
  assertNone('Spain won 3-5 in the final.', '5');
  assert.deepEqual(
    timexes('The vote was 13-5 on May 2.', PUB).map((t) => t.text),
    ['May 2'],
  );
  // the 2nd after the 9th is no range of days
  assertNone('The fair runs Sept. 9-2 somehow.', '2 somehow');
  assertPlaced('Sales in 2019-04 rose.', '2019-04', '2019-04', '2019-04-01', '2019-05-01', PUB);
  // two days joined by "and" that are not one range stay two events
  assert.equal(spans('They met on Monday and on Friday.').length, 2);
  // a whole day after "to" is a date of its own: the meeting moved (to May 9), it did not run for a week
  assert.deepEqual(spans('The meeting was moved from the agenda of May 2 to May 9.'), [['2019-05-09', '2019-05-10']]);
});

test('a range of weekdays around the publication day is read as one range', () => {
  // Published Tuesday 30 December 2014: Monday was yesterday, Wednesday is tomorrow.
  const tuesday = '2014-12-30';
  const eventSpans = (text: string, published = tuesday) =>
    extract(text, { published }).events.map((e) => [e.from, e.to]);
  // past: the whole range lies before publication, last week's Monday to Wednesday
  assert.deepEqual(eventSpans('They met between Monday and Wednesday.'), [['2014-12-22', '2014-12-25']]);
  assertPlaced('They met between Monday and Wednesday.', 'Wednesday', '2014-12-24', undefined, undefined, tuesday);
  // future: the range opens on the next Monday and ends after it
  assert.deepEqual(eventSpans('The talks will run from Monday to Wednesday.'), [['2015-01-05', '2015-01-08']]);
  // a past range that would end after publication opens a week earlier (told on Friday 26 December)
  assert.deepEqual(eventSpans('The strike lasted from Friday to Sunday.', '2014-12-26'), [
    ['2014-12-19', '2014-12-22'],
  ]);
  assert.deepEqual(eventSpans('The strike lasted from Friday to Sunday.'), [['2014-12-26', '2014-12-29']]);
  // the last end is the first such weekday after the first: the range runs over the weekend
  assert.deepEqual(eventSpans('The fair is open Thursday through Saturday.', '2014-12-26'), [
    ['2014-12-25', '2014-12-28'],
  ]);
  assertPlaced(
    'The show will run from Friday to Monday evening.',
    'Monday evening',
    '2015-01-05TEV',
    undefined,
    undefined,
    tuesday,
  );
});

test('negative: weekdays that are no range keep their own reading', () => {
  const tuesday = '2014-12-30';
  // "and" without "between": two days, each by the tense
  assertPlaced('They met on Monday and Wednesday.', 'Wednesday', '2014-12-24', undefined, undefined, tuesday);
  assert.equal(extract('They met on Friday and on Sunday.', { published: tuesday }).events.length, 2);
});

test('the close of a range counts from the day that opens it, even after a past day told just before', () => {
  // a day told in the past ("on Monday", before publication) precedes a range ahead: "16" still closes June 15
  const text = 'The board met on Monday and urged fans to stay away on June 15 and 16.';
  assertPlaced(text, '16', '2019-06-16', '2019-06-16', '2019-06-17', PUB);
  assert.deepEqual(spans(text), [
    ['2019-06-10', '2019-06-11'],
    ['2019-06-15', '2019-06-17'],
  ]);
});

test('a week written after the last weekday holds the whole range: "from Monday to Wednesday next week"', () => {
  // Published Tuesday 30 December 2014
  const tuesday = '2014-12-30';
  const eventSpans = (text: string) => extract(text, { published: tuesday }).events.map((e) => [e.from, e.to]);
  // it was this Monday (the day before) to next week's Wednesday
  assert.deepEqual(eventSpans('The summit is from Monday to Wednesday next week.'), [['2015-01-05', '2015-01-08']]);
  assert.deepEqual(eventSpans('Talks ran between Tuesday and Thursday of last week.'), [['2014-12-23', '2014-12-26']]);
  assertPlaced('Talks ran from Monday to Thursday last week.', 'Monday', '2014-12-22', undefined, undefined, tuesday);
  // negative: a week written with the first end only is the range's own reading
  assert.deepEqual(eventSpans('The talks will run from next Monday to Wednesday.'), [['2015-01-05', '2015-01-08']]);
});

test('a range of days with no year opens on the latest such day before its close', () => {
  // Monday 17 October 2016: told in the past, the range over New Year is last winter's
  const ran = 'The fair ran from Dec. 28 to Jan. 2.';
  assert.equal(timexOf(ran, 'Dec. 28', '2016-10-17').value, '2015-12-28');
  assert.equal(timexOf(ran, 'Jan. 2', '2016-10-17').value, '2016-01-02');
  // ahead, the coming one
  const runs = 'The fair runs from Dec. 28 to Jan. 2.';
  assert.equal(timexOf(runs, 'Dec. 28', '2016-10-17').value, '2016-12-28');
  assert.equal(timexOf(runs, 'Jan. 2', '2016-10-17').value, '2017-01-02');
  // a range whose last day is not over is the one under way
  const meet = timexOf('meet me from 2 july to 10 july', '2 july', '2022-07-10');
  assert.equal(meet.value, '2022-07-02');
  assert.match(meet.why, /opens the range closing on Sun 10 Jul 2022/);
  // negative: an end with its year is read as written
  assert.equal(timexOf('Talks ran from March 3 to March 5, 2015.', 'March 3', '2016-10-17').value, '2015-03-03');
});

test('"or" between two days of a month: each is a date ("on May 20 or 21")', () => {
  const land = 'The capsule is expected to land on July 20 or 21, the agency said.';
  assertPlaced(land, 'July 20', '2019-07-20', undefined, undefined, PUB);
  assertPlaced(land, '21', '2019-07-21', '2019-07-21', '2019-07-22', PUB);
  assertPlaced('the vote falls on june 27 or 28.', '28', '2019-06-28', undefined, undefined, PUB);
  // negative: a count after "or", and a first number above the second
  assert.deepEqual(
    timexes('On May 3 or 4 workers were hurt.', PUB).map((t) => t.text),
    ['May 3'],
  );
  assertNone('It happened on May 23 or 4 times that week.', '4');
});

test("a year after a range of days with no comma before it is the range's year, where the phrase ends after it", () => {
  const pub = '2025-12-01';
  assertPlaced('The festival runs June 11-16 2026 in Leeds.', 'June 11', '2026-06-11', undefined, undefined, pub);
  assertPlaced('The festival runs June 11-16 2026 in Leeds.', '16 2026', '2026-06-16', undefined, undefined, pub);
  // negative: a number after the range that the phrase goes on from is a count ("5 2015 people")
  assert.ok(!timexes('Prices rose from May 1 to 5 2015 people said.', pub).some((t) => t.value.startsWith('2015')));
});

test('a range of days opened by a date with its clock time closes on the ordinal day in that month', () => {
  assertPlaced('The summit runs from June 18 at 9 a.m. to the 20th.', '20th', '2019-06-20', undefined, undefined, PUB);
  assertPlaced('Voting lasted from May 28 at 7 p.m. until the 30th.', '30th', '2019-05-30', undefined, undefined, PUB);
  // negatives: a bare number after the clock closes a range of clock times, not of days
  assertPlaced('Doors open June 18 at 3pm - 11 for members.', '11', '2019-06-18T23:00', undefined, undefined, PUB);
  assertNone('Polls open June 18 at 7 a.m. or 8 in some towns.', 'or 8', PUB);
});

test('an ordinal in words below the tenth closes a range of days opened by an ordinal day', () => {
  assertPlaced(
    'Hearings were held from the 3rd to the seventh.',
    'the seventh',
    '2019-06-07',
    undefined,
    undefined,
    PUB,
  );
  // negatives: alone, or before a noun, a low ordinal in words is no day
  assertNone('She won on the third attempt.', 'third', PUB);
  assertNone('He was sent on the seventh of his laps.', 'seventh', PUB);
  assertNone('Lifts ran from the 3rd to the seventh floor.', 'seventh', PUB);
});

test('a range opened by a day written in words ("the first of July") opens on the latest such day before its close', () => {
  const DEC = '2019-12-03';
  const passes = 'Passes are valid from the first of July through Aug. 5.';
  assertPlaced(passes, 'the first of July', '2020-07-01', undefined, undefined, DEC);
  assertPlaced(passes, 'Aug. 5', '2020-08-05', undefined, undefined, DEC);
  // negative: two days in two clauses are no range
  assertPlaced(
    'The first of July was hot, and Aug. 5 was not.',
    'The first of July',
    '2019-07-01',
    undefined,
    undefined,
    DEC,
  );
});

test('a range told as a run: "begins on Friday and continues through Sunday" closes after it opens', () => {
  // Published Sunday 6 December 2026: read alone, "Sunday" was the publication day, before the Friday
  const sunday = '2026-12-06';
  const eventSpans = (text: string, published = sunday) =>
    extract(text, { published }).events.map((e) => [e.from, e.to]);
  const festival = 'The festival begins on Friday and continues through Sunday.';
  assertPlaced(festival, 'Friday', '2026-12-11', undefined, undefined, sunday);
  assertPlaced(festival, 'Sunday', '2026-12-13', undefined, undefined, sunday);
  assert.deepEqual(eventSpans(festival).at(-1), ['2026-12-11', '2026-12-14']);
  const closes = [
    'The book fair opens Friday and ends on Sunday.',
    'The market starts on Friday, and will run until Sunday.',
    'Roadworks begin on Friday and last through Sunday.',
    'The exhibition opens Friday and stays open until Sunday.',
  ];
  for (const text of closes) assertPlaced(text, 'Sunday', '2026-12-13', undefined, undefined, sunday);
  // told in the past and over by publication: the whole run lies before it
  const strike = 'The strike began on Monday and continued until Wednesday.';
  assertPlaced(strike, 'Monday', '2026-11-30', undefined, undefined, '2026-12-08');
  assertPlaced(strike, 'Wednesday', '2026-12-02', undefined, undefined, '2026-12-08');
  // opened in the past, goes on ahead: the opening stays the nearest, the close follows it
  const fair = 'The fair opened on Saturday and will continue until Thursday.';
  assertPlaced(fair, 'Saturday', '2026-12-05', undefined, undefined, sunday);
  assertPlaced(fair, 'Thursday', '2026-12-10', undefined, undefined, sunday);
  // a run that goes on does not close before publication: this Sunday, not the one after last Friday
  const open = 'The festival opened last Friday and continues until Sunday.';
  assertPlaced(open, 'Sunday', '2026-12-06', undefined, undefined, sunday);
});

test('negative: a second weekday that neither goes on from the first nor ends it keeps its own reading', () => {
  const sunday = '2026-12-06';
  // another verb: the parade is on the day of publication
  assertPlaced(
    'The festival begins on Friday and the parade is on Sunday.',
    'Sunday',
    '2026-12-06',
    undefined,
    undefined,
    sunday,
  );
  assertPlaced('Sales rose on Friday and fell on Sunday.', 'Sunday', '2026-12-06', undefined, undefined, sunday);
  // "and" with no verb is a list of two days ("on Monday and Wednesday"), not a run
  assertPlaced('They met on Thursday and Sunday.', 'Sunday', '2026-12-06', undefined, undefined, sunday);
});

test('"from 12 to 28 August next year": the opening day is in the year named after the month', () => {
  const PUB2 = '2016-09-09';
  const text = 'The festival will run from 12 to 28 August next year, organisers said on Wednesday, a week longer.';
  assertPlaced(text, '12', '2017-08-12', undefined, undefined, PUB2);
  assertPlaced(text, '28 August next year', '2017-08-28', undefined, undefined, PUB2);
  assertPlaced('the fair ran 3-5 june last year, they said on monday', '3', '2015-06-03', undefined, undefined, PUB2);
  assertPlaced('THE FAIR RUNS 3-5 JUNE THIS YEAR', '3', '2016-06-03', undefined, undefined, PUB2);
  // negative: without a year after the month, the year of the month as before
  assertPlaced('The fair ran from 3 to 5 June, organisers said.', '3', '2016-06-03', undefined, undefined, PUB2);
});

test('two days of the week joined by "to" are one range without "from": "closed Monday to Wednesday"', () => {
  assert.deepEqual(spans('The bridge is closed Monday to Wednesday for repairs.'), [['2019-06-10', '2019-06-13']]);
  assert.deepEqual(spans('The museum opens Tuesday to Saturday this month.').slice(0, 1), [
    ['2019-06-18', '2019-06-23'],
  ]);
  // negative: a move from one day to another stays a move ("moved Saturday to Sunday")
  assert.equal(spans('The final was moved Saturday to Sunday.').length, 1);
  assert.deepEqual(spans('The final was moved Saturday to Sunday.'), [['2019-06-16', '2019-06-17']]);
});

test('a pair of years written with a slash is one stretch, as with a dash: "the 2019/20 season"', () => {
  assert.deepEqual(spans('The 2016/17 season was the best in years.'), [['2016-01-01', '2018-01-01']]);
  assert.deepEqual(spans('The 2016/2017 budget was cut twice.'), [['2016-01-01', '2018-01-01']]);
});

test('"late Tuesday into early Wednesday": the two days of a forecast are one range and one event', () => {
  // published Monday 9 December 2024; "forecasters said Monday" after the range
  const MON = '2024-12-09';
  const text =
    'A powerful winter storm will sweep across the Northeast late Tuesday into early Wednesday, forecasters said Monday.';
  assert.match(timexOf(text, 'early Wednesday', MON).why, /closes the range opening on Tue 10 Dec 2024/);
  const storm = extract(text, { published: MON }).events.filter((e) =>
    e.label.startsWith('A powerful winter storm will sweep across'),
  );
  assert.deepEqual(
    storm.map((e) => [e.from, e.to]),
    [['2024-12-10', '2024-12-12']],
  );
  assert.deepEqual(
    extract('Snow will fall Tuesday into Wednesday.', { published: MON }).events.map((e) => [e.from, e.to]),
    [['2024-12-10', '2024-12-12']],
  );
  // negative: "and into" joins two clauses' days, each its own event
  assert.equal(extract('Prices rose on Tuesday and into Wednesday.', { published: MON }).events.length, 2);
});
