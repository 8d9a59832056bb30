import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';

test('"yesterday (Thursday)": a day and its weekday in parentheses are one event', () => {
  const { events } = extract('The company said yesterday (Thursday) it would cut jobs.', { published: '2019-03-22' });
  assert.deepEqual(
    events.map((e) => [e.from, e.to]),
    [['2019-03-21', '2019-03-22']],
  );
  // negative: weekdays in a list are days of their own
  const list = extract('Talks were held on Monday, Tuesday and Wednesday.', { published: '2019-03-22' });
  assert.equal(list.events.length, 3);
});

test('a season and the range of months it spans, in one sentence, are one event', () => {
  const { events } = extract('Last winter, storms cut the islands off for 11 days between December and February.', {
    published: '2024-11-21',
  });
  assert.deepEqual(
    events.map((e) => [e.from, e.to]),
    [['2023-12-01', '2024-03-01']],
  );
  assert.match(events[0]!.label, /^Storms cut the islands off for 11 days/);
  // a label that breaks off inside the range gives way to the other
  const cut = extract('Last winter, storms cut the islands off for a total of 11 days between December and February.', {
    published: '2024-11-21',
  });
  assert.deepEqual(
    cut.events.map((e) => e.label),
    ['Storms cut the islands off for a total of 11 days'],
  );
  // negative: two stretches of one sentence that differ stay two events
  const two = extract('Storms cut the islands off last winter and again between March and April.', {
    published: '2024-11-21',
  });
  assert.equal(two.events.length, 2);
});
