// A subject keeps the words that describe its noun ("The average two-year fixed deal fell"): a past form used as an
// adjective, and a hyphened length before it, are part of the noun phrase, not a verb or a time phrase to drop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an adjective in "-ed" before the subject’s noun stays in the label', () => {
  assert.equal(
    label('The typical fixed loan rose to 4.8% last month.', 'last month'),
    'The typical fixed loan rose to 4.8%',
  );
  // with a hyphened length before it, which describes the loan
  assert.equal(
    label('The typical five-year fixed loan rose to 4.8% last month.', 'last month', { others: ['five-year'] }),
    'The typical five-year fixed loan rose to 4.8%',
  );
  assert.equal(
    label('The typical five-year fixed loan rose to 4.8% last month.', 'five-year', {
      duration: true,
      others: ['last month'],
    }),
    'The typical five-year fixed loan rose to 4.8%',
  );
});

test('not a verb with its object, nor a participle after its noun', () => {
  assert.equal(label('The regulator approved a merger agreed on Tuesday.', 'Tuesday'), 'A merger agreed on Tuesday');
  assert.equal(
    label('The airline hired pilots trained abroad in May.', 'May'),
    'The airline hired pilots trained abroad',
  );
});

test('a past form that opens the sentence before a noun phrase and its verb describes the noun', () => {
  assert.equal(label('Armed police stormed the flat on Monday.', 'Monday'), 'Armed police stormed the flat');
  assert.equal(label('Used car prices fell sharply in May.', 'May'), 'Used car prices fell sharply');
  assert.equal(label('Sat nav firm Wayline cut 200 jobs last year.', 'last year'), 'Sat nav firm Wayline cut 200 jobs');
  // after a possessive too
  assert.equal(
    label("The driver's sat nav sent him down a farm track on Tuesday.", 'Tuesday'),
    "The driver's sat nav sent him down a farm track",
  );
  // negative: a participle with its object and a comma is no part of the subject
  assert.equal(
    label('Asked about the payment, the minister said on Monday that it was legal.', 'Monday'),
    'The minister said that it was legal',
  );
});
