import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexOf } from './helpers.js';

test('"recent" before a noun refers to the past (PAST_REF), not to a date', () => {
  for (const text of [
    'The recent sale of the unit lifted profit.',
    'Investors fear recent moves by the central bank.',
  ]) {
    const t = timexOf(text, 'recent');
    assert.equal(t.value, 'PAST_REF');
    assert.equal(t.from, undefined);
  }
});

test('negative: "most recent" ranks, "recent years" is a vague duration', () => {
  assertNone('Its most recent model sold well.', 'recent');
  const t = timexOf('Sales have grown in recent years.', 'recent years');
  assert.equal(t.value, 'PXY');
});
