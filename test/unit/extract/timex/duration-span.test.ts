import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexOf } from './helpers.js';

test('a determiner before an amount belongs to the duration span', () => {
  const t = timexOf('For the nine months, the company earned $3 million.', 'the nine months');
  assert.equal(t.value, 'P9M');
  assert.equal(timexOf('Instead of the four days first planned, talks ran on.', 'the four days').value, 'P4D');
});

test('negative: an adjectival duration leaves the determiner out, and ages are no durations', () => {
  assert.equal(timexOf('The eight-year war ended.', 'eight-year').value, 'P8Y');
  assertNone('The 44-year-old driver was unhurt.', 'year');
});

test('"over the years" is an open stretch of the past (PXY), without the preposition', () => {
  const t = timexOf('Staff worked hard over the years to build the plant.', 'the years');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'PXY');
  // a vague number of decades is some years, as the TimeML corpora write it ("decades-long": PXY)
  assert.equal(timexOf('Through the decades the town shrank.', 'the decades').value, 'PXY');
  assert.equal(timexOf('A decades-long feud ended.', 'decades-long').value, 'PXY');
});

test('counted quarters of something are durations; fractions are not', () => {
  assert.equal(timexOf('It returned to profit after several quarters of losses.', 'several quarters').value, 'PXQ');
  assert.equal(
    timexOf('The economy shrank for two consecutive quarters of the year.', 'two consecutive quarters').value,
    'P2Q',
  );
  assertNone('A quarter of the dealers will close.', 'quarter');
  assertNone('Three quarters of the votes were counted.', 'quarters');
});

test('"single-day" is one day', () => {
  assert.equal(timexOf('It was the worst single-day fall in a decade.', 'single-day').value, 'P1D');
});

test('focus words ("just", "only", "barely") stay out of the span, as TimeML tags it', () => {
  assert.equal(timexOf('He was chief for only six months.', 'six months').value, 'P6M');
  assert.equal(timexOf('The answer comes in just a few minutes.', 'a few minutes').value, 'PTXM');
  assert.equal(timexOf('Prices fell in just minutes.', 'minutes').value, 'PTXM');
  assert.equal(timexOf('The firm, which just months ago was failing, grew.', 'months ago').value, 'PXM');
  assertNone('The blasts came only minutes apart.', 'minutes');
});
