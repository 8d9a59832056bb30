import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes, timexOf } from './helpers.js';

// Published Wednesday 20 March 2019.
const PUB = '2019-03-20';

test('"12 midnight", "12 noon", "12:00 midnight", "twelve o\'clock midnight" are one time: the noon or the midnight', () => {
  assertPlaced(
    'The curfew starts at 12 midnight.',
    '12 midnight',
    '2019-03-20T24:00',
    '2019-03-21T00:00',
    undefined,
    PUB,
  );
  assertPlaced('Polls close at 12 noon on Friday.', '12 noon on Friday', '2019-03-22T12:00', undefined, undefined, PUB);
  assertPlaced('The offer expires at 12:00 midnight.', '12:00 midnight', '2019-03-20T24:00', undefined, undefined, PUB);
  assertPlaced('Bells rang at twelve noon.', 'twelve noon', '2019-03-20T12:00', undefined, undefined, PUB);
  assertPlaced(
    "He got home at twelve o'clock midnight.",
    "twelve o'clock midnight",
    // (told in the past on a day given without its time: the midnight gone by)
    '2019-03-19T24:00',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(timexOf('SHOPS SHUT AT 12 MIDNIGHT', '12 MIDNIGHT', PUB).value, '2019-03-20T24:00');
});

test('negative: "12:00 midnight" is no noon beside a midnight, and a year before midnight stays a year', () => {
  const all = timexes('The offer expires at 12:00 midnight.', PUB);
  assert.equal(all.length, 1);
  assert.ok(!all.some((t) => /T12:00$/.test(t.value)));
  assert.deepEqual(
    timexes('Fireworks marked the 2012 midnight countdown.', PUB).map((t) => t.text),
    ['2012', 'midnight'],
  );
});

test('"24:00" is the end of the day; "24:10" is no clock time', () => {
  assert.equal(timexOf('The polls close at 24:00 on Friday.', '24:00 on Friday', PUB).value, '2019-03-22T24:00');
  assert.ok(!timexes('The timer read 24:10 when the race ended.', PUB).some((t) => /24:10/.test(t.text)));
});
