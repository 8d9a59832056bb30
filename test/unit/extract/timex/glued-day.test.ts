import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Monday 14 October 2024.
const PUB = '2024-10-14';

test('a sum, a decimal or a clock time before a month lends it no day: "$40 March 3", "7.25 June 2023"', () => {
  assertPlaced(
    'Tickets sold for $40 March 3, the organisers said.',
    'March 3',
    '2024-03-03',
    undefined,
    undefined,
    PUB,
  );
  assertNone('Tickets sold for $40 March 3, the organisers said.', '40 March', PUB);
  assertPlaced('The rate was 7.25 June 2023, a record.', 'June 2023', '2023-06', undefined, undefined, PUB);
  assertNone('The rate was 7.25 June 2023, a record.', '25 June', PUB);
  assertPlaced('The train left at 14:05 April 2.', '14:05 April 2', '2024-04-02T14:05', undefined, undefined, PUB);
});

test('negative: a day written before its month still reads', () => {
  assertPlaced('The plant opened on 25 June 2023.', '25 June 2023', '2023-06-25', undefined, undefined, PUB);
  assertPlaced('It cost $40. 3 March was the day it opened.', '3 March', '2024-03-03', undefined, undefined, PUB);
});
