// "The Juice probe will return to Earth in January 2029 after a pass of Venus next August": the verb has a date of its
// own; a second phrase right after the noun phrase that "after" (or "before", "following") opens dates that noun
// phrase, even when it holds an "of" ("a pass of Venus") or has no preposition ("next August").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a phrase with no preposition after the object of "after" dates that object', () => {
  const sentence = 'The Juice probe will return to Earth in January 2029 after a pass of Venus next August.';
  assert.equal(label(sentence, 'next August', { others: ['January 2029'] }), 'A pass of Venus');
  assert.equal(
    label(sentence, 'January 2029', { others: ['next August'] }),
    'The Juice probe will return to Earth after a pass of Venus',
  );
  assert.equal(
    label('The team will fly home on Monday after the final next Sunday.', 'next Sunday', { others: ['Monday'] }),
    'The final',
  );
});

test('the object of "after" may hold one "of"', () => {
  const sentence = 'The club will move to the new ground in 2026, after the opening of the stadium in May.';
  assert.equal(label(sentence, 'May', { others: ['2026'] }), 'The opening of the stadium');
  assert.equal(
    label('The probe will reach Jupiter in July 2031 after a flyby of Earth in 2029.', '2029', {
      others: ['July 2031'],
    }),
    'A flyby of Earth',
  );
});

test('negatives: no date of the verb, or a phrase that only the verb can take', () => {
  // no phrase dates the verb: the clause stays the event
  assert.equal(
    label('The council approved the plan after a debate of the budget last week.', 'last week'),
    'The council approved the plan after a debate of the budget',
  );
  // a clock time may be the verb's own date, told closer
  assert.equal(
    label('The ferry left on Friday after a delay of an hour at 6pm.', '6pm', { others: ['Friday'] }),
    'The ferry left after a delay of an hour',
  );
});
