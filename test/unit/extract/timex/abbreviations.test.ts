import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Friday 15 November 2019.
const PUB = '2019-11-15';

test('yr, qtr, wk, mo. read as their units', () => {
  assertPlaced('Sales fell last yr.', 'last yr', '2018', '2018-01-01', '2019-01-01', PUB);
  assertPlaced('Margins held this qtr.', 'this qtr', '2019-Q4', undefined, undefined, PUB);
  assertPlaced('Profit rose in the 2nd qtr.', 'the 2nd qtr', '2019-Q2', undefined, undefined, PUB);
  assertPlaced('Orders slowed next wk, it said.', 'next wk', '2019-W47', undefined, undefined, PUB);
  assertPlaced('Rents climbed last mo. in the city.', 'last mo.', '2019-10', undefined, undefined, PUB);
  assertPlaced('The plant shut 3 yrs ago.', '3 yrs ago', '2016', undefined, undefined, PUB);
  assert.equal(timexOf('The strike lasted six mos in all.', 'six mos', PUB).value, 'P6M');
  assert.equal(timexOf('Crews worked 2 wks straight.', '2 wks', PUB).value, 'P2W');
  assert.equal(timexOf('The flight took 3 hrs.', '3 hrs', PUB).value, 'PT3H');
});

test('negative: abbreviations that are names or words', () => {
  assertNone('Mo. Farah ran.', 'Mo.');
  assertNone('The yr key is broken.', 'yr');
  assertNone('The wk file failed.', 'wk');
});
