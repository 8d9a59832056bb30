import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Tuesday 11 February 2025.
const PUB = '2025-02-11';

test('the end of the year and year-end: this year ahead, the year before when told in the past', () => {
  // "year-end", the accounts' word, is the year's closing day; "the end of the year" its last months (mod END)
  const t = assertPlaced(
    'The merger should close by year-end.',
    'year-end',
    '2025-12-31',
    '2025-12-31',
    '2026-01-01',
    PUB,
  );
  assert.equal(t.mod, undefined);
  assertPlaced('Shares have gained 4% since year-end.', 'year-end', '2024-12-31', '2024-12-31', '2025-01-01', PUB);
  const end = assertPlaced(
    'It closes by the end of the year.',
    'the end of the year',
    '2025',
    '2025-09-01',
    '2026-01-01',
    PUB,
  );
  assert.equal(end.mod, 'END');
  assertPlaced('It is expected to close around year end.', 'around year end', '2025', '2025-09-01', '2026-01-01', PUB);
  assertPlaced('The index is up since the end of the year.', 'the end of the year', '2024', undefined, undefined, PUB);
  assertPlaced('It will be finished by the end of the year.', 'the end of the year', '2025', undefined, undefined, PUB);
  // after "since", a year's end not yet over is the one before, even late in the year and in the present tense
  const october = '2025-10-30';
  assertPlaced('The percentage change is since year-end.', 'year-end', '2024-12-31', undefined, undefined, october);
  assertPlaced(
    'Prices have risen since the end of the year.',
    'the end of the year',
    '2024',
    undefined,
    undefined,
    october,
  );
  // negative: without "since", late in the year the end of the year is this one's
  assertPlaced('The deal will close by year-end.', 'year-end', '2025-12-31', undefined, undefined, october);
  assertPlaced(
    'Shares have risen since the start of the year.',
    'the start of the year',
    '2025',
    undefined,
    undefined,
    october,
  );
});

test('the start of next month, the beginning of the month', () => {
  const t = assertPlaced(
    'Rents rise at the start of next month.',
    'the start of next month',
    '2025-03',
    '2025-03-01',
    '2025-03-11',
    PUB,
  );
  assert.equal(t.mod, 'START');
  assertPlaced(
    'Rents rose at the beginning of the month.',
    'the beginning of the month',
    '2025-02',
    '2025-02-01',
    '2025-02-11',
    PUB,
  );
});

test('the turn of the century is the years around the boundary nearest publication', () => {
  const t = assertPlaced(
    'The mill closed at the turn of the century.',
    'the turn of the century',
    '2000',
    '1998-01-01',
    '2003-01-01',
    PUB,
  );
  assert.equal(t.mod, 'APPROX');
  assertPlaced(
    'Steel boomed at the turn of the 20th century.',
    'the turn of the 20th century',
    '1900',
    '1898-01-01',
    '1903-01-01',
    PUB,
  );
  // the millennium's turn too; the millennium is read only so ("the Millennium Dome", "this millennium" are not)
  const m = assertPlaced(
    'Prices soared at the turn of the millennium.',
    'the turn of the millennium',
    '2000',
    '1998-01-01',
    '2003-01-01',
    PUB,
  );
  assert.equal(m.mod, 'APPROX');
  assertNone('Crowds filled the Millennium Dome this millennium.', 'millennium', PUB);
});

