// "A photo of the mayor shot in May | won a prize": two past forms with only a time phrase between are no two
// verbs of one subject (that takes "and"): the first describes the noun, the second is the clause's verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a past form after a participle and its time phrase is the verb, with the subject before the participle', () => {
  const sentence = 'A painting of the harbour sold in 1970 fetched a record price on Monday.';
  const others = ['1970', 'Monday'];
  assert.equal(label(sentence, 'Monday', { others }), 'A painting of the harbour fetched a record price');
  const died = 'The driver detained in March died in custody on Sunday.';
  assert.equal(label(died, 'Sunday', { others: ['March'] }), 'The driver died in custody');
});

test('a past verb after a time phrase with an object, or after "and", keeps its reading', () => {
  // negative: a verb of saying before the phrase takes a clause
  assert.equal(
    label('The minister said on Monday prices rose in May.', 'May', { others: ['Monday'] }),
    'The minister said on Monday prices rose',
  );
  // negative: "and" joins two verbs of one subject (which "closed" shares: a clause of three, without its date)
  assert.equal(
    label('The firm moved to Leeds in 2001 and closed in 2009.', '2009', { others: ['2001'] }),
    'The firm closed',
  );
});

test('an "-ing" phrase after the subject that opens the clause: the time phrase in it dates the clause', () => {
  assert.equal(
    label('Officers chasing a stolen van on Friday crashed into a bus shelter.', 'Friday'),
    'Officers chasing a stolen van crashed into a bus shelter',
  );
  // a plural subject before "-ing" and a preposition: people who march, not a kind of marching
  assert.equal(
    label('Farmers driving tractors through the town on Monday blocked the ring road.', 'Monday'),
    'Farmers driving tractors through the town blocked the ring road',
  );
  assert.equal(
    label('Students marching through the capital on Sunday clashed with riot police.', 'Sunday'),
    'Students marching through the capital clashed with riot police',
  );
  // negative: a verb before the "-ing" phrase governs it
  assert.equal(label('He was seen walking the dog on Friday.', 'Friday'), 'He was seen walking the dog');
});

test('an opening "Born …" with its date is the birth, with who was born, not the main clause', () => {
  assert.equal(
    label('Born in the Bronx in 1928, Gigante became a small-time boxer.', '1928'),
    'Born in the Bronx, Gigante',
  );
  // a pronoun says nothing of who: the birth alone
  assert.equal(label('Born in Malmo in 1936, she trained in Copenhagen.', '1936'), 'Born in Malmo in 1936');
  // negative: another opening participle gives way to the main clause
  assert.equal(
    label('Cited by police in May for speeding, Berg was fined.', 'May'),
    'Cited by police for speeding, Berg was fined',
  );
});

test('an "-ing" phrase after a past participle completes it; a participle in brackets is an aside', () => {
  assert.equal(
    label('Seen leaving the depot with two crates near dawn on Friday, the driver has not been traced.', 'Friday'),
    'Seen leaving the depot with two crates near dawn',
  );
  // negative: "(pictured)" is no verb of the "-ing" phrase
  assert.doesNotMatch(
    label('The photograph shows the mayor (pictured) cutting the ribbon on Monday.', 'Monday'),
    /^Pictured/,
  );
});
