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

test('"the following decade" after a year is the ten years after it; "that decade" counts from the narrative\'s date', () => {
  // a reader draws 1974 to 1983, not the 1980s
  const port = assertPlaced(
    'The port opened in 1973 and doubled its traffic over the following decade.',
    'the following decade',
    'P10Y',
    '1974-01-01',
    '1984-01-01',
    PUB,
  );
  assert.equal(port.type, 'DURATION');
  // after a day, from the day after it
  assertPlaced(
    'The mill closed on June 3, 1981; in the following decade the town lost half its people.',
    'the following decade',
    'P10Y',
    '1981-06-04',
    '1991-06-04',
    PUB,
  );
  // negative: after a decade, the next calendar decade
  assertPlaced(
    'The mill boomed in the 1960s; the following decade it closed.',
    'the following decade',
    '197',
    '1970-01-01',
    '1980-01-01',
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
