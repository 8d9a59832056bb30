import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced, timexes } from './helpers.js';

// Published Thursday 10 October 2024.
const PUB = '2024-10-10';

test('the year written after a range of months is its opening month\'s too: "from February to May 2019"', () => {
  const text = 'The strike lasted from February to May 2019, the union said.';
  assertPlaced(text, 'February', '2019-02', '2019-02-01', '2019-03-01', PUB);
  assertPlaced(text, 'May 2019', '2019-05', undefined, undefined, PUB);
  assertPlaced('Prices fell between June and August 2021.', 'June', '2021-06', undefined, undefined, PUB);
  assertPlaced('Output fell in July-September 2020.', 'July', '2020-07', undefined, undefined, PUB);
  assertPlaced('Sales slowed in June and July 2022.', 'June', '2022-06', undefined, undefined, PUB);
});

test('a range over New Year opens the year before: "from November to February 2018"', () => {
  assertPlaced('The plant idled from November to February 2018.', 'November', '2017-11', undefined, undefined, PUB);
  assertPlaced('Floods hit from Dec. 28 to Jan. 3, 2021.', 'Dec. 28', '2020-12-28', undefined, undefined, PUB);
});

test('days: "Oct. 2-4, 2017", "from March 9 to 11, 2016" take the year in both ends, one event', () => {
  const text = 'The summit met Oct. 2-4, 2017, in Lima.';
  assertPlaced(text, 'Oct. 2', '2017-10-02', undefined, undefined, PUB);
  assertPlaced(text, '4, 2017', '2017-10-04', '2017-10-04', '2017-10-05', PUB);
  assertPlaced('Voting ran from March 9 to 11, 2016.', 'March 9', '2016-03-09', undefined, undefined, PUB);
  assertPlaced('Voting ran from March 9 to 11, 2016.', '11, 2016', '2016-03-11', undefined, undefined, PUB);
  assertPlaced('Talks ran from Aug. 30 to Sept. 2, 2015.', 'Aug. 30', '2015-08-30', undefined, undefined, PUB);
  const events = extract(text, { published: PUB }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(events, [['2017-10-02', '2017-10-05']]);
});

test('negative: no closing end with a year, a count after the dash, a backward range, a year of its own', () => {
  // "to vote" is no closing end: January keeps its own reading
  assertPlaced('He flew home in January to vote in April 2015.', 'January', '2024-01', undefined, undefined, PUB);
  assert.deepEqual(
    timexes('Crowds swelled on May 3-5,000 marched.', PUB).map((t) => t.text),
    ['May 3'],
  );
  assertPlaced('It ran from March 2014 to April 2015.', 'March 2014', '2014-03', undefined, undefined, PUB);
  // "Sept. 30-2" runs backwards: no range, and no year from it
  assertPlaced('It ran Sept. 30-2, 2015 by some counts.', 'Sept. 30', '2024-09-30', undefined, undefined, PUB);
});
