import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

/** The events of a sentence as [from, to] pairs. */
function spans(text: string, published = PUB): [string, string][] {
  return extract(text, { published }).events.map((e) => [e.from, e.to]);
}

test('the meridiem written after a range holds for its first end', () => {
  const text = 'The hearing runs 3:30-6 p.m. on Friday.';
  assertPlaced(text, '3:30', '2019-03-22T15:30', '2019-03-22T15:30', undefined, PUB);
  assertPlaced(text, '6 p.m. on Friday', '2019-03-22T18:00', undefined, undefined, PUB);
  assertPlaced('Office hours are 3-4pm.', '3', '2019-03-22T15:00', '2019-03-22T15:00', '2019-03-22T16:00', PUB);
  assertPlaced('Office hours are 3-4pm.', '4pm', '2019-03-22T16:00', undefined, undefined, PUB);
  assertPlaced(
    'The clinic is open between 9 and 11 a.m. on Monday.',
    '9',
    '2019-03-25T09:00',
    undefined,
    undefined,
    PUB,
  );
  // the latest reading before the last end: 11 in the morning, not 11 at night (of every day: "daily")
  assertPlaced('The market is open 11-2 p.m. daily.', '11', 'XXXX-XX-XXT11:00', undefined, undefined, PUB);
  assertPlaced('The market is open 11-2 p.m. on Friday.', '11', '2019-03-22T11:00', undefined, undefined, PUB);
  // "12-2 p.m." starts at noon
  assertPlaced('Lunch is 12-2 p.m. in the hall.', '12', '2019-03-22T12:00', undefined, undefined, PUB);
});

test('an end written without a.m./p.m. falls after the first end', () => {
  assertPlaced('Lunch is served 11:30-1:30.', '11:30', '2019-03-22T11:30', undefined, undefined, PUB);
  assertPlaced('Lunch is served 11:30-1:30.', '1:30', '2019-03-22T13:30', undefined, undefined, PUB);
  assertPlaced('Doors open 9 a.m.-11:30 for members.', '11:30', '2019-03-22T11:30', undefined, undefined, PUB);
  assertPlaced('The session is 9:30 - 11:00 on Thursday.', '9:30', '2019-03-21T09:30', undefined, undefined, PUB);
  assertPlaced(
    'The session is 9:30 - 11:00 on Thursday.',
    '11:00 on Thursday',
    '2019-03-21T11:00',
    undefined,
    undefined,
    PUB,
  );
});

test('the day written with one end holds for the other', () => {
  const polls = 'Polls were open from 7 a.m. to 8 p.m. Thursday.';
  assertPlaced(polls, '7 a.m.', '2019-03-21T07:00', undefined, undefined, PUB);
  assertPlaced(polls, '8 p.m. Thursday', '2019-03-21T20:00', undefined, undefined, PUB);
  assertPlaced('The sale runs 1pm-2pm tomorrow.', '1pm', '2019-03-23T13:00', undefined, undefined, PUB);
  assertPlaced('The sale runs 1pm-2pm tomorrow.', '2pm tomorrow', '2019-03-23T14:00', undefined, undefined, PUB);
  // written with the first end
  assertPlaced('It ran Monday 9:30 to 11:00, officials said.', '11:00', '2019-03-18T11:00', undefined, undefined, PUB);
});

test('the zone written after a range holds for its first end; each end keeps its own', () => {
  assertPlaced('The window is 15:00-18:00 GMT.', '15:00', '2019-03-22T15:00Z', undefined, undefined, PUB);
  assertPlaced('The window runs between 8 and 10 GMT.', '8', '2019-03-22T08:00Z', undefined, undefined, PUB);
  const both = 'The window is 15:00 GMT - 18:00 GMT.';
  assertPlaced(both, '15:00 GMT', '2019-03-22T15:00Z', undefined, undefined, PUB);
  assertPlaced(both, '18:00 GMT', '2019-03-22T18:00Z', undefined, undefined, PUB);
  assert.equal(timexes(both, PUB).length, 2);
});

