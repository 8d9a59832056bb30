import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('"the first Tuesday in November" is one day, the whole phrase its span', () => {
  const t = assertPlaced(
    'The election will be held on the first Tuesday in November.',
    'the first Tuesday in November',
    '2019-11-05',
    '2019-11-05',
    '2019-11-06',
    PUB,
  );
  assert.equal(t.granularity, 'day');
  assert.equal(timexes('The election will be held on the first Tuesday in November.', PUB).length, 1);
  // with a year, "of", the last one, abbreviations and any casing
  assertPlaced(
    'It was held on the last Monday of March 2018.',
    'the last Monday of March 2018',
    '2018-03-26',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'the second sunday in may 2020 was quiet',
    'the second sunday in may 2020',
    '2020-05-10',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Polls close the third Wed. of June, 2019.',
    'the third Wed. of June, 2019',
    '2019-06-19',
    undefined,
    undefined,
    PUB,
  );
});

test('without a year the month is read by tense; "next month" counts from publication', () => {
  // past tense: the November gone by
  assertPlaced(
    'Voters went to the polls on the first Tuesday in November.',
    'the first Tuesday in November',
    '2018-11-06',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'We meet again on the first Monday of next month.',
    'the first Monday of next month',
    '2019-04-01',
    undefined,
    undefined,
    PUB,
  );
});

test('the first and last day of a month, and the last weekend of one', () => {
  assertPlaced(
    'The plant closed on the last day of February.',
    'the last day of February',
    '2019-02-28',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Leap years end February on the last day of February 2020.',
    'the last day of February 2020',
    '2020-02-29',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The fair opens the last weekend of June.',
    'the last weekend of June',
    '2019-W26-WE',
    '2019-06-29',
    '2019-07-01',
    PUB,
  );
});

test('negative: no such day, a count of something else, a day of a siege', () => {
  assertNone('He left on the fifth Monday of February 2019.', 'the fifth Monday of February 2019', PUB);
  assertNone('The fifth day of the siege was quiet.', 'The fifth day', PUB);
  assertNone('On the first day of talks in March, nothing moved.', 'the first day of talks', PUB);
});
