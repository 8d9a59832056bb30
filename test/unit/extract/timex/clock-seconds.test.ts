import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('a clock time with seconds keeps them in the value', () => {
  const t = assertPlaced(
    'The quake struck at 18:32:56.',
    '18:32:56',
    '2019-03-22T18:32:56',
    '2019-03-22T18:32',
    '2019-03-22T18:33',
    PUB,
  );
  assert.equal(t.granularity, 'minute');
  assertPlaced('Posted: 2019-03-20 11:47:35', '2019-03-20 11:47:35', '2019-03-20T11:47:35', undefined, undefined, PUB);
  assertPlaced('The bell rang at 6:30:15 p.m.', '6:30:15 p.m.', '2019-03-22T18:30:15', undefined, undefined, PUB);
  assertPlaced('It landed at 14:05:09 GMT.', '14:05:09 GMT', '2019-03-22T14:05:09Z', undefined, undefined, PUB);
});

test('hours, minutes and seconds of a time taken are a duration, and make no event', () => {
  const t = timexOf('He won the marathon in 2:05:37.', '2:05:37', PUB);
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'PT2H5M37S');
  assert.equal(t.from, undefined);
  assert.equal(extract('He won the marathon in 2:05:37.', { published: PUB }).events.length, 0);
  assert.equal(timexOf('She clocked 2:14:12 in Boston.', '2:14:12', PUB).value, 'PT2H14M12S');
  assert.equal(timexOf('The record of 26:17:53 stands.', '26:17:53', PUB).type, 'DURATION');
});

test('negative: no clock time inside a longer number', () => {
  for (const text of ['She clocked 2:14:12 in Boston.', 'He won the marathon in 2:05:37.', 'Time was 2:14:12.'])
    assert.ok(!timexes(text, PUB).some((t) => t.type === 'TIME' && /T(?:14:12|05:37)/.test(t.value)), text);
  // said as a clock time, the whole of it is read: 02:14:12, not 14:12
  assert.equal(timexOf('Time was 2:14:12.', '2:14:12', PUB).value, '2019-03-22T02:14:12');
  assertNone('He ran the mile in 3:59.40 flat.', '3:59');
  assertNone('The ratio was 1.30 to one.', '30');
});
