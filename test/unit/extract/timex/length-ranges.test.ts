import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexOf, timexes } from './helpers.js';

test('a range of lengths keeps both ends, each a TimeML duration', () => {
  const text = 'Repairs will take between six and nine months.';
  assert.equal(timexOf(text, 'six').value, 'P6M');
  assert.equal(timexOf(text, 'nine months').value, 'P9M');
  assert.deepEqual(
    timexes('Each term lasts two to three years.').map((t) => [t.text, t.value]),
    [
      ['two', 'P2Y'],
      ['three years', 'P3Y'],
    ],
  );
  assert.deepEqual(
    timexes('Approval takes 60-90 days.').map((t) => [t.text, t.value]),
    [
      ['60', 'P60D'],
      ['90 days', 'P90D'],
    ],
  );
  assert.match(timexOf(text, 'six').why, /range of lengths/);
});

test('"or" between two counts of a unit is a range of lengths too: each end a duration', () => {
  assert.deepEqual(
    timexes('Repairs should take three or four days.').map((t) => [t.text, t.value]),
    [
      ['three', 'P3D'],
      ['four days', 'P4D'],
    ],
  );
  assert.deepEqual(
    timexes('The crew waited two or three weeks.').map((t) => [t.text, t.value]),
    [
      ['two', 'P2W'],
      ['three weeks', 'P3W'],
    ],
  );
  const ago = timexes('The shop closed five or six years ago.');
  assert.deepEqual(
    ago.map((t) => [t.text, t.value]),
    [
      ['five', 'P5Y'],
      ['six years ago', '2010'],
    ],
  );
});

test('negative: scores, counts of other things and backwards ranges are not ranges of lengths', () => {
  assertNone('They won 3 to 1 in extra time.', '3');
  assertNone('He scored two or three goals in six days.', 'two');
  assertNone('It took nine to six months.', 'nine');
  assertNone('It took nine or six months.', 'nine');
});
