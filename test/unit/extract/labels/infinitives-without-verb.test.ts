// An infinitive that no verb before it governs ("… to hit the area", "…, to end at 7,114") is no label on its own: it
// says what a noun phrase is for or will undergo ("final guidelines | to be published"), or what came of the clause
// before its comma ("fell 3%, | to end at 7,114"). The label names that noun, or that clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an active infinitive after the comma that ends a clause keeps that clause', () => {
  assert.equal(
    label('The index rose 2%, or 40 points, to close at 9,120 on Friday.', 'Friday'),
    'The index rose 2% to close at 9,120',
  );
  // (over a name between commas: "the town, Leeds,")
  assert.equal(
    label('Farmers held a march through the town, Leeds, to urge the council to cut fees this year.', 'this year'),
    'Farmers held a march through the town to urge the council to cut fees',
  );
  assert.equal(
    label('Officials closed the bridge, to allow repairs in May.', 'May'),
    'Officials closed the bridge, to allow repairs',
  );
});

test('an infinitive that describes a noun phrase is labelled with it', () => {
  assert.equal(
    label('He added that the rules to be published in early March will decide the matter.', 'early March'),
    'The rules to be published',
  );
  assert.equal(
    label('The new console, due to be released in October, sold out.', 'October'),
    'The new console, due to be released',
  );
  assert.equal(
    label('The first ferry of the season to reach the island, in April 2019, carried 300 passengers.', 'April 2019'),
    'The first ferry of the season to reach the island carried 300 passengers',
  );
});

test('no noun is named for an infinitive that has none, or a verb that governs it', () => {
  // negative: a figure does nothing ("with 2:10 | to play")
  assert.equal(
    label('The visitors scored again with 2:10 to play in the third quarter.', 'the third quarter'),
    'The visitors scored again with 2:10 to play',
  );
  // negative: a verb before the infinitive governs it, and stays the label's verb
  assert.equal(
    label('The board expected the lender to report a loss for the quarter.', 'the quarter'),
    'The board expected the lender to report a loss',
  );
  // negative: an active infinitive after a comma and a noun is no description of that noun
  assert.notEqual(label('Officials closed the bridge, to allow repairs in May.', 'May'), 'The bridge to allow repairs');
});

test('a noun an infinitive describes keeps its "-ing" word and the names before it; a participle governs over an adverb', () => {
  assert.equal(
    label(
      'The show included a preview of Nordvik’s Polar Star operating system, to be released in mid-2027.',
      'mid-2027',
    ),
    'A preview of Nordvik’s Polar Star operating system, to be released',
  );
  // "somewhat" is an adverb, never a noun that leads a label
  assert.equal(
    label('Shares slumped at the open, although later recovered somewhat to end the day with a small loss.', 'the day'),
    'Later recovered somewhat to end with a small loss',
  );
  // negative: after a noun that is no determiner or name, an "-ing" word opens a phrase of its own
  assert.equal(label('The report found investors buying shares, to be sold in May.', 'May'), 'Shares, to be sold');
});
