// "The dry spell that began in early June ended abruptly last Tuesday": a relative clause whose verb ends with its
// phrase is complete; the past form after the phrase is the main clause's verb, with an object or without one. Without
// an object it was read as the relative's participle, and the labels ran the two verbs together ("The dry spell began
// ended abruptly").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a past form after a relative clause and its phrase is the main verb', () => {
  const sentence = 'The dry spell that began in early June ended abruptly last Tuesday.';
  const others = ['early June', 'last Tuesday'];
  assert.equal(label(sentence, 'early June', { others }), 'The dry spell began');
  assert.equal(label(sentence, 'last Tuesday', { others }), 'The dry spell ended abruptly');
  assert.equal(
    label('The strike which had begun in June ended in July.', 'July', { others: ['June'] }),
    'The strike ended in July',
  );
  assert.equal(label('The storm that hit in May faded quickly.', 'May'), 'The storm hit in May');
});

test('negatives: a clause after "that" with its own subject, an object after the verb, as before', () => {
  assert.equal(label('The storm that hit in May killed ten people.', 'May'), 'The storm hit in May');
  assert.equal(label('He said that prices rose in May.', 'May'), 'He said that prices rose');
});
