import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Friday 22 March 2019 at 10:35, four hours behind UTC; and the same day without a time.
const PUB = '2019-03-22T10:35:00-04:00';
const DAY = '2019-03-22';

test('against a publication time, "earlier today" ends then and "later today" starts then', () => {
  assertPlaced(
    'The road was closed earlier today.',
    'earlier today',
    '2019-03-22',
    '2019-03-22T00:00',
    '2019-03-22T10:35',
    PUB,
  );
  assertPlaced(
    'The report will be published later today.',
    'later today',
    '2019-03-22',
    '2019-03-22T10:35',
    '2019-03-23T00:00',
    PUB,
  );
  assert.equal(timexOf('The road was closed earlier today.', 'earlier today', PUB).mod, 'START');
  assert.equal(timexOf('The road was closed earlier today.', 'earlier today', PUB).granularity, 'partOfDay');
});

test('negative: a date alone, "early today", other days keep the whole day', () => {
  assertPlaced('The road was closed earlier today.', 'earlier today', '2019-03-22', '2019-03-22', '2019-03-23', DAY);
  assertPlaced('Early today the road was closed.', 'Early today', '2019-03-22', '2019-03-22', '2019-03-23', PUB);
  assertPlaced('The road was closed late yesterday.', 'late yesterday', '2019-03-21', undefined, undefined, PUB);
  assertPlaced('The talks resume later tomorrow.', 'later tomorrow', '2019-03-23', '2019-03-23', '2019-03-24', PUB);
});
