import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('"New Year" joined to a holiday after a preposition of time, and in any case after one', () => {
  assertPlaced('The office shuts over Christmas and New Year.', 'New Year', '2019-01-01', undefined, undefined, PUB);
  // a headline's "To Close" looks ahead
  assertPlaced('Shops To Close Over Christmas And New Year', 'New Year', '2020-01-01', undefined, undefined, PUB);
  assertPlaced('SHOPS CLOSED OVER NEW YEAR', 'NEW YEAR', '2019-01-01', undefined, undefined, PUB);
  const lower = 'the office shut over christmas and new year. staff came back on jan. 2. it was a busy year.';
  assertPlaced(lower, 'new year', '2019-01-01', undefined, undefined, PUB);
});

test('negative: "New Year" before a noun, "the new year", a greeting, lower case in ordinary prose', () => {
  assertNone('New Year sales began early.', 'New Year', PUB);
  assertNone('NEW YEAR SALES BEGAN EARLY', 'NEW YEAR', PUB);
  assertNone('The new year brought hope.', 'new year', PUB);
  assertNone('Happy New Year, he said.', 'New Year', PUB);
  assertNone('The office shut over Christmas and new year plans changed.', 'new year', PUB);
});

test('negative: joined to a holiday, "New Year" before a noun is a season of something', () => {
  assertNone('Sales rose during the Christmas and New Year sales period.', 'New Year', PUB);
  assertNone('Sales rose over Christmas and New Year sales.', 'New Year', PUB);
});
