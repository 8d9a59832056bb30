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
