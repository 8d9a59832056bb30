// Time phrases joined by "and" or "or" are dropped from a label together: no "and early 1990s" is left
// behind, and the why names the whole coordination.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';

const published = '2016-10-17';
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
