import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

test('"Feb. 29" without a year is a leap day: the latest by publication in the past, the nearest otherwise', () => {
  // told in a year with no 29 February, the leap day before it (not the year's own Feb. 28, not nothing)
  assertPlaced('The rule took effect on Feb. 29.', 'Feb. 29', '2024-02-29', undefined, undefined, '2025-03-10');
  // told before the year's own leap day, in the past tense: the one four years back
  assertPlaced('The rule took effect on Feb. 29.', 'Feb. 29', '2020-02-29', undefined, undefined, '2024-02-10');
  // ahead in the future tense
  assertPlaced('The vote will be held on Feb. 29.', 'Feb. 29', '2028-02-29', undefined, undefined, '2025-11-20');
});

test('negative: a leap day told in its own year and other days of February keep their reading', () => {
  assertPlaced('The rule took effect on Feb. 29.', 'Feb. 29', '2024-02-29', undefined, undefined, '2024-03-05');
  assertPlaced('The rule took effect on Feb. 28.', 'Feb. 28', '2025-02-28', undefined, undefined, '2025-03-10');
});
