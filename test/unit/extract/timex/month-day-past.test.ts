import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced } from './helpers.js';

// Published Thursday 30 December 2021.
const DEC30 = '2021-12-30';

test('a month and day told in the past fall on or before publication, and `why` says the same year', () => {
  for (const text of [
    'The fishing boat vanished on April 9.',
    'On April 9, the fishing boat vanished.',
    'Relatives said the captain, who vanished on April 9, had no radio.',
  ]) {
    const t = assertPlaced(text, 'April 9', '2021-04-09', '2021-04-09', '2021-04-10', DEC30);
    assert.match(t.why, /April 9 2021 is the latest one on or before Thu 30 Dec 2021/, t.why);
  }
  assertPlaced('The mill closed in February.', 'February', '2021-02', '2021-02-01', '2021-03-01', DEC30);
});

test('a weekday written with the date picks the year in which they agree', () => {
  // 5 January 2022 is a Wednesday; 5 January 2021 was a Tuesday
  const t = assertPlaced(
    'The court sits on Wednesday, Jan. 5.',
    'Wednesday, Jan. 5',
    '2022-01-05',
    undefined,
    undefined,
    DEC30,
  );
  assert.match(t.why, /Wednesday/);
  assertPlaced('The court sat on Tuesday, Jan. 5.', 'Tuesday, Jan. 5', '2021-01-05', undefined, undefined, DEC30);
  // a weekday cut short with no period, as in datelines and listings
  assertPlaced('Wed Jan 5: the court sits.', 'Wed Jan 5', '2022-01-05', undefined, undefined, DEC30);
  assertPlaced('The court sat Tue 5 Jan. in Leeds.', 'Tue 5 Jan.', '2021-01-05', undefined, undefined, DEC30);
});

test('negative: future and scheduled dates keep pointing ahead', () => {
  assertPlaced('The new bridge will open on Jan. 12.', 'Jan. 12', '2022-01-12', undefined, undefined, DEC30);
  // an infinitive after the past verb: the date belongs to what was asked
  assertPlaced('The board asked the firm to reply by Jan. 20.', 'Jan. 20', '2022-01-20', undefined, undefined, DEC30);
  // a date used as an adjective, and a limit ("through")
  assertPlaced('They set a Jan. 7 hearing.', 'Jan. 7', '2022-01-07', undefined, undefined, DEC30);
  assertPlaced('Lenders extended the credit line through January.', 'January', '2022-01', undefined, undefined, DEC30);
  // the next thing of its kind lies ahead, whatever the verb before it
  assertPlaced(
    'The judge ordered him held without bail pending his next court hearing Jan. 19.',
    'Jan. 19',
    '2022-01-19',
    undefined,
    undefined,
    DEC30,
  );
});

test('a past verb a few words before the date still tells its year ("rear-ended a truck on the coast road on Feb. 8")', () => {
  // told on 3 January: the past verb is some 40 characters before the date
  assertPlaced(
    'Her stay comes after the actress rear-ended a truck on the coast road on Feb. 8.',
    'Feb. 8',
    '2021-02-08',
    undefined,
    undefined,
    '2022-01-03',
  );
});

test('negative: without a tense cue a month is the nearest one, and `why` says which side', () => {
  const t = assertPlaced('Talks in January.', 'January', '2022-01', undefined, undefined, DEC30);
  assert.match(t.why, /January 2022 is the nearest one, after Thu 30 Dec 2021/, t.why);
});
