import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Monday 18 November 2024.
const PUB = '2024-11-18';

test('"from June 4 until the 12th": the closing day is in the month of the date that opens the range', () => {
  const text = 'Officials said the road was shut from June 4 until the 12th.';
  assertPlaced(text, 'June 4', '2024-06-04', undefined, undefined, PUB);
  assertPlaced(text, '12th', '2024-06-12', '2024-06-12', '2024-06-13', PUB);
  assertPlaced('The show ran from Aug. 3 to the 9th.', '9th', '2024-08-09', undefined, undefined, PUB);
});

test('a range that runs into the next month closes on the first such day after its opening date', () => {
  const text = 'The road was shut from June 27 until the 2nd, officials said.';
  assertPlaced(text, 'the 2nd', '2024-07-02', '2024-07-02', '2024-07-03', PUB);
  assertPlaced('The camp ran from Aug. 30, 2021 to the 4th.', 'the 4th', '2021-09-04', undefined, undefined, PUB);
});

test('negative: a day alone with no date opening a range keeps its own rules', () => {
  assertNone('Sales rose to the 12th place in June.', '12th', PUB);
  assertPlaced('The road was shut on the 12th.', 'the 12th', '2024-11-12', undefined, undefined, PUB);
});
