import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHRONO_PARSERS } from '../../../../src/extract/timex/engine.js';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

test("chrono-node's own parsers read the dates written in digits", () => {
  assert.equal(CHRONO_PARSERS.length, 4, 'the digit-date parsers are picked out of chrono-node by name');
  const t = timexOf('Signed on 17.10.2016 in Geneva.', '17.10.2016');
  assert.equal(t.value, '2016-10-17');
  assert.match(t.why, /as written/);
});

test('a digit date with a time is a TIME, and it wins over the year inside it', () => {
  const all = timexes('The order is dated 2016-10-18T18:30 and was filed in 2016.');
  assert.deepEqual(
    all.map((t) => [t.text, t.value, t.type]),
    [
      ['2016-10-18T18:30', '2016-10-18T18:30', 'TIME'],
      ['2016', '2016', 'DATE'],
    ],
  );
});

test("chrono's spans lose leading prepositions, as TimeML's do", () => {
  assertPlaced('The memo is dated on 10/17/2016.', '10/17/2016', '2016-10-17');
  assertPlaced('The memo was written in 10/2016.', '10/2016', '2016-10');
});

test('what chrono reads from its reference date is not kept: our parsers read those phrases', () => {
  // chrono's casual parsers are not run; a quantity with a unit is never a chrono date
  assertNone('He has been alive for 96 years and 45 days.', 'for 96 years and 45 days');
  // relative phrases are ours, resolved against the publication date (not chrono's fixed reference)
  assertPlaced('He left yesterday.', 'yesterday', '2016-10-16');
  assert.deepEqual(
    timexes('He left yesterday.', null).map((t) => t.value),
    ['XXXX-XX-XX'],
  );
});

test('numbers chrono might read as dates but are not: versions, scores, fractions', () => {
  assert.deepEqual(
    timexes('Version 1.10.15 shipped; the score was 3-1; 3/4 of them agreed.').map((t) => t.text),
    [],
  );
});

test('a weekday written right before a date in digits names that date, and is no weekday of its own', () => {
  const all = timexes('Ballots were counted on Thursday 10/13/2016, the board said.');
  assert.deepEqual(
    all.map((t) => [t.text, t.value]),
    [['Thursday 10/13/2016', '2016-10-13']],
  );
  assertPlaced('The shop reopened Sat., 10-15-2016 after repairs.', 'Sat., 10-15-2016', '2016-10-15');
  assertPlaced('Filed Fri 10/14/2016 in Ohio.', 'Fri 10/14/2016', '2016-10-14');
  // a verb spelled like a weekday cut short is no weekday
  assertPlaced('The pair will wed 10/22/2016 in Ohio.', '10/22/2016', '2016-10-22');
  // a word between them: two timexes, the weekday read on its own
  assert.deepEqual(
    timexes('He resigned Friday and 10/13/2016 was his last payday.').map((t) => t.text),
    ['Friday', '10/13/2016'],
  );
});

test('digits glued by a slash or a dash to a word before them are part of a code, not a date', () => {
  assertNone('The file ref KX/10/2015 was closed.', '10/2015');
  assertNone('Ticket AB-10-2015 is void.', '10-2015');
  // a date in digits after a space still is one
  assertPlaced('The memo, ref KX, was written in 10/2015.', '10/2015', '2015-10');
});

test('an ISO date-time keeps its written UTC offset and seconds, and is put on the article clock', () => {
  const t = assertPlaced(
    'The log entry reads 2016-10-15T08:15:30-05:30 for the outage.',
    '2016-10-15T08:15:30-05:30',
    '2016-10-15T08:15:30-05:30',
    '2016-10-15T08:15',
    '2016-10-15T08:16',
  );
  assert.equal(t.type, 'TIME');
  // published at 10:00 on a clock one hour east of UTC: 13:45 UTC is 14:45 there
  assertPlaced(
    'The log entry reads 2016-10-15T08:15:30-05:30 for the outage.',
    '2016-10-15T08:15:30-05:30',
    '2016-10-15T08:15:30-05:30',
    '2016-10-15T14:45',
    '2016-10-15T14:46',
    '2016-10-17T10:00:00+01:00',
  );
  assertPlaced('Stamped 2016-10-15T13:15Z.', '2016-10-15T13:15Z', '2016-10-15T13:15Z');
  // without an offset the value stays as written
  assertPlaced('Stamped 2016-10-15T13:15.', '2016-10-15T13:15', '2016-10-15T13:15');
});

test('an ISO date-time written to the second without an offset keeps its seconds, a fraction dropped', () => {
  const t = assertPlaced(
    'The sensor logged 2021-03-09T22:41:05.250 before it failed.',
    '2021-03-09T22:41:05.250',
    '2021-03-09T22:41:05',
    '2021-03-09T22:41',
    '2021-03-09T22:42',
  );
  assert.equal(t.type, 'TIME');
  assertPlaced('THE SENSOR LOGGED 2021-03-09T22:41:05 AND FAILED.', '2021-03-09T22:41:05', '2021-03-09T22:41:05');
  // negative: to the minute, nothing is added
  assertPlaced('The sensor logged 2021-03-09T22:41 and failed.', '2021-03-09T22:41', '2021-03-09T22:41');
});

test('an ISO stamp in a text written in lower case keeps its offset too', () => {
  assertPlaced('stamped 2016-10-15t13:15z by the log.', '2016-10-15t13:15z', '2016-10-15T13:15Z');
});
