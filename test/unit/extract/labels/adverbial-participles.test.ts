// An "-ing" phrase after a clause ("Shares fell 5%, closing the week at $12") is done by that clause's
// subject: the label says who ("Shares of the bank closing at $12"), not a bare participle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an "-ing" phrase after a comma takes the subject of the clause before it', () => {
  assert.equal(
    label('The ferry company cut its fares in half, drawing record crowds in July.', 'July'),
    'The ferry company drawing record crowds',
  );
  assert.equal(
    label('Shares of the bank fell 5% on the news, closing the week at $12.', 'the week'),
    'Shares of the bank closing at $12',
  );
});

test('an "-ing" phrase after "before", "after", "while" takes the subject of the clause before it', () => {
  assert.equal(
    label('The umpire warned both players before stopping the match at 4:15.', '4:15'),
    'The umpire stopping the match',
  );
});

test('negative: no subject from a pronoun, a number, or for "-ing" words that are prepositions', () => {
  assert.equal(
    label('She stayed loyal to the party, campaigning for it as late as last year.', 'last year'),
    'Campaigning for it as late as last year',
  );
  assert.equal(
    label('The museum opened in 1990, according to a city report on Friday.', 'Friday'),
    'According to a city report',
  );
});

test('an "-ing" phrase right after a noun phrase describes it', () => {
  assert.equal(
    label('Reporters saw dozens of stalls springing up along the river early this year.', 'early this year'),
    'Dozens of stalls springing up along the river',
  );
  // negative: after a verb's object the "-ing" phrase says how
  assert.equal(label('He spent the money buying a house in 2010.', '2010'), 'Buying a house in 2010');
});

test('an "-ing" phrase whose only complement is the time phrase keeps it', () => {
  assert.equal(
    label('Records show a string of floods in the lower town dating to 1998.', '1998'),
    'A string of floods in the lower town dating to 1998',
  );
  // negative: a finite verb stands without its time phrase
  assert.equal(
    label('A string of floods hit the lower town in 1998.', '1998'),
    'A string of floods hit the lower town',
  );
});

test('an "-ing" phrase with a particle before its time phrase keeps it too', () => {
  assert.equal(
    label('Records show a string of floods in the lower town going back to 1998.', '1998'),
    'A string of floods in the lower town going back to 1998',
  );
  // negative: a form of "be" with a particle is complete without its time phrase
  assert.equal(label('The ferry links are back up as of 9:40.', '9:40'), 'The ferry links are back up');
});

test('a game clock after "with" is no clause: the label is the play', () => {
  assert.equal(
    label(
      'Hansbrough tied the record on a jumper with 14:05 left in the first half on Thursday night.',
      'Thursday night',
    ),
    'Hansbrough tied the record on a jumper with 14:05 left in the first half',
  );
});

test('"having" and a past form after a clause\'s comma has that clause\'s subject', () => {
  assert.equal(
    label('The central bank kept rates at 3% this month, having raised them in January.', 'January', {
      others: ['this month'],
    }),
    'The central bank having raised them',
  );
  assert.equal(
    label('The euro was steady against the yen, having climbed 1% since the start of May.', 'the start of May'),
    'The euro having climbed 1%',
  );
  // negative: a pronoun subject says too little, and is not put before "having"
  const quiet = label('It was quiet on Monday, having been busy in March.', 'March', { others: ['Monday'] });
  assert.ok(!quiet.startsWith('It'), quiet);
});