test('the turn told of what is to come is the next one, told in the past the last one gone by', () => {
  // told on 11 February 2025: the nearest new year is the one gone by
  assertPlaced(
    'Rates may rise around the turn of the year.',
    'the turn of the year',
    '2026-01-01',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Prices fell at the turn of the year.', 'the turn of the year', '2025-01-01', undefined, undefined, PUB);
  // the nearest decade's turn is 2020; one ahead is 2030
  assertPlaced(
    'Growth will pick up by the turn of the decade.',
    'the turn of the decade',
    '2030',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The mill closed at the turn of the decade.',
    'the turn of the decade',
    '2020',
    undefined,
    undefined,
    PUB,
  );
});

test('"the early part of", "the closing weeks of", "the latter stages of": the edge of a period, as "early", "late" are', () => {
  const early = assertPlaced(
    'Sales slumped in the early part of 2009.',
    'the early part of 2009',
    '2009',
    '2009-01-01',
    undefined,
    PUB,
  );
  assert.equal(early.mod, 'START');
  const closing = assertPlaced(
    'Prices rose in the closing weeks of 2023.',
    'the closing weeks of 2023',
    '2023',
    undefined,
    '2024-01-01',
    PUB,
  );
  assert.equal(closing.mod, 'END');
  assertPlaced(
    'The talks stalled in the final days of December.',
    'the final days of December',
    '2024-12',
    undefined,
    '2025-01-01',
    PUB,
  );
  // "the decade", "the year" alone are too generic to read; with their edge they are the publication's
  assertPlaced(
    'Growth was strong in the early part of the decade.',
    'the early part of the decade',
    '202',
    '2020-01-01',
    undefined,
    PUB,
  );
  // told in the past early in the year, the latter part of "the year" is last year's
  assertPlaced(
    'The firm struggled in the latter part of the year.',
    'the latter part of the year',
    '2024',
    undefined,
    '2025-01-01',
    PUB,
  );
  assertPlaced(
    'The firm will report in the latter part of next month.',
    'the latter part of next month',
    '2025-03',
    undefined,
    '2025-04-01',
    PUB,
  );
  // negative: no period after it
  assertNone('In the closing days of the war, the city fell.', 'the closing days', PUB);
});

test('the close of trading, the start of the day: the day the story is on, with its edge', () => {
  const t = assertPlaced(
    'Oil fell 3% at the close of trading.',
    'the close of trading',
    '2025-02-11',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(t.mod, 'END');
  assertPlaced(
    'After a fall at the start of the day, stocks rallied.',
    'the start of the day',
    '2025-02-11',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(timexOf('Stocks rebounded late in the day after falling.', 'late in the day', PUB).mod, 'END');
  // the day's end is a phrase of its own, not "the day" with "the end of" left over for a label to carry
  const end = assertPlaced(
    'Engineers hope to reconnect most homes by the end of the day.',
    'the end of the day',
    '2025-02-11',
    '2025-02-11',
    '2025-02-12',
    PUB,
  );
  assert.equal(end.mod, 'END');
  assert.equal(timexOf('The market steadied by the close of the day.', 'the close of the day', PUB).mod, 'END');
});

test('negative: a day named after the edge is the timex, as TimeML tags it; the day of something is not a date', () => {
  assertPlaced('Oil fell at the close of business Thursday.', 'Thursday', '2025-02-06', undefined, undefined, PUB);
  assertNone('Oil fell at the close of business Thursday.', 'close');
  assertNone('He left the day of the vote.', 'the day');
});

test('halves of a period, the latest year, the middle of an afternoon', () => {
  assertPlaced(
    'Growth slowed in the last half of 2024.',
    'the last half of 2024',
    '2024-H2',
    '2024-07-01',
    '2025-01-01',
    PUB,
  );
  assertPlaced(
    'Growth slowed in the first half of next year.',
    'the first half of next year',
    '2026-H1',
    undefined,
    undefined,
    PUB,
  );
  const decade = assertPlaced(
    'Prices rose in the second half of the 1990s.',
    'the second half of the 1990s',
    '199',
    '1995-01-01',
    '2000-01-01',
    PUB,
  );
  assert.equal(decade.mod, 'END');
  assertPlaced('Sales fell in the latest fiscal year.', 'the latest fiscal year', '2024', undefined, undefined, PUB);
  const t = assertPlaced(
    'By mid afternoon, the roads were shut.',
    'mid afternoon',
    '2025-02-11TAF',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(t.mod, 'MID');
});

test('a whole year told in the past early in the next one is the year just completed', () => {
  assertPlaced(
    'The carmaker lost $3 billion for the entire year.',
    'the entire year',
    '2024',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Sales for the full year rose 4%.', 'the full year', '2024', undefined, undefined, PUB);
  // later in the year, or told of what is to come, it is the publication year
  assertPlaced('Sales for the full year rose 4%.', 'the full year', '2025', undefined, undefined, '2025-11-02');
  assertPlaced('It expects growth for the full year.', 'the full year', '2025', undefined, undefined, PUB);
});

// Published Friday 22 March 2019.
const MARCH = '2019-03-22';

test('period edges without "the", in any casing, read as the phrases with it', () => {
  const pairs: [string, string, string, string][] = [
    ['Sales fell by end of year.', 'end of year', 'Sales fell by the end of the year.', 'the end of the year'],
    ['SALES FELL BY END OF YEAR.', 'END OF YEAR', 'Sales fell by the end of the year.', 'the end of the year'],
    [
      'Sales will rise at the end of year.',
      'the end of year',
      'Sales will rise at the end of the year.',
      'the end of the year',
    ],
    [
      'Sales rose at the beginning of year.',
      'the beginning of year',
      'Sales rose at the beginning of the year.',
      'the beginning of the year',
    ],
    [
      'Rents will rise by end of month.',
      'end of month',
      'Rents will rise by the end of the month.',
      'the end of the month',
    ],
    ['The team meets at end of week.', 'end of week', 'The team meets at the end of the week.', 'the end of the week'],
    ['Debt will be cut by end-2019.', 'end-2019', 'Debt will be cut by the end of 2019.', 'the end of 2019'],
    ['Debt will be cut by end-June.', 'end-June', 'Debt will be cut by the end of June.', 'the end of June'],
    [
      'Prices peaked at the end of previous week.',
      'the end of previous week',
      'Prices peaked at the end of last week.',
      'the end of last week',
    ],
  ];
  for (const [text, phrase, withThe, phraseWithThe] of pairs) {
    const t = timexOf(text, phrase, MARCH);
    const u = timexOf(withThe, phraseWithThe, MARCH);
    assert.deepEqual([t.value, t.mod, t.from, t.to], [u.value, u.mod, u.from, u.to], text);
    assert.ok(t.mod === 'START' || t.mod === 'END', text);
  }
  assertPlaced('Sales fell by end of year.', 'end of year', '2018', '2018-09-01', '2019-01-01', MARCH);
  assertPlaced('Rents will rise by end of month.', 'end of month', '2019-03', '2019-03-21', '2019-04-01', MARCH);
  assertPlaced('Debt will be cut by end-2019.', 'end-2019', '2019', '2019-09-01', '2020-01-01', MARCH);
  assertPlaced('It will be done at year-end.', 'year-end', '2019-12-31', '2019-12-31', '2020-01-01', MARCH);
});

test('the end of the previous year counts from the narrative, like the following year', () => {
  const t = assertPlaced(
    'The firm was sold in 2015. At the end of the previous year it had cut jobs.',
    'the end of the previous year',
    '2014',
    '2014-09-01',
    '2015-01-01',
    MARCH,
  );
  assert.equal(t.mod, 'END');
  assertPlaced(
    'Reserves rose at the end of the prior year.',
    'the end of the prior year',
    '2018',
    undefined,
    undefined,
    MARCH,
  );
});

test('negative: a numbered year or week of something, and words that are not edges', () => {
  assertNone('The end of year two of the plan was hard.', 'year', MARCH);
  assertNone('Players rested at the start of week 3.', 'week', MARCH);
  assertNone('It was that kind of year.', 'year', MARCH);
  assertNone('The start-up raised money.', 'start', MARCH);
  // alone, "the previous week" stays the anchored phrase it was (no mod)
  assert.equal(timexOf('Sales rose the previous week.', 'the previous week', MARCH).mod, undefined);
});

test('the edge of a quarter or a half is one timex with its mod: "by the end of the second quarter"', () => {
  const published = '2024-03-06';
  const end = timexOf(
    'Marlo plans to close 15 stores by the end of the second quarter.',
    'the end of the second quarter',
    published,
  );
  assert.equal(end.value, '2024-Q2');
  assert.equal(end.mod, 'END');
  assert.equal(end.from, '2024-06-01');
  assert.equal(
    timexOf('Sales picked up early in the fourth quarter.', 'early in the fourth quarter', published).mod,
    'START',
  );
  assert.equal(
    timexOf('Profit fell late in the first half of 2023.', 'late in the first half of 2023', published).value,
    '2023-H1',
  );
  // negative: a quarter alone keeps its span and no mod
  const alone = timexOf('Sales rose in the third quarter.', 'the third quarter', published);
  assert.equal(alone.mod, undefined);
});

test('the edges of a week by its working days: the end of the week starts on Friday', () => {
  // week 7 of 2025 runs from Monday 10 to Sunday 16 February
  const end = assertPlaced(
    'The committee hopes to publish its findings by the end of the week.',
    'the end of the week',
    '2025-W07',
    '2025-02-14',
    '2025-02-17',
    PUB,
  );
  assert.equal(end.mod, 'END');
  assertPlaced(
    'Shares slid late last week on the tariff news.',
    'late last week',
    '2025-W06',
    '2025-02-07',
    '2025-02-10',
    PUB,
  );
  assertPlaced('Inspectors return early next week.', 'early next week', '2025-W08', '2025-02-17', '2025-02-19', PUB);
  assertPlaced(
    'A decision is expected in the middle of next week.',
    'the middle of next week',
    '2025-W08',
    '2025-02-19',
    '2025-02-21',
    PUB,
  );
});

test('the edge of a month or a year in one word: "by month-end", "by mid-year", "in mid-month"', () => {
  const end = assertPlaced(
    'The lender must repay the facility by month-end.',
    'month-end',
    '2025-02',
    '2025-02-21',
    '2025-03-01',
    PUB,
  );
  assert.equal(end.mod, 'END');
  assert.equal(
    assertPlaced('The refinery should restart by mid-year.', 'mid-year', '2025', '2025-05-01', '2025-09-01', PUB).mod,
    'MID',
  );
  assertPlaced('Fuel prices are due to be reviewed in mid-month.', 'mid-month', '2025-02', undefined, undefined, PUB);
  // told in the past of a middle not yet begun: the year before; "since" an end not yet over: the one before
  assertPlaced('Orders slowed sharply in midyear, the company said.', 'midyear', '2024', undefined, undefined, PUB);
  assertPlaced('The index has gained 2% since month-end.', 'month-end', '2025-01', undefined, undefined, PUB);
  assertPlaced('The plant was idle by mid-year 2023.', 'mid-year 2023', '2023', '2023-05-01', '2023-09-01', PUB);
});

test('negative: "mid-year" and "month-end" before a noun name a kind of thing', () => {
  assertNone('Mid-year exams begin in the spring.', 'Mid-year', PUB);
  assertNone('The month-end report showed a surplus.', 'month-end', PUB);
  assertNone('Traders watched for month-end flows on Friday.', 'month-end', PUB);
});

test("the end of the week looked ahead to on a Sunday is the coming week's", () => {
  const SUNDAY = '2024-12-08';
  const text = 'A book of condolence will be open from Monday until the end of the week.';
  assert.equal(timexOf(text, 'the end of the week', SUNDAY).value, '2024-W50');
  // negative: on a Friday the week ending is this one; told in the past on a Sunday, this one too
  const alone = 'A book of condolence will be open until the end of the week.';
  assert.equal(timexOf(alone, 'the end of the week', '2024-12-06').value, '2024-W49');
  // told on a Friday, "from Monday" opens next week: its end closes it (not this week's, before the opening)
  assert.equal(timexOf(text, 'the end of the week', '2024-12-06').value, '2024-W50');
  assert.equal(timexOf('Talks stalled at the end of the week.', 'the end of the week', SUNDAY).value, '2024-W49');
});

test('the edge of a span of two years is one phrase, in the year the edge lies in: "the start of the 2026-27 season"', () => {
  // the start of a financial year or a season written "2026-27" lies in 2026, its end in 2027: not the first or last
  // months of calendar 2026
  const start = assertPlaced(
    'Spending will rise at the start of the 2026-27 financial year.',
    'the start of the 2026-27',
    '2026',
    '2026-01-01',
    '2027-01-01',
    PUB,
  );
  assert.equal(start.mod, undefined);
  assertPlaced(
    'He left at the end of the 2023/24 season.',
    'the end of the 2023/24',
    '2024',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Rates rose at the close of the 2023/2024 tax year.',
    'the close of the 2023/2024',
    '2024',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Late 2023-24 figures were poor.', 'Late 2023-24', '2024', undefined, undefined, PUB);
  // (over a century's turn: "1999-00" closes with 2000)
  assertPlaced(
    'He left at the end of the 1999-00 season.',
    'the end of the 1999-00',
    '2000',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Early 2023-24 figures were poor.', 'Early 2023-24', '2023', undefined, undefined, PUB);
  // negative: no edge, both years, as before; an edge of a year before a range of other years keeps its year
  assertPlaced('The 2023-24 season was poor.', '2023', '2023', undefined, undefined, PUB);
  assertPlaced('The 2023-24 season was poor.', '24', '2024', undefined, undefined, PUB);
  assertPlaced('Early 2023-2030 plans were dropped.', 'Early 2023', '2023', '2023-01-01', '2023-05-01', PUB);
  assertNone('Early 2023-2030 plans were dropped.', 'Early 2023-2030', PUB);
});
