import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Tuesday 12 February 2013.
const PUB = '2013-02-12';

test('negative: a season that opens a name is no season of the calendar', () => {
  assertNone('She took bronze at the Winter Olympics in Vancouver.', 'Winter', PUB);
  assertNone('Tickets for the Summer Games sold out.', 'Summer', PUB);
  assertNone('Tourists queued outside the Summer Palace.', 'Summer', PUB);
  assertNone('The pitcher reported early to Spring Training.', 'Spring', PUB);
  assertNone('Crews cleared roads near Spring Valley.', 'Spring', PUB);
  // games named after a season, in lower case too
  assertNone('he hopes to compete at the winter olympics', 'winter', PUB);
  const games = timexes('She won silver at the 2010 Winter Olympics.', PUB).map((t) => t.value);
  assert.ok(!games.some((v) => /-WI$/.test(v)), `no winter in ${JSON.stringify(games)}`);
});

test('a capitalised season before a lower-case word, or in a title-case headline, is still a season', () => {
  assertPlaced('The lenders held their Autumn meetings in Washington.', 'Autumn', '2012-FA', undefined, undefined, PUB);
  assertPlaced('Ice Closed The Harbour Last Winter', 'Last Winter', '2011-WI', undefined, undefined, PUB);
  assertPlaced('Sales slowed in the Summer, the firm said.', 'the Summer', '2012-SU', undefined, undefined, PUB);
});

test('negative: a season that names the kind of a thing ("a winter storm", "winter tyres") is no season', () => {
  assertNone('A powerful winter storm will sweep across the Northeast.', 'winter', PUB);
  assertNone('The National Weather Service issued a winter storm warning.', 'winter', PUB);
  assertNone('Drivers should fit winter tyres.', 'winter', PUB);
  assertNone('Summer weather returned to the coast.', 'Summer', PUB);
  assertNone('The winter vomiting bug has closed two wards.', 'winter', PUB);
  // a season told with its own words still is one: "last winter", "this winter", before the noun or after a comma
  assertPlaced('Last winter storms closed the pass.', 'Last winter', '2011-WI', undefined, undefined, PUB);
  assertPlaced('Storms are likely this winter.', 'this winter', '2012-WI', undefined, undefined, PUB);
});
