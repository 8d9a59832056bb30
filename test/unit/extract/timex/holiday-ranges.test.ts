import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { timexOf } from './helpers.js';

// Published Tuesday 3 December 2024: Thanksgiving (28 November) has passed, Christmas is ahead.
const PUB = '2024-12-03';

test('a range of holidays opens with the last one before its close', () => {
  const text = 'The chain expects a strong season from Thanksgiving through Christmas.';
  const thanksgiving = timexOf(text, 'Thanksgiving', PUB);
  assert.equal(thanksgiving.value, '2024-11-28');
  assert.match(thanksgiving.why, /opens the range closing on Wed 25 Dec 2024/);
  assert.equal(timexOf(text, 'Christmas', PUB).value, '2024-12-25');
  // one event from the first to the last
  assert.deepEqual(
    extract(text, { published: PUB }).events.map((e) => [e.from, e.to]),
    [['2024-11-28', '2024-12-26']],
  );
  // told in the past, the whole range lies before publication
  const past = 'Sales rose between Labor Day and Thanksgiving.';
  assert.equal(timexOf(past, 'Labor Day', PUB).value, '2024-09-02');
  assert.equal(timexOf(past, 'Thanksgiving', PUB).value, '2024-11-28');
  // ahead: both of next year
  const ahead = 'The league will run from Labor Day to Thanksgiving.';
  assert.equal(timexOf(ahead, 'Labor Day', PUB).value, '2025-09-01');
  assert.equal(timexOf(ahead, 'Thanksgiving', PUB).value, '2025-11-27');
});

test('the opening of a holiday range is no day the narrative stands on', () => {
  const text =
    'The chain expects a strong season from Thanksgiving through Christmas.\n\nIts shares were down 4% at 11:20 a.m.';
  assert.equal(timexOf(text, '11:20 a.m.', '2024-12-03T13:05:00-05:00').value, '2024-12-03T11:20');
});

test('holidays that say which one they are are read as written; two holidays are no range', () => {
  assert.equal(
    timexOf('Prices rose from Thanksgiving 2022 to Christmas.', 'Thanksgiving 2022', PUB).value,
    '2022-11-24',
  );
  assert.equal(timexOf('The fair ran from last Easter to Christmas.', 'last Easter', PUB).value, '2024-03-31');
  // "on Thanksgiving and Christmas": two days, each by tense
  assert.equal(
    timexOf('The stores will close on Thanksgiving and Christmas.', 'Thanksgiving', PUB).value,
    '2025-11-27',
  );
});
