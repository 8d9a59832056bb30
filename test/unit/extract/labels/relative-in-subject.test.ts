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

test('a date in a relative clause of the subject labels that clause, which ends where the main verb begins', () => {
  // the main verb after the date, with a number for its object or an adverb before it
  assert.equal(label('The storm that hit in May killed ten people.', 'May'), 'The storm hit in May');
  assert.equal(
    label('The recession that began in December 2007 nearly ruined her.', 'December 2007'),
    'The recession began in December 2007',
  );
  // negative: with an object of its own, the relative clause's label needs no date
  assert.equal(label('The storm that hit the coast in May killed ten people.', 'May'), 'The storm hit the coast');
});
