import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced } from './helpers.js';

// Published Tuesday 15 Oct 2024.
const TUESDAY = '2024-10-15';

test('a clock time told in the future is not on a day of the past the story has just placed', () => {
  // the campaign began on Monday; the polls open on a day to come, not on Monday
  const t = assertPlaced(
    'Campaigning began on Monday. Polls will open at 7 a.m. and close at 9 p.m.',
    '7 a.m.',
    '2024-10-15T07:00',
    undefined,
    undefined,
    TUESDAY,
  );
  assert.doesNotMatch(t.why, /Mon 14 Oct/);
  assertPlaced(
    'On Monday, the firm announced the merger. Its chief will speak to reporters at 3 p.m.',
    '3 p.m.',
    '2024-10-15T15:00',
    undefined,
    undefined,
    TUESDAY,
  );
  // with a publication time, the next such time after it
  assertPlaced(
    'Campaigning began on Monday. Polls will open at 7 a.m.',
    '7 a.m.',
    '2024-10-16T07:00',
    undefined,
    undefined,
    '2024-10-15T09:30:00-04:00',
  );
});

test('a clock time told in the future goes on with the day ahead the story last placed', () => {
  const t = assertPlaced(
    'The vote will be held on Nov. 9. Campaigning began on Monday, and parties have three weeks left. Polls open at 7 a.m.',
    '7 a.m.',
    '2024-11-09T07:00',
    '2024-11-09T07:00',
    '2024-11-09T08:00',
    TUESDAY,
  );
  assert.match(t.why, /day ahead/);
});

test('negative: a past or tenseless clock time stays on the day just placed; a future one on a future day too', () => {
  assertPlaced(
    'Campaigning began on Monday. Crowds gathered at 7 a.m.',
    '7 a.m.',
    '2024-10-14T07:00',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced(
    'The vote is on Nov. 9. Polls will open at 7 a.m.',
    '7 a.m.',
    '2024-11-09T07:00',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced('The rally on Monday began at 7 p.m.', '7 p.m.', '2024-10-14T19:00', undefined, undefined, TUESDAY);
});

test('a clock time a present "is at" gives is a timetable: not on a day of the past the story has just placed', () => {
  // published Wednesday 27 November 2024: the grotto opens on Saturday 7 December; tickets went on sale on Monday
  const text =
    "Santa's grotto opens at noon on Saturday 7 December; tickets went on sale last Monday. The last entry is at 5.30pm.";
  const t = assertPlaced(text, '5.30pm', '2024-12-07T17:30', undefined, undefined, '2024-11-27');
  assert.match(t.why, /timetable/);
  // with no day ahead, the publication day
  assertPlaced(
    'Tickets went on sale last Monday. The last entry is at 5.30pm.',
    '5.30pm',
    '2024-11-27T17:30',
    undefined,
    undefined,
    '2024-11-27',
  );
  // negative: a present that tells the past ("is accused of setting fire … at 6am") stays on the day placed
  assertPlaced(
    'A fire broke out on Sunday. Pitman is accused of setting fire to the store at 6am.',
    '6am',
    '2024-11-24T06:00',
    undefined,
    undefined,
    '2024-11-27',
  );
});
