import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced, timexes } from './helpers.js';

// Published Thursday 15 June 2023, 10:30.
const PUB = '2023-06-15';
const PUB_TIME = '2023-06-15T10:30';

test('a length written in several units is one duration', () => {
  assertPlaced(
    'She was jailed for three years and four months.',
    'three years and four months',
    'P3Y4M',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The crossing took 2 hours, 15 minutes.', '2 hours, 15 minutes', 'PT2H15M', undefined, undefined, PUB);
  assertPlaced('He held the title for 5 years 2 weeks.', '5 years 2 weeks', 'P5Y14D', undefined, undefined, PUB);
  assertPlaced(
    'with 6 minutes 12 seconds left in the game',
    '6 minutes 12 seconds',
    'PT6M12S',
    undefined,
    undefined,
    PUB,
  );
});

test('"ago" after the last unit counts the whole length back', () => {
  assertPlaced(
    'The mine closed four years and two months ago.',
    'four years and two months ago',
    '2019-04',
    '2019-04-01',
    '2019-05-01',
    PUB,
  );
  assertPlaced(
    'The ferry left 3 hours and 10 minutes ago.',
    '3 hours and 10 minutes ago',
    '2023-06-15T07:20',
    undefined,
    undefined,
    PUB_TIME,
  );
  assertPlaced('The post went up 1 week, 3 days ago.', '1 week, 3 days ago', '2023-06-05', undefined, undefined, PUB);
});

test('a length ahead is placed on the date the whole length names', () => {
  const t = assertPlaced(
    'The bridge will open in one year and two months.',
    'one year and two months',
    'P1Y2M',
    '2024-08-01',
    '2024-09-01',
    PUB,
  );
  assert.equal(t.type, 'DURATION');
});

test('a present-perfect compound length is a stretch up to publication', () => {
  const events = extract('The club has existed for 10 years and 6 months.', { published: PUB }).events;
  assert.deepEqual(
    events.map((e) => [e.from, e.to]),
    [['2012-12-16', '2023-06-16']],
  );
});

test('negative: lengths that are not one length stay apart', () => {
  // the same unit twice, or a larger unit after a smaller one, is a list
  assert.deepEqual(
    timexes('He got 2 years and 3 years of probation.', PUB).map((t) => t.value),
    ['P2Y', 'P3Y'],
  );
  assert.deepEqual(
    timexes('It rained for two days, three weeks ago.', PUB).map((t) => t.text),
    ['two days', 'three weeks ago'],
  );
  // a part counted from something else: "three months after the war"
  assert.deepEqual(
    timexes('Two years, three months after the war, trade resumed.', PUB).map((t) => t.text),
    ['Two years', 'three months'],
  );
});

test('"a" or "an" after a counted unit and "and" is the next part of the length, not a rate', () => {
  assertPlaced('The sentence was 2 years and a day.', '2 years and a day', 'P2Y1D', undefined, undefined, PUB);
  assertPlaced('The rescue took 1 day and an hour.', '1 day and an hour', 'P1DT1H', undefined, undefined, PUB);
  assertPlaced('THE RESCUE TOOK 1 DAY AND AN HOUR.', '1 DAY AND AN HOUR', 'P1DT1H', undefined, undefined, PUB);
  // still a rate: an amount of money before "a"; a count of hours before "a day" is a share of every day (a SET)
  assert.deepEqual(
    timexes('The rooms cost $35 a night and staff work 12 hours a day.', PUB).map((t) => [t.text, t.type]),
    [['12 hours a day', 'SET']],
  );
});
