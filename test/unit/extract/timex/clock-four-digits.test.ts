import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 20 March 2019.
const PUB = '2019-03-20';

test('four digits and "hours" after a preposition of a clock time are a 24-hour clock: "at 1800 hours"', () => {
  assertPlaced('Troops crossed the river at 1800 hours.', '1800 hours', '2019-03-20T18:00', undefined, undefined, PUB);
  assertPlaced('The road stays shut until 2100 hrs.', '2100 hrs', '2019-03-20T21:00', undefined, undefined, PUB);
  // with a day, one time
  assertPlaced(
    'Police were called at 0300 hours on Sunday.',
    '0300 hours on Sunday',
    '2019-03-17T03:00',
    undefined,
    undefined,
    PUB,
  );
  // the leading zero no count is written with
  assert.equal(
    timexOf('The raid began 0430 hours local time.', '0430 hours local time', PUB).value,
    '2019-03-20T04:30',
  );
  // in capitals, joined to its day
  assert.match(timexOf('CURFEW FROM FRIDAY AT 2200 HOURS', 'FRIDAY AT 2200 HOURS', PUB).value, /^2019-03-\d\dT22:00$/);
});

test('negative: counts of hours stay counts, and no clock reads "0300 hours" as 300 hours', () => {
  assertNone('She has logged 1500 hours of flight time.', 'hours', PUB);
  // (a share of every year, a SET, not a clock)
  assert.equal(timexOf('Pilots are capped at 1800 hours a year.', '1800 hours a year', PUB).type, 'SET');
  assertNone('Flying time was cut to 1500 hours.', 'hours', PUB);
  assertNone('The clock read 2500 hours.', 'hours', PUB);
  const t = timexOf('Police were called at 0300 hours.', '0300 hours', PUB);
  assert.equal(t.type, 'TIME');
});

