// A month or a day "of that year", "the following year", "the previous year": the year is the one the story last
// placed, moved when the phrase says so; "of last year" counts from publication.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';

const PUB = '2024-02-13';

test('"December of that year", "April 18 of that year", "June the following year" count from the story\'s year', () => {
  const text = 'The river flooded the town in February 2020. The claim was only settled in December of that year.';
  const t = timexOf(text, 'December of that year', PUB);
  assert.equal(t.value, '2020-12');
  assert.equal(t.anchor, 't1');
  assert.equal(
    timexOf(
      'He joined the club in 2007. On April 18 of that year, he won his 200th game.',
      'April 18 of that year',
      PUB,
    ).value,
    '2007-04-18',
  );
  assert.equal(
    timexOf('The dam failed in 2015 and was rebuilt in June the following year.', 'June the following year', PUB).value,
    '2016-06',
  );
  assert.equal(
    timexOf('The plant shut in 2019, after a fire in May the previous year.', 'May the previous year', PUB).value,
    '2018-05',
  );
});

test('negative: "of last year" counts from publication; without a story year, the tense picks it', () => {
  assert.equal(
    timexOf('The claim was settled in 2020. Talks began in March of last year.', 'March of last year', PUB).value,
    '2023-03',
  );
  assert.equal(timexOf('Prices rose in December of that year.', 'December of that year', PUB).value, '2023-12');
});

test('"the following June", "the previous March" count from the date the story last told', () => {
  // a month, a day and a year told before
  const charged = timexOf(
    'He was arrested in December 2012 and charged the following June.',
    'the following June',
    PUB,
  );
  assert.equal(charged.value, '2013-06');
  assert.equal(charged.anchor, 't1');
  assert.equal(
    timexOf('The firm was founded in 2012 and listed the following March.', 'the following March', PUB).value,
    '2013-03',
  );
  assert.equal(
    timexOf('The deal closed on March 5, 2013; talks had begun the previous March.', 'the previous March', PUB).value,
    '2012-03',
  );
  assert.equal(
    timexOf('The deal closed in March 2013. Talks had begun the preceding June.', 'the preceding June', PUB).value,
    '2012-06',
  );
  // the same month comes round a year on
  assert.equal(
    timexOf('The strike began in March 2019 and ended the following March.', 'the following March', PUB).value,
    '2020-03',
  );
});

test('negative: with no date told before, "the following June" counts from publication, as "next June" does', () => {
  assert.equal(timexOf('The firm will list the following June.', 'the following June', PUB).value, '2024-06');
  assert.equal(timexOf('Talks had begun the previous March.', 'the previous March', PUB).value, '2023-03');
});
