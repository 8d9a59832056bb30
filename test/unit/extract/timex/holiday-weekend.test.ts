import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf, timexes } from './helpers.js';

// Published Wednesday 2 October 2024.
const PUB = '2024-10-02';

test("a holiday's weekend is the weekend with the holiday, placed by tense", () => {
  // Labor Day 2024 is Monday 2 September: Saturday to Monday
  const labor = assertPlaced(
    'Highway traffic was heavy over the Labor Day weekend.',
    'Labor Day weekend',
    '2024-W35-WE',
    '2024-08-31',
    '2024-09-03',
    PUB,
  );
  assert.match(labor.why, /Labor Day weekend 2024/);
  // Thanksgiving is a Thursday: its weekend runs to Sunday
  assertPlaced(
    'Retailers expect crowds over the Thanksgiving holiday weekend.',
    'Thanksgiving holiday weekend',
    '2024-W48-WE',
    '2024-11-28',
    '2024-12-02',
    PUB,
  );
  // Easter: Good Friday to Easter Monday
  assertPlaced(
    'Thousands of pilgrims visited the shrine during the Easter long weekend.',
    'Easter long weekend',
    '2024-W13-WE',
    '2024-03-29',
    '2024-04-02',
    PUB,
  );
  // Memorial Day 2025 is Monday 26 May
  assertPlaced(
    'The pool will reopen for the memorial day weekend.',
    'memorial day weekend',
    '2025-W21-WE',
    '2025-05-24',
    '2025-05-27',
    PUB,
  );
  assertPlaced(
    'The Labor Day weekend of 2019 was wet.',
    'Labor Day weekend of 2019',
    '2019-W35-WE',
    '2019-08-31',
    '2019-09-03',
    PUB,
  );
});

test('the Fourth of July is a holiday with its weekend; alone it stays the date the month parser reads', () => {
  // July 4, 2025 is a Friday: Friday to Sunday
  assertPlaced(
    'Fireworks are planned for the Fourth of July weekend.',
    'the Fourth of July weekend',
    '2025-W27-WE',
    '2025-07-04',
    '2025-07-07',
    PUB,
  );
  // July 4, 2024 was a Thursday: Thursday to Sunday
  assertPlaced(
    'Beaches filled over the July 4 holiday weekend.',
    'July 4 holiday weekend',
    '2024-W27-WE',
    '2024-07-04',
    '2024-07-08',
    PUB,
  );
  assert.equal(timexOf('Fireworks lit the sky on the Fourth of July.', 'the Fourth of July', PUB).value, '2024-07-04');
  assert.equal(timexOf('The parade was held on July 4.', 'July 4', PUB).value, '2024-07-04');
});

test('negative: a holiday and a weekend told apart stay two dates; no date, no place', () => {
  const all = timexes('Sales fell on Labor Day and over the weekend.', PUB).map((t) => [t.text, t.value]);
  assert.deepEqual(all, [
    ['Labor Day', '2024-09-02'],
    ['the weekend', '2024-W39-WE'],
  ]);
  assert.equal(timexOf('Pilgrims filled the town in Easter week.', 'Easter week', PUB).value, '2024-W13');
  const unplaced = timexOf('The Labor Day weekend was wet.', 'Labor Day weekend', null);
  assert.equal(unplaced.value, 'XXXX-WXX-WE');
  assert.equal(unplaced.from, undefined);
});
