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

test('the noun alone is label enough when the verb has its own date, before or after it', () => {
  assert.equal(
    label('The suspect was arrested on Friday over the attack on Tuesday.', 'Tuesday', { others: ['on Friday'] }),
    'The attack',
  );
  assert.equal(
    label('Police on Monday charged a man over the fire on Sunday.', 'Sunday', { others: ['on Monday'] }),
    'The fire',
  );
  assert.equal(
    label('Wanderers meet Albion on Saturday, a week after their defeat on Wednesday.', 'Wednesday', {
      others: ['Saturday', 'a week'],
    }),
    'Their defeat',
  );
  // negative: "now" before the verb says how things stand, not when the verb's event was
  assert.equal(
    label('Dealers now see a 70% chance of a cut in December.', 'December', { others: ['now'] }),
    'Dealers see a 70% chance of a cut',
  );
});
