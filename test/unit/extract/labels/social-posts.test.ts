// Social posts in lower case: interjections ("lol", "smh", "omg") are no part of a clause, and "we fly home" has its
// verb; a clause after "and then" is another event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an interjection ends a clause and never opens or ends a label', () => {
  assert.equal(label('the gig got moved to friday lol so hyped', 'friday'), 'The gig got moved');
  assert.equal(
    label('omg the final is tomorrow night and i havent got tickets', 'tomorrow night'),
    'The final is tomorrow night',
  );
  assert.equal(label('the pool is shut again until monday smh', 'monday'), 'The pool is shut again');
});

test('a clause after "and then" in a post is its own event', () => {
  const post = 'so the race is on saturday and then we fly back sunday';
  assert.equal(label(post, 'saturday', { others: ['sunday'] }), 'The race is on Saturday');
  assert.equal(label(post, 'sunday', { others: ['saturday'] }), 'We fly back Sunday');
  // negative: a noun after "and" is no clause
  assert.equal(
    label('the fair is on saturday and sunday', 'saturday', { others: ['sunday'] }),
    'The fair is on Saturday and Sunday',
  );
});

test('"cant" is "can\'t", and a verb of thinking with no one thinking gives way to what is thought', () => {
  assert.equal(label('cant believe the final is on saturday', 'saturday'), 'The final is on Saturday');
  assert.equal(label('i cant wait till friday', 'friday'), 'I cant wait till Friday');
  assert.equal(label('dont think the match is on sunday', 'sunday'), 'The match is on Sunday');
  // negative: an object before "is" is no subject: the clause's edges
  assert.notEqual(label('the last time we won the cup was in 2009', '2009'), 'The cup was in 2009');
});

test('another time phrase before a participle says when, not who', () => {
  assert.equal(
    label('this morning so stuck in leeds till thursday', 'thursday', { others: ['this morning'] }),
    'Stuck in leeds till Thursday',
  );
});

test('a time zone read in lower case is written in capitals', () => {
  assert.equal(
    label('the stream is at 8 pm gmt on friday', '8 pm gmt on friday'),
    'The stream is at 8 pm GMT on Friday',
  );
  assert.equal(
    label('kick off moved to 3pm et on sunday lol', '3pm et on sunday'),
    'Kick off moved to 3pm ET on Sunday',
  );
});
