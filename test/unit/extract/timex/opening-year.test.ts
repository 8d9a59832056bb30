import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';

// Published Thursday 18 April 2019: March, the spring and the fourth quarter of 2019 are all before it, so
// without the year that opens the sentence each would be read as this year's.
const PUB = '2019-04-18';

test('a year that opens the sentence dates a month, a day, a quarter or a season without a year', () => {
  assert.equal(timexOf('In 2015, the same bill failed in March.', 'March', PUB).value, '2015-03');
  assert.equal(timexOf('Back in early 2015, the bill failed on March 8.', 'March 8', PUB).value, '2015-03-08');
  assert.equal(timexOf('In 2015, profit fell in the fourth quarter.', 'the fourth quarter', PUB).value, '2015-Q4');
  assert.equal(timexOf('Last year, the river flooded in the spring.', 'the spring', PUB).value, '2018-SP');
  const t = timexOf('Last year the same bill failed by two votes in March.', 'March', PUB);
  assert.equal(t.value, '2018-03');
  assert.match(t.why, /opens the sentence/);
});

test('negative: a year inside the sentence, or one that is its subject, opens nothing', () => {
  // the month is read by tense, from publication
  assert.equal(timexOf('The law, passed in 2015, was amended in March.', 'March', PUB).value, '2019-03');
  assert.equal(timexOf('2015 was bad: the bill failed in March.', 'March', PUB).value, '2019-03');
  assert.equal(timexOf('Last year was the warmest, with a record in March.', 'March', PUB).value, '2019-03');
  // a possessive year describes a noun: "last year's winner" is this year's news
  assert.equal(timexOf("Last year's winner was knocked out in March.", 'March', PUB).value, '2019-03');
  assert.equal(timexOf('Last year’s winner was knocked out in March.', 'March', PUB).value, '2019-03');
  assert.equal(timexOf('The 2008-09 season was a good one, and it ended in March.', 'March', PUB).value, '2019-03');
  // a year of the sentence before does not reach into the next one
  assert.equal(timexOf('In 2015, the bill failed. Protests began in March.', 'March', PUB).value, '2019-03');
});

test('far into a long story (past the first piece the parsers read) the opening year still dates the month', () => {
  const before = 'The council met again to argue about the bus lanes and the new car parks. '.repeat(30);
  const text = `${before}\n\nIn 2015, the same bill failed in March. In 2016, profit fell in the fourth quarter.`;
  assert.ok(text.length > 2000);
  assert.equal(timexOf(text, 'March', PUB).value, '2015-03');
  assert.equal(timexOf(text, 'the fourth quarter', PUB).value, '2016-Q4');
  // negative: a year inside the sentence still is not the month's, far in as near the start
  assert.equal(timexOf(`${before}\n\nThe law, passed in 2015, failed in March.`, 'March', PUB).value, '2019-03');
});
