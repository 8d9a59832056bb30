import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Tuesday 12 February 2013.
const PUB = '2013-02-12';

test('"the early hours" with no day: the hours before dawn of the day the story tells, or of publication', () => {
  // the publication day's, told in the past; told ahead, the next night's
  const t = assertPlaced(
    'A man was arrested in the early hours.',
    'the early hours',
    '2013-02-12',
    '2013-02-12T00:00',
    '2013-02-12T06:00',
    PUB,
  );
  assert.equal(t.mod, 'START');
  assertPlaced('Results will come in the early hours.', 'the early hours', '2013-02-13', undefined, undefined, PUB);
  assertPlaced('She worked into the small hours.', 'the small hours', '2013-02-12', undefined, undefined, PUB);
  assertPlaced(
    'The store was raided in the early hours of the morning.',
    'the early hours of the morning',
    '2013-02-12',
    '2013-02-12T00:00',
    '2013-02-12T06:00',
    PUB,
  );
  // the day the story has placed; after its evening or a late clock time, the night that follows it
  assertPlaced(
    'On Saturday, police were called to the house in the early hours.',
    'the early hours',
    '2013-02-09',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Polls close at 10pm, with results expected in the early hours.',
    'the early hours',
    '2013-02-13',
    '2013-02-13T00:00',
    '2013-02-13T06:00',
    PUB,
  );
  assertPlaced(
    'The party began on Saturday night and went on until the early hours.',
    'the early hours',
    '2013-02-10',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: "the early hours of" a day is that day\'s (the weekday parser\'s); hours that are no time of night', () => {
  assert.equal(timexOf('He was arrested in the early hours of Sunday.', 'Sunday', PUB).value, '2013-02-10');
  assertNone('He was arrested in the early hours of Sunday.', 'the early hours', PUB);
  assert.equal(timexOf('The first hours of the trial were tense.', 'The first hours', PUB).type, 'DURATION');
  assertNone('Staff worked long hours.', 'hours', PUB);
});
