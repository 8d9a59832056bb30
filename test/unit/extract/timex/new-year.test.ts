import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Thursday 10 December 2026, and Sunday 21 February 2027.
const DECEMBER = '2026-12-10';
const FEBRUARY = '2027-02-21';

test('"in the new year", told in December, is the first months of next year', () => {
  for (const text of ['Talks will resume in the new year.', 'Talks will resume in the New Year.']) {
    const t = assertPlaced(
      text,
      text.includes('New') ? 'the New Year' : 'the new year',
      '2027',
      '2027-01-01',
      '2027-05-01',
      DECEMBER,
    );
    assert.equal(t.mod, 'START');
  }
});

test('"since the new year" runs from the start of the year the last New Year opened', () => {
  assertPlaced(
    'Rovers have won seven of their nine games since the new year.',
    'the new year',
    '2027',
    '2027-01-01',
    undefined,
    FEBRUARY,
  );
  // (in December, the year about to end)
  assertPlaced('Prices have risen 4% since the new year.', 'the new year', '2026', '2026-01-01', undefined, DECEMBER);
});

test('negative: "the new year" that no preposition of time governs, or before a noun, and "a new year"', () => {
  assertNone('The new year began quietly.', 'new year', DECEMBER);
  assertNone('He unveiled the new year budget in parliament.', 'new year', DECEMBER);
  assertNone('It marks the start of a new year for the club.', 'new year', DECEMBER);
  assertNone('Millions celebrated the Lunar New Year in February.', 'the Lunar', FEBRUARY);
  // the holiday is still the holiday
  assert.equal(timexOf('Talks resumed after New Year.', 'New Year', DECEMBER).value, '2026-01-01');
});

test('"the start of the new year" is one phrase; "the first six weeks of the new year" counts from it', () => {
  const start = timexOf(
    'Talks will resume at the beginning of the new year.',
    'the beginning of the new year',
    DECEMBER,
  );
  assert.deepEqual([start.value, start.mod, start.from], ['2027', 'START', '2027-01-01']);
  assertPlaced(
    'Shares rose at the start of the new year.',
    'the start of the new year',
    '2027',
    undefined,
    undefined,
    FEBRUARY,
  );
  const weeks = 'Trading was strong in the first six weeks of the new year.';
  assertPlaced(weeks, 'the new year', '2027', undefined, undefined, FEBRUARY);
  // negative: "of the new year" after other words, or before a noun, is no date
  assertNone('The spirit of the new year was strong.', 'the new year', FEBRUARY);
  assertNone('He spoke at the start of the new year season.', 'the new year', FEBRUARY);
});
