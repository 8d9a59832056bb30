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

test('a stretch over a share of "the week" or "the month" is of the publication\'s own: "for much of the week"', () => {
  // published Tuesday 30 November 2027
  const TUE = '2027-11-30';
  assertPlaced('Rain is forecast for much of the week.', 'the week', '2027-W48', '2027-11-29', '2027-12-06', TUE);
  assertPlaced('Talks stalled for most of the month.', 'the month', '2027-11', '2027-11-01', '2027-12-01', TUE);
  // negative: a habit ("most of the week" with no "for"), and "the week" alone, stay generic
  assertNone('He works most of the week from home.', 'the week', TUE);
  assertNone('It was the best day of the week.', 'the week', TUE);
});
