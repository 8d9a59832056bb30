import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { timexOf } from './helpers.js';

// Published Friday 6 May 2022.
const PUB = '2022-05-06';

test('the date a comparison reaches back to keeps its value but is no event', () => {
  for (const [text, phrase, value] of [
    ['Jobless claims fell to their lowest level since 2012.', '2012', '2012'],
    ['For the first time since the 1980s, the party won the seat.', '1980s', '198'],
    ['Gold traded at prices not seen since mid-2011.', 'mid-2011', '2011'],
    ['The lake is higher than at any time since March.', 'March', '2022-03'],
  ] as const) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.value, value, text);
    assert.equal(t.from, undefined, `${text}: not placed`);
    assert.match(t.why, /point of comparison/);
    assert.deepEqual(extract(text, { published: PUB }).events, [], text);
  }
});

test('the event of the sentence is dated by its own date, not by the comparison', () => {
  // "the wettest April": this April is the event; 1998 is the yardstick
  const april = extract('It was the wettest April since 1998.', { published: PUB });
  assert.deepEqual(
    april.events.map((e) => [e.from, e.to]),
    [['2022-04-01', '2022-05-01']],
  );
  const list = extract('Jobless claims fell to their lowest level since 2012, the ministry said on Tuesday.', {
    published: PUB,
  });
  assert.deepEqual(
    list.events.map((e) => [e.from, e.to]),
    [['2022-05-03', '2022-05-04']],
  );
});

test('"a 4-1/2 year high" is a length of time, not a date', () => {
  const t = timexOf('Shares hit a 4-1/2 year high.', '4-1/2 year', PUB);
  assert.equal(t.value, 'P4Y6M');
  assert.equal(t.from, undefined);
});

test('"hit a 2022 low", "fresh 2022 highs": the year of the extreme is a yardstick, the event is now', () => {
  const spans = (text: string) => extract(text, { published: PUB }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(spans('Oil hit a 2022 low on Tuesday.'), [['2022-05-03', '2022-05-04']]);
  assert.deepEqual(spans('The index set fresh 2022 highs this week.'), [['2022-05-02', '2022-05-07']]);
  assert.equal(timexOf('Oil hit a 2022 low on Tuesday.', '2022', PUB).from, undefined);
  // negative: a level reached in that year ("their 2007 peak"), and a year that opens a clause
  assert.equal(timexOf('Shares regained their 2007 peak on Tuesday.', '2007', PUB).from, '2007-01-01');
  assert.equal(timexOf('In 2021 lows were common.', '2021', PUB).from, '2021-01-01');
});

test('"below 2019 levels", "back to 2019 levels": the year of the level is a yardstick, the event is now', () => {
  const spans = (text: string) => extract(text, { published: PUB }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(spans('Bus ridership is still about 15% below 2019 levels.'), []);
  assert.deepEqual(spans('Air traffic returned to pre-pandemic 2019 levels in March.'), [['2022-03-01', '2022-04-01']]);
  assert.equal(timexOf('Sales are back above their 2019 level.', '2019', PUB).from, undefined);
  // negative: a year that opens its clause ("In 2019 levels of lead were high")
  assert.equal(timexOf('In 2019 levels of lead in the water were high.', '2019', PUB).from, '2019-01-01');
});

test('negative: "since" that opens a stretch still runs up to publication', () => {
  const list = extract('Aid has flowed since mid-2013.', { published: PUB });
  assert.equal(list.events.length, 1);
  assert.equal(list.events[0]!.ongoing, true);
  // "since" goes with the verb after the superlative
  const rally = extract('It was the most moving of the rallies held since early December.', { published: PUB });
  assert.equal(rally.events.length, 1);
  assert.equal(
    timexOf('Protests over pay, the biggest issue, have gone on since March.', 'March', PUB).from,
    '2022-03-01',
  );
});

test('the date after "than" is the yardstick of a comparison, no event', () => {
  for (const [text, phrase, value] of [
    ['Rents were 5 percent higher than a year earlier.', 'a year earlier', '2021'],
    ['Turnout was lower than in 2019.', '2019', '2019'],
    ['The harvest began ten days earlier than last year.', 'last year', '2021'],
  ] as const) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.value, value, text);
    assert.equal(t.from, undefined, `${text}: not placed`);
    assert.match(t.why, /point of comparison/);
    assert.deepEqual(extract(text, { published: PUB }).events, [], text);
  }
});

