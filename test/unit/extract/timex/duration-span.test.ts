import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

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

test('"the next two years" told in the past after a date the story gave is the stretch after that date', () => {
  const PUB = '2024-02-29';
  assertPlaced(
    'He was arrested in 1990 and spent the next two years in prison.',
    'the next two years',
    'P2Y',
    '1991-01-01',
    '1993-01-01',
    PUB,
  );
  assertPlaced(
    'He fled in 1975 and spent the next decade in exile.',
    'the next decade',
    'P10Y',
    '1976-01-01',
    '1986-01-01',
    PUB,
  );
  // negatives: with no earlier date, and told ahead, it counts from publication
  assertPlaced(
    'Airbus has announced job cuts over the next four years.',
    'the next four years',
    'P4Y',
    '2024-03-01',
    '2028-03-01',
    PUB,
  );
  assertPlaced(
    'In 1990 the firm was founded. It will grow over the next two years.',
    'the next two years',
    'P2Y',
    '2024-03-01',
    '2026-03-01',
    PUB,
  );
});
