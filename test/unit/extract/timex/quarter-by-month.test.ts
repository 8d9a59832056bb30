import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Tuesday 10 September 2024.
const PUB = '2024-09-10';

test('"the June quarter" is the calendar quarter that June ends, with its year when written', () => {
  assertPlaced(
    'Phone revenue fell 6% in the June quarter.',
    'the June quarter',
    '2024-Q2',
    '2024-04-01',
    '2024-07-01',
    PUB,
  );
  assertPlaced(
    'Sales rose in the December 2023 quarter.',
    'the December 2023 quarter',
    '2023-Q4',
    undefined,
    undefined,
    PUB,
  );
  // ahead by tense
  assertPlaced(
    'Margins will widen in the December quarter.',
    'the December quarter',
    '2024-Q4',
    undefined,
    undefined,
    PUB,
  );
  // negative: a month that ends no calendar quarter, and a quarterly thing, are the month
  assertNone('Sales fell in the October quarter.', 'the October quarter', PUB);
  assertNone('The June quarterly report was late.', 'the June quarter', PUB);
});
