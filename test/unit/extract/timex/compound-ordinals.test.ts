import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Thursday 5 September 2024.
const PUB = '2024-09-05';

test('a compound ordinal is one count: "the thirty-first day of the month" is not its first day', () => {
  assertNone('Fees fall due on the thirty-first day of the month.', 'first day', PUB);
  assertNone('Fees fall due on the thirty first day of the month.', 'first day', PUB);
  assertNone('Output rose for the twenty-second quarter in a row.', 'second quarter', PUB);
});

test('"for the twenty-second time", "his forty-second goal": an ordinal, not twenty or forty seconds', () => {
  assert.deepEqual(
    timexes('The court met for the twenty-second time.', PUB).map((t) => t.text),
    [],
  );
  assertNone('It was his forty-second goal of the season.', 'second', PUB);
  assertNone('They marked the twenty second anniversary.', 'second', PUB);
});

test('negative: the plain counts and the lengths still read', () => {
  assertPlaced(
    'Fees fell due on the first day of the month.',
    'the first day of the month',
    '2024-09-01',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Profit rose in the second quarter.', 'the second quarter', '2024-Q2', undefined, undefined, PUB);
  assertPlaced('The ad ran for a twenty-second slot.', 'twenty-second', 'PT20S', undefined, undefined, PUB);
  assertPlaced('The clip lasts twenty seconds.', 'twenty seconds', 'PT20S', undefined, undefined, PUB);
  assertPlaced(
    'It ends on the thirty-first day of next month.',
    'the thirty-first day of next month',
    '2024-10-31',
    undefined,
    undefined,
    PUB,
  );
});
