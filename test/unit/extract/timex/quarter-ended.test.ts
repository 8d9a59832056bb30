import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

// Published Tuesday 12 February 2013.
const PUB = '2013-02-12';

test('"the quarter" named by the day it ends is the quarter holding that day', () => {
  // it was the last completed quarter, 2012-Q4
  const t = assertPlaced(
    'Results for the quarter to March 31 are due in April.',
    'the quarter',
    '2013-Q1',
    '2013-01-01',
    '2013-04-01',
    PUB,
  );
  assert.match(t.why, /ended 2013-03-31/);
  assertPlaced(
    'The miner reported a loss for the quarter ending June 30.',
    'the quarter',
    '2012-Q2',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Sales rose 4% in the latest quarter ended Sept. 30.',
    'the latest quarter',
    '2012-Q3',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: a numbered quarter, or one the story named before, keeps its number', () => {
  const values = (s: string) => timexes(s, PUB).map((x) => [x.text, x.value]);
  assert.deepEqual(values('Its fiscal fourth quarter ended Sept. 30.')[0], ['fiscal fourth quarter', '2012-Q4']);
  // the story's fiscal first quarter, not the calendar's third (July to September)
  const story = values('Profit rose in its fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%.');
  assert.equal(story[1]![0], 'the quarter');
  assert.equal(story[1]![1], story[0]![1]);
  assert.match(story[1]![1]!, /-Q1$/);
  // no day after it: the last completed quarter, as before
  assert.deepEqual(values('Sales fell in the quarter.')[0], ['the quarter', '2012-Q4']);
});
