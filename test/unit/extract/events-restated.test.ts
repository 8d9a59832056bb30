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
