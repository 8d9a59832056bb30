// A time phrase inside a noun phrase: the label keeps the noun phrase whole. A phrase before its noun
// ("fourth-quarter earnings", "the 2015 season") stays; a phrase that is a noun phrase of its own goes
// with its preposition and determiner ("earnings for its fourth quarter ended Sept. 30").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, label } from './label-helper.js';

test('a phrase before its noun stays in the noun phrase', () => {
  assert.equal(
    label(
      'Rising prices drove much of the second-quarter sales growth, the chain said on Monday.',
      'the second-quarter',
    ),
    'The second-quarter sales growth',
  );
  assert.equal(
    label('Fourth-quarter earnings fell 50% at the steel maker.', 'Fourth-quarter'),
    'Fourth-quarter earnings fell 50% at the steel maker',
  );
  // the whole subject the noun phrase ends, not its last noun phrase only
  const d = describe('The drop in fourth-quarter revenue was steeper than expected.', 'fourth-quarter');
  assert.equal(d.label, 'The drop in fourth-quarter revenue was steeper than expected');
  assert.match(d.why, /subject/);
});

test('a phrase that is a noun phrase of its own leaves with its preposition, determiner and end date', () => {
  assert.equal(
    label('The maker said profit for its second quarter ended June 30 rose 8%.', 'second quarter', {
      others: ['June 30'],
    }),
    'The maker said profit rose 8%',
  );
  assert.equal(
    label('Output rose sharply in the 1970s, the report said.', '1970s'),
    'Output rose sharply, the report said',
  );
});

test('a date with commas around its year stays one phrase', () => {
  assert.equal(
    label('The firm bought the shares under a Sept. 4, 1987, share purchase agreement.', 'Sept. 4, 1987'),
    'A Sept. 4, 1987, share purchase agreement',
  );
  assert.equal(
    label('The mill expects output in the year ending March 31, 2021, to rise above its target.', 'March 31, 2021'),
    'The mill expects output to rise above its target',
  );
});

test('negative: a phrase after a noun is no modifier of it', () => {
  assert.equal(label('The council approved the plan last week.', 'last week'), 'The council approved the plan');
  assert.equal(label('Prices rose 4% this year after a weak 2015.', 'this year'), 'Prices rose 4% after a weak 2015');
});

test('a compound in "-ing" and a place with its state before a noun stay in the object', () => {
  assert.equal(
    label('The chain agreed to buy a Dayton, Ohio, food processing plant in March.', 'March'),
    'The chain agreed to buy a Dayton, Ohio, food processing plant',
  );
  // negative: a clause after the place is a clause of its own
  assert.equal(
    label('The singer died at home in Dayton, Ohio, officials said on Monday.', 'Monday'),
    'The singer died at home in Dayton, Ohio, officials said',
  );
});

test('an amount said again between commas inside a noun phrase is dropped, and the noun stays', () => {
  assert.equal(
    label('Earnings for the quarter included a $12 million, or 30 cents a share, gain on a land sale.', 'the quarter'),
    'Earnings included a $12 million gain on a land sale',
  );
  // negative: after the amount the clause goes on with a phrase, not a noun: the label ends at the amount
  assert.equal(
    label('The firm earned $5 million, or 25 cents a share, in the quarter.', 'the quarter'),
    'The firm earned $5 million',
  );
});

test('a phrase before the noun a preposition of topic governs describes that noun', () => {
  const sentence = 'Hallam will update investors on Christmas trading on Jan. 8.';
  // the update keeps what it is about; Christmas dates the trading, label enough in two words
  assert.equal(
    label(sentence, 'Jan. 8', { others: ['Christmas'] }),
    'Hallam will update investors on Christmas trading',
  );
  assert.equal(label(sentence, 'Christmas', { others: ['Jan. 8'] }), 'Christmas trading');
  assert.equal(
    label('Analysts cut their forecasts for 2020 earnings on Monday.', 'Monday'),
    'Analysts cut their forecasts for 2020 earnings',
  );
  // negative: a noun that opens a clause of its own, an "-ing" phrase after the phrase, a phrase with its own determiner
  assert.equal(label('On Monday police said the road was closed.', 'Monday'), 'Police said the road was closed');
  assert.equal(
    label('The board will vote on Monday approving the deal.', 'Monday'),
    'The board will vote approving the deal',
  );
  assert.equal(
    label('Trading was halted for a second day due to the storm.', 'a second day'),
    'Trading was halted for a second day due to the storm',
  );
});
