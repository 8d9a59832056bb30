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
