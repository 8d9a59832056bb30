// Two phrases, two events: each gets the clause its phrase belongs to; phrases of one clause share it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { label } from './label-helper.js';

test('phrases in different clauses get different labels', () => {
  const sentence = 'The bakery, which opened in 1998, will close next month.';
  assert.equal(label(sentence, '1998'), 'The bakery opened in 1998');
  assert.equal(label(sentence, 'next month'), 'The bakery will close');
  const said = 'Officials said on Friday that the dam had cracked in March.';
  assert.equal(label(said, 'Friday'), 'Officials said that the dam had cracked in March');
  assert.equal(label(said, 'March'), 'The dam had cracked');
});

test('a phrase of a subordinate clause does not take the main clause', () => {
  const sentence = 'The port reopened on Monday, two weeks after a storm flooded the docks in June.';
  assert.equal(label(sentence, 'Monday'), 'The port reopened on Monday');
  assert.equal(label(sentence, 'June'), 'A storm flooded the docks');
});

test('phrases of one clause share its label; "from X to Y" is one event', () => {
  const sentence = 'The crew painted the hull on Monday and launched the boat on Monday.';
  assert.equal(label(sentence, 'Monday'), 'The crew painted the hull');
  const { events } = extract('The show ran from March to May at the old theatre.', { published: '2019-06-01' });
  assert.deepEqual(
    events.map((e) => [e.label, e.from, e.to]),
    [['The show ran at the old theatre', '2019-03-01', '2019-06-01']],
  );
});

test('items of a dated list share the verb before the list', () => {
  const sentence = 'The league has grown to include Leeds in 1990, York in 1994 and Hull in 2001.';
  assert.equal(label(sentence, '1990'), 'The league has grown to include Leeds');
  assert.equal(label(sentence, '1994'), 'The league has grown to include Leeds in 1990');
  // negative: a comma after a number before a new clause is no list
  assert.equal(label('Prices rose in 1990, and wages fell in 1994.', '1994'), 'Wages fell in 1994');
});