test('negative: "no later than Friday" is a deadline, and a date before "than" is the event', () => {
  const deadline = timexOf('Bids must arrive no later than Friday.', 'Friday', PUB);
  assert.equal(deadline.from, '2022-05-06');
  assert.equal(extract('Bids must arrive no later than Friday.', { published: PUB }).events.length, 1);
  // the date of the sentence's event stands before "than", not after it
  const rain = extract('In April more rain fell than in any month of the decade.', { published: PUB });
  assert.deepEqual(
    rain.events.map((e) => [e.from, e.to]),
    [['2022-04-01', '2022-05-01']],
  );
});

test('"its highest level in 30 years" in a present-perfect clause is the yardstick, not 30 years of events', () => {
  for (const text of [
    'Heavy rain has pushed the river to its highest level in 30 years.',
    'Shares have posted their biggest fall in recent years.',
  ]) {
    assert.deepEqual(extract(text, { published: PUB }).events, [], text);
  }
  // negative: a present-perfect length with no comparison is the stretch up to publication
  const talks = extract('Talks have gone on for three weeks.', { published: PUB }).events;
  assert.equal(talks.length, 1);
});

test('an ordinal counts back like "first": "the third strike since 2019" is no stretch of events', () => {
  for (const text of [
    'It was the third strike since 2019 at the plant.',
    'The ferry sank in the second accident in two months.',
    'She is the 4th chief executive since 2015.',
    // a long compared noun: the ordinal still reaches its "since"
    'The case is the first conviction of a serving or former cabinet minister for corruption since 1995.',
  ]) {
    assert.deepEqual(extract(text, { published: PUB }).events, [], text);
  }
  // the clause after such a "since" keeps its own event: the walkout began in October, a month, not a stretch
  const clause = extract('It is the third stoppage since the dispute began in October.', { published: PUB });
  assert.deepEqual(
    clause.events.map((e) => [e.from, e.to]),
    [['2021-10-01', '2021-11-01']],
  );
  // negative: an ordinal with a verb before "since" is no comparison; the stretch runs up to publication
  // (and over a long clause too: "has" governs the "since")
  assert.equal(
    extract('She was the first of the three founders to arrive in the city, and has lived there since 1995.', {
      published: PUB,
    }).events[0]?.ongoing,
    true,
  );
  const stretch = extract('The third runway has been closed since March.', { published: PUB });
  assert.deepEqual(
    stretch.events.map((e) => [e.from, e.to]),
    [['2022-03-01', '2022-05-07']],
  );
});

test('a present perfect in the compared noun\'s relative clause keeps the comparison: "the best news it has had in 40 years"', () => {
  for (const text of [
    'It was the best news the town has had in 40 years.',
    'Shares hit the highest level they have reached since 2012.',
  ]) {
    assert.deepEqual(extract(text, { published: PUB }).events, [], text);
  }
  // negative: a participle of its own ("rallies held since December") goes with "since": a stretch up to now
  assert.equal(
    extract('It was the most moving of the rallies held since December.', { published: PUB }).events.length,
    1,
  );
});

test('"compared with the same period last year", "versus a year ago": the period set against is a point of comparison', () => {
  const text = 'Exports rose 9% in May compared with the same period last year, the agency said.';
  const t = timexOf(text, 'the same period last year', '2024-06-12');
  assert.equal(t.value, '2023-05');
  assert.equal(t.from, undefined);
  assert.match(t.why, /point of comparison/);
  assert.equal(timexOf('Margins fell, compared to a year earlier.', 'a year earlier', '2024-06-12').from, undefined);
  assert.equal(timexOf('Output was up 4% versus a year ago.', 'a year ago', '2024-06-12').from, undefined);
  // negative: a dated figure set against is that period's ("year-earlier profit of $3.8 million"), and the month the
  // figure is of stays an event
  assert.ok(
    timexOf('Profit was $2 million, compared with year-earlier profit of $3 million.', 'year-earlier', '2024-06-12')
      .from,
  );
  assert.equal(timexOf(text, 'May', '2024-06-12').from, '2024-05-01');
});

