// A clause inside a noun phrase ("the first ferry since the strike began on Monday") is labelled on its own,
// and the noun phrase around it stays the subject of the main verb; coordinated subjects stay whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

const FERRY = 'The first ferry since the strike began on Monday reached the islands on Saturday morning.';

test('the time phrase of a clause after "since" inside a noun phrase dates that clause', () => {
  assert.equal(label(FERRY, 'Monday', { others: ['Saturday morning'] }), 'The strike began');
  assert.equal(
    label('The first flight after the airport reopened on Friday landed safely on Sunday.', 'Friday', {
      others: ['Sunday'],
    }),
    'The airport reopened on Friday',
  );
});

test('the main verb after such a clause keeps the noun phrase as its subject', () => {
  assert.equal(label(FERRY, 'Saturday morning', { others: ['Monday'] }), 'The first ferry reached the islands');
  // negative: a clause opened by "after" is no main verb of the clause before it
  assert.equal(label('The strike began on Monday after the pay talks collapsed.', 'Monday'), 'The strike began');
});

test('an ordinal after an article belongs to the noun phrase', () => {
  assert.equal(
    label('The first ferry reached the islands on Saturday.', 'Saturday'),
    'The first ferry reached the islands',
  );
  // negative: "first" as an adverb stays out of a noun phrase
  assert.equal(
    label('The ferry first reached the islands on Saturday.', 'Saturday'),
    'The ferry first reached the islands',
  );
});

test('two short noun phrases joined by "and" are one subject', () => {
  assert.equal(
    label('The union and Elven Lines reached a deal on Thursday after two days of talks.', 'Thursday'),
    'The union and Elven Lines reached a deal after two days of talks',
  );
  assert.equal(
    label('Police and soldiers stormed the building on Friday.', 'Friday'),
    'Police and soldiers stormed the building',
  );
  // negative: the object of an earlier verb is no part of the next clause's subject
  assert.equal(label('Prices fell and stocks rose on Monday.', 'Monday'), 'Stocks rose on Monday');
});
