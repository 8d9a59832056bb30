import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('a year and a month in digits is a month', () => {
  assertPlaced('Output in 2019-04 fell.', '2019-04', '2019-04', '2019-04-01', '2019-05-01', PUB);
  assertPlaced('Output in 2018/11 fell.', '2018/11', '2018-11', '2018-11-01', '2018-12-01', PUB);
});

test("a month and day in digits, unambiguous, takes the story's year by tense", () => {
  const t = assertPlaced('The shipment left on 2/17, the firm said.', '2/17', '2019-02-17', undefined, undefined, PUB);
  assert.match(t.why, /2019/);
  assertPlaced('Payment is due by 4/21.', '4/21', '2019-04-21', undefined, undefined, PUB);
  assertPlaced('It was signed on 17/2, the firm said.', '17/2', '2019-02-17', undefined, undefined, PUB);
  assertPlaced('The memo of 4/21/19 was leaked.', '4/21/19', '2019-04-21', undefined, undefined, PUB);
});

test('day-first dotted dates and dates written with dashes read as the day they are', () => {
  assertPlaced('The contract is dated 24.12.15.', '24.12.15', '2015-12-24', undefined, undefined, PUB);
  assertPlaced('The form says 5-Nov-98.', '5-Nov-98', '1998-11-05', undefined, undefined, PUB);
  assertPlaced('The form says 30-Jun-2017.', '30-Jun-2017', '2017-06-30', undefined, undefined, PUB);
});

test('a date with a month name and one mark between its parts, in either order, is the day it is', () => {
  assertPlaced('The lease was signed on 5/Nov/1998 in Leeds.', '5/Nov/1998', '1998-11-05', undefined, undefined, PUB);
  assertPlaced('The lease was signed on 05.Nov.1998 in Leeds.', '05.Nov.1998', '1998-11-05', undefined, undefined, PUB);
  assertPlaced('The lease was signed on Nov-05-1998 in Leeds.', 'Nov-05-1998', '1998-11-05', undefined, undefined, PUB);
  assertPlaced('Tickets are valid until sep/23/2020.', 'sep/23/2020', '2020-09-23', undefined, undefined, PUB);
  // a month and its year: "Dec-2018", "Dec/2018"
  assertPlaced('Orders for Dec-2018 were late.', 'Dec-2018', '2018-12', '2018-12-01', '2019-01-01', PUB);
  assertPlaced('Orders for DEC/2018 were late.', 'DEC/2018', '2018-12', '2018-12-01', '2019-01-01', PUB);
  // both ends of a range so written
  assert.deepEqual(
    timexes('Talks ran from Nov-05-1998 to Dec-10-1998.', PUB).map((t) => t.value),
    ['1998-11-05', '1998-12-10'],
  );
});

test('negative: a month name glued to other marks and numbers is no date', () => {
  assertNone('The part is SEP-2020-X4 in the catalogue.', 'SEP-2020');
  assertNone('The code 12-Nov-2018a failed.', '12-Nov-2018');
  assertNone('He flew to Mar-a-Lago.', 'Mar-a-Lago');
  // two marks that differ make no day
  assert.ok(!timexes('The code 5-Nov/1998 failed.', PUB).some((t) => t.value === '1998-11-05'));
});

test('negative: fractions, ratios, versions and ambiguous pairs are not dates', () => {
  assert.deepEqual(
    timexes('About 3/4 of voters agreed; he ran 2 1/2 miles; the shop is open 24/7.', PUB).map((t) => t.text),
    [],
  );
  // both numbers could be the month: ambiguous
  assertNone('The note was dated 4/5.', '4/5');
  // no preposition of time before it
  assertNone('Turnout was 4/21 in the ward.', '4/21');
  assertNone('Firmware version 24.12.15 shipped.', '24.12.15');
  assertNone('The release 1.10.15 shipped.', '1.10.15');
});

test('a month and day in digits after "set for", "scheduled for"; not a fraction "for 1/16 of"', () => {
  assertPlaced('The sentencing hearing is set for 4/17.', '4/17', '2019-04-17', '2019-04-17', '2019-04-18', PUB);
  assertPlaced('A recount was scheduled for 3/28.', '3/28', '2019-03-28', undefined, undefined, PUB);
  assertNone('The estate was sold for 1/16 of its appraised value.', '1/16', PUB);
  assertNone('The striker went 3/14 from the penalty spot.', '3/14', PUB);
});

test('numbers joined by different separators are no date: "30/4.85" is a ratio', () => {
  assertNone('The ratio was 30/4.85 at the time.', '30/4.85', '2022-07-10');
  assertNone('They drew 4/5-12 in the vote.', '4/5-12', '2022-07-10');
  // negatives: one separator throughout is a date
  assertPlaced('It happened on 30/4/85.', '30/4/85', '1985-04-30', undefined, undefined, '2022-07-10');
  assertPlaced('It happened on 30.4.85.', '30.4.85', '1985-04-30', undefined, undefined, '2022-07-10');
});