test('a range past midnight ends the next day, or starts the day before the day written with its end', () => {
  assertPlaced('The party ran from 10 p.m. to 2 a.m.', '2 a.m.', '2019-03-23T02:00', undefined, undefined, PUB);
  assertPlaced(
    'From 10 p.m. to 2 a.m. Friday the bar was open.',
    '10 p.m.',
    '2019-03-21T22:00',
    undefined,
    undefined,
    PUB,
  );
  // (told in the past: from the midnight gone by, to the publication day's 6 a.m.)
  assertPlaced('Roads were shut from midnight to 6 a.m.', '6 a.m.', '2019-03-22T06:00', undefined, undefined, PUB);
  // the same with a day placed just before: both ends follow it
  const night = 'Shelling hit the port on Tuesday, from 11 p.m. to 3 a.m.';
  assertPlaced(night, '11 p.m.', '2019-03-19T23:00', undefined, undefined, PUB);
  assertPlaced(night, '3 a.m.', '2019-03-20T03:00', undefined, undefined, PUB);
});

test('the event runs from the first time to the start of the last', () => {
  assert.deepEqual(spans('The hearing runs 3:30-6 p.m. on Friday.'), [['2019-03-22T15:30', '2019-03-22T18:00']]);
  assert.deepEqual(spans('Polls were open from 7 a.m. to 8 p.m. Thursday.'), [
    ['2019-03-21T07:00', '2019-03-21T20:00'],
  ]);
  assert.deepEqual(spans('Office hours are 3-4pm.'), [['2019-03-22T15:00', '2019-03-22T16:00']]);
  assert.deepEqual(spans('The party ran from 10 p.m. to 2 a.m.'), [['2019-03-22T22:00', '2019-03-23T02:00']]);
  // a range of days still ends with its last day
  assert.deepEqual(spans('The fair runs Sept. 3-5 in the park.'), [['2019-09-03', '2019-09-06']]);
});

test('negative: scores, counts and two times joined by "and" are no ranges', () => {
  assertNone('They won 3-4 on penalties.', '3');
  assertNone('Between 9 and 11 people were hurt.', '9');
  // "and" joins a range only after "between": two times, each as written
  assertPlaced('Trains left at 9 and 11 a.m.', '11 a.m.', '2019-03-22T11:00', undefined, undefined, PUB);
  assertNone('Trains left at 9 and 11 a.m.', '9 and');
  assert.equal(spans('The vote was at 9 a.m. and the count at 5 p.m.').length, 2);
});

test('against a publication time, the last end follows the day the tense gave the first', () => {
  const at = '2019-03-22T10:35:00-04:00';
  const party = 'The party ran from 10 p.m. to 2 a.m., police said.';
  assertPlaced(party, '10 p.m.', '2019-03-21T22:00', undefined, undefined, at);
  assertPlaced(party, '2 a.m.', '2019-03-22T02:00', undefined, undefined, at);
  // told of what is to come at 10:35, 7 a.m. is tomorrow's, and so is the 8 p.m. that closes it
  const polls = 'Polls will be open from 7 a.m. to 8 p.m.';
  assertPlaced(polls, '7 a.m.', '2019-03-23T07:00', undefined, undefined, at);
  assertPlaced(polls, '8 p.m.', '2019-03-23T20:00', undefined, undefined, at);
});

test('a range of bare hours closed by a part of a named day: both ends on it, in its half of the day', () => {
  const text = 'The fireworks run from 8 to 11 tonight.';
  assertPlaced(text, '8', '2019-03-22T20:00', '2019-03-22T20:00', undefined, PUB);
  assertPlaced(text, '11 tonight', '2019-03-22T23:00', '2019-03-22T23:00', undefined, PUB);
  assert.deepEqual(spans(text), [['2019-03-22T20:00', '2019-03-22T23:00']]);
  const morning = 'Crews shut the bridge between 9 and 11 this morning.';
  assertPlaced(morning, '9', '2019-03-22T09:00', undefined, undefined, PUB);
  assertPlaced(morning, '11 this morning', '2019-03-22T11:00', undefined, undefined, PUB);
  assertPlaced('Voting runs from 7 to 10 tomorrow morning.', '7', '2019-03-23T07:00', undefined, undefined, PUB);
  assertPlaced('Volunteers worked from 2 to 5 Thursday afternoon.', '2', '2019-03-21T14:00', undefined, undefined, PUB);
  assertPlaced(
    'Volunteers worked from 2 to 5 Thursday afternoon.',
    '5 Thursday afternoon',
    '2019-03-21T17:00',
    undefined,
    undefined,
    PUB,
  );
  // the small hours of a night are the morning after; the range does not move its start a day back
  const night = 'Fans queued from 10 to 2 last night.';
  assertPlaced(night, '10', '2019-03-21T22:00', undefined, undefined, PUB);
  assertPlaced(night, '2 last night', '2019-03-22T02:00', undefined, undefined, PUB);
  assert.deepEqual(spans(night), [['2019-03-21T22:00', '2019-03-22T02:00']]);
  assert.deepEqual(spans('Fans queued from 10 p.m. to 2 a.m. last night.'), [['2019-03-21T22:00', '2019-03-22T02:00']]);
  // an afternoon that starts before noon
  assertPlaced('Rain fell from 11 to 1 this afternoon.', '11', '2019-03-22T11:00', undefined, undefined, PUB);
});

