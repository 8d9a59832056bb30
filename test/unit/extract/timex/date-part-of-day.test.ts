import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test("a part of day written right after a day of a month is that day's part, one TIME", () => {
  assertPlaced(
    'Rain is forecast for April 3 afternoon.',
    'April 3 afternoon',
    '2019-04-03TAF',
    '2019-04-03T12:00',
    '2019-04-03T18:00',
    PUB,
  );
  assertPlaced(
    'The convoy left on 18th March evening.',
    '18th March evening',
    '2019-03-18TEV',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'the convoy left on 18th march evening.',
    '18th march evening',
    '2019-03-18TEV',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Police said the raid began on Tuesday, 19th March night.',
    'Tuesday, 19th March night',
    '2019-03-19TNI',
    undefined,
    undefined,
    PUB,
  );
});

test('a number after a month name is its day, not an hour, before "in the morning"', () => {
  // (the day and its part are one time, as "Sunday night" is: the day-part refiner)
  assertPlaced(
    'The talks ended on Mar. 20 in the morning.',
    'Mar. 20 in the morning',
    '2019-03-20TMO',
    undefined,
    undefined,
    PUB,
  );
  // no clock time made of the day's number ("20 in the morning" was 06:00 on the publication day)
  assert.deepEqual(
    timexes('The talks ended on Mar. 20 in the morning.', PUB).map((t) => t.value),
    ['2019-03-20TMO'],
  );
  // the hour after a day is still one
  assertPlaced(
    'The talks ended on Mar. 20 at 9 in the morning.',
    'Mar. 20 at 9 in the morning',
    '2019-03-20T09:00',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: a part of day after a month alone or a marked month keeps the month', () => {
  assertPlaced('Talks resume in April afternoon sessions.', 'April', '2019-04', undefined, undefined, PUB);
  assertNone('Talks resume in April afternoon sessions.', 'April afternoon', PUB);
  assertPlaced('Talks resume in early April evening.', 'early April', '2019-04', undefined, undefined, PUB);
});

test('"early" or "late" before the part of day after a date or a weekday marks its start or end', () => {
  const late = assertPlaced(
    'The raid began on 19th March late evening.',
    '19th March late evening',
    '2019-03-19TEV',
    '2019-03-19T18:00',
    '2019-03-19T22:00',
    PUB,
  );
  assert.equal(late.mod, 'END');
  const early = assertPlaced(
    'Crews left on Mar. 20 early morning.',
    'Mar. 20 early morning',
    '2019-03-20TMO',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(early.mod, 'START');
  const night = assertPlaced(
    'Shelling resumed on Tuesday late night.',
    'Tuesday late night',
    '2019-03-19TNI',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(night.mod, 'END');
  assertPlaced(
    'shelling resumed on tuesday early morning.',
    'tuesday early morning',
    '2019-03-19TMO',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: "late" after a weekday with no part of day stays out of its phrase', () => {
  assertPlaced('Tuesday late, the talks collapsed.', 'Tuesday', '2019-03-19', undefined, undefined, PUB);
  assertNone('Tuesday late, the talks collapsed.', 'Tuesday late', PUB);
});

test('"forenoon" is the morning, after a weekday, a day word, a day of a month or an hour', () => {
  assertPlaced(
    'The minister will land on Monday forenoon.',
    'Monday forenoon',
    '2019-03-25TMO',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The bench sits tomorrow forenoon.', 'tomorrow forenoon', '2019-03-23TMO', undefined, undefined, PUB);
  assertPlaced(
    'The fire broke out on March 20 forenoon.',
    'March 20 forenoon',
    '2019-03-20TMO',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Polling began at 11 in the forenoon.',
    '11 in the forenoon',
    '2019-03-22T11:00',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: "forenoon" alone, with no day placed, is no date', () => {
  assertNone('Markets are quiet in the forenoon.', 'forenoon', PUB);
});
