// "Traders now see a 90% chance of a quarter-point cut in September": a base verb after an adverb after the plural
// that opens the sentence is the clause's verb (it was read as a noun, and the subject was lost); "cut" after an
// article and a noun, before a modal or after a hyphened compound before a preposition, heads a noun phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a plural, an adverb, a base verb: the subject stays', () => {
  assert.equal(
    label('Dealers now see a 70% chance of a half-point cut in December, up from 40% a month ago.', 'December', {
      others: ['now', 'a month ago'],
    }),
    'Dealers see a 70% chance of a half-point cut',
  );
  assert.equal(label('The forecasters still expect growth in 2027.', '2027'), 'The forecasters still expect growth');
});

test('"a rate cut" before a modal, "a half-point cut" before a preposition: nouns', () => {
  assert.equal(
    label('The governor said a rate cut could come at the next meeting, on March 4.', 'March 4'),
    'A rate cut could come at the next meeting',
  );
});

test('a past form after an article and a noun keeps its verb reading otherwise', () => {
  assert.equal(label('Then the storm hit on Monday.', 'Monday'), 'The storm hit on Monday');
  assert.equal(label('A four-year-old cut his hand on Monday.', 'Monday'), 'A four-year-old cut his hand');
});
