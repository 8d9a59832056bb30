import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Thursday 15 June 2023, 10:00.
const PUB = '2023-06-15T10:00';

test('"must" and a date with no other cue looks ahead', () => {
  assertPlaced('The firm must reply Friday by noon.', 'Friday', '2023-06-16', undefined, undefined, PUB);
  assertPlaced('The firm must reply Friday by noon.', 'noon', '2023-06-16T12:00', undefined, undefined, PUB);
  assertPlaced('Tenants must leave by March 1.', 'March 1', '2024-03-01', undefined, undefined, PUB);
});

test('negative: "must have" and a past verb keep the date behind', () => {
  assertPlaced('The thief must have struck on Monday.', 'Monday', '2023-06-12', undefined, undefined, PUB);
  assertPlaced(
    'The board had ruled the loan must be repaid, and named Monday as the deadline.',
    'Monday',
    '2023-06-12',
    undefined,
    undefined,
    PUB,
  );
});
