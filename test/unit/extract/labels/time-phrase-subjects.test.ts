// A time phrase that opens a clause as its subject ("since the fiscal year began on Oct. 1") is no adverbial of
// another clause: the label of the date keeps it as the subject of its verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('after a clause-opening "since" or "after", a time noun phrase before a verb is its subject', () => {
  assert.equal(
    label('It was the fourth emergency budget since the tax year started on April 6.', 'April 6', {
      others: ['the tax year'],
    }),
    'The tax year started',
  );
  assert.equal(
    label('Exports slowed after the new quarter opened on July 1.', 'July 1', { others: ['the new quarter'] }),
    'The new quarter opened',
  );
});

test('at the start of the sentence too', () => {
  assert.equal(
    label('The season kicked off on Aug. 9 with a derby.', 'Aug. 9', { others: ['The season'] }),
    'The season kicked off with a derby',
  );
});

test('a time phrase after a noun or a preposition stays an adverbial', () => {
  // "The unrest this week": a time phrase of the noun's clause
  assert.equal(
    label('The unrest this week has been described as the worst since 1974.', '1974', { others: ['this week'] }),
    'The unrest has been described as the worst',
  );
  assert.equal(
    label('Sales in the quarter were up 5% on Monday.', 'Monday', { others: ['the quarter'] }),
    'Sales were up 5%',
  );
});

test('a time phrase after "said", with or without its preposition, is no part of the next subject', () => {
  const sentence = 'The governor said on Tuesday unemployment would drop below 4% by the end of next year.';
  assert.equal(label(sentence, 'the end of next year', { others: ['Tuesday'] }), 'Unemployment would drop below 4%');
  assert.equal(
    label('The governor said Tuesday unemployment would drop below 4% by 2027.', '2027', { others: ['Tuesday'] }),
    'Unemployment would drop below 4%',
  );
  // negative: a period before its noun stays in the noun phrase ("the 2023 budget")
  assert.equal(
    label('The governor said the 2023 budget would be balanced by March.', 'March', { others: ['2023'] }),
    'The 2023 budget would be balanced',
  );
});

test('an "-ing" word after a time phrase that opens the sentence, before its verb, is the noun the phrase describes', () => {
  // (it was read as a gerund: "Will be weaker again", "Christmas will be weaker again")
  assert.equal(
    label('Christmas trading will be weaker again this year.', 'this year', { others: ['Christmas'] }),
    'Christmas trading will be weaker again',
  );
  assert.equal(
    label('Easter shopping was busier than ever last year.', 'last year', { others: ['Easter'] }),
    'Easter shopping was busier than ever',
  );
  // (the name heads the subject it describes, which keeps it)
  assert.equal(
    label('Christmas trading will be weaker again this year.', 'Christmas', { others: ['this year'] }),
    'Christmas trading will be weaker again',
  );
  // negative: an "-ing" word before a noun describes that noun
  assert.equal(label('Last year falling prices hurt farmers.', 'Last year'), 'Falling prices hurt farmers');
});

test('a length before "of" and a noun measures that noun: it stays in the label', () => {
  assert.equal(
    label('A week of strikes will begin on Monday.', 'Monday', { others: ['A week'] }),
    'A week of strikes will begin',
  );
  assert.equal(
    label('Two days of talks ended on Friday.', 'Friday', { others: ['Two days'] }),
    'Two days of talks ended',
  );
  // negative: a length before a verb is an adverbial the label leaves out
  assert.equal(
    label('For a week the union held strikes, and talks resumed on Monday.', 'Monday', { others: ['a week'] }),
    'Talks resumed on Monday',
  );
});
