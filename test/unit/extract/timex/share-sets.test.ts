import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timexOf } from './helpers.js';

// Published Tuesday 10 March 2020.
const PUB = '2020-03-10';

test('"three days a week", "ten hours a day": a share of every such period, one SET, not two lengths', () => {
  const cases: [string, string, string][] = [
    ['Nurses now work three days a week.', 'three days a week', 'P1W'],
    ['The pumps ran ten hours a day.', 'ten hours a day', 'P1D'],
    ['Fishermen stay at sea four months a year.', 'four months a year', 'P1Y'],
    ['The hotel is booked 20 nights per month.', '20 nights per month', 'P1M'],
  ];
  for (const [text, phrase, value] of cases) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.type, 'SET', phrase);
    assert.equal(t.value, value, phrase);
  }
  // no second timex for the period alone
  assert.deepEqual(
    timexes('Nurses now work three days a week.', PUB).map((t) => t.text),
    ['now', 'three days a week'],
  );
});

test('negative: a length then a date counted back, or a longer share than its period, stays as it was', () => {
  const t = timexOf('The pumps failed two days a week ago.', 'a week ago', PUB);
  assert.equal(t.value, '2020-03-03');
  assert.equal(timexOf('The pumps failed two days a week ago.', 'two days', PUB).type, 'DURATION');
  assert.ok(!timexes('Two years a month is no rate at all.', PUB).some((t) => t.type === 'SET'));
});