test('negative: without "from" or "between" two numbers before a part of day are a score or a count, no hours', () => {
  assertNone('The Rangers won 3 to 1 this morning.', '3', PUB);
  assertNone('The Rangers won 3-1 this morning.', '1 this morning', PUB);
  assert.deepEqual(
    timexes('Police counted 8 to 11 tonight.', PUB).map((t) => t.text),
    ['tonight'],
  );
});

test('a range of clock times on weekdays closes after it opens: "from 10pm Friday to 6am Saturday"', () => {
  const SAT = '2024-01-20';
  const ahead = timexes('Roads will be closed from 10pm Friday to 6am Saturday.', SAT);
  assert.deepEqual(
    ahead.map((t) => t.value),
    ['2024-01-26T22:00', '2024-01-27T06:00'],
  );
  const past = timexes('Crews worked from 9pm Tuesday to 5am Wednesday.', SAT).map((t) => t.value);
  assert.deepEqual(past, ['2024-01-16T21:00', '2024-01-17T05:00']);
  // the same weekday at both ends is one day
  const sameDay = timexes('The line was shut from 8am Monday until 8pm Monday.', SAT).map((t) => t.value);
  assert.deepEqual(sameDay, ['2024-01-15T08:00', '2024-01-15T20:00']);
  // negative: a close that names its own week is read as written
  const ownWeek = timexes('The road was shut from 9pm Tuesday until 6am next Monday.', SAT).map((t) => t.value);
  assert.deepEqual(ownWeek, ['2024-01-16T21:00', '2024-01-22T06:00']);
});

test('a bare hour closing a range that opens on a clock time with its meridiem is the next such hour after it', () => {
  const clinic = 'The clinic is open from 3pm - 11 on Saturday.';
  assertPlaced(clinic, '3pm', '2019-03-23T15:00', undefined, undefined, PUB);
  assertPlaced(clinic, '11 on Saturday', '2019-03-23T23:00', undefined, undefined, PUB);
  assertPlaced('The shop trades 9am-5, the owner said.', '5', '2019-03-22T17:00', undefined, undefined, PUB);
  // negatives: an hour or two after the opening may be either half of the day; a number before a noun is a count
  assertNone('Doors are open from 8 a.m. to 9 on Sunday.', '9 on', PUB);
  assertNone('The index rose from 9 a.m. to 5 percent by noon.', '5', PUB);
});

test('a range closing on the 24-hour clock opens on it too: its first end is no p.m. time', () => {
  assertPlaced('Buses run 6:30-23:00 daily.', '6:30', 'XXXX-XX-XXT06:30', undefined, undefined, PUB);
  assertPlaced('The lane is shut 7:15-22:30 on Friday.', '7:15', '2019-03-22T07:15', undefined, undefined, PUB);
  assertPlaced('Trams run 5:45-00:30 daily.', '5:45', 'XXXX-XX-XXT05:45', undefined, undefined, PUB);
  assert.deepEqual(spans('The square is closed 8:00-20:00 on Saturday.'), [['2019-03-23T08:00', '2019-03-23T20:00']]);
  // negative: a last end with its meridiem, or one of 12 hours, still lends its half of the day
  assertPlaced('The desk is open 6:30-11 p.m. on Friday.', '6:30', '2019-03-22T18:30', undefined, undefined, PUB);
  assertPlaced('Talks ran 11:30-1:30 on Friday.', '1:30 on Friday', '2019-03-22T13:30', undefined, undefined, PUB);
});
