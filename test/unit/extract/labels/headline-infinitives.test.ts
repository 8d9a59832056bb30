// A headline's "to" says what will happen ("Council to vote on budget next week"): the noun phrase that opens the
// line is its subject, so the label says who will do it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a headline infinitive keeps the noun phrase that opens the line', () => {
  assert.equal(label('Council to vote on parking fees next week', 'next week'), 'Council to vote on parking fees');
  assert.equal(
    label('Jury selection to begin Monday in fraud trial of former treasurer', 'Monday'),
    'Jury selection to begin in fraud trial of former treasurer',
  );
});

test('negative: with a finite verb the infinitive is its complement, as before', () => {
  assert.equal(label('The plan is to vote on Monday.', 'Monday'), 'The plan is to vote');
  assert.equal(label('Voters want the council to act by Monday.', 'Monday'), 'Voters want the council to act');
});
