import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Thursday 15 June 2023.
const PUB = '2023-06-15';

test('"day after tomorrow" and "day before yesterday" are said without "the" too', () => {
  assertPlaced(
    'Polls open day after tomorrow, officials said.',
    'day after tomorrow',
    '2023-06-17',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Day before yesterday the river burst its banks.',
    'Day before yesterday',
    '2023-06-13',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The vote is the day after tomorrow.',
    'the day after tomorrow',
    '2023-06-17',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: a count before "day before yesterday" is a length counted from yesterday', () => {
  assertPlaced('He left a day before yesterday.', 'a day before yesterday', '2023-06-13', undefined, undefined, PUB);
  assertPlaced(
    'Two days before yesterday he left.',
    'Two days before yesterday',
    '2023-06-12',
    undefined,
    undefined,
    PUB,
  );
});
