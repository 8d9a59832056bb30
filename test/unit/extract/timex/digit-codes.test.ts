import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Friday 4 October 2024.
const PUB = '2024-10-04';

test('a group of a phone number or a code is no year: "555-2019", "1-800-2020", "44-1998-3311"', () => {
  assertNone('Readers can call the desk at 555-2019 with tips.', '2019', PUB);
  assertNone('The hotline, 1-800-2020, is free.', '2020', PUB);
  assertNone('Quote reference 44-1998-3311 when you write.', '1998', PUB);
  assertNone('Quote reference 2001-2007-55 when you write.', '2007', PUB);
});

test('negative: years joined by dashes, a date in digits, a season stay dates', () => {
  assertPlaced('Output grew in 1999-2004.', '1999', '1999', undefined, undefined, PUB);
  assertPlaced('Output grew in 1999-2004.', '2004', '2004', undefined, undefined, PUB);
  assertPlaced('The 2011-2012-2013 seasons were wet.', '2012', '2012', undefined, undefined, PUB);
  assertPlaced('The vote was held on 2019-05-26.', '2019-05-26', '2019-05-26', undefined, undefined, PUB);
  assertPlaced('The 2018-19 season ended early.', '2018', '2018', undefined, undefined, PUB);
});
