// A short aside between commas that only says how or how often (", on and off,", ", at least for now,") does not
// end the clause before it: a time phrase after it dates that clause's verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a phrase after an adverbial aside dates the verb before the aside', () => {
  assert.equal(
    label(
      'Three years later she set up a research camp at Gombe, where she would remain, on and off, until the late 1990s.',
      'the late 1990s',
      { others: ['Three years later'] },
    ),
    'She would remain until the late 1990s',
  );
  assert.equal(label('The plant stayed shut, at least for now, until May.', 'May'), 'The plant stayed shut');
  assert.equal(label('The striker moved to Leeds, however, in 2019.', '2019'), 'The striker moved to Leeds');
  assert.equal(label('The minister resigned, on his doctor’s advice, in 2010.', '2010'), 'The minister resigned');
});

test('a label too short with the aside left out takes the phrase back, not the aside', () => {
  assert.equal(label('She stayed, on and off, until 2001.', '2001'), 'She stayed until 2001');
});

test('not over an aside that names, counts or dates, nor over a relative clause', () => {
  // a place after a comma is the place's apposition, still the verb's
  assert.equal(
    label('The firm was founded in Boston, Mass., in 1990.', '1990'),
    'The firm was founded in Boston, Mass',
  );
  // an aside with a verb: its own clause
  assert.equal(
    label('The striker joined Carlisle, who were promoted in May, on Friday.', 'May', { others: ['Friday'] }),
    'Carlisle were promoted in May',
  );
  // an aside with a number is no adverbial aside: the phrase is not the verb's before it
  assert.notEqual(label('The shop stayed open, on 12 days, until March.', 'March'), 'The shop stayed open');
});

test('a quantifier and a unit of time between commas says how often: an aside too', () => {
  assert.equal(label('She went out, most weekends, until last year.', 'last year'), 'She went out until last year');
  assert.equal(label('The ferry sailed, every day, until 2010.', '2010'), 'The ferry sailed until 2010');
  // negative: a quantifier before another noun is no aside of how often
  assert.notEqual(label('He sold the farm, all the land, in 2010.', '2010'), 'He sold the farm in 2010');
});
