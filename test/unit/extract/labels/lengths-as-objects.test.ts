// A length of time right after a verb, with no preposition, is the verb's object ("The lease covers | the ten years from
// 2030"): the label keeps it, and leaves out the date it counts from, which only repeats the event's start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a length that is the object of its verb stays in the label, without the date it counts from', () => {
  const sentence = 'The new lease covers the ten years from March 2030.';
  assert.equal(
    label(sentence, 'the ten years', { duration: true, others: ['March 2030'] }),
    'The new lease covers the ten years',
  );
  assert.equal(
    label('Tenants get the six months from July rent-free.', 'the six months', {
      duration: true,
      others: ['July'],
    }),
    'Tenants get the six months rent-free',
  );
});

test('a length after a preposition or a verb of saying is no object: it is left out', () => {
  // negative: a length after "for" is not the object; the date's label keeps it, as the event's length
  assert.equal(
    label('The museum will close for three months from January.', 'January', { others: ['three months'] }),
    'The museum will close for three months',
  );
  // negative: a date that is not a length is not kept after a verb
  assert.equal(label('The council approved Tuesday a new budget.', 'Tuesday'), 'The council approved a new budget');
});
