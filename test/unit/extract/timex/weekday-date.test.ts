import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('"Tuesday the 26th": the day near publication that falls on that weekday, the whole phrase its span', () => {
  const t = assertPlaced(
    'The vote is on Tuesday the 26th.',
    'Tuesday the 26th',
    '2019-03-26',
    '2019-03-26',
    '2019-03-27',
    PUB,
  );
  assert.match(t.why, /Tuesday/);
  // the 1st that is a Friday is 1 March; the 5th that is a Thursday lies in April (and none in March)
  assertPlaced('It fell on Friday, the first.', 'Friday, the first', '2019-03-01', undefined, undefined, PUB);
  // any casing; a clock time after it goes on that day, one TIME as "Oct. 5 at 3 p.m." is
  assertPlaced(
    'Talks open Thursday the 4th, at noon.',
    'Thursday the 4th, at noon',
    '2019-04-04T12:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'they met on monday the 18th at noon',
    'monday the 18th at noon',
    '2019-03-18T12:00',
    undefined,
    undefined,
    PUB,
  );
});

test('the tense picks between two months that fit', () => {
  // Sunday the 14th: 14 April 2019 (ahead) and 14 October 2018 is far; Wednesday the 13th: 13 March and 13 Feb 2019
  assertPlaced('The board met on Wednesday the 13th.', 'Wednesday the 13th', '2019-03-13', undefined, undefined, PUB);
  assertPlaced('The board will meet on Sunday the 14th.', 'Sunday the 14th', '2019-04-14', undefined, undefined, PUB);
});

test('negative: an ordinal that counts something else is no day of a month', () => {
  assert.equal(
    timexOf('Prices closed lower Friday, the fourth decline in five days.', 'Friday', PUB).value,
    '2019-03-22',
  );
  assert.equal(
    timexOf('Apple announced on Tuesday the first generation of phones.', 'Tuesday', PUB).value,
    '2019-03-19',
  );
  // no Tuesday the 31st from March to September 2019: the 31st nearest by tense (May), and the why says so
  assert.match(timexOf('The vote is on Tuesday the 31st.', 'Tuesday the 31st', '2019-06-01').why, /no Tuesday the 31/);
});

