// Time phrases joined by "and" or "or" are dropped from a label together: no "and early 1990s" is left
// behind, and the why names the whole coordination.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { describe, label } from './label-helper.js';

const published = '2016-10-17';
/** The label of the event of the phrase `phrase` in `text`. */
const labelOf = (text: string, phrase: string) => events(text).find((e) => e.phrase === phrase)?.label;
/** Label and why of each event of `text`, with the text of its timex. */
const events = (text: string) => {
  const list = extract(text, { published });
  return list.events.map((e) => ({
    phrase: list.timexes.find((t) => t.id === e.timex)!.text,
    label: e.label,
    why: e.why ?? '',
  }));
};

test('two time phrases joined by "and" leave the label together', () => {
  const [late, early] = events('Much of the anger the plan stirred in the late 1960s and early 1970s is gone.');
  assert.equal(late!.label, 'The anger the plan stirred');
  assert.equal(early!.label, 'The anger the plan stirred');
  assert.match(late!.why, /“the late 1960s and early 1970s”/);
  const [first, second] = events('The merger will lower earnings in both 2017 and 2018, the bank said.');
  assert.equal(first!.label, 'The merger will lower earnings');
  assert.equal(second!.label, 'The merger will lower earnings');
});

test('a length of "years and days" goes whole; a second day of the month goes with its date', () => {
  const [alive] = events('The tortoise has lived at the zoo for 82 years and 40 days, its keepers say.');
  assert.equal(alive!.label, 'The tortoise has lived at the zoo');
  assert.match(alive!.why, /“82 years and 40 days”/);
  const [summit] = events('The summit will be held on November 24 and 25 in Lisbon.');
  assert.equal(summit!.label, 'The summit will be held in Lisbon');
});

test('negative: "and" between two clauses keeps each clause to its own phrase', () => {
  assert.deepEqual(
    events('Prices rose in 2009 and fell in 2010.').map((e) => e.label),
    ['Prices rose in 2009', 'Prices fell in 2010'],
  );
  // a number after "and" that is not a day of the same date stays
  assert.equal(events('Sales rose on Monday and 40 stores opened.')[0]!.label, 'Sales rose on Monday');
});

test('a phrase after "and" that opens a clause of its own is no second date of the clause before', () => {
  assert.deepEqual(
    events('Fans queued outside the stadium on Saturday and by noon the line had reached the river.').map(
      (e) => e.label,
    ),
    ['Fans queued outside the stadium', 'The line had reached the river'],
  );
  assert.deepEqual(
    events('The museum opened in May and by June its 20 rooms were full.').map((e) => e.label),
    ['The museum opened', 'Its 20 rooms were full'],
  );
  // negative: a second phrase with no clause after it is the same event's
  assert.deepEqual(
    events('The bridge was closed in May and in June for repairs.').map((e) => e.label),
    ['The bridge was closed for repairs', 'The bridge was closed for repairs'],
  );
});

test('"and beyond", "weeks and months", "each of": the rest of a period phrase goes with it', () => {
  assert.equal(
    events('The insurer said it is confident about profits for 2018 and beyond.')[0]!.label,
    'The insurer said it is confident about profits',
  );
  assert.equal(
    events('Several airlines in recent weeks and months have been cutting routes.')[0]!.label,
    'Several airlines have been cutting routes',
  );
  assert.equal(
    events('The chain has closed stores in each of the past three years, despite rising sales.')[0]!.label,
    'The chain has closed stores',
  );
});

test('negative: "and later" before a verb, and a share of a period that is the object, stay', () => {
  assert.equal(
    labelOf('Reyes played for the club in 2015 and later coached its youth team.', '2015'),
    'Reyes played for the club',
  );
  // "spent part of Sunday night": without its object the verb would be left bare
  assert.equal(
    labelOf('The captain spent part of Sunday night with the rescued sailors.', 'Sunday night'),
    'The captain spent part of Sunday night with the rescued sailors',
  );
  assert.equal(
    labelOf('The couple spent the weekend in Paris with friends.', 'the weekend'),
    'The couple spent the weekend in Paris with friends',
  );
  // but "for most of" is the phrase's own
  assert.equal(labelOf('Rain fell for most of Sunday night in the valley.', 'Sunday night'), 'Rain fell in the valley');
});

