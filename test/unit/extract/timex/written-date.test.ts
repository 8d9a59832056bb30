import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

test('ISO dates, with or without a time, are read as written', () => {
  assertPlaced('The filing is dated 2015-03-09 in the record.', '2015-03-09', '2015-03-09', '2015-03-09', '2015-03-10');
  const t = timexOf('The alert went out at 2016-10-15T18:30Z, officials said.', '2016-10-15T18:30Z');
  assert.equal(t.type, 'TIME');
  // the written offset stays in the value, as "18:30 UTC" keeps it
  assert.equal(t.value, '2016-10-15T18:30Z');
});

test('slash and dotted dates: month first, year first, two-digit years, month and year', () => {
  assertPlaced('The memo of 10/17/2016 was leaked.', '10/17/2016', '2016-10-17');
  assertPlaced('The memo of 2016/10/17 was leaked.', '2016/10/17', '2016-10-17');
  assertPlaced('The memo of 3-4-98 was leaked.', '3-4-98', '1998-03-04');
  assertPlaced('The memo of 3/4/12 was leaked.', '3/4/12', '2012-03-04');
  assertPlaced('Sales of 10/2016 were weak.', '10/2016', '2016-10', '2016-10-01', '2016-11-01');
  assertPlaced('The board met on 2016 Oct 12 in Paris.', '2016 Oct 12', '2016-10-12');
});

test('a first number above 12 is the day ("17/10/2016")', () => {
  assertPlaced('The memo of 17/10/2016 was leaked.', '17/10/2016', '2016-10-17');
});

test('fractions, versions, scores and impossible dates are not dates', () => {
  assert.deepEqual(
    timexes('He ran 2 1/2 miles; 3/4 of voters agreed; version 1.10.15 shipped; the score was 3-1.').map((t) => t.text),
    [],
  );
  assertNone('The code 13/45/2016 is no date.', '13/45/2016');
  assertNone('The code 2/30/2016 is no date.', '2/30/2016');
  assertNone('Ref 12/31/2016/7 is a file number.', '12/31/2016');
});

test('a number before a month that has its own day is not the day: the date starts at the month', () => {
  // a heading's last number, then a dateline on the next line
  assertPlaced('The cable SEA-ME-WE 4\nAugust 16, 2011\nUsers complained.', 'August 16, 2011', '2011-08-16');
  // a score before a US-style date
  assertPlaced('They lost 30-7 Oct. 19 at Carolina.', 'Oct. 19', '2016-10-19', undefined, undefined, '2016-12-01');
  // negative: "10 Nov 11" is a dateline's day, month and two-digit year
  assertPlaced('Posted 10 Nov 11 by the desk.', '10 Nov 11', '2011-11-10', undefined, undefined, '2011-11-12');
});

test('a dateline that puts a period after every month ("Fri., May. 3, 2013") is one date', () => {
  assertPlaced('Posted Fri., May. 3, 2013 by the desk.', 'Fri., May. 3, 2013', '2013-05-03');
  // negative: a sentence that ends on a month, and the next that opens with a number
  assert.deepEqual(
    timexes('It ended in May. 3 people died.', '2013-06-01').map((t) => t.text),
    ['May'],
  );
});