test('"compared with $468 million in the same period of 2020": the period of the figure set against is a yardstick', () => {
  const text = 'Net income was $412 million, compared with $468 million in the same period of 2020.';
  const t = timexOf(text, 'the same period of 2020', '2021-10-28');
  assert.equal(t.from, undefined);
  assert.match(t.why, /point of comparison/);
  assert.deepEqual(extract(text, { published: '2021-10-28' }).events, []);
  for (const [sentence, phrase] of [
    ['Profit rose to 40 cents a share, compared with 21 cents a share a year earlier.', 'a year earlier'],
    ['It earned $2 million, compared with a loss of $3 million in 2022.', '2022'],
  ] as const)
    assert.equal(timexOf(sentence, phrase, '2024-06-12').from, undefined, sentence);
  // negative: a figure told of a date, with no comparison, stays an event ("$468 million in 2020")
  assert.ok(timexOf('Net income was $468 million in 2020.', '2020', '2021-10-28').from);
});

test('"lower than at the same point last year": the year is a point of comparison', () => {
  const t = timexOf('Reservoirs were 12% lower than at the same point last year.', 'last year', '2024-07-17');
  assert.equal(t.value, '2023');
  assert.equal(t.from, undefined);
});

test('"double the number at the same point in 2022", "up on the same time last year": points of comparison', () => {
  const PUB2 = '2026-10-29';
  for (const [text, phrase] of [
    [
      'More than 400,000 ballots had been cast by Thursday, nearly double the number at the same point in 2022.',
      '2022',
    ],
    ['Sales were up on the same time last year.', 'last year'],
    ['Bookings are running ahead of the same stage of 2024.', '2024'],
  ] as const) {
    const t = timexOf(text, phrase, PUB2);
    assert.equal(t.from, undefined, text);
    assert.match(t.why, /point of comparison/, text);
  }
  // negative: a date the clause is told of, or no measure set against it
  assert.equal(timexOf('At the same point in 2022, turnout was 200,000.', '2022', PUB2).from, '2022-01-01');
  assert.equal(timexOf('Sales rose at the same time last year.', 'last year', PUB2).from, '2025-01-01');
});

test('a change by a figure "on" a year earlier, last year or a written year: points of comparison', () => {
  const PUB2 = '2026-12-01';
  for (const [text, phrase] of [
    ['Sales in the 13 weeks to Nov. 29 rose 2.1% on a year earlier.', 'a year earlier'],
    ['Profit was up 12% on last year, the company said.', 'last year'],
    ['Exports fell 4.5 percent on 2019, the agency said.', '2019'],
    ['Like-for-like sales slipped 0.8% on the previous quarter.', 'the previous quarter'],
  ] as const) {
    const t = timexOf(text, phrase, PUB2);
    assert.equal(t.from, undefined, text);
    assert.match(t.why, /point of comparison/, text);
  }
  // negative: the day of the change, and a period with no figure of change before "on"
  assert.equal(timexOf('Shares fell 3% on Tuesday.', 'Tuesday', PUB2).from, '2026-12-01');
  assert.equal(timexOf('Shares rose 2% on Jan. 5.', 'Jan. 5', PUB2).from, '2026-01-05');
  assert.equal(timexOf('The report was based on last year.', 'last year', PUB2).from, '2025-01-01');
});

