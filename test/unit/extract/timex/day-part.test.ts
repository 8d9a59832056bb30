import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

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
  // a weekday before the day of the month, British order: "the afternoon of Tuesday 13 June"
  const called = 'Police were called on the afternoon of Tuesday 13 June.';
  assertPlaced(called, 'Tuesday 13 June', '2023-06-13', '2023-06-13T12:00', '2023-06-13T18:00', PUB);
  const night = 'The fire started on the night of Saturday the 10th of June.';
  assertPlaced(night, 'Saturday the 10th of June', '2023-06-10', '2023-06-10T20:00', '2023-06-11T06:00', PUB);
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

test('the edges of daylight on a day: "at dawn on Monday" its early morning, "before dawn on Monday" its small hours', () => {
  // (Thursday 15 June 2023)
  assertPlaced(
    'The raid began at dawn on Monday.',
    'dawn on Monday',
    '2023-06-12TMO',
    '2023-06-12T05:00',
    '2023-06-12T08:00',
    PUB,
  );
  assertPlaced(
    'Troops moved in at first light Monday.',
    'first light Monday',
    '2023-06-12TMO',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'They left on Sunday at dusk.',
    'Sunday at dusk',
    '2023-06-11TEV',
    '2023-06-11T17:00',
    '2023-06-11T20:00',
    PUB,
  );
  // before dawn: the day keeps its span and value, placed on its hours before dawn (as "the early hours of")
  const t = assertPlaced(
    'The fire started shortly before dawn on Monday.',
    'Monday',
    '2023-06-12',
    '2023-06-12T00:00',
    '2023-06-12T06:00',
    PUB,
  );
  assert.equal(t.mod, 'START');
  // a curfew's stretch, told as a schedule, lies ahead
  const curfew = 'The curfew runs from dusk on Friday to dawn on Saturday.';
  assertPlaced(curfew, 'dusk on Friday', '2023-06-16TEV', undefined, undefined, PUB);
  assertPlaced(curfew, 'dawn on Saturday', '2023-06-17TMO', undefined, undefined, PUB);
  // negative: no preposition before it (a name, a subject), nor "before dusk", which may be any time of the day
  assertPlaced('He told Dawn Monday that he would go.', 'Monday', '2023-06-12', '2023-06-12', '2023-06-13', PUB);
  assertPlaced('Ships left before dusk on Sunday.', 'Sunday', '2023-06-11', '2023-06-11', '2023-06-12', PUB);
  assertPlaced('A pre-dawn raid on Monday netted six arrests.', 'Monday', '2023-06-12', undefined, undefined, PUB);
});

test('a part with its edge before "on" and its day: "late evening on Tuesday", "in the early morning on Tuesday"', () => {
  const late = assertPlaced(
    'He was last seen late evening on Tuesday.',
    'late evening on Tuesday',
    '2023-06-13TEV',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(late.mod, 'END');
  const early = assertPlaced(
    'Shelling began in the early morning on June 13.',
    'the early morning on June 13',
    '2023-06-13TMO',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(early.mod, 'START');
  // (why names the part, "midday" for lunchtime)
  assert.match(timexOf('Results are due by lunchtime on Friday.', 'lunchtime on Friday', PUB).why, /midday/);
});
