import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced } from './helpers.js';

// Published Thursday 3 November 2022: the stories below tell of years before.
const PUB = '2022-11-03';

test('a month named after a counted date is in the story\'s year there: "two months later, in June"', () => {
  const text = 'An audit in the spring of 2018 raised concerns. Police arrested him two months later, in June.';
  assertPlaced(text, 'June', '2018-06', '2018-06-01', '2018-07-01', PUB);
  // the counted phrase takes the month the text names (the season's two months on would be summer or spring)
  assertPlaced(text, 'two months later', '2018-06', '2018-06-01', '2018-07-01', PUB);
  // and the narrative goes on from there: "the following year" is 2019, not 2023
  const on = `${text} He was charged the following year.`;
  assertPlaced(on, 'the following year', '2019', '2019-01-01', '2020-01-01', PUB);
  // a day works as a month does
  assertPlaced(
    'The plant closed in March 2015. A week later, on March 16, workers marched.',
    'March 16',
    '2015-03-16',
    '2015-03-16',
    '2015-03-17',
    PUB,
  );
});

test('the date said twice is one event', () => {
  const list = extract('The dam broke in 2009. Two years later, in May, the village was rebuilt.', { published: PUB });
  assert.deepEqual(
    list.events.map((e) => [e.from, e.to]),
    [
      ['2009-01-01', '2010-01-01'],
      ['2011-05-01', '2011-06-01'],
    ],
  );
});

test('negative: a month with its year, or not set off by a comma, keeps its own reading', () => {
  // the year is written: nothing to give
  assertPlaced(
    'The dam broke in 2009. Two years later, in May 2012, it was rebuilt.',
    'May 2012',
    '2012-05',
    '2012-05-01',
    '2012-06-01',
    PUB,
  );
  // no apposition: "in June" is read from publication, as any month in a past clause is
  assertPlaced(
    'The dam broke in 2009. Two years later the village was rebuilt, and in June it flooded.',
    'June',
    '2022-06',
    '2022-06-01',
    '2022-07-01',
    PUB,
  );
});
