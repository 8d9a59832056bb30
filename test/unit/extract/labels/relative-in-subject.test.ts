// A relative clause inside a subject's infinitive phrase ("A plan to name the hall after a nurse who served
// in the war | was approved") ends the subject, whose noun is the one the infinitive completes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('the subject of a verb after a relative clause in an infinitive phrase is the noun before "to"', () => {
  const sentence = 'A bid to name the bridge after a poet who died in 1961 was rejected on Friday.';
  const others = ['1961', 'Friday'];
  assert.equal(label(sentence, 'Friday', { others }), 'A bid to name the bridge after a poet was rejected');
  // the relative clause's own event keeps its own subject
  assert.equal(label(sentence, '1961', { others }), 'A poet died in 1961');
  // the same without a time phrase in the relative clause
  assert.equal(
    label('A plan to name the park after a nurse who served in the war was approved on Monday.', 'Monday'),
    'A plan to name the park after a nurse was approved',
  );
});

test('a relative clause in a plain subject keeps the noun phrase it is in', () => {
  // negative: no infinitive before the relative clause
  assert.equal(
    label('Staff at the depot that shut in 2009 were called back on Monday.', 'Monday', { others: ['2009'] }),
    'Staff at the depot were called back',
  );
});
