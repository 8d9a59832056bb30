import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('a clock time with a part of day after it is in that half of the day', () => {
  assertPlaced(
    'The blast came at 3 o’clock in the afternoon.',
    '3 o’clock in the afternoon',
    '2019-03-22T15:00',
    '2019-03-22T15:00',
    '2019-03-22T16:00',
    PUB,
  );
  assertPlaced(
    "He left at eleven o'clock in the evening.",
    "eleven o'clock in the evening",
    '2019-03-22T23:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Crews arrived at 7 in the morning.', '7 in the morning', '2019-03-22T07:00', undefined, undefined, PUB);
  assertPlaced(
    'Crews arrived at seven in the morning.',
    'seven in the morning',
    '2019-03-22T07:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    "The alarm rang at 2 o'clock at night.",
    "2 o'clock at night",
    '2019-03-22T02:00',
    undefined,
    undefined,
    PUB,
  );
});

test('12 in the evening or at night is midnight, 12 in the afternoon noon', () => {
  // (told in the past on a day given without its time: the midnight gone by, which closed the day before)
  assertPlaced(
    'They met at 12 in the evening.',
    '12 in the evening',
    '2019-03-21T24:00',
    '2019-03-22T00:00',
    undefined,
    PUB,
  );
  assertPlaced('He came home at 12 at night.', '12 at night', '2019-03-21T24:00', undefined, undefined, PUB);
  assertPlaced(
    'They will meet at 12 in the evening.',
    '12 in the evening',
    '2019-03-22T24:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    "Lunch was at 12 o'clock in the afternoon.",
    "12 o'clock in the afternoon",
    '2019-03-22T12:00',
    undefined,
    undefined,
    PUB,
  );
  // "o'clock" alone is as written: 12 o'clock is noon, not 00:00
  assertPlaced("The bell rang at 12 o'clock.", "12 o'clock", '2019-03-22T12:00', undefined, undefined, PUB);
});

test('negative: an hour in words needs "o\'clock" or a preposition; "one am" is no time', () => {
  assertNone('They scored two in the afternoon session.', 'two in the afternoon');
  assertNone('Which one am I?', 'one am');
  assertNone('Seven in the morning papers backed him.', 'Seven in the morning');
});

test('a clock time that ends a sentence does not take the next sentence\'s "This morning"', () => {
  const at = '2019-03-22T10:35:00-04:00';
  const found = timexes('He will speak at 3 a.m. This morning the market opened higher.', at);
  assert.deepEqual(
    found.map((t) => `${t.text}=${t.value}`),
    ['3 a.m.=2019-03-23T03:00', 'This morning=2019-03-22TMO'],
  );
  // negative: a weekday after the stop is the time's day
  assert.equal(timexes('The raid began at 5 a.m. Friday.', at)[0]!.value, '2019-03-22T05:00');
});

test('"in morning trading", "in afternoon dealings": a part of the market\'s day', () => {
  const text = 'Stocks rose on Tuesday. The shares hit a high in morning trading. Bonds fell in afternoon dealings.';
  assertPlaced(text, 'morning trading', '2019-03-19TMO', '2019-03-19T06:00', '2019-03-19T12:00', PUB);
  assertPlaced(text, 'afternoon dealings', '2019-03-19TAF', undefined, undefined, PUB);
  // negative: no preposition of time, no market session
  assertNone('The morning session was calm.', 'morning session', PUB);
  assertNone('He traded in morning coats.', 'morning', PUB);
});

test('"Monday lunchtime", "at lunchtime", "yesterday lunchtime": midday (TMI)', () => {
  const WED = '2024-07-24T09:00:00+01:00';
  assert.equal(
    timexOf('Services should return to normal by Monday lunchtime.', 'Monday lunchtime', WED).value,
    '2024-07-29TMI',
  );
  assert.equal(timexOf('The minister will speak at lunchtime.', 'lunchtime', WED).value, '2024-07-24TMI');
  assert.equal(timexOf('Shares fell yesterday lunchtime.', 'yesterday lunchtime', WED).value, '2024-07-23TMI');
  // negative: a lunchtime that is no time of a day
  assertNone('Lunchtime crowds were thin.', 'Lunchtime', WED);
});

test('an evening time after a night is that evening, not the next day; the small hours are the next morning', () => {
  const PUB = '2022-07-10T12:00:00Z';
  assertPlaced('The show airs tonight from 7 to 7:30 p.m.', '7:30 p.m.', '2022-07-10T19:30', undefined, undefined, PUB);
  assertPlaced(
    'A woman was killed on Friday night. She was hit at about 7 p.m. near her home.',
    'about 7 p.m.',
    '2022-07-08T19:00',
    undefined,
    undefined,
    PUB,
  );
  // negative: after the night's start, the small hours are the morning after
  assertPlaced('Overnight, the quake hit at 3 a.m.', '3 a.m.', '2022-07-10T03:00', undefined, undefined, PUB);
});
