import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

/** Published at 18:40 on Monday 17 October 2016. */
const AT = '2016-10-17T18:40';

test('a length told in parts before "ago" is one length: its parts add up', () => {
  assertPlaced(
    'The tremor was felt 3 hours and 15 minutes ago.',
    '3 hours and 15 minutes ago',
    '2016-10-17T15:25',
    '2016-10-17T15:25',
    '2016-10-17T15:26',
    AT,
  );
  assertPlaced(
    'The ship left port 2 days, 5 hours ago.',
    '2 days, 5 hours ago',
    '2016-10-15T13:40',
    undefined,
    undefined,
    AT,
  );
  assertPlaced(
    'Polls open 1 hour 30 minutes from now.',
    '1 hour 30 minutes from now',
    '2016-10-17T20:10',
    undefined,
    undefined,
    AT,
  );
  // calendar units: placed to the finest one named
  assertPlaced(
    'The couple met 4 years and 2 months ago.',
    '4 years and 2 months ago',
    '2012-08',
    undefined,
    undefined,
    AT,
  );
  assertPlaced(
    'The mine closed 3 weeks and 2 days ago.',
    '3 weeks and 2 days ago',
    '2016-09-24',
    undefined,
    undefined,
    AT,
  );
});

test('without a publication time, hours told in parts reach back to a day', () => {
  assertPlaced('The fire started 1 day and 20 hours ago.', '1 day and 20 hours ago', '2016-10-15');
  assertPlaced('The fire started 2 hours and 10 minutes ago.', '2 hours and 10 minutes ago', '2016-10-17');
});

test('negative: lengths that are no parts of one length stay apart', () => {
  // units that do not go down are two lengths
  assert.deepEqual(
    timexes('Crews worked 5 hours, 2 days ago.', AT).map((t) => t.text),
    ['5 hours', '2 days ago'],
  );
  // a verb between them: the first length is the time served
  assert.deepEqual(
    timexes('She served 12 years and retired 3 weeks ago.', AT).map((t) => t.text),
    ['12 years', '3 weeks ago'],
  );
});

test('a count glued to a short unit before "ago", as feeds stamp posts: "3h ago", "20m ago"', () => {
  assertPlaced('Updated 3h ago', '3h ago', '2016-10-17T15:40', undefined, undefined, AT);
  assertPlaced('Posted 20m ago by the desk', '20m ago', '2016-10-17T18:20', undefined, undefined, AT);
  assertPlaced('Posted 2hrs ago', '2hrs ago', '2016-10-17T16:40', undefined, undefined, AT);
  assertPlaced('First posted 4d ago', '4d ago', '2016-10-13', undefined, undefined, AT);
  // other glued units are no lengths of time: a distance, a size
  assert.deepEqual(timexes('She ran 5km ago, then a 4x4 ago.', AT), []);
});
