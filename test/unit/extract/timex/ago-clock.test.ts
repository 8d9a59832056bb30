import { test } from 'node:test';
import { assertPlaced, timexes } from './helpers.js';
import assert from 'node:assert/strict';

// Published Sunday 10 March 2024, 15:20 UTC.
const PUB = '2024-03-10T15:20:00Z';

test('a clock time after an "ago" of months or years is on that day of the calendar', () => {
  assertPlaced(
    'The tower fell five years ago at 4pm.',
    'five years ago at 4pm',
    '2019-03-10T16:00',
    '2019-03-10T16:00',
    undefined,
    PUB,
  );
  assertPlaced(
    'Two months ago at noon the gates opened.',
    'Two months ago at noon',
    '2024-01-10T12:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('It began a decade ago, at 9am.', 'a decade ago, at 9am', '2014-03-10T09:00', undefined, undefined, PUB);
  // a date alone as publication: the same day
  assertPlaced(
    'The tower fell five years ago at 4pm.',
    'five years ago at 4pm',
    '2019-03-10T16:00',
    undefined,
    undefined,
    '2024-03-10',
  );
  // days and weeks were already one time
  assertPlaced(
    'The tower fell ten days ago at 4pm.',
    'ten days ago at 4pm',
    '2024-02-29T16:00',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: a clock time in another clause, or after a vague count, keeps its own day', () => {
  const other = 'Sales peaked five years ago and at 4pm today shares fell.';
  assertPlaced(other, 'five years ago', '2019', undefined, undefined, PUB);
  assertPlaced(other, '4pm today', '2024-03-10T16:00', undefined, undefined, PUB);
  assert.deepEqual(
    timexes('Years ago at 4pm it rained.', PUB).map((t) => t.text),
    ['Years ago', '4pm'],
  );
  // "five years ago" alone stays a year
  assertPlaced('The tower fell five years ago.', 'five years ago', '2019', '2019-01-01', '2020-01-01', PUB);
});
