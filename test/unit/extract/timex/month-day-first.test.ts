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

test('a day-first date followed by a clock time keeps its day: the hour glued to its meridiem is no day of the month', () => {
  // (before, the number of "7pm" was read as the month's day, the match then cut a word and the date was lost)
  const kickOff = timexes('Kick-off is on 14 November 7pm at the new ground.').find((t) =>
    t.text.startsWith('14 November'),
  );
  assert.ok(kickOff, 'the date is found');
  assert.ok(kickOff.value.startsWith('2016-11-14'), kickOff.value);
  const doors = timexes('Doors open 03rd Dec 6pm.').find((t) => t.text.startsWith('03rd Dec'));
  assert.ok(doors?.value.startsWith('2016-12-03'), doors?.value);
  // negative: a number with letters glued to it after a month is no day ("3D" is no 3 August)
  assert.ok(!timexes('Fans await the August 3D release.').some((t) => t.value.startsWith('2016-08-03')));
  assertPlaced('The fair opened on August 21st in the old hall.', 'August 21st', '2016-08-21');
});

test('a dash glued to the opening month of a range, with a space after it, still joins the range', () => {
  assertPlaced('The festival runs 28 October- 3 November.', '28 October', '2016-10-28');
  assertPlaced('The festival runs 28 October- 3 November.', '3 November', '2016-11-03');
  // negative: a hyphenated name that opens with a month is no month
  assert.deepEqual(timexes('Guests flew to Mar-a-Lago for the dinner.'), []);
});
