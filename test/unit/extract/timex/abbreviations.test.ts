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

test('a length cut short before its noun: "4-yr terms", "the 10-yr note", "a 12-hr shift"', () => {
  assert.equal(timexOf('He served two 4-yr terms.', '4-yr', PUB).value, 'P4Y');
  assert.equal(timexOf('The 10-yr note yield fell.', '10-yr', PUB).value, 'P10Y');
  assert.equal(timexOf('Nurses worked a 12-hr shift.', '12-hr', PUB).value, 'PT12H');
  assert.equal(timexOf('The team ran a 6-wk trial.', '6-wk', PUB).value, 'P6W');
  // negative: an age, and letters that are no unit
  assertNone('The 4-yr-old boy was found safe.', '4-yr', PUB);
  assertNone('He wore the No. 4-yrs jersey.', '4-yrs', PUB);
});
