// An "-s" word after "he", "she" or "it", or after "and" when the clause's verb is an "-s" form too, before an
// object's determiner, is a present verb ("It postpones a rise … and scraps a levy"), not a plural noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';

const tagOf = (sentence: string, word: string) => tagWords(tokenize(sentence)).find((w) => w.token.core === word)?.tag;

const BILL =
  'It postpones a planned rise in the fuel levy for hauliers until March 3 and scraps a parking fee for the rest of the year.';

test('after "it", an "-s" word before a determiner is the verb', () => {
  assert.equal(tagOf(BILL, 'postpones'), 'verb');
  assert.equal(
    label(BILL, 'March 3', { others: ['the rest of the year'] }),
    'It postpones a planned rise in the fuel levy for hauliers',
  );
});

test('after "and", when the verb before is an "-s" form too', () => {
  assert.equal(tagOf(BILL, 'scraps'), 'verb');
  assert.equal(tagOf('She signs the order on Friday and mails the copies.', 'mails'), 'verb');
});

test('plurals stay nouns', () => {
  // after a plural joined by "and", a plural
  assert.equal(tagOf('It moves cars and trucks the same day.', 'trucks'), 'noun');
  // no "-s" verb before "and"
  assert.equal(tagOf('The court heard appeals and pleas the next week.', 'pleas'), 'noun');
  // no determiner after it
  assert.equal(tagOf('Prices rose and wages fell.', 'wages'), 'noun');
  // "-ss", "-us" and "-is" end no present verb
  assert.equal(tagOf('It said the crisis the town faced was over.', 'crisis'), 'noun');
});

test('after a singular noun phrase that opens a clause, before a preposition', () => {
  const sentence = 'The coach said on Friday that she wanted to sign a striker before the market closes on 2 February.';
  assert.equal(tagOf(sentence, 'closes'), 'verb');
  assert.equal(label(sentence, '2 February', { others: ['Friday'] }), 'The market closes');
  // an event's plural stays a noun ("since the rate cuts in May" names cuts)
  assert.equal(tagOf('Lending slowed after the rate hikes in May.', 'hikes'), 'noun');
  // a plural head is no subject of an "-s" verb
  assert.equal(tagOf('Prices fell before the sales figures in May.', 'figures'), 'noun');
});
