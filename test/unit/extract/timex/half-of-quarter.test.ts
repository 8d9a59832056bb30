import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

// Published Tuesday 15 Oct 2024.
const TUESDAY = '2024-10-15';

test('the first or second half of a quarter is one timex: the quarter with START or END, placed on that half', () => {
  const t = assertPlaced(
    'Orders slowed in the first half of the third quarter, the retailer said.',
    'the first half of the third quarter',
    '2024-Q3',
    '2024-07-01',
    '2024-08-16',
    TUESDAY,
  );
  assert.equal(t.mod, 'START');
  const e = assertPlaced(
    'Margins improved in the second half of the fourth quarter of 2023.',
    'the second half of the fourth quarter of 2023',
    '2023-Q4',
    '2023-11-16',
    '2024-01-01',
    TUESDAY,
  );
  assert.equal(e.mod, 'END');
  assertPlaced(
    'Demand fell in the latter half of Q2 2024.',
    'the latter half of Q2 2024',
    '2024-Q2',
    '2024-05-17',
    '2024-07-01',
    TUESDAY,
  );
  // "the first half" is not also read as the first half of the year
  const texts = timexes('Orders slowed in the first half of the third quarter.', TUESDAY).map((x) => x.text);
  assert.deepEqual(texts, ['the first half of the third quarter']);
});

test('halves of other periods stay one phrase', () => {
  const m = assertPlaced(
    'Rents rose in the second half of March.',
    'the second half of March',
    '2024-03',
    undefined,
    '2024-04-01',
    TUESDAY,
  );
  assert.equal(m.mod, 'END');
  assertPlaced(
    'Hiring will pick up in the first half of next year.',
    'the first half of next year',
    '2025-H1',
    '2025-01-01',
    '2025-07-01',
    TUESDAY,
  );
  assertPlaced(
    'Profit doubled in the second half of 2023.',
    'the second half of 2023',
    '2023-H2',
    '2023-07-01',
    '2024-01-01',
    TUESDAY,
  );
});

test('negative: a half alone is the half of the year; a half of a half is not merged', () => {
  assertPlaced(
    'Sales fell in the first half, the company said.',
    'the first half',
    '2024-H1',
    '2024-01-01',
    '2024-07-01',
    TUESDAY,
  );
  assertPlaced('Costs rose in the first quarter.', 'the first quarter', '2024-Q1', '2024-01-01', '2024-04-01', TUESDAY);
});
