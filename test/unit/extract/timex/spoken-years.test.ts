import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 17 February 2010.
const PUB = '2010-02-17';

test("this century's years said in words, as transcripts write them, are years when a year is named", () => {
  assertPlaced('The plant opened in twenty fifteen.', 'twenty fifteen', '2015', '2015-01-01', '2016-01-01', PUB);
  assertPlaced('Prices have doubled since two thousand ten.', 'two thousand ten', '2010', undefined, undefined, PUB);
  assertPlaced(
    'The law changed in two thousand and twelve.',
    'two thousand and twelve',
    '2012',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The bank failed in twenty oh nine.', 'twenty oh nine', '2009', undefined, undefined, PUB);
  assertPlaced('The line should open by twenty twenty-one.', 'twenty twenty-one', '2021', undefined, undefined, PUB);
  assertPlaced('The year twenty ten began quietly.', 'The year twenty ten', '2010', undefined, undefined, PUB);
  assertPlaced('SALES FELL IN TWENTY TWELVE', 'TWENTY TWELVE', '2012', undefined, undefined, PUB);
  // "two thousand ten" is no longer the year 2000 and a stray "ten"
  assert.equal(timexOf('It was founded in two thousand ten.', 'two thousand ten', PUB).value, '2010');
});

test('the spoken years of the last century read as before', () => {
  assertPlaced('The mill closed in nineteen ninety-six.', 'nineteen ninety-six', '1996', undefined, undefined, PUB);
  assertPlaced('It was built in two thousand and one.', 'two thousand and one', '2001', undefined, undefined, PUB);
});

test('negative: the same words as numbers, or with no year named, are no years', () => {
  assertNone('Hindsight is twenty twenty.', 'twenty', PUB);
  assertNone('Twenty fifteen-year-olds joined the club.', 'fifteen', PUB);
  assertNone('A crowd of two thousand and twelve people gathered.', 'thousand', PUB);
});
