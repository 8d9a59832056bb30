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

test('negative: scores, approximations and backwards ranges are not ranges of lengths', () => {
  assertNone('They won 3 to 1 in extra time.', '3');
  assert.deepEqual(
    timexes('It takes two or three days.').map((t) => t.text),
    ['three days'],
  );
  assertNone('It took nine to six months.', 'nine');
});
