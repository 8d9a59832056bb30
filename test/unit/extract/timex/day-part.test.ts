import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Thursday 15 June 2023, 15:00.
const PUB = '2023-06-15T15:00';

test('a day of a month and the part of the day said after it are one time on that day', () => {
  const raid = 'The depot was raided on March 9 at night.';
  assertPlaced(raid, 'March 9 at night', '2023-03-09TNI', undefined, undefined, PUB);
  const landed = 'She landed on June 7 in the evening.';
  assertPlaced(landed, 'June 7 in the evening', '2023-06-07TEV', undefined, undefined, PUB);
  const rescue = 'Rescuers arrived on April 2 in the morning.';
  assertPlaced(rescue, 'April 2 in the morning', '2023-04-02TMO', '2023-04-02T06:00', '2023-04-02T12:00', PUB);
  const blast = 'The blast was heard on 2022-11-05 at night.';
  assertPlaced(blast, '2022-11-05 at night', '2022-11-05TNI', undefined, undefined, PUB);
});

test('"at night" after a weekday is that day\'s night', () => {
  assertPlaced('Shots were fired on Tuesday at night.', 'Tuesday at night', '2023-06-13TNI', undefined, undefined, PUB);
});

test('negative: the day number is not read as an hour, and "at night" alone is no date', () => {
  assert.deepEqual(
    timexes('The depot was raided on March 9 at night.', PUB).map((t) => t.text),
    ['March 9 at night'],
  );
  assertNone('The shop closes at night.', 'night', PUB);
  // a clock time after "at" keeps its hour
  assertPlaced('The depot was raided at 9 at night.', '9 at night', '2023-06-14T21:00', undefined, undefined, PUB);
});

test('"the night of", "the morning of" before a day place the day on that part; span and value stay the day\'s', () => {
  // (TimeML tags the day alone, as after "the early hours of")
  const raid = 'Troops raided the camp on the night of March 9.';
  assertPlaced(raid, 'March 9', '2023-03-09', '2023-03-09T20:00', '2023-03-10T06:00', PUB);
  const seen = 'He was last seen on the morning of May 30, 2021.';
  assertPlaced(seen, 'May 30, 2021', '2021-05-30', '2021-05-30T06:00', '2021-05-30T12:00', PUB);
  const storm = 'On The Evening of Tuesday, the first storm hit.';
  assertPlaced(storm, 'Tuesday', '2023-06-13', '2023-06-13T18:00', '2023-06-13T22:00', PUB);
  const gala = 'The gala will be held on the afternoon of July 8.';
  assertPlaced(gala, 'July 8', '2023-07-08', '2023-07-08T12:00', '2023-07-08T18:00', PUB);
});

test('negative: "the night of" before no day, or "the day of" before a day, changes nothing', () => {
  assertNone('She spent the evening of her life in Lisbon.', 'evening', PUB);
  assertNone('The night of the vote was calm.', 'night', PUB);
  assertPlaced('They met on the day of March 3.', 'March 3', '2023-03-03', '2023-03-03', '2023-03-04', PUB);
  assertPlaced('A night of storms hit on March 3.', 'March 3', '2023-03-03', '2023-03-03', '2023-03-04', PUB);
});

test('a part of the day said before "on" and its day is one time on that day: "by lunchtime on Friday", "in the evening on Tuesday"', () => {
  // (Thursday 15 June 2023)
  assertPlaced(
    'Final results are expected by lunchtime on Friday.',
    'lunchtime on Friday',
    '2023-06-16TMI',
    '2023-06-16T11:00',
    '2023-06-16T13:00',
    PUB,
  );
  assertPlaced(
    'They met in the evening on Tuesday.',
    'the evening on Tuesday',
    '2023-06-13TEV',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Shots were heard at night on June 3.', 'night on June 3', '2023-06-03TNI', undefined, undefined, PUB);
  // negative: a part that is no part of that day's, and a day with another phrase between
  assert.deepEqual(
    timexes('They met in the evening, and on Tuesday they voted.', PUB).map((t) => t.text),
    ['Tuesday'],
  );
});
