import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexOf, timexes } from './helpers.js';

test('"two years ahead of schedule" is a length, not the future', () => {
  const t = timexOf('The vote comes two years ahead of schedule.', 'two years');
  assert.equal(t.value, 'P2Y');
  assert.equal(t.type, 'DURATION');
  assertNone('The vote comes two years ahead of schedule.', 'years ahead');
  const w = timexOf('The bridge opened 3 months ahead of the deadline.', '3 months');
  assert.equal(w.value, 'P3M');
});

test('negative: "the years ahead" is still the future', () => {
  const t = timexes('The firm faces hard choices in the years ahead.').find((x) => /years ahead/.test(x.text));
  assert.equal(t?.value, 'FUTURE_REF');
});
