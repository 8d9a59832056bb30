import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced } from './helpers.js';

// Published Friday 22 March 2024.
const FRIDAY = '2024-03-22';

test('"overnight" told in the future is the coming night', () => {
  assertPlaced(
    'The rain should clear overnight.',
    'overnight',
    '2024-03-22TNI',
    '2024-03-22T20:00',
    '2024-03-23T06:00',
    FRIDAY,
  );
  assertPlaced(
    'Crews will work overnight to fix the line.',
    'overnight',
    '2024-03-22TNI',
    undefined,
    undefined,
    FRIDAY,
  );
});

test('negative: told in the past, or in the small hours, it is the night just gone', () => {
  assertPlaced(
    'Two inches of rain fell overnight.',
    'overnight',
    '2024-03-21TNI',
    '2024-03-21T20:00',
    '2024-03-22T06:00',
    FRIDAY,
  );
  // published at 03:10: the night under way
  assertPlaced(
    'The rain will clear overnight.',
    'overnight',
    '2024-03-21TNI',
    undefined,
    undefined,
    '2024-03-22T03:10:00Z',
  );
});

test('"overnight Wednesday" is the night into Wednesday; "overnight Wednesday into Thursday" is its own night', () => {
  // one phrase, not "overnight" and a day
  assertPlaced(
    'A small quake shook the valley overnight Wednesday.',
    'overnight Wednesday',
    '2024-03-19TNI',
    '2024-03-19T20:00',
    '2024-03-20T06:00',
    FRIDAY,
  );
  assertPlaced(
    'Snow fell overnight Wednesday into Thursday.',
    'overnight Wednesday',
    '2024-03-20TNI',
    '2024-03-20T20:00',
    '2024-03-21T06:00',
    FRIDAY,
  );
  // a named part stays that part
  assertPlaced(
    'Snow fell overnight Wednesday night.',
    'overnight Wednesday night',
    '2024-03-20TNI',
    undefined,
    undefined,
    FRIDAY,
  );
});

test('"the early hours of Thursday" are its hours before dawn, the day with START', () => {
  const t = assertPlaced(
    'The fire broke out in the early hours of Thursday.',
    'Thursday',
    '2024-03-21',
    '2024-03-21T00:00',
    '2024-03-21T06:00',
    FRIDAY,
  );
  assert.equal(t.mod, 'START');
  assertPlaced(
    'Thieves struck in the small hours of Tuesday morning.',
    'Tuesday morning',
    '2024-03-19TMO',
    '2024-03-19T00:00',
    '2024-03-19T06:00',
    FRIDAY,
  );
  // negative: hours of a day are not its small hours
  assertPlaced(
    'Shops cut the opening hours of Thursday.',
    'Thursday',
    '2024-03-21',
    '2024-03-21',
    '2024-03-22',
    FRIDAY,
  );
});

test('"the early hours of" a day of a month are its hours before dawn too, the day with START', () => {
  const t = assertPlaced(
    'The dam gave way in the early hours of March 9.',
    'March 9',
    '2024-03-09',
    '2024-03-09T00:00',
    '2024-03-09T06:00',
    FRIDAY,
  );
  assert.equal(t.mod, 'START');
  assertPlaced(
    'Troops crossed in the small hours of 4 January 2021.',
    '4 January 2021',
    '2021-01-04',
    '2021-01-04T00:00',
    '2021-01-04T06:00',
    FRIDAY,
  );
  assertPlaced(
    'A fire broke out in the wee hours of Feb. 27.',
    'Feb. 27',
    '2024-02-27',
    '2024-02-27T00:00',
    '2024-02-27T06:00',
    FRIDAY,
  );
  // negative: the first hours of something else on that day, and a month alone, keep the whole day or month
  assertPlaced(
    'He lost the early hours of his shift on March 9.',
    'March 9',
    '2024-03-09',
    '2024-03-09',
    '2024-03-10',
    FRIDAY,
  );
  assertPlaced('Rain fell in the early hours of March.', 'March', '2024-03', '2024-03-01', '2024-04-01', FRIDAY);
});

test('"overnight into Sunday" is the night that ends on Sunday, the night of the day before', () => {
  // told on Friday 22 March 2024: read alone, it was Friday's night; the night into Sunday the 24th is the 23rd's
  assertPlaced(
    'Temperatures will drop overnight into Sunday.',
    'overnight',
    '2024-03-23TNI',
    '2024-03-23T20:00',
    '2024-03-24T06:00',
    FRIDAY,
  );
  assertPlaced('Temperatures will drop overnight into Sunday.', 'Sunday', '2024-03-24', undefined, undefined, FRIDAY);
  // "and into", a part of the day, "the early hours of", a day of a month; told in the past too
  assertPlaced(
    'Snow is expected overnight and into Tuesday morning.',
    'overnight',
    '2024-03-25TNI',
    undefined,
    undefined,
    FRIDAY,
  );
  assertPlaced(
    'Talks ran overnight into the early hours of Wednesday.',
    'overnight',
    '2024-03-19TNI',
    undefined,
    undefined,
    FRIDAY,
  );
  assertPlaced('Fighting went on overnight into March 20.', 'overnight', '2024-03-19TNI', undefined, undefined, FRIDAY);
});

test('negative: "overnight" not followed by "into" a day, or with its own day, keeps its reading', () => {
  assertPlaced(
    'Two inches of rain fell overnight into the river.',
    'overnight',
    '2024-03-21TNI',
    undefined,
    undefined,
    FRIDAY,
  );
  assertPlaced(
    'Rain fell overnight, and on Sunday it cleared.',
    'overnight',
    '2024-03-21TNI',
    undefined,
    undefined,
    FRIDAY,
  );
  // "overnight Saturday into Sunday" is Saturday's own night, as before
  assertPlaced(
    'Rain will fall overnight Saturday into Sunday.',
    'overnight Saturday',
    '2024-03-23TNI',
    undefined,
    undefined,
    FRIDAY,
  );
  // into a month: no night of a day
  assertPlaced('Sales stayed weak overnight into April.', 'overnight', '2024-03-21TNI', undefined, undefined, FRIDAY);
});
