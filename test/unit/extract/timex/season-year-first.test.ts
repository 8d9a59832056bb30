import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

// Published Tuesday 12 February 2013.
const PUB = '2013-02-12';

test('a year written before its season is that season: "the 2003 summer heatwave" is summer 2003', () => {
  assertPlaced(
    'Hospitals were overwhelmed during the 2003 summer heatwave.',
    'the 2003 summer',
    '2003-SU',
    '2003-06-01',
    '2003-09-01',
    PUB,
  );
  assertPlaced('The bill stalled in the 2011 spring session.', 'the 2011 spring', '2011-SP', undefined, undefined, PUB);
  assertPlaced('Enrolment fell for the 2009 autumn term.', 'the 2009 autumn', '2009-FA', undefined, undefined, PUB);
  // "fall" after a year is the season before a word of a term
  assertPlaced('Fees rise for the 2013 fall semester.', 'the 2013 fall', '2013-FA', undefined, undefined, PUB);
  // a winter begins in the December of its year
  assertPlaced('Snow records fell in the 2010 winter.', 'the 2010 winter', '2010-WI', '2010-12-01', '2011-03-01', PUB);
});

test('any casing: in capitals the year and the season are still one phrase', () => {
  assertPlaced('FLOODS RETURN AFTER THE 2007 SUMMER DELUGE', 'THE 2007 SUMMER', '2007-SU', undefined, undefined, PUB);
});

test('negative: "fall" after a year is a decline unless a term follows', () => {
  const fall = timexes('Investors still recall the 2008 fall in house prices.', PUB);
  assert.deepEqual(
    fall.map((t) => [t.text, t.value]),
    [['2008', '2008']],
  );
});
