import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Tuesday 15 Oct 2024 (the US Election Day of 2024 is Tuesday 5 Nov).
const TUESDAY = '2024-10-15';

test('election day is the day the story names for its election', () => {
  assertPlaced(
    'Schools will shut on election day, which the prime minister set for Nov. 23.',
    'election day',
    '2024-11-23',
    '2024-11-23',
    '2024-11-24',
    TUESDAY,
  );
  assertPlaced(
    'Lisvania holds a snap election on Dec. 1. Turnout on election day may be low.',
    'election day',
    '2024-12-01',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced(
    'Opposition parties fear violence ahead of the Nov. 17 presidential runoff. Observers will watch on election day.',
    'election day',
    '2024-11-17',
    undefined,
    undefined,
    TUESDAY,
  );
  // a weekday the story gives, read in its own tense
  assertPlaced(
    'Voters in Norvale go to the polls on Sunday. Shops will close on election day.',
    'election day',
    '2024-10-20',
    undefined,
    undefined,
    TUESDAY,
  );
  // a clock time on that day
  assertPlaced(
    'The council fixed the election for Nov. 30. Results are due by 10 p.m. on election day.',
    '10 p.m. on election day',
    '2024-11-30T22:00',
    undefined,
    undefined,
    TUESDAY,
  );
});

test('without a date of its own, election day is the US one only in a story about a US election', () => {
  assertPlaced(
    'Both campaigns will hold rallies in Michigan on Election Day.',
    'Election Day',
    '2024-11-05',
    '2024-11-05',
    '2024-11-06',
    TUESDAY,
  );
  assertPlaced(
    'The U.S. Senate race in the state is close, and turnout on election day will decide it.',
    'election day',
    '2024-11-05',
    undefined,
    undefined,
    TUESDAY,
  );
  const abroad = timexOf(
    'Campaigning for the parliament of Lisvania began on Monday. Turnout on election day is expected to be high.',
    'election day',
    TUESDAY,
  );
  assert.equal(abroad.value, 'XXXX-XX-XX', abroad.why);
  assert.equal(abroad.from, undefined, 'an election of unknown day is not placed');
  const time = timexOf(
    'In Lisvania, results are expected by midnight on election day.',
    'midnight on election day',
    TUESDAY,
  );
  assert.equal(time.value, 'XXXX-XX-XXT24:00', time.why);
  assert.equal(time.type, 'TIME');
});

test('negative: a date of another verb near "election" is not the election\'s', () => {
  // the campaign began on Monday; the day of the vote is not given
  const t = timexOf(
    'Campaigning in the general election began on Monday. Turnout on election day is expected to be high.',
    'election day',
    TUESDAY,
  );
  assert.equal(t.value, 'XXXX-XX-XX', t.why);
  // a US story keeps the US date though it names the day of another event
  assertPlaced(
    'The Ohio governor signed the bill on Oct. 2. He will vote in person on Election Day.',
    'Election Day',
    '2024-11-05',
    undefined,
    undefined,
    TUESDAY,
  );
});

test('"polling day" is election day: the day the story names, and its clock times fall on it', () => {
  const WED = '2024-05-22T19:00:00+01:00';
  const text =
    'The prime minister called a general election for July 4. Voting will take place between 7am and 10pm on polling day.';
  assert.equal(timexOf(text, '7am', WED).value, '2024-07-04T07:00');
  assert.equal(timexOf(text, '10pm on polling day', WED).value, '2024-07-04T22:00');
  assertPlaced(
    'Polling day is set for July 4. Turnout on polling day may be low.',
    'polling day',
    '2024-07-04',
    undefined,
    undefined,
    WED,
  );
  // negative: another country's polling day, named by its possessive, is no holiday of this story
  assert.throws(() => timexOf("Kenya's polling day passed calmly.", 'polling day', TUESDAY));
});

test('"polling day, Thursday 4 July": the date set beside election day, or after "is", is its day', () => {
  const JUNE = '2024-06-20T09:00:00+01:00';
  assert.equal(
    timexOf('Polls close at 10pm on polling day, Thursday 4 July.', '10pm on polling day', JUNE).value,
    '2024-07-04T22:00',
  );
  assert.equal(timexOf('Counting starts on election day (Thursday 4 July).', 'election day', JUNE).value, '2024-07-04');
  assert.equal(
    timexOf('Polling day is July 4. Polls close at 10pm on polling day.', '10pm on polling day', JUNE).value,
    '2024-07-04T22:00',
  );
  // negative: a weekday with no date beside it names no day, and without one the clock time is on no day
  const count = timexOf("Tellers rest after polling day, Thursday's count being over.", 'polling day', JUNE);
  assert.equal(count.value, 'XXXX-XX-XX', count.why);
  const unknown = timexOf('Counting will begin at 10pm on polling day.', '10pm on polling day', JUNE);
  assert.equal(unknown.value, 'XXXX-XX-XXT22:00', unknown.why);
  assert.equal(unknown.from, undefined);
});
