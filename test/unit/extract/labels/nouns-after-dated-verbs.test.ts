// "A 24-year-old man was charged Monday with first-degree murder in the shooting death of a bartender early Saturday":
// the verb has a time phrase of its own right after it; a second phrase right after an event noun later in the clause
// dates that noun ("the shooting death of a bartender"), not the verb again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a verb dated right after it: the next phrase dates the event noun before it', () => {
  assert.equal(
    label(
      'A 31-year-old woman was charged Tuesday with manslaughter in the stabbing death of a cyclist late Friday, police said.',
      'late Friday',
      { others: ['Tuesday'] },
    ),
    'The stabbing death of a cyclist',
  );
  assert.equal(
    label('The court convicted him Thursday over the killing of a guard in March.', 'March', { others: ['Thursday'] }),
    'The killing of a guard',
  );
});

test('with no phrase right after the verb, the clause stays the event', () => {
  assert.equal(
    label('Police arrested a man over the attack on Tuesday.', 'Tuesday'),
    'Police arrested a man over the attack',
  );
});
