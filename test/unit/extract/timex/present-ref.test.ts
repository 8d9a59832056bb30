import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexOf } from './helpers.js';

test('now, currently, recently, these days, the past, the future', () => {
  const cases: Array<[string, string, string]> = [
    ['Both countries now face terrorism.', 'now', 'PRESENT_REF'],
    ['He is currently in Cairo.', 'currently', 'PRESENT_REF'],
    ['She recently moved.', 'recently', 'PAST_REF'],
    ['Few people read papers these days.', 'these days', 'PRESENT_REF'],
    ['It happened in the past.', 'the past', 'PAST_REF'],
    ['Prices may rise in the future.', 'the future', 'FUTURE_REF'],
  ];
  for (const [text, phrase, value] of cases) {
    const t = timexOf(text, phrase);
    assert.equal(t.value, value, phrase);
    assert.equal(t.type, 'DATE');
    assert.equal(t.from, undefined, `${phrase} is not placed on the axis`);
    assert.equal(t.to, undefined);
  }
});

test('compounds with now are not references to the present', () => {
  assertNone('The now-cancelled deal was unpopular.', 'now');
});
