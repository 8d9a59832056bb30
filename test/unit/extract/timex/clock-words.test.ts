import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('"a quarter past 3pm" is 15:15, not a quarter of a year', () => {
  const t = assertPlaced(
    'It starts at a quarter past 3pm.',
    'a quarter past 3pm',
    '2019-03-22T15:15',
    '2019-03-22T15:15',
    '2019-03-22T15:16',
    PUB,
  );
  assert.equal(t.type, 'TIME');
  assertPlaced(
    'The train left at a quarter to 3 p.m. on Friday.',
    'a quarter to 3 p.m. on Friday',
    '2019-03-22T14:45',
    undefined,
    undefined,
    PUB,
  );
});

test('minutes past and to an hour, in words', () => {
  assertPlaced(
    'It was half past 3 when the lights went out.',
    'half past 3',
    '2019-03-22T03:30',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'It starts at half past three in the afternoon.',
    'half past three in the afternoon',
    '2019-03-22T15:30',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'He arrived at ten minutes to three.',
    'ten minutes to three',
    '2019-03-22T02:50',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('It ended at quarter to twelve.', 'quarter to twelve', '2019-03-22T11:45', undefined, undefined, PUB);
  assertPlaced('We met at twenty after twelve.', 'twenty after twelve', '2019-03-22T12:20', undefined, undefined, PUB);
  assertPlaced(
    'It was twenty-five past six, police said.',
    'twenty-five past six',
    '2019-03-22T06:25',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The polls close at a quarter to midnight.',
    'a quarter to midnight',
    '2019-03-22T23:45',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The shot was heard at a quarter past midnight.',
    'a quarter past midnight',
    '2019-03-22T00:15',
    undefined,
    undefined,
    PUB,
  );
  // a part of day after it says which half: "tonight at ten past eight"
  assertPlaced(
    'The show starts at ten past eight tonight.',
    'ten past eight tonight',
    '2019-03-22T20:10',
    undefined,
    undefined,
    PUB,
  );
});

test('"a quarter" stays a quarter of a year where it is one', () => {
  assert.equal(timexOf('Sales fell for a quarter.', 'a quarter', PUB).value, 'P1Q');
  assert.equal(timexOf('Profits rose a quarter earlier.', 'a quarter earlier', PUB).type, 'DATE');
});

test('minutes in digits past or after an hour, after "at" or "until"', () => {
  assertPlaced('The ceremony began at 20 past 9.', '20 past 9', '2019-03-22T09:20', undefined, undefined, PUB);
  assertPlaced('Guests stayed until 15 after 11.', '15 after 11', '2019-03-22T11:15', undefined, undefined, PUB);
});

test('negative: minutes in digits without "at" or before "to" are no clock time', () => {
  assertNone('The team scored 20 past 9 defenders.', '20 past 9', PUB);
  assertNone('Turnout was 5 after 2 recounts.', '5 after 2', PUB);
  assertNone('The board voted at 7 to 2.', '7 to 2', PUB);
  assertNone('The index was at 3 past 4 points.', '3 past 4', PUB);
});

test('negative: ranges, fractions and counts before a noun are no clock times', () => {
  assertNone('The shop is open from five to ten.', 'five to ten');
  assertNone('The shop is open from 9 to 5.', '9 to 5');
  assertNone('Costs were cut by a quarter to 12.', 'quarter to 12');
  assertNone('Sales rose a quarter to 12 billion.', 'quarter to 12');
  assertNone('He had ten minutes to three goals.', 'ten minutes to three');
  assertNone('Rates rose from 5 to 10 percent.', '5 to 10');
  assertNone('It is ten to one he loses.', 'ten to one');
});

test('an hour and its minutes in words with a.m. or p.m. ("seven thirty p.m.")', () => {
  assertPlaced(
    'The ambulance reached the quarry at seven thirty p.m.',
    'seven thirty p.m.',
    '2019-03-22T19:30',
    '2019-03-22T19:30',
    '2019-03-22T19:31',
    PUB,
  );
  assertPlaced('The first bus left at six-forty a.m.', 'six-forty a.m.', '2019-03-22T06:40', undefined, undefined, PUB);
  assertPlaced('Polls closed at nine oh five pm.', 'nine oh five pm', '2019-03-22T21:05', undefined, undefined, PUB);
  assertPlaced(
    'The alarm was raised at eleven forty-five p.m. on Wednesday.',
    'eleven forty-five p.m. on Wednesday',
    '2019-03-20T23:45',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: words for numbers without a.m. or p.m. stay numbers', () => {
  assertNone('The final score was seven thirty.', 'seven thirty', PUB);
  assertNone('Of the applicants, nine twenty-year-olds were hired.', 'nine', PUB);
  assertNone('We three am not convinced, he joked.', 'three am', PUB);
});

test('British "half eight" is half past the hour after "at", "until"… or with a part of day', () => {
  // told on Wednesday 30 October 2024 at 08:10
  const at = '2024-10-30T08:10:00Z';
  assert.equal(
    timexOf('We will come back to that after the news at half eight.', 'half eight', at).value,
    '2024-10-30T08:30',
  );
  assert.equal(
    timexOf('The match kicks off at half seven tonight.', 'half seven tonight', at).value,
    '2024-10-30T19:30',
  );
  assert.equal(timexOf('Polls close at half nine pm.', 'half nine pm', at).value, '2024-10-30T21:30');
  assert.equal(timexOf('He left at half eight on Monday.', 'half eight on Monday', at).value, '2024-10-28T08:30');
  assert.equal(timexOf('THE LIGHTS WENT OUT AROUND HALF TEN.', 'HALF TEN', at).type, 'TIME');
  // a day right after it says a time is meant, as "at" does
  assert.equal(timexOf('Meet me half ten tomorrow.', 'half ten tomorrow', at).value, '2024-10-31T10:30');
});

test('negative: "half" before a number that is no hour', () => {
  const at = '2024-10-30T08:10:00Z';
  assertNone('The firm cut its staff by half ten years ago.', 'half', at);
  assertNone('Around half two million people voted.', 'half', at);
  assertNone('At half nine of the clubs, fans protested.', 'half', at);
  assertNone('Sales fell by half in 2019.', 'half', at);
  assertNone('Sales rose by half on Friday.', 'half', at);
});

test('an hour in words with "am" as a transcript writes it, after a preposition ("at three am on Sunday")', () => {
  assertPlaced(
    'The crash happened at three am on Sunday.',
    'three am on Sunday',
    '2019-03-17T03:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Trading resumes at nine am tomorrow.',
    'nine am tomorrow',
    '2019-03-23T09:00',
    undefined,
    undefined,
    PUB,
  );
  // negative: "am" the verb after the hour ("at one am I"), and with no preposition
  assertNone('He asked if at one am I would be awake.', 'one am', PUB);
  assertNone('We three am not convinced, he joked.', 'three am', PUB);
});