test('the period a forecast, an estimate or a budget is for is no event: "cut its forecast for the full year"', () => {
  const PUB2 = '2026-12-03';
  for (const [text, phrase] of [
    ['The company cut its forecast for the full year on Tuesday.', 'the full year'],
    ['He is cutting his earnings estimate for next year to $2 a share.', 'next year'],
    ['The council approved its budget for 2027.', '2027'],
  ] as const) {
    const t = timexOf(text, phrase, PUB2);
    assert.equal(t.from, undefined, text);
    assert.match(t.why, /the period the \w+ is for/, text);
  }
  // the clause's own day stays its event
  const events = extract('The company cut its forecast for the full year on Tuesday.', { published: PUB2 }).events;
  assert.deepEqual(
    events.map((e) => e.from),
    ['2026-12-01'],
  );
  // negative: a figure of that period, and a forecast's own date
  assert.equal(timexOf('Sales for the full year rose 4%.', 'the full year', PUB2).from, '2026-01-01');
  assert.equal(timexOf('The forecast was issued in March.', 'March', PUB2).from, '2026-03-01');
  // negative: the verb, not the noun ("forecast for" Sunday is when the rain falls)
  assert.equal(timexOf('Rain is forecast for Sunday.', 'Sunday', PUB2).from, '2026-12-06');
});

test('the closing year of a range compared with is of the same yardstick', () => {
  const text = 'The club finished fourth, its best placing since 2016-17.';
  const closing = timexOf(text, '17', PUB);
  assert.equal(closing.value, '2017');
  assert.equal(closing.from, undefined);
  assert.match(closing.why, /point of comparison/);
  assert.deepEqual(extract(text, { published: PUB }).events, []);
  // negative: a season range that is told, not compared with
  assert.equal(timexOf('The club won the league in 2016-17.', '17', PUB).from, '2017-01-01');
});

test('"the same as" and "unchanged from" a date compare with it', () => {
  for (const [text, phrase] of [
    ['the price stays the same as 2023 which is nice', '2023'],
    ['Rates were unchanged from last year.', 'last year'],
    ['Turnout was the same as in 2019, officials said.', '2019'],
  ] as const) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.from, undefined, text);
    assert.match(t.why, /point of comparison/);
  }
  // negative: a dated figure after it is told of its own time
  assert.equal(timexOf('Sales were the same as 2021 sales of $4 million.', '2021', PUB).from, '2021-01-01');
});

test('the level a change is measured from is a point of comparison: "rose 94% from a year earlier"', () => {
  for (const [text, phrase] of [
    ['Quarterly revenue rose 94 percent from a year earlier.', 'a year earlier'],
    ['The jobless rate climbed to 4.1%, up from 3.7% a year ago.', 'a year ago'],
    ['Its dividend is 6 pence, up 20% from 5 pence last year.', 'last year'],
    ['Turnover slipped to $8.2 billion from $8.9 billion in 2021.', '2021'],
    ['The loss narrowed from the previous quarter, the bank said.', 'the previous quarter'],
    ['SHARES JUMPED 5% FROM FRIDAY’S CLOSE.', 'FRIDAY'],
    ['Inflation slowed to 2.9% in April from 3.2% in March.', 'March'],
    // the level reached after it is no stretch's end
    ['Revenue fell 9% from a year earlier to $1.02bn.', 'a year earlier'],
    ['The jobless rate rose from a year ago to 12 percent.', 'a year ago'],
    ['Output grew 4% from the previous quarter to 1,250,000 barrels a day.', 'the previous quarter'],
  ] as const) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.from, undefined, text);
    assert.match(t.why, /point of comparison \(a change/, text);
  }
  // what changed stays on its own date
  const { events } = extract('Sales in the quarter ended March 31 rose 12% from a year earlier.', { published: PUB });
  assert.deepEqual(
    events.map((e) => e.from),
    ['2022-01-01'],
  );
  // negatives: a stretch from a date, a perfect with no figure (a stretch since then), a move from a place
  assert.equal(timexOf('Prices rose from March to May.', 'March', PUB).from, '2022-03-01');
  // (nor the closing year of such a stretch: "from 2010 to 2014" is no figure and its unit)
  assert.equal(timexOf('Sales rose from 2010 to 2014.', '2014', PUB).from, '2014-01-01');
  assert.equal(timexOf('She changed teams from 2010 to 2014.', '2014', PUB).from, '2014-01-01');
  assert.equal(timexOf('Output rose from 10 tonnes in 2019 to 15 tonnes in 2021.', '2019', PUB).from, '2019-01-01');
  assert.equal(
    timexOf('Oil prices have come down from the middle of March.', 'the middle of March', PUB).to !== undefined,
    true,
  );
  assert.equal(timexOf('He moved to London from Paris in 2019.', '2019', PUB).from, '2019-01-01');
  // without a figure such a verb starts a stretch
  assert.equal(timexOf('The scheme expanded from 2019 onwards.', '2019', PUB).from, '2019-01-01');
  // a rise that starts later measures nothing: "from next April" is when it begins
  assert.equal(
    timexOf('The deal gives staff 5% now and a further 4% from next April.', 'next April', PUB).from,
    '2023-04-01',
  );
  assert.equal(timexOf('Fares rise 3% from 1 January 2023.', '1 January 2023', PUB).from, '2023-01-01');
  // "up" and "down" as a verb's particle: no change is measured
  assert.equal(
    timexOf('Crews were still clearing up from Monday when the rain returned.', 'Monday', PUB).from,
    '2022-05-02',
  );
  assert.equal(timexOf('The town is slowly winding down from the weekend.', 'the weekend', PUB).to !== undefined, true);
});

