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
