// "was flat in early afternoon trade after a record close": a phrase between a preposition and the one lower-case noun
// it describes is that noun's modifier. Dropped alone it left the noun dangling ("was flat trade after"); the phrase
// stays with its noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a phrase that premodifies the noun of a prepositional phrase stays with it', () => {
  assert.equal(
    label(
      'In New York, the S&P 500 was flat in early afternoon trade after a record close the previous day.',
      'early afternoon',
      { others: ['the previous day'] },
    ),
    'The S&P 500 was flat in early afternoon trade',
  );
  assert.equal(
    label('Shares rose 2% in late morning trading.', 'late morning'),
    'Shares rose 2% in late morning trading',
  );
  assert.equal(
    label('Oil prices fell in Tuesday evening deals in Asia.', 'Tuesday evening'),
    'Oil prices fell in Tuesday evening deals in Asia',
  );
});

test('negatives: a noun of time, the subject of a later verb, a phrase after a comma, go as before', () => {
  assert.equal(label('Sales rose 4% in May year on year.', 'May'), 'Sales rose 4% year on year');
  assert.equal(label('He said on Friday prices would rise.', 'Friday'), 'He said prices would rise');
  assert.equal(label('Sales rose 4% in May, analysts said.', 'May'), 'Sales rose 4%, analysts said');
  assert.equal(label('He left in May hoping to return.', 'May'), 'He left hoping to return');
});