test('"a week or two", "9 a.m. or so": a rough end of the phrase goes with it', () => {
  assert.equal(label('The clinic will reopen in a week or two.', 'a week'), 'The clinic will reopen');
  assert.equal(label('The first buses left the depot at 6 a.m. or so.', '6 a.m.'), 'The first buses left the depot');
  assert.match(describe('The clinic will reopen in a week or two.', 'a week').why, /“a week or two”/);
  // negative: a number that counts a noun of its own is a phrase of its own ("or two months later")
  assert.match(describe('The vote may come in May or two months later.', 'May').why, /“May”/);
});

test('a participle after "and" shares the auxiliary of the verb before it', () => {
  const text = 'The driver was arrested on Monday and charged on Tuesday.';
  assert.equal(label(text, 'Tuesday', { others: ['Monday'] }), 'The driver was charged');
  assert.equal(
    label('The ferry had left port in June and returned to Piraeus in August.', 'August', { others: ['June'] }),
    'The ferry had returned to Piraeus',
  );
  // an object after it: active, the perfect's "had" only
  assert.equal(
    label('The clerk had been fired on Monday and bought a rifle on Tuesday.', 'Tuesday', { others: ['Monday'] }),
    'The clerk had bought a rifle',
  );
  // negative: a verb never passive, a comma before "but", a verb without an auxiliary before
  assert.equal(
    label('Reyes was named captain in 2009 and retired in 2014.', '2014', { others: ['2009'] }),
    'Reyes retired in 2014',
  );
  assert.equal(
    label('The firm cut jobs in March and raised prices in May.', 'May', { others: ['March'] }),
    'The firm raised prices',
  );
});

test('a phrase between commas after "and then" dates the second part of the verb, not the first', () => {
  assert.equal(
    labelOf(
      'The work was postponed twice, first because of the pandemic and then, in the autumn of 2023, because of a dispute.',
      'the autumn of 2023',
    ),
    'The work was postponed twice because of a dispute',
  );
  assert.equal(
    labelOf('The match was delayed, first by rain and then, on Sunday, by a power cut.', 'Sunday'),
    'The match was delayed by a power cut',
  );
  assert.equal(
    labelOf('The team lost to Leeds and then, on Saturday, to Hull, the league said.', 'Saturday'),
    'The team lost to Hull',
  );
  // negative: a clause of its own after the phrase is its clause; the first phrase leaves no "and then" behind
  const text = 'Prices rose in May and then, in June, the bank raised rates.';
  assert.equal(labelOf(text, 'June'), 'The bank raised rates');
  assert.equal(labelOf(text, 'May'), 'Prices rose in May');
});

test('after a time phrase, "and", a plural and a base form start a clause of their own', () => {
  const sentence = 'City host Rovers on Saturday and fans travel to York on Tuesday.';
  assert.equal(label(sentence, 'Saturday', { others: ['Tuesday'] }), 'City host Rovers');
  assert.equal(label(sentence, 'Tuesday', { others: ['Saturday'] }), 'Fans travel to York');
  // a plural subject of the fixture too
  const twins = 'The twins play Leeds on Saturday and fans queue for tickets from Monday, the club said.';
  assert.equal(label(twins, 'Saturday', { others: ['Monday'] }), 'The twins play Leeds');
  assert.equal(label(twins, 'Monday', { others: ['Saturday'] }), 'Fans queue for tickets');
  // negative: a verb after them, the words are a noun phrase ("rents growth … was")
  assert.equal(
    label('Prices rose in May and rents growth in June was modest.', 'May', { others: ['June'] }),
    'Prices rose in May',
  );
});
