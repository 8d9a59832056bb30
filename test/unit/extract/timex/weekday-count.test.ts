import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

// Published Saturday 20 December 2008.
const SAT = '2008-12-20';

test('"two Sundays ago" is the Sunday before last; "three Fridays from now" the third Friday ahead', () => {
  assertPlaced(
    'He was injured two Sundays ago at Pittsburgh.',
    'two Sundays ago',
    '2008-12-07',
    '2008-12-07',
    '2008-12-08',
    SAT,
  );
  assertPlaced('He returns three Fridays from now.', 'three Fridays from now', '2009-01-09', undefined, undefined, SAT);
  // told on the weekday itself, the count starts at the one before
  assertPlaced('It opened two Saturdays ago.', 'two Saturdays ago', '2008-12-06', undefined, undefined, SAT);
});

test('negative: plural weekdays without "ago" stay a set, and without a publication date the day is unknown', () => {
  const set = timexes('The store opens on Sundays.', SAT);
  assert.deepEqual(
    set.map((t) => [t.text, t.type]),
    [['Sundays', 'SET']],
  );
  const unknown = timexes('He was injured two Sundays ago.', null);
  assert.deepEqual(
    unknown.map((t) => [t.text, t.value]),
    [['two Sundays ago', 'XXXX-XX-XX']],
  );
});
