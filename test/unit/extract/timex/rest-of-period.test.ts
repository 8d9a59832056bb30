import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Tuesday 12 February 2013.
const PUB = '2013-02-12';

test('what is left of a period runs from publication to its end', () => {
  const year = assertPlaced(
    'Analysts expect prices to stay high for the rest of the year.',
    'the rest of the year',
    'P1Y',
    '2013-02-12',
    '2014-01-01',
    PUB,
  );
  assert.equal(year.type, 'DURATION');
  assertPlaced(
    'Showers are forecast for the remainder of the week.',
    'the remainder of the week',
    'P1W',
    '2013-02-12',
    '2013-02-18',
    PUB,
  );
  assertPlaced(
    'The balance of this quarter looks weak.',
    'The balance of this quarter',
    'P1Q',
    '2013-02-12',
    '2013-04-01',
    PUB,
  );
});

test('told in the past after a date as fine as the period, it goes on from that date', () => {
  assertPlaced(
    'Shares slumped on Friday and stayed low for the rest of the day.',
    'the rest of the day',
    'P1D',
    '2013-02-08',
    '2013-02-09',
    PUB,
  );
  assertPlaced(
    'In March 2009 the plant closed, and output stayed low for the rest of the year.',
    'the rest of the year',
    'P1Y',
    '2009-03-01',
    '2010-01-01',
    PUB,
  );
});

test('negative: a possessive or a period of something else is no stretch to place', () => {
  assertNone("The rest of the year's budget was cut.", 'rest');
  assertNone('He served the remainder of the term.', 'remainder');
  assert.deepEqual(
    timexes('For the rest of the year after the crash, he stayed home.', PUB).map((t) => t.text),
    [],
  );
});

test('the rest of the weekend: from publication during it, from its Saturday when told before it', () => {
  // told on Friday 6 December 2024: the weekend ahead, whole
  assertPlaced(
    'Ferries have been cancelled for the rest of the weekend.',
    'the rest of the weekend',
    'P1WE',
    '2024-12-07',
    '2024-12-09',
    '2024-12-06',
  );
  // told on its Sunday: that day to its end
  assertPlaced(
    'Roads stay shut for the rest of the weekend.',
    'the rest of the weekend',
    'P1WE',
    '2024-12-08',
    '2024-12-09',
    '2024-12-08',
  );
});
