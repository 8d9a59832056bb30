// A period of another period ("the first half | of the third quarter", "most of 2019 and all of 2020") is
// one time phrase for the label: none of it is left behind, hanging on its preposition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a period "of" another phrase goes with it, whichever of the two the event is', () => {
  const sentence = 'Orders dropped in the last weeks of the second quarter, the maker said on Friday.';
  const others = ['the last weeks', 'the second quarter', 'Friday'];
  assert.equal(label(sentence, 'the last weeks', { others }), 'Orders dropped, the maker said');
  assert.equal(label(sentence, 'the second quarter', { others }), 'Orders dropped, the maker said');
  // negative: the statement's own phrase keeps what was said whole
  assert.equal(
    label(sentence, 'Friday', { others }),
    'Orders dropped in the last weeks of the second quarter, the maker said',
  );
});

test('the share of a coordinated period goes with it ("and all of 2020")', () => {
  const sentence = 'The mill stayed idle for most of 2019 and all of 2020.';
  const others = ['2019', '2020'];
  assert.equal(label(sentence, '2019', { others }), 'The mill stayed idle');
  assert.equal(label(sentence, '2020', { others }), 'The mill stayed idle');
  // negative: a share that is a verb's object stays ("spent part of Sunday")
  assert.equal(
    label('The crew spent part of Sunday on the roof.', 'Sunday'),
    'The crew spent part of Sunday on the roof',
  );
});

test('the "of" phrase that says what a period is of goes with it', () => {
  assert.equal(
    label('Prices climbed in the last week of trading, brokers said.', 'the last week'),
    'Prices climbed, brokers said',
  );
  assert.equal(
    label('Output slipped in the first half of the firm’s fiscal year.', 'the first half'),
    'Output slipped in the first half of the firm’s fiscal year',
  );
  // negative: an amount, or an "of" phrase after a phrase without its determiner, is the verb's
  assert.equal(
    label('The firm posted a profit for the last year of $2 billion, its first gain.', 'the last year'),
    'The firm posted a profit of $2 billion',
  );
  assert.equal(
    label('The court convicted him last month of the theft of a car.', 'last month'),
    'The court convicted him of the theft of a car',
  );
});

test('a phrase that runs "into" another is one phrase with it: neither label keeps the other', () => {
  const sentence = 'Heavy sleet fell on the hills overnight into the early hours of Sunday.';
  const others = ['overnight', 'Sunday'];
  assert.equal(label(sentence, 'overnight', { others }), 'Heavy sleet fell on the hills');
  assert.equal(label(sentence, 'Sunday', { others }), 'Heavy sleet fell on the hills');
  // negative: "into" with no time phrase after it is the verb's
  assert.equal(label('The bus skidded into a wall overnight.', 'overnight'), 'The bus skidded into a wall');
});
