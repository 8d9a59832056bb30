import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced } from './helpers.js';

// Published Thursday 15 June 2023.
const PUB = '2023-06-15';

test('a range whose first end has a year closes on the first such day after it opens', () => {
  const text = 'The inquiry sat from Jan. 3, 2017 to Feb. 1 and heard 40 witnesses.';
  assertPlaced(text, 'Jan. 3, 2017', '2017-01-03', undefined, undefined, PUB);
  assertPlaced(text, 'Feb. 1', '2017-02-01', '2017-02-01', '2017-02-02', PUB);
  // a dash between the ends, and a day written before its month
  assertPlaced('The games ran 28 July 2012 - 12 August.', '12 August', '2012-08-12', undefined, undefined, PUB);
  // over the new year: the next January
  assertPlaced('Roads stayed shut from Dec. 29, 2020 until Jan. 4.', 'Jan. 4', '2021-01-04', undefined, undefined, PUB);
  // told of what is to come, the year written still holds for both ends
  assertPlaced('Bookings run from March 3, 2024 to April 30.', 'April 30', '2024-04-30', undefined, undefined, PUB);
});

test('the event runs from the written day to the closing one', () => {
  const events = extract('The inquiry sat from Jan. 3, 2017 to Feb. 1.', { published: PUB }).events;
  assert.deepEqual(
    events.map((e) => [e.from, e.to]),
    [['2017-01-03', '2017-02-02']],
  );
});

test('negative: two dates that are no range keep their own years', () => {
  // "and" joins a range only after "between": two events, though the second day takes the year written
  const hired = 'He was hired on Jan. 3, 2017 and fired on Feb. 1.';
  assertPlaced(hired, 'Feb. 1', '2017-02-01', undefined, undefined, PUB);
  assert.equal(extract(hired, { published: PUB }).events.length, 2);
  // a day alone after a full date, with no word of a range between them
  assertPlaced('Filed Jan. 3, 2017. On Feb. 1, the court ruled.', 'Feb. 1', '2023-02-01', undefined, undefined, PUB);
  // the closing end with its own year is read as written
  assertPlaced('It ran from Jan. 3, 2017 to Feb. 1, 2019.', 'Feb. 1, 2019', '2019-02-01', undefined, undefined, PUB);
});
