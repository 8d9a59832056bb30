// A futures contract's month lies ahead, whatever the clause's tense.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';

test('a futures month is ahead: "crude for January delivery", "the December contract"', () => {
  const NOV = '2024-11-07';
  assert.equal(timexOf('Brent crude for January delivery was up $1.60 by midday.', 'January', NOV).value, '2025-01');
  assert.equal(timexOf('The December contract fell 2%.', 'December', NOV).value, '2024-12');
  // negative: a month without "delivery" is read by tense
  assert.equal(timexOf('Sales fell in January.', 'January', NOV).value, '2024-01');
});
