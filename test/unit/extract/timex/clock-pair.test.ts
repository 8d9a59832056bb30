import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

// Published Tuesday 15 Oct 2024.
const TUESDAY = '2024-10-15';

test('two clock times of one clause joined by "and" and a verb share the day written with one of them', () => {
  const text = 'Polls will open at 7 a.m. and close at 8 p.m. on Sunday.';
  assertPlaced(text, '7 a.m.', '2024-10-20T07:00', '2024-10-20T07:00', '2024-10-20T08:00', TUESDAY);
  assertPlaced(text, '8 p.m. on Sunday', '2024-10-20T20:00', undefined, undefined, TUESDAY);
  // the day written with the first
  assertPlaced(
    'The market opens at 9:30 a.m. Friday and closes at 1 p.m.',
    '1 p.m.',
    '2024-10-18T13:00',
    undefined,
    undefined,
    TUESDAY,
  );
});

test('the second time of a pair, written without a.m./p.m., is in the afternoon when its morning is before the first', () => {
  // before, "6:15" was 06:15 the next day, sixteen hours after the talks began
  const text = 'The talks began at 2 p.m. on Sunday and ended at 6:15.';
  assertPlaced(text, '6:15', '2024-10-13T18:15', undefined, undefined, TUESDAY);
  // negative: its morning after the first stays; past midnight an hour after a late one is the next morning's
  assertPlaced(
    'The talks began at 9 a.m. on Sunday and ended at 11:40.',
    '11:40',
    '2024-10-13T11:40',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced(
    'Polls closed at 10 p.m. on Sunday and the count ended at 3:30.',
    '3:30',
    '2024-10-14T03:30',
    undefined,
    undefined,
    TUESDAY,
  );
});

test('negative: times in separate clauses, or both without a day, keep their own day', () => {
  const t = timexes('Polls will open at 7 a.m. Results are due at 8 p.m. on Sunday.', TUESDAY);
  assert.equal(t.find((x) => x.text === '7 a.m.')?.value, '2024-10-15T07:00');
  assertPlaced(
    'Police arrived at 7 a.m. and left at 9 a.m.',
    '9 a.m.',
    '2024-10-15T09:00',
    undefined,
    undefined,
    TUESDAY,
  );
});

test('a clock time after a date written day first is the time of that day', () => {
  // (the hour after a month is its day, "Dec. 6 in the morning"; not when the day came before the month)
  assertPlaced(
    'Kick-off is on 14 November 7pm at the new ground.',
    '14 November 7pm',
    '2024-11-14T19:00',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced(
    'Doors open on Friday 18 October 7.30pm.',
    'Friday 18 October 7.30pm',
    '2024-10-18T19:30',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced('THE POLLS CLOSED 1 OCTOBER 10PM.', '1 OCTOBER 10PM', '2024-10-01T22:00', undefined, undefined, TUESDAY);
  // negative: a number right after the month is its day
  assertPlaced(
    'Crews left on Oct. 6 in the morning.',
    'Oct. 6 in the morning',
    '2024-10-06TMO',
    undefined,
    undefined,
    TUESDAY,
  );
});