test('a month and day in digits before a clock time, or as one end of a range of such dates, is a date', () => {
  const vote = 'Polls open 4/16 at 9 a.m. and close 4/18 at 5 p.m.';
  assertPlaced(vote, '4/16 at 9 a.m.', '2019-04-16T09:00', undefined, undefined, PUB);
  assertPlaced(vote, '4/18 at 5 p.m.', '2019-04-18T17:00', undefined, undefined, PUB);
  const fair = 'The fair ran 2/14-2/17, organisers said.';
  assertPlaced(fair, '2/14', '2019-02-14', '2019-02-14', '2019-02-15', PUB);
  assertPlaced(fair, '2/17', '2019-02-17', '2019-02-17', '2019-02-18', PUB);
  // "3/05" alone could be either order; the other end, "2/20", is month first
  assertPlaced('The window ran 2/20 - 3/05.', '3/05', '2019-03-05', undefined, undefined, PUB);
  const caps = 'THE OFFICE WAS SHUT FROM 1/28 9 PM TO 2/04.';
  assertPlaced(caps, '1/28 9 PM', '2019-01-28T21:00', undefined, undefined, PUB);
});

test('negative: fractions and shooting lines with a dash are no range of dates', () => {
  assert.deepEqual(timexes('He shot 7/17 - 3/4 from the line.', PUB), []);
  assert.deepEqual(timexes('Add 1/2 - 3/4 cup of stock.', PUB), []);
  assertNone('The scrum-half went 3/5 - 2/4 with his kicks.', '3/5', PUB);
  assertNone('About 3/4 of staff agreed.', '3/4', PUB);
});

test('a month and day written with a leading zero is a date without a cue, in the order the article writes dates', () => {
  assertPlaced('Ballots went out 03/08 and were counted on Monday.', '03/08', '2019-03-08', undefined, undefined, PUB);
  assertPlaced('The audit is due back 07/02, officials say.', '07/02', '2019-07-02', undefined, undefined, PUB);
  // an article that writes "14 March" writes its digits day first: 3 August, last year by the past tense
  assertPlaced(
    'The ferry sailed on 14 March. It was last inspected 03/08.',
    '03/08',
    '2018-08-03',
    undefined,
    undefined,
    PUB,
  );
  // negatives: no leading zero, no cue
  assertNone('Turnout was 3/8 in the ward.', '3/8', PUB);
  assertNone('He went 07 of 12 from the field.', '07', PUB);
});

test('a month and day in digits after "the deadline is" or "due", or opening a range that closes today or tomorrow', () => {
  assertPlaced('The filing deadline is 4/15, the agency said.', '4/15', '2019-04-15', undefined, undefined, PUB);
  assertPlaced('Rent is due 4/28 for most tenants.', '4/28', '2019-04-28', undefined, undefined, PUB);
  assertPlaced('The sale runs 3/18 - tomorrow at all stores.', '3/18', '2019-03-18', undefined, undefined, PUB);
  // "3/3" is the same day in either order
  assertPlaced('Early voting ran 3/3 - today in the county.', '3/3', '2019-03-03', undefined, undefined, PUB);
  // negatives: an ambiguous pair, a fraction, a pair after a noun that is no date's
  assertNone('About 3/4 - today more than ever - agree.', '3/4', PUB);
  assertNone('The striking rate is 4/15 this season.', '4/15', PUB);
  assertNone('The vote was 10/10 in favour.', '10/10', PUB);
});

test('a weekday before a month and day in digits is one date with it, and tells the order of an ambiguous pair', () => {
  assertPlaced(
    'The hearing is on Tuesday 3/26, the court said.',
    'Tuesday 3/26',
    '2019-03-26',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The hearing is on Tuesday, 3/26, the court said.',
    'Tuesday, 3/26',
    '2019-03-26',
    undefined,
    undefined,
    PUB,
  );
  // both numbers could be the month: 5 March 2019 is the Tuesday, 3 May a Friday
  assertPlaced('The hearing was on Tues. 3/5 in the annex.', 'Tues. 3/5', '2019-03-05', undefined, undefined, PUB);
  // 5 April 2019 is the Friday, 4 May a Saturday
  assertPlaced('The gala is on Fri 5/4 at the hall.', 'Fri 5/4', '2019-04-05', undefined, undefined, PUB);
  assertPlaced('doors open sat 5/4 at 7pm', 'sat 5/4 at 7pm', '2019-05-04T19:00', undefined, undefined, PUB);
  // an unambiguous date is the date, even on the wrong weekday (14 March 2019 is a Thursday)
  assertPlaced(
    'The hearing was on Tuesday 3/14 in the annex.',
    'Tuesday 3/14',
    '2019-03-14',
    undefined,
    undefined,
    PUB,
  );
  // negatives: a fraction after a weekday stays a fraction
  assertNone('The vote on Friday 3/4 of the members backed it.', 'Friday 3/4', PUB);
  assertNone('He sat 3/4 of the exam.', '3/4', PUB);
});
