import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexes } from './helpers.js';

test('a range of counts before its noun holds no year: "between 1500 and 2000 people"', () => {
  assertNone('Between 1500 and 2000 people marched to the town hall.', '1500');
  assertNone('Police said from 1600 to 1800 fans were inside the ground.', '1600');
  assertNone('From 1500 to 2000 households were without water overnight.', '1500');
  assertNone('From 1500 to 2000 households were without water overnight.', '2000');
  assertNone('Organisers expect 1700 or 1900 runners at the start.', '1700');
  assertNone('The camp holds between 1800 and 2,500 migrants.', '1800');
  assertNone('Between 1950-2100 passengers use the station each hour.', '1950');
});

test('a range of years stays two years, whatever follows it', () => {
  const years = (text: string) => timexes(text).map((t) => t.value);
  assert.deepEqual(years('Between 1990 and 2000 the village doubled in size.'), ['1990', '2000']);
  assert.deepEqual(years('From 1990 to 2000 prices rose sharply.'), ['1990', '2000']);
  assert.deepEqual(years('He served from 1998 to 2006 and then retired.'), ['1998', '2006']);
  assert.deepEqual(years('The mill employed people between 1850 and 1910.'), ['1850', '1910']);
  // a smaller far end is a figure of its own, the year stays: "from 12 tonnes in 2019 to 15 tonnes"
  assert.deepEqual(years('Output grew from 12 tonnes in 2019 to 15 tonnes.'), ['2019']);
});
