// "Last month prices were lower": a "be" and the one word that says how things were is a whole clause of three words,
// which stands without its time phrase as "The plant closed" does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('subject, "be" and one word of how things were: no time phrase taken back', () => {
  assert.equal(label('Last month prices were lower.', 'Last month'), 'Prices were lower');
  assert.equal(label('Prices were higher in May.', 'May'), 'Prices were higher');
  assert.equal(label('Roads were quiet on Sunday.', 'Sunday'), 'Roads were quiet');
});

test('the phrase stays when it is the complement, bounds the state, or the clause is shorter', () => {
  assert.equal(label('The meeting was on Monday.', 'Monday'), 'The meeting was on Monday');
  assert.equal(label('Prices were lower until 2010.', '2010'), 'Prices were lower until 2010');
  assert.equal(label('Work began in late 1993.', 'late 1993'), 'Work began in late 1993');
  // a word after "be" that is no lower-case word of how things were
  assert.equal(label('Sales were up in May.', 'May'), 'Sales were up in May');
});
