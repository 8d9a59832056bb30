// An "-s" form right before a date ("opens Aug. 3", "closes Friday") is the clause's verb, not a noun: the label
// names what happens then, not the date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a date after an "-s" form dates that verb', () => {
  assert.equal(label('The fair opens Sept. 12, its owners said.', 'Sept. 12'), 'The fair opens, its owners said');
  assert.match(label('The exhibition closes Sunday.', 'Sunday'), /^The exhibition closes\b/);
});

test('a month in lower case with its day after an "-s" form dates that verb (a line in capitals is read so)', () => {
  assert.equal(
    label('the fair runs march 3 - march 9, organisers said.', 'march 3 - march 9'),
    'The fair runs March 3 - March 9',
  );
  assert.equal(label('the sale ends may 5 at noon.', 'may 5 at noon'), 'The sale ends');
  // negative: "may" with no day after it is the modal ("the price cuts may hurt growers")
  assert.equal(label('the price cuts may hurt growers next year.', 'next year'), 'The price cuts may hurt growers');
});

test('a plural noun before a date is still the subject', () => {
  assert.equal(label('Her sales June 30 topped the record, her agent said.', 'June 30'), 'Her sales topped the record');
});

test('an "-s" form before "next", "today" or "tomorrow" is the verb of what is scheduled', () => {
  const summit = 'The summit begins next Tuesday and ends Thursday.';
  assert.equal(label(summit, 'next Tuesday', { others: ['Thursday'] }), 'The summit begins');
  assert.equal(label(summit, 'Thursday', { others: ['next Tuesday'] }), 'The summit ends');
  assert.match(label('The sale ends today, the store said.', 'today'), /^The sale ends\b/);
  // a verb of another clause, after "and" and its subject, is not the date's
  assert.equal(
    label('The council meets next Tuesday at 7pm and the mayor has been asked to attend.', 'next Tuesday at 7pm'),
    'The council meets',
  );
  // negative: a verb after the date makes the "-s" word the subject's plural noun
  assert.match(
    label('The price cuts next month will hurt growers.', 'next month'),
    /^The price cuts will hurt growers/,
  );
});

test('an "-ing" word that opens the sentence is the subject of the "-s" verb after it', () => {
  const voting = 'Voting opens on Saturday and closes on Sunday evening.';
  assert.equal(label(voting, 'Saturday', { others: ['Sunday evening'] }), 'Voting opens on Saturday');
  assert.equal(label(voting, 'Sunday evening', { others: ['Saturday'] }), 'Voting closes on Sunday evening');
  assert.equal(label('Trading resumes on Monday.', 'Monday'), 'Trading resumes on Monday');
  // negative: with a verb after it, the "-s" word is the gerund's object ("Rising costs … hurt")
  assert.match(label('Rising costs in May hurt the firm.', 'May'), /^Rising costs hurt the firm/);
});
