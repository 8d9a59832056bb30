import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';
import { extract } from '../../../../src/extract/index.js';

// Published Wednesday 20 November 2024.
const PUB = '2024-11-20T11:00:00Z';

const eventDates = (text: string) => extract(text, { published: PUB }).events.map((e) => [e.label, e.from]);

test('a holiday naming its season beside a date of its sentence is a point of reference, not an event', () => {
  const lights = 'The Christmas lights were switched on in the town centre on Sunday.';
  const christmas = timexOf(lights, 'Christmas', PUB);
  assert.equal(christmas.value, '2024-12-25', 'TimeML tags it: it keeps its value');
  assert.equal(christmas.from, undefined, 'but it is not placed');
  assert.match(christmas.why, /naming its season/);
  assert.deepEqual(eventDates(lights), [['The Christmas lights were switched on in the town centre', '2024-11-17']]);
  assert.deepEqual(eventDates('The Thanksgiving travel rush starts on Tuesday.'), [
    ['The Thanksgiving travel rush starts', '2024-11-26'],
  ]);
  assert.deepEqual(eventDates('Christmas markets open across the city this week.'), [
    ['Christmas markets open across the city', '2024-11-18'],
  ]);
});

test('negative: a holiday that names its season alone, or with a year, still dates its sentence', () => {
  // alone in its sentence (the next sentence's date is not its own)
  const alone = 'Christmas shoppers crowded the high street. On Sunday the council lit the tree.';
  // (told in the past before the holiday: placed over its season up to publication, see the test below)
  assert.deepEqual(
    [timexOf(alone, 'Christmas', PUB).value, timexOf(alone, 'Christmas', PUB).from],
    ['2024-12-25', '2024-11-13'],
  );
  // a year holds the holiday: it does not date the sentence instead of it
  assert.equal(timexOf('Christmas shopping began early this year.', 'Christmas', PUB).from, '2024-12-25');
  // a holiday that names no season is the day of what happens ("on Christmas Eve" beside "Friday")
  const eve = timexOf('Shops will close early on Christmas Eve, which falls on a Tuesday.', 'Christmas Eve', PUB);
  assert.equal(eve.from, '2024-12-24');
  // a length dates nothing: the holiday keeps its place
  assert.equal(timexOf('The Christmas party lasted three hours.', 'Christmas', PUB).from, '2024-11-13');
});

test('a holiday naming its season, told in the past before the holiday, is placed over its season up to publication', () => {
  // told on 10 December 2024: the shoppers crowded the streets in the weeks before, not on Christmas Day ahead
  const text = 'Christmas shoppers crowded the high street.';
  const t = timexOf(text, 'Christmas', '2024-12-10');
  assert.deepEqual([t.value, t.from, t.to], ['2024-12-25', '2024-11-13', '2024-12-11']);
  assert.match(t.why, /over its season up to publication/);
  const [event] = extract(text, { published: '2024-12-10' }).events;
  assert.deepEqual([event!.from, event!.to], ['2024-11-13', '2024-12-11']);
  // told in the present once the season has begun, the season so far too
  assert.deepEqual(
    [
      timexOf('The Christmas lights are up.', 'Christmas', '2024-12-02').from,
      timexOf('The Christmas lights are up.', 'Christmas', '2024-12-02').to,
    ],
    ['2024-11-13', '2024-12-03'],
  );
  // negative: told ahead, the holiday itself; told after it, the holiday gone by; before its season, the holiday
  assert.equal(timexOf('The Christmas lights are going up.', 'Christmas', '2024-10-01').from, '2024-12-25');
  assert.equal(timexOf('Christmas shoppers will crowd the high street.', 'Christmas', '2024-12-10').from, '2024-12-25');
  assert.equal(timexOf(text, 'Christmas', '2025-01-10').from, '2024-12-25');
});
