import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Thursday 15 June 2023, 10:30.
const PUB = '2023-06-15T10:30';

test('a count glued to a unit\'s letter before "ago" is counted back, as web pages stamp stories', () => {
  assertPlaced('Updated 3h ago', '3h ago', '2023-06-15T07:30', undefined, undefined, PUB);
  assertPlaced('Posted 2d ago by the desk', '2d ago', '2023-06-13', '2023-06-13', '2023-06-14', PUB);
  assertPlaced('Last edited 10m ago', '10m ago', '2023-06-15T10:20', undefined, undefined, PUB);
  assertPlaced('Filed 4mo ago', '4mo ago', '2023-02', '2023-02-01', '2023-03-01', PUB);
  assertPlaced('Joined 2yrs ago', '2yrs ago', '2021', undefined, undefined, PUB);
  assertPlaced('Shared 1w ago', '1w ago', '2023-06-08', undefined, undefined, PUB);
});

test('negative: other glued letters, decimals and words with no "ago" are no dates', () => {
  assertNone('The 4x4 ago', '4x4', PUB);
  assertNone('It weighs 2.5h ago', '5h', PUB);
  assertNone('Buy the 3d printer now', '3d', PUB);
  assertNone('A 5k run ago', '5k', PUB);
});
