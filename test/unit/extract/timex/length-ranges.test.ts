import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, MONDAY, timexOf, timexes } from './helpers.js';

test('a range of lengths keeps both ends, each a TimeML duration', () => {
  const text = 'Repairs will take between six and nine months.';
  assert.equal(timexOf(text, 'six').value, 'P6M');
  assert.equal(timexOf(text, 'nine months').value, 'P9M');
  assert.deepEqual(
    timexes('Each term lasts two to three years.').map((t) => [t.text, t.value]),
    [
      ['two', 'P2Y'],
      ['three years', 'P3Y'],
    ],
  );
  assert.deepEqual(
    timexes('Approval takes 60-90 days.').map((t) => [t.text, t.value]),
    [
      ['60', 'P60D'],
      ['90 days', 'P90D'],
    ],
  );
  assert.match(timexOf(text, 'six').why, /range of lengths/);
});

test('"or" between two counts of a unit is a range of lengths too: each end a duration', () => {
  assert.deepEqual(
    timexes('Repairs should take three or four days.').map((t) => [t.text, t.value]),
    [
      ['three', 'P3D'],
      ['four days', 'P4D'],
    ],
  );
  assert.deepEqual(
    timexes('The crew waited two or three weeks.').map((t) => [t.text, t.value]),
    [
      ['two', 'P2W'],
      ['three weeks', 'P3W'],
    ],
  );
  const ago = timexes('The shop closed five or six years ago.');
  assert.deepEqual(
    ago.map((t) => [t.text, t.value]),
    [
      ['five', 'P5Y'],
      ['six years ago', '2010'],
    ],
  );
});

test('negative: scores, counts of other things and backwards ranges are not ranges of lengths', () => {
  assertNone('They won 3 to 1 in extra time.', '3');
  assertNone('He scored two or three goals in six days.', 'two');
  assertNone('It took nine to six months.', 'nine');
  assertNone('It took nine or six months.', 'nine');
});

test('"over the next six to eight weeks": a window the range fills, from publication to its farther end', () => {
  // published Monday 17 Oct 2016
  const text = 'The work will be done over the next six to eight weeks.';
  assertPlaced(text, 'the next six', 'P6W');
  assertPlaced(text, 'eight weeks', 'P8W', '2016-10-18', '2016-12-13');
  const events = extract(text, { published: MONDAY }).events;
  assert.equal(events.length, 1);
  assert.deepEqual([events[0]!.from, events[0]!.to], ['2016-10-18', '2016-12-13']);
  const past = extract('Prices have risen over the past two to three years.', { published: MONDAY }).events;
  assert.deepEqual(
    past.map((e) => [e.from, e.to]),
    [['2013-10-18', '2016-10-18']],
  );
  assertPlaced('Over the next 6-8 weeks, crews will rebuild the bridge.', '8 weeks', 'P8W', '2016-10-18', '2016-12-13');
  // negative: the verb "last", a length taken, no window
  assert.equal(timexOf('Repairs could last six to eight weeks.', 'eight weeks').from, undefined);
  assert.equal(timexOf('The work will take six to eight weeks.', 'eight weeks').from, undefined);
});

test('"over the following six to eight weeks": a window after the story\'s date, one event to its farther end', () => {
  const text = 'The talks began in March 2020. Over the following six to eight weeks, both sides met daily.';
  assert.equal(timexOf(text, 'the following six', '2024-05-15').value, 'P6W');
  const met = extract(text, { published: '2024-05-15' }).events.at(-1)!;
  assert.deepEqual([met.label, met.from, met.to], ['Both sides met daily', '2020-04-01', '2020-05-27']);
  assert.match(met.why!, /after the story's date/);
});
