import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatFloating, parseFloating } from '../../../src/timeline/layout/dates.js';

test('parseFloating reads every contract form as UTC', () => {
  assert.equal(parseFloating('2016'), Date.UTC(2016, 0, 1));
  assert.equal(parseFloating('2016-10'), Date.UTC(2016, 9, 1));
  assert.equal(parseFloating('2016-10-17'), Date.UTC(2016, 9, 17));
  assert.equal(parseFloating('2016-10-15T18:00'), Date.UTC(2016, 9, 15, 18));
  assert.equal(parseFloating('2016-10-15T18:00:30.5'), Date.UTC(2016, 9, 15, 18, 0, 30, 500));
  assert.equal(parseFloating('2016-10-15T18:00Z'), Date.UTC(2016, 9, 15, 18));
  assert.equal(parseFloating('2016-02-29'), Date.UTC(2016, 1, 29));
});

test('years 0-99 are not shifted to the 1900s', () => {
  assert.equal(new Date(parseFloating('0050-06-01')).getUTCFullYear(), 50);
});

test('impossible and malformed dates are NaN', () => {
  for (const bad of [
    '2016-13-45',
    '2015-02-29',
    '2016-04-31',
    '2016-00-10',
    '2016-10-17T24:00',
    '2016-10-17T10:60',
    'yesterday',
    '',
    '16-10-17',
    '2016-10-17T18',
    '2016-10-17 18:00',
    '2016-10-17T18:00+02:00',
  ])
    assert.ok(Number.isNaN(parseFloating(bad)), bad);
});

test('formatFloating writes minute-precision floating ISO, independent of the time zone', () => {
  assert.equal(formatFloating(Date.UTC(2016, 9, 15, 18, 5)), '2016-10-15T18:05');
  assert.equal(formatFloating(parseFloating('0050-06-01')), '0050-06-01T00:00');
});

test('parseFloating agrees with Date.UTC on every valid date (property)', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
      (date) => {
        const iso = date.toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ
        assert.equal(parseFloating(iso), date.getTime());
        assert.equal(parseFloating(iso.slice(0, 16)), Math.floor(date.getTime() / 60_000) * 60_000);
        assert.equal(parseFloating(iso.slice(0, 10)), Math.floor(date.getTime() / 86_400_000) * 86_400_000);
      },
    ),
    { seed: 1, numRuns: 2000 },
  );
});