test('without a preposition, a day, a verb of a start or an end, a zone or a day after make them a clock', () => {
  assertPlaced('The hearing starts 1430 hours.', '1430 hours', '2019-03-20T14:30', undefined, undefined, PUB);
  assertPlaced('The vote was set for 1600 hours.', '1600 hours', '2019-03-20T16:00', undefined, undefined, PUB);
  assertPlaced(
    'The shelling resumed 1915 hours GMT.',
    '1915 hours GMT',
    '2019-03-20T19:15Z',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Troops withdrew Monday, 1700 hours.',
    'Monday, 1700 hours',
    '2019-03-18T17:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The curfew ends 1300 hours on Friday.',
    '1300 hours on Friday',
    '2019-03-22T13:00',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: counts of hours with such words stay counts', () => {
  assertNone('The volunteers gave 1300 hours.', 'hours', PUB);
  // (a length counted from the story's day, no clock)
  assert.notEqual(timexOf('The project ended 1300 hours later.', '1300 hours later', PUB).type, 'TIME');
  assertNone('The strike began with 1400 hours of talks.', 'hours', PUB);
  assert.equal(timexOf('Nurses work 1700 hours a year.', '1700 hours a year', PUB).type, 'SET');
});

test('four digits told with their day are a 24-hour clock: "tomorrow at 0900", "Monday at 2100"', () => {
  assertPlaced('The board meets tomorrow at 0900.', 'tomorrow at 0900', '2019-03-21T09:00', undefined, undefined, PUB);
  assertPlaced('The vote is today at 1430.', 'today at 1430', '2019-03-20T14:30', undefined, undefined, PUB);
  assertPlaced('Talks resume Monday at 2100.', 'Monday at 2100', '2019-03-25T21:00', undefined, undefined, PUB);
  assertPlaced('The ferry sails at 0600 tomorrow.', '0600 tomorrow', '2019-03-21T06:00', undefined, undefined, PUB);
  // the leading zero no year is written with
  assertPlaced('The convoy left at 0815.', '0815', '2019-03-20T08:15', undefined, undefined, PUB);
  assert.match(timexOf('TALKS RESUME MONDAY AT 1430', 'MONDAY AT 1430', PUB).value, /^2019-03-\d\dT14:30$/);
});

test('four digits after a preposition and before a zone are a 24-hour clock: "at 1320 local time", "at 2045 CET"', () => {
  assertPlaced(
    'The plane landed at 1320 local time.',
    '1320 local time',
    '2019-03-20T13:20',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'THE PLANE LANDED AT 1320 LOCAL TIME.',
    '1320 LOCAL TIME',
    '2019-03-20T13:20',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The match kicks off at 2045 CET.', '2045 CET', '2019-03-20T20:45+01:00', undefined, undefined, PUB);
  // negatives: a year before a noun that starts with "local", a count before a zone-like word in lower case
  assert.equal(timexOf('The town was founded in 1320 local records show.', '1320', PUB).value, '1320');
  assertNone('Troops arrived at 1320 local residents said.', '1320 local', PUB);
});

test('negative: four digits with no day, or before a noun, stay years or counts', () => {
  assert.equal(timexOf('Sales fell in 1999 and at 2000 were flat.', '2000', PUB).value, '2000');
  assertNone('The chain opened on Monday at 2000 locations.', '2000', PUB);
  assert.equal(timexOf('The hall was built on Monday at 1930 prices.', 'Monday', PUB).value, '2019-03-18');
});

test('hour and minutes run together before a.m. or p.m., after a preposition of time, are a clock time', () => {
  assertPlaced(
    'Police arrived at 1140 a.m., witnesses said.',
    '1140 a.m.',
    '2019-03-20T11:40',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The train left at 330 p.m.', '330 p.m.', '2019-03-20T15:30', undefined, undefined, PUB);
  assertPlaced('Doors opened around 930am.', 'around 930am', '2019-03-20T09:30', undefined, undefined, PUB);
  // both ends of a range
  assert.deepEqual(
    ['700am', '800pm'].map((t) => timexOf('Polls were open from 700am to 800pm.', t, PUB).value),
    ['2019-03-20T07:00', '2019-03-20T20:00'],
  );
});

test('negative: a radio station, a rent, a count before am or pm are no clock time', () => {
  assertNone('He spoke on WBZ 1030 AM yesterday.', '1030 AM', PUB);
  assertNone('The flat costs $950 pm.', '950 pm', PUB);
  assertNone('Flight 1140 am arrived late.', '1140 am', PUB);
  // no hour of the clock: "1375 pm"
  assertNone('The line ran to 1375 pm.', '1375 pm', PUB);
});

test('"between 0900 and 1100 GMT": both ends of a range of clock times in four digits', () => {
  const NINE = '2016-10-17T09:00';
  assertPlaced(
    'The eclipse is visible between 0900 and 1100 GMT.',
    '0900',
    '2016-10-17T09:00Z',
    undefined,
    undefined,
    NINE,
  );
  assertPlaced(
    'The eclipse is visible between 0900 and 1100 GMT.',
    '1100 GMT',
    '2016-10-17T11:00Z',
    undefined,
    undefined,
    NINE,
  );
  assertPlaced(
    'Polls were open between 0900 and 1100 local time.',
    '0900',
    '2016-10-17T09:00',
    undefined,
    undefined,
    NINE,
  );
  assertPlaced(
    'The curfew runs between 2200 and 0400 local time.',
    '2200',
    '2016-10-17T22:00',
    undefined,
    undefined,
    NINE,
  );
  assertPlaced('The strike will run between 0600 and 1400.', '1400', '2016-10-18T14:00', undefined, undefined, NINE);
  assertPlaced(
    'A wind warning runs on Sunday from 0600 until 2100.',
    '2100',
    '2016-10-23T21:00',
    undefined,
    undefined,
    NINE,
  );
  assertPlaced(
    'oil traded between 0800 and 1200 gmt in a narrow range.',
    '0800',
    '2016-10-17T08:00Z',
    undefined,
    undefined,
    NINE,
  );
  // negative: years, and counts
  assertPlaced('Sales rose from 1990 to 2000.', '2000', '2000', undefined, undefined, NINE);
  assertPlaced('Sales rose between 1990 and 2000.', '1990', '1990', undefined, undefined, NINE);
  assertNone('Crowds of between 0800 and 1200 were reported.', '0800', NINE);
});
