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
