// "The Friday and Saturday shows were cancelled": two day names joined by "and" after a determiner premodify one noun,
// whose clause follows; each names the whole noun phrase, not the second day's alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('phrases joined inside a noun phrase share its clause', () => {
  const sentence = 'The Friday and Saturday shows were cancelled.';
  assert.equal(label(sentence, 'Friday', { others: ['Saturday'] }), 'The Friday and Saturday shows were cancelled');
  assert.equal(label(sentence, 'Saturday', { others: ['Friday'] }), 'The Friday and Saturday shows were cancelled');
  const sessions = 'Its Monday and Tuesday sessions will be held online.';
  assert.equal(
    label(sessions, 'Monday', { others: ['Tuesday'] }),
    'Its Monday and Tuesday sessions will be held online',
  );
  // (first in the sentence, before a noun in lower case: the clause, without the days)
  const bare = 'Friday and Saturday shows were cancelled.';
  assert.equal(label(bare, 'Friday', { others: ['Saturday'] }), 'Shows were cancelled');
  assert.equal(label(bare, 'Saturday', { others: ['Friday'] }), 'Shows were cancelled');
});

test('negative: a second phrase after "and" that opens a clause of its own stays apart', () => {
  const sentence = 'The crowd gathered on Wednesday and by 6 p.m. the square was full.';
  assert.equal(label(sentence, 'Wednesday', { others: ['6 p.m.'] }), 'The crowd gathered on Wednesday');
  assert.equal(label(sentence, '6 p.m.', { others: ['Wednesday'] }), 'The square was full');
});
