// "that November", "That Friday": a month or a weekday of the date the story last told, as "that summer" is; where
// "that" opens a clause ("said that Friday would be a holiday") the phrase is the day or the month alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexes, timexOf } from './helpers.js';

const PUB = '2025-06-13';

test('"that November" is the month of the year last mentioned, and what counts from it moves with it', () => {
  const text =
    'Agents searched the depot in the spring of 2022, and the owner was charged that November. He fled two months later.';
  const month = timexOf(text, 'that November', PUB);
  assert.equal(month.value, '2022-11');
  assert.equal(timexOf(text, 'two months later', PUB).value, '2023-01');
  assert.equal(
    timexOf('The mill opened in 1987. That December, a flood shut it.', 'That December', PUB).value,
    '1987-12',
  );
  assert.equal(
    timexOf('She moved to Lyon in 2003 and married that June in a small chapel.', 'that June', PUB).value,
    '2003-06',
  );
  // a month that is also a word counts with a mark after it
  assert.equal(
    timexOf('The shop changed hands in 2010. Its staff left that May, after the sale.', 'that May', PUB).value,
    '2010-05',
  );
  assert.equal(timexOf('He retired in 2001 and died that August in Paris.', 'that August', PUB).value, '2001-08');
});

test('negative: "that" opening a clause leaves the month alone, placed by tense; "may" the modal is no month', () => {
  const alone = timexOf('The hotel reopened in 2019. Its owner said that November bookings rose.', 'November', PUB);
  assert.equal(alone.text, 'November');
  assert.equal(alone.value, '2024-11');
  assert.equal(timexOf('He said that October was the busiest month.', 'October', PUB).text, 'October');
  assert.deepEqual(
    timexes('The firm was sold in 2010. Its founder hopes that May brings a buyer.', PUB).map((t) => t.text),
    ['2010'],
  );
  assertNone('The mast was raised in 1990 so that March winds would not topple it.', 'March', PUB);
  // no year told before: the tense picks it
  assert.equal(timexOf('The club was relegated that May.', 'that May', PUB).value, '2025-05');
});

test('"That Friday" is the first Friday on or after the day the story last placed', () => {
  const text =
    'The storm reached the coast on Wednesday, March 3, 2021. That Friday, the governor declared an emergency.';
  assert.equal(timexOf(text, 'That Friday', PUB).value, '2021-03-05');
  assert.equal(
    timexOf('Polls close on Thursday, July 3, 2025. That Sunday night, the count ends.', 'That Sunday night', PUB)
      .value,
    '2025-07-06TNI',
  );
  // the day itself when it is that weekday
  assert.equal(
    timexOf('Fans queued on Saturday, May 10, 2025. That Saturday, the gates opened late.', 'That Saturday', PUB).value,
    '2025-05-10',
  );
});

test('negative: "said that Friday would …" is Friday by tense, without "that"; without a day told, the tense decides', () => {
  const day = timexOf('The minister said that Friday would be a holiday.', 'Friday', PUB);
  assert.equal(day.text, 'Friday');
  assert.equal(timexOf("Rebels called that Sunday's vote a sham.", 'Sunday', PUB).text, 'Sunday');
  // the story placed no day: "That Monday" is read as "Monday" would be
  assert.equal(
    timexOf('The vote was held in 2019. That Monday, crowds gathered.', 'That Monday', PUB).value,
    '2025-06-09',
  );
});
