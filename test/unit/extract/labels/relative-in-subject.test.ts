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

test("a phrase between a subject's relative aside and its verb dates that verb", () => {
  // "Okafor, who joined in May, | on Friday | said …": the aside's closing comma, then the phrase, then the verb
  const sentence = 'Okafor, who joined the board in May, on Friday said the plan would go ahead.';
  const others = ['May', 'Friday'];
  assert.equal(label(sentence, 'Friday', { others }), 'Okafor said the plan would go ahead');
  assert.equal(label(sentence, 'May', { others }), 'Okafor joined the board');
  assert.equal(
    label('The charity, which was set up in 2004, on Monday opened a second shop.', 'Monday', { others: ['2004'] }),
    'The charity opened a second shop',
  );
  // negative: an aside after an object, the phrase after it dates the verb before the object
  assert.equal(
    label('The club signed Alves, who left Porto in March, on Friday.', 'Friday', { others: ['March'] }),
    'The club signed Alves',
  );
});
