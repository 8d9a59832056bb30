import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 13 March 2024.
const PUB = '2024-03-13';

test('an hour and its minutes written with a stop, told with its day, are a clock time: "at 12.30 on Saturday"', () => {
  assertPlaced(
    'The match kicks off at 12.30 on Saturday.',
    '12.30 on Saturday',
    '2024-03-16T12:30',
    '2024-03-16T12:30',
    '2024-03-16T12:31',
    PUB,
  );
  assertPlaced('The gates open at 9.30 tomorrow.', '9.30 tomorrow', '2024-03-14T09:30', undefined, undefined, PUB);
  assertPlaced('The train left at 19.45 on Friday.', '19.45 on Friday', '2024-03-08T19:45', undefined, undefined, PUB);
  assertPlaced('Trains will run from 6.15 on Monday.', '6.15 on Monday', '2024-03-18T06:15', undefined, undefined, PUB);
  // the day first, then "at"
  assertPlaced('We meet Saturday at 12.30.', 'Saturday at 12.30', '2024-03-16T12:30', undefined, undefined, PUB);
  // a part of the day after it says which half
  assertPlaced(
    'He was last seen at 11.15 on Tuesday night.',
    '11.15 on Tuesday night',
    '2024-03-12T23:15',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: a number with a stop is a price, a level or a count unless a clock time is clearly meant', () => {
  // words of a price or a level before it
  for (const [text, day] of [
    ['Shares closed at 12.30 on Friday.', 'Friday'],
    ['The index stood at 5.25 on Monday.', 'Monday'],
    ['The pound was trading at 1.25 on Monday.', 'Monday'],
    ['Rates were cut to 4.75 on Thursday.', 'Thursday'],
  ]) {
    assertNone(text!, '.', PUB);
    assert.equal(timexOf(text!, day!, PUB).text, day);
  }
  // no day with it, or no preposition of a clock time
  assertNone('The kick-off is at 12.30.', '12.30', PUB);
  assertNone('Inflation was 2.30 on Monday.', '2.30', PUB);
  // a count after it
  assertNone('The fund paid at 7.50 pence a share on Friday.', '7.50', PUB);
});
