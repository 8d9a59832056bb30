import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Friday 22 March 2024.
const FRIDAY = '2024-03-22';

test('"overnight" told in the future is the coming night', () => {
  assertPlaced(
    'The rain should clear overnight.',
    'overnight',
    '2024-03-22TNI',
    '2024-03-22T20:00',
    '2024-03-23T06:00',
    FRIDAY,
  );
  assertPlaced(
    'Crews will work overnight to fix the line.',
    'overnight',
    '2024-03-22TNI',
    undefined,
    undefined,
    FRIDAY,
  );
});

test('negative: told in the past, or in the small hours, it is the night just gone', () => {
  assertPlaced(
    'Two inches of rain fell overnight.',
    'overnight',
    '2024-03-21TNI',
    '2024-03-21T20:00',
    '2024-03-22T06:00',
    FRIDAY,
  );
  // published at 03:10: the night under way
  assertPlaced(
    'The rain will clear overnight.',
    'overnight',
    '2024-03-21TNI',
    undefined,
    undefined,
    '2024-03-22T03:10:00Z',
  );
});
