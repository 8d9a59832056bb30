import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Monday 17 October 2016 (the helpers' default).
test('a length on the clock before or after a clock time lands on the minute it names', () => {
  assertPlaced('The blast came 20 minutes after 9:15 a.m. on Saturday.', '20 minutes', 'PT20M', '2016-10-15T09:35');
  assertPlaced(
    'Rescuers reached the site ten minutes before midnight on Friday.',
    'ten minutes',
    'PT10M',
    '2016-10-14T23:50',
  );
  assertPlaced('The count starts five hours after noon tomorrow.', 'five hours', 'PT5H', '2016-10-18T17:00');
  // the clock time counted from is a point of reference, not the time of an event
  const noon = timexOf('The count starts five hours after noon tomorrow.', 'noon tomorrow');
  assert.equal(noon.value, '2016-10-18T12:00');
  assert.equal(noon.from, undefined);
  // a fraction of an hour that comes to whole minutes
  assertPlaced(
    'The ferry docked half an hour after midnight on Saturday.',
    'half an hour',
    'PT30M',
    // (midnight on Saturday ends Saturday)
    '2016-10-16T00:30',
  );
  assertPlaced(
    'Polls shut an hour and a half after 9pm on Sunday.',
    'an hour and a half',
    'PT1H30M',
    '2016-10-16T22:30',
  );
});

test('a length of time from a clock time, or for a stretch, is how long something runs, placed nowhere', () => {
  // "from": the stretch starts at the time, which stays the event's
  const curfew = timexOf('The curfew runs 12 hours from 8 p.m. on Friday.', '12 hours');
  assert.equal(curfew.from, undefined);
  assertPlaced(
    'The curfew runs 12 hours from 8 p.m. on Friday.',
    '8 p.m. on Friday',
    '2016-10-14T20:00',
    '2016-10-14T20:00',
  );
  // "for": how long it lasted
  const slept = timexOf('She slept for eight hours after 10 p.m. on Saturday.', 'eight hours');
  assert.equal(slept.from, undefined);
  assertPlaced(
    'She slept for eight hours after 10 p.m. on Saturday.',
    '10 p.m. on Saturday',
    '2016-10-15T22:00',
    '2016-10-15T22:00',
  );
  // days are counted from days only: a clock time after a length in days changes nothing
  const days = timexOf('The talks resumed two days after 9 a.m. on Friday.', 'two days');
  assert.notEqual(days.granularity, 'minute');
});
