// "He was jailed for life on Friday for murdering his neighbour last summer": a verb with a date of its own governs,
// through a preposition, a gerund that a second phrase dates. The gerund and its object name the deed on their own
// ("Murdering his neighbour"); the phrase put back would only say again what the timeline shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a governed gerund with its object is label enough without its phrase', () => {
  assert.equal(
    label('He was jailed for life on Friday for murdering his neighbour last summer.', 'last summer', {
      others: ['Friday'],
    }),
    'Murdering his neighbour',
  );
  assert.equal(
    label('She was found guilty last month of killing a man in the early hours of 14 August.', '14 August', {
      others: ['last month'],
    }),
    'Killing a man',
  );
  assert.equal(
    label('He was charged on Monday with stealing a car on Friday.', 'Friday', { others: ['Monday'] }),
    'Stealing a car',
  );
});

test('negatives: a gerund of two words, or one after a subordinator, keeps its phrase', () => {
  assert.equal(
    label('A clerk was fined on Monday for taking bribes in May.', 'May', { others: ['Monday'] }),
    'Taking bribes in May',
  );
  // ("after" opens a time clause: no deed that a verb is about)
  assert.equal(
    label('He was jailed in May after killing a man in March.', 'March', { others: ['May'] }),
    'Killing a man in March',
  );
});