test('a verb may follow the day: "Tuesday the 26th is", "Monday the 1st was"', () => {
  assertPlaced(
    'Tuesday the 26th is the last day to register.',
    'Tuesday the 26th',
    '2019-03-26',
    '2019-03-26',
    '2019-03-27',
    PUB,
  );
  assertPlaced(
    'Friday the 1st was the wettest day of the month.',
    'Friday the 1st',
    '2019-03-01',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: "Friday the 13th" with no such Friday near is the superstition', () => {
  assertNone('Friday the 13th was a bad day for the bookmakers.', 'Friday the 13th', PUB);
  // with one near, the day it names
  assertPlaced(
    'The sale ends on Friday the 13th.',
    'Friday the 13th',
    '2019-09-13',
    undefined,
    undefined,
    '2019-09-10',
  );
});

test('"on Tuesday 26th" without "the", in digits after a preposition', () => {
  assertPlaced('Nominations close on Tuesday 26th.', 'Tuesday 26th', '2019-03-26', undefined, undefined, PUB);
  assertPlaced(
    'The road is shut until Monday 1st, the council said.',
    'Monday 1st',
    '2019-04-01',
    undefined,
    undefined,
    PUB,
  );
  // a rank after a weekday stays a rank
  assertNone('The relay team finished Saturday 3rd in the standings.', 'Saturday 3rd', PUB);
  assertNone('She ran Sunday first and rested on Monday.', 'Sunday first', PUB);
});

test('an abbreviation without its dot before a day in digits: "on Tue 26th", "Thu the 28th at 7pm"', () => {
  assertPlaced('Entries close on Tue 26th.', 'Tue 26th', '2019-03-26', undefined, undefined, PUB);
  assertPlaced(
    'The match is on Thu the 28th at 7pm.',
    'Thu the 28th at 7pm',
    '2019-03-28T19:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('THE MARKET REOPENS ON MON 1ST.', 'MON 1ST', '2019-04-01', undefined, undefined, PUB);
  assertPlaced('The fair opens on Sat 23rd.', 'Sat 23rd', '2019-03-23', undefined, undefined, PUB);
  // with its capital, anywhere: "collections restart Wed 27th"
  assertPlaced('Bin collections restart Wed 27th.', 'Wed 27th', '2019-03-27', undefined, undefined, PUB);
  assertPlaced('Doors open Fri 29th at 7pm.', 'Fri 29th at 7pm', '2019-03-29T19:00', undefined, undefined, PUB);
});

test('negative: "sat", "sun", "wed" in lower case are words, and a rank stays a rank', () => {
  assertNone('The pair who wed 2nd time round left on Monday.', 'wed 2nd', PUB);
  assertNone('The relay team finished Fri 3rd in the standings.', 'Fri 3rd', PUB);
  assertNone('Our kids sat 2nd in the line.', 'sat 2nd', PUB);
  assertNone('She sat the 11th grade exam.', 'sat the 11th', PUB);
  assertNone('Two couples wed the 1st of them.', 'wed the 1st', PUB);
});

test('"sat", "sun", "wed" in lower case are days after a preposition or a post\'s "see you": "leave on sat 23rd"', () => {
  assertPlaced(
    'The pair who wed 2nd time round leave on sat 23rd.',
    'sat 23rd',
    '2019-03-23',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('see you sat the 23rd!!', 'sat the 23rd', '2019-03-23', undefined, undefined, PUB);
  assertPlaced('bbq at mine from sun 24th, bring drinks', 'sun 24th', '2019-03-24', undefined, undefined, PUB);
  assertPlaced('the shop is shut until wed 27th.', 'wed 27th', '2019-03-27', undefined, undefined, PUB);
  assertPlaced('bday party next sat the 23rd!', 'sat the 23rd', '2019-03-23', undefined, undefined, PUB);
});

test('where a listing\'s entry starts, an abbreviation and a day in digits need no preposition: "Fixtures: Sat 18th v Leeds"', () => {
  const text = 'Fixtures: Sat 16th v Leeds (3pm), Tue 19th v Hull (7.45pm).';
  assertPlaced(text, 'Sat 16th', '2019-03-16', undefined, undefined, PUB);
  assertPlaced(text, 'Tue 19th', '2019-03-19', undefined, undefined, PUB);
  assertPlaced('RESULTS\nSunday 17th – Leeds 2 Hull 1', 'Sunday 17th', '2019-03-17', undefined, undefined, PUB);
  // negative: a rank inside a sentence
  assertNone('Leeds, who sat 18th in March, won.', 'sat 18th', PUB);
  assertNone('The relay team finished Fri 3rd v the rest.', 'Fri 3rd', PUB);
});

test("a weekday cut short opens a listing's entry after a comma too", () => {
  assertPlaced('Fixtures: Sat 16th v Leeds, Tue 26th v Hull', 'Tue 26th', '2019-03-26', undefined, undefined, PUB);
  assertPlaced('Matches: Sun 24th, Wed 27th.', 'Wed 27th', '2019-03-27', undefined, undefined, PUB);
  // a weekday written in full after a comma is not an entry ("finished, Saturday 3rd in the table")
  assertNone('They finished the season, Saturday 3rd in the table.', 'Saturday 3rd', PUB);
});

test('a weekday cut short after "and" in a listing is an entry too', () => {
  const closures = 'Closures:\nSat 23rd and Sun 24th: no service between the two stations.';
  assertPlaced(closures, 'Sun 24th', '2019-03-24', undefined, undefined, PUB);
  assertPlaced(closures, 'Sat 23rd', '2019-03-23', undefined, undefined, PUB);
  // a weekday in full after "and" is not ("came 2nd and Saturday 3rd")
  assertNone('He came 2nd and Saturday 3rd in the table.', 'Saturday 3rd', PUB);
});
