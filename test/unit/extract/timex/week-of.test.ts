import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced } from './helpers.js';

// Published Thursday 24 February 2000.
const PUB = '2000-02-24';

test('"the week of March 6" is the ISO week that holds the day, the whole phrase its span', () => {
  const t = assertPlaced(
    'The case should be resolved in a hearing the week of March 6, his lawyer said.',
    'the week of March 6',
    '2000-W10',
    '2000-03-06',
    '2000-03-13',
    PUB,
  );
  assert.equal(t.type, 'DATE');
  assert.equal(t.granularity, 'week');
  // a written year, and a day in the middle of its week
  assertPlaced(
    'Sales start the week of Oct. 19, 2016.',
    'the week of Oct. 19, 2016',
    '2016-W42',
    '2016-10-17',
    '2016-10-24',
    PUB,
  );
  // without a year, the day's year by tense
  assertPlaced('They met the week of Jan. 10.', 'the week of Jan. 10', '2000-W02', undefined, undefined, PUB);
});

test('negative: "the week of" an event or an impossible day is no week of a date', () => {
  assertNone('He spent the week of the storm at home.', 'the week of the storm', PUB);
  assertNone('The week of Feb. 31 never came.', 'the week of Feb. 31', PUB);
});

test('"the week of 12 August", "the week of the 2nd of September": the day written first', () => {
  assertPlaced(
    'A fourth walkout is planned for the week of 12 August.',
    'the week of 12 August',
    '2024-W33',
    '2024-08-12',
    '2024-08-19',
    '2024-07-24',
  );
  assertPlaced(
    'The hearing was moved to the week of the 2nd of September 2025.',
    'the week of the 2nd of September 2025',
    '2025-W36',
    undefined,
    undefined,
    '2024-07-24',
  );
  // negative: a day of the week's own ("the week of 12 matches") is no date
  assertNone('It was the week of 12 matches in 14 days.', 'the week of 12', '2024-07-24');
});

test('"the week commencing 12 August", "week beginning Monday 5 August", "w/c 19 August": the week that begins then', () => {
  const JUL = '2024-07-24';
  assertPlaced(
    'Works are planned for the week commencing 12 August.',
    'the week commencing 12 August',
    '2024-W33',
    '2024-08-12',
    '2024-08-19',
    JUL,
  );
  assertPlaced(
    'Deliveries resume in the week beginning Monday 5 August.',
    'the week beginning Monday 5 August',
    '2024-W32',
    undefined,
    undefined,
    JUL,
  );
  assertPlaced('Roadworks w/c 19 August.', 'w/c 19 August', '2024-W34', undefined, undefined, JUL);
  // a week that begins on a Sunday is mostly the ISO week after it
  assertPlaced(
    'Bins are collected in the week commencing Sunday 4 August.',
    'the week commencing Sunday 4 August',
    '2024-W32',
    undefined,
    undefined,
    JUL,
  );
});
