import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 12 December 2012.
const PUB = '2012-12-12';

test('"the previous decade" is the calendar decade before the narrative\'s date, as "the previous year" is', () => {
  // no date before it: counted from publication
  assertPlaced(
    'Exports grew faster in the previous decade.',
    'the previous decade',
    '200',
    '2000-01-01',
    '2010-01-01',
    PUB,
  );
  // after a year the story placed: the decade before that year's
  assertPlaced(
    'By 1996 the mill employed half as many workers as in the preceding decade.',
    'the preceding decade',
    '198',
    '1980-01-01',
    '1990-01-01',
    PUB,
  );
});

test('"the following decade", "that decade" count from the narrative\'s date', () => {
  assertPlaced(
    'The port opened in 1973 and doubled its traffic over the following decade.',
    'the following decade',
    '198',
    '1980-01-01',
    '1990-01-01',
    PUB,
  );
  assertPlaced(
    'The union was founded in 1964; that decade saw four strikes.',
    'that decade',
    '196',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: "the next decade" stays the ten years after publication, plurals stay vague lengths', () => {
  const next = timexOf('Costs will climb over the next decade.', 'the next decade', PUB);
  assert.equal(next.type, 'DURATION');
  assert.equal(next.value, 'P10Y');
  assert.equal(timexOf('Rents rose in the previous decades.', 'the previous decades', PUB).type, 'DURATION');
  // the past decade is the rolling ten years, not the calendar one
  assert.equal(timexOf('Crime fell over the past decade.', 'the past decade', PUB).value, 'P10Y');
});
