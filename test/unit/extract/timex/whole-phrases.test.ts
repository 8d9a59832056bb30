import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 5 June 2019.
const PUB = '2019-06-05';

test('"a quarter century ago" is about 25 years back, "half a century ago" 50', () => {
  assertPlaced(
    'The dam was built a quarter century ago.',
    'a quarter century ago',
    '1994',
    '1994-01-01',
    '1995-01-01',
    PUB,
  );
  assertPlaced('The mine closed half a century ago.', 'half a century ago', '1969', undefined, undefined, PUB);
  assert.equal(timexOf('It has stood for a quarter century.', 'a quarter century', PUB).value, 'P25Y');
});

test('"a week and a half ago" is a point in the past, counted to the half; "a year and a half ago" in months', () => {
  // 5 June 2019: ten and a half days back (the day rounds to ten), and eighteen months back (December 2017)
  assertPlaced(
    'The ship sailed a week and a half ago.',
    'a week and a half ago',
    '2019-05-26',
    '2019-05-26',
    '2019-05-27',
    PUB,
  );
  assertPlaced('It happened a year and a half ago.', 'a year and a half ago', '2017', '2017-01-01', '2018-01-01', PUB);
  assertPlaced(
    'The plan will start in a year and a half.',
    'a year and a half',
    'P1Y6M',
    '2020-01-01',
    '2021-01-01',
    PUB,
  );
  // negative: a length in the past tense is no point ("lasted a week and a half")
  assert.equal(timexOf('Talks lasted a week and a half.', 'a week and a half', PUB).type, 'DURATION');
});

test('"the last half hour" is thirty minutes, not the second half of the year', () => {
  const t = timexOf('Shares fell in the last half hour of trading.', 'the last half hour', PUB);
  assert.equal(t.value, 'PT30M');
  assert.equal(t.type, 'DURATION');
  assert.equal(timexOf('Talks lasted a half-hour.', 'a half-hour', PUB).value, 'PT30M');
  assertNone('Shares fell in the last half hour of trading.', 'the last half hour of trading');
  // the half of a year keeps its meaning
  assert.equal(timexOf('Sales rose in the first half.', 'the first half', PUB).value, '2019-H1');
});

test('"2011-12" is both years', () => {
  assertPlaced('The 2011-12 season was poor.', '2011', '2011', undefined, undefined, PUB);
  assertPlaced('The 2011-12 season was poor.', '12', '2012', '2012-01-01', '2013-01-01', PUB);
  // "2019-04" is a month: 04 is not the year after
  assertPlaced('Output in 2019-04 fell.', '2019-04', '2019-04', undefined, undefined, PUB);
});

test('"this winter" is the winter under way, or the one just ended or ahead by tense (winter straddles two years)', () => {
  // winter 2018 runs from December 2018 to February 2019
  assertPlaced(
    'This winter has been the coldest in years.',
    'This winter',
    '2018-WI',
    '2018-12-01',
    '2019-03-01',
    '2019-01-10',
  );
  assertPlaced('Snow fell all this winter.', 'this winter', '2018-WI', undefined, undefined, '2019-03-22');
  assertPlaced('Heating bills will rise this winter.', 'this winter', '2019-WI', undefined, undefined, '2019-03-22');
  assertPlaced('Heating bills rise this winter.', 'this winter', '2019-WI', undefined, undefined, '2019-10-10');
  // negative: other seasons keep the publication year
  assertPlaced('The plant opens this summer.', 'this summer', '2019-SU', undefined, undefined, '2019-03-22');
});

test('"half a year ago" is six months back, a month, as "six months ago" is', () => {
  // 5 June 2019: December 2018
  assertPlaced('The plant closed half a year ago.', 'half a year ago', '2018-12', '2018-12-01', '2019-01-01', PUB);
  // negative: a year and more stays a year
  assertPlaced('It opened half a decade ago.', 'half a decade ago', '2014', undefined, undefined, PUB);
});

test('"two weekends ago", "a weekend from now": counted from the weekend just gone or the coming one', () => {
  // Wednesday 5 June 2019: the weekend just gone is 1–2 June, the coming one 8–9 June
  assertPlaced('The fair closed two weekends ago.', 'two weekends ago', '2019-W21-WE', '2019-05-25', '2019-05-27', PUB);
  assertPlaced(
    'The fair opens a weekend from now.',
    'a weekend from now',
    '2019-W23-WE',
    '2019-06-08',
    '2019-06-10',
    PUB,
  );
  // told on Saturday 8 June, the next one
  assertPlaced(
    'The fair opens a weekend from now.',
    'a weekend from now',
    '2019-W24-WE',
    '2019-06-15',
    '2019-06-17',
    '2019-06-08',
  );
  // negative: a count of weekends with no "ago" is a length, no date
  assertNone('The fair ran for two weekends.', 'two weekends', PUB);
});
