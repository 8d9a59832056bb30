import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

// Published Monday 17 October 2016 (the helpers' default).
test('two digits after a day-first date are its year when the phrase ends there; before a noun they count it', () => {
  assertPlaced('The ledger opens on 4th Mar 87.', '4th Mar 87', '1987-03-04');
  assertPlaced('Stamped 9 Jun 05 at the border.', '9 Jun 05', '2005-06-09');
  // a count: the date ends at the month
  assertPlaced('On 6 May 40 workers walked out.', '6 May', '2016-05-06');
});

test("a year written after a day-first closing end is the opening end's too", () => {
  assertPlaced('The show ran from 4 June to 9 July 2014.', '4 June', '2014-06-04');
  assertPlaced('The show ran 4 June-9 July 2014.', '4 June', '2014-06-04');
  // over New Year: the year before
  assertPlaced('The show ran from 20 December to 9 January 2015.', '20 December', '2014-12-20');
});

test('in a text in capitals or lower case, a month word opening or closing a range of months is the month', () => {
  const upper = timexes('EXPORTS SLID FROM MAY TO NOVEMBER.');
  assert.deepEqual(
    upper.map((t) => t.text),
    ['MAY', 'NOVEMBER'],
  );
  const lower = timexes('exports slid from march to june.');
  assert.deepEqual(
    lower.map((t) => t.text),
    ['march', 'june'],
  );
  // negative: the verb, and a month word before no month
  assert.deepEqual(timexes('CROWDS WILL MARCH FROM THE PARK TO THE HALL.'), []);
});
