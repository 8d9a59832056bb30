import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Saturday 9 March 2024, 18:00 UTC.
const SATURDAY_EVENING = '2024-03-09T18:00:00Z';

test('a date after "since" opens a stretch: a clock time told in a later sentence is not on it', () => {
  const scene = 'Divers have searched the lake since Thursday night. At 2.15pm a spokesman gave an update.';
  assertPlaced(scene, '2.15pm', '2024-03-09T14:15', undefined, undefined, SATURDAY_EVENING);
  const closed = 'The bridge has been shut since Friday. By 11am, traffic had been diverted.';
  assertPlaced(closed, '11am', '2024-03-09T11:00', undefined, undefined, SATURDAY_EVENING);
  // in lower case too (a transcript, a post)
  const lower = 'divers have searched the lake since thursday night. at 2.15pm a spokesman gave an update.';
  assertPlaced(lower, '2.15pm', '2024-03-09T14:15', undefined, undefined, SATURDAY_EVENING);
  // the day placed before the stretch is still the story's day
  const fire =
    'The blaze started on Friday. Crews have fought it since Friday evening. At 4pm they were joined by the army.';
  assertPlaced(fire, '4pm', '2024-03-08T16:00', undefined, undefined, SATURDAY_EVENING);
});

test('negative: a clock time in the sentence of the "since", or after a day told as an event, is on that day', () => {
  const when = 'The road has been shut since Friday, when a lorry overturned at 4pm.';
  assertPlaced(when, '4pm', '2024-03-08T16:00', undefined, undefined, SATURDAY_EVENING);
  // the stop of "p.m." ends no sentence
  const pm = 'The road has been shut since 4 p.m. yesterday, and at 6 p.m. police closed another.';
  assertPlaced(pm, '6 p.m.', '2024-03-08T18:00', undefined, undefined, SATURDAY_EVENING);
  const event = 'Divers reached the lake on Thursday. At 2.15pm a spokesman gave an update.';
  assertPlaced(event, '2.15pm', '2024-03-07T14:15', undefined, undefined, SATURDAY_EVENING);
});

test('a part of the day told after a "since" stretch is not on its day, but on the day placed before it', () => {
  const storm =
    'The storm hit on Thursday. Shops have been closed since Friday. In the afternoon, crowds gathered outside.';
  assertPlaced(storm, 'the afternoon', '2024-03-07TAF', '2024-03-07T12:00', '2024-03-07T18:00', SATURDAY_EVENING);
  // negative: a day told as an event, or the part in the sentence of the "since", is that day's
  const event = 'Shops closed on Friday. In the afternoon, crowds gathered outside.';
  assertPlaced(event, 'the afternoon', '2024-03-08TAF', undefined, undefined, SATURDAY_EVENING);
  const same = 'Shops have been closed since Friday, and in the afternoon crowds gathered outside.';
  assertPlaced(same, 'the afternoon', '2024-03-08TAF', undefined, undefined, SATURDAY_EVENING);
});

test('a date a stretch runs until is no day a clock time told in a later sentence falls on', () => {
  // told Saturday evening: the clock is the story's own, not the deadline's
  const shut = 'The bridge will stay shut until Tuesday. Crews started work at 6 a.m.';
  assertPlaced(shut, '6 a.m.', '2024-03-09T06:00', undefined, undefined, SATURDAY_EVENING);
  const ahead = 'The tunnel will stay closed until Tuesday. Engineers will begin repairs at 7 a.m.';
  assertPlaced(ahead, '7 a.m.', '2024-03-10T07:00', undefined, undefined, SATURDAY_EVENING);
  const through = 'The curfew runs through Wednesday. At 8pm the governor will speak to reporters.';
  assertPlaced(through, '8pm', '2024-03-09T20:00', undefined, undefined, SATURDAY_EVENING);
  // a date alone: the publication day, as for any clock time with no day of the story
  const dateOnly = 'The ferry service is suspended until Thursday. At 9am the operator will set out a timetable.';
  assertPlaced(dateOnly, '9am', '2024-03-09T09:00', undefined, undefined, '2024-03-09');
  // the day placed before the deadline is still the story's day
  const storm = 'The storm hit on Thursday. Roads will stay shut until Tuesday. At 3 p.m. the mayor spoke.';
  assertPlaced(storm, '3 p.m.', '2024-03-07T15:00', undefined, undefined, SATURDAY_EVENING);
});

test('negative: a past "until", a day written with its clock time, or one in the same sentence keep their day', () => {
  // a past perfect tells what happened once the day came
  const named = 'Until Thursday, police had not named the driver. At 3 p.m. they released a photograph.';
  assertPlaced(named, '3 p.m.', '2024-03-07T15:00', undefined, undefined, SATURDAY_EVENING);
  const joined = 'The office is closed until Tuesday at 9 a.m.';
  assertPlaced(joined, 'Tuesday at 9 a.m.', '2024-03-12T09:00', undefined, undefined, SATURDAY_EVENING);
  const same = 'The line will stay closed until Tuesday, when the first train leaves at 6 a.m.';
  assertPlaced(same, '6 a.m.', '2024-03-12T06:00', undefined, undefined, SATURDAY_EVENING);
});

test('a day a present clause says something is lends no day to a clock time told in the past in a later sentence', () => {
  // told on Saturday 9 March 2024 at 18:00: the minister spoke today, not on the deadline's day
  const deadline = 'The deadline for bids is Friday. The minister spoke at 3 p.m.';
  assertPlaced(deadline, '3 p.m.', '2024-03-09T15:00', undefined, undefined, SATURDAY_EVENING);
  const holiday = 'Monday is a public holiday. Protesters gathered at 10am.';
  assertPlaced(holiday, '10am', '2024-03-09T10:00', undefined, undefined, SATURDAY_EVENING);
  assertPlaced(
    'The final is on Sunday. Fans arrived at noon.',
    'noon',
    '2024-03-09T12:00',
    undefined,
    undefined,
    SATURDAY_EVENING,
  );
});

test("negative: the day is still the story's for a time told ahead, in its own sentence, or after a day told as an event", () => {
  const vote = 'The vote is on Sunday. Polls will open at 7 a.m.';
  assertPlaced(vote, '7 a.m.', '2024-03-10T07:00', undefined, undefined, SATURDAY_EVENING);
  // (a day a present "is" names lies ahead: "The deadline is Friday" told on Saturday is the next one)
  const same = 'The deadline was Friday, and the minister spoke at 3 p.m.';
  assertPlaced(same, '3 p.m.', '2024-03-08T15:00', undefined, undefined, SATURDAY_EVENING);
  const told = 'The minister spoke on Friday. He left at 3 p.m.';
  assertPlaced(told, '3 p.m.', '2024-03-08T15:00', undefined, undefined, SATURDAY_EVENING);
});
