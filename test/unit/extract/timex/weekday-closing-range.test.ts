import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Sunday 10 March 2024; and Tuesday 12 March 2024.
const SUNDAY = '2024-03-10';
const TUESDAY = '2024-03-12';

test('a weekday closing a range that opens on a day by publication is not before the opening', () => {
  const show = 'The flower show ran from yesterday to Wednesday.';
  assertPlaced(show, 'yesterday', '2024-03-09', undefined, undefined, SUNDAY);
  assertPlaced(show, 'Wednesday', '2024-03-13', undefined, undefined, SUNDAY);
  assertPlaced(
    'The flower show ran from yesterday through Friday.',
    'Friday',
    '2024-03-15',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced('Stalls open from today until Saturday.', 'Saturday', '2024-03-16', undefined, undefined, SUNDAY);
  // a clock time on the weekday too
  const closed = 'The school was shut from noon yesterday to 8am Monday.';
  assertPlaced(closed, '8am Monday', '2024-03-11T08:00', undefined, undefined, SUNDAY);
});

test('negative: a weekday after the opening, or joined by "and", is read as before', () => {
  // "last Friday" opens the range: Thursday after it is already past
  const past = 'The flower show ran from last Friday to Thursday.';
  assertPlaced(past, 'Thursday', '2024-03-07', undefined, undefined, TUESDAY);
  // two days, not a range
  assertPlaced('Prices fell yesterday and Wednesday.', 'Wednesday', '2024-03-06', undefined, undefined, SUNDAY);
  // the weekday that is the opening's own day closes the range on it
  assertPlaced(
    'The flower show ran from yesterday to Saturday.',
    'Saturday',
    '2024-03-09',
    undefined,
    undefined,
    SUNDAY,
  );
});
