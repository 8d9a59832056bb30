import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, MONDAY } from './helpers.js';

// Published Monday 17 Oct 2016.
test('a day counted within a run, told of now, is the publication day', () => {
  const t = assertPlaced('Today is the fifth day of the strike.', 'the fifth day', MONDAY, MONDAY, '2016-10-18');
  assert.match(t.why, /told of now/);
  assertPlaced("It's the third day of a siege by the rebels.", 'the third day', MONDAY);
  assertPlaced('Flights have been grounded for a second consecutive day.', 'a second consecutive day', MONDAY);
  assertPlaced('Shares are lower for a fourth straight day.', 'a fourth straight day', MONDAY);
});

test('negative: told in the past or the future, or not a run of days', () => {
  assertNone('It was the third straight day of protests.', 'third');
  assertNone('She promised to act on her first day in office.', 'first day');
  assertNone('Job growth was strong for the third consecutive month.', 'third');
  assertNone('The second day of the trial will hear the defence.', 'second day');
});

test('without a publication date the day stays unknown', () => {
  const t = assertPlaced(
    'Today is the fifth day of the strike.',
    'the fifth day',
    'XXXX-XX-XX',
    undefined,
    undefined,
    null,
  );
  assert.equal(t.from, undefined);
});