test('"up on 2015", "down on last year" without a figure are points of comparison too', () => {
  const PUB2 = '2016-06-23';
  for (const [text, phrase] of [
    ['Turnout in the capital is up on 2015, officials say.', '2015'],
    ['SALES WERE DOWN ON LAST YEAR.', 'LAST YEAR'],
    ['footfall was up on a year earlier', 'a year earlier'],
  ] as const) {
    const t = timexOf(text, phrase, PUB2);
    assert.equal(t.from, undefined, text);
    assert.match(t.why, /point of comparison/, text);
  }
  // negative: the day something was up, and "signed up on" a date
  assert.equal(timexOf('Shares were up on Tuesday after the report.', 'Tuesday', PUB2).from, '2016-06-21');
  assert.equal(timexOf('He signed up on 2 May.', '2 May', PUB2).from, '2016-05-02');
});

test('"hit a high since 2008", "a fresh low since March": a level as a noun before "since" compares', () => {
  const spans = (text: string) => extract(text, { published: PUB }).events.map((e) => [e.from, e.to]);
  for (const [text, phrase] of [
    ['Gold hit a high since 2008.', '2008'],
    ['the pound sank to a fresh low since march', 'march'],
    ['OIL HIT A NEW PEAK SINCE 2014', '2014'],
  ] as const) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.from, undefined, `${text}: not placed`);
    assert.match(t.why, /point of comparison/);
  }
  assert.deepEqual(spans('Gold hit a fresh high since 2008 on Tuesday.'), [['2022-05-03', '2022-05-04']]);
  // negative: "high" as an adjective of a state, or of a compound, leaves "since" a stretch
  assert.equal(timexOf('Prices have stayed high since 2008.', '2008', PUB).from, '2008-01-01');
  assert.equal(
    timexOf('The department has faced inquiries into its high-profile teams since 2008.', '2008', PUB).from,
    '2008-01-01',
  );
});

test('a count in words after a change and "from" is a level, its date a yardstick', () => {
  const spans = (text: string) => extract(text, { published: PUB }).events.map((e) => [e.from, e.to]);
  for (const [text, phrase] of [
    ['Traders now price in two rate cuts, down from three a month ago.', 'a month ago'],
    ['Claims rose to five from two a week earlier.', 'a week earlier'],
    ['The number of open cases fell to four from nine cases in March.', 'March'],
  ] as const) {
    assert.equal(timexOf(text, phrase, PUB).from, undefined, text);
    assert.deepEqual(spans(text), [], text);
  }
  // negative: a stretch "from" a date, and a range of levels over years
  assert.equal(timexOf('Prices have come down from three weeks ago.', 'three weeks ago', PUB).from, '2022-04-15');
  assert.equal(timexOf('The school grew from two classrooms in 2019 to ten.', '2019', PUB).from, '2019-01-01');
});
