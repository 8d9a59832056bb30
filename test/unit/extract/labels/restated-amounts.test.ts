// "earned $5 million, or nine cents a share, in the quarter": an amount said again between commas is an aside; the
// phrase after it dates the verb before it. "The Bend, Ore., bakery": a place with its state inside a subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('the phrase after a restated amount dates the verb before it', () => {
  assert.equal(
    label(
      'Harbor Foods said it earned $4.1 million, or nine cents a share, in the fiscal second quarter.',
      'the fiscal second quarter',
    ),
    'Harbor Foods said it earned $4.1 million',
  );
  // a participle inside the aside is no verb of the phrase
  assert.equal(
    label(
      'Profit climbed 12% to $8 million, or 41 cents a share adjusted for the buyback, for the third quarter.',
      'the third quarter',
    ),
    'Profit climbed 12% to $8 million',
  );
});

test('a place with its state after a determiner is part of the subject, before a verb or a relative clause', () => {
  assert.equal(
    label('The Bend, Ore., bakery had sales of $2 million last year.', 'last year'),
    'The Bend, Ore., bakery had sales of $2 million',
  );
  assert.equal(
    label('The Grand Forks, N.D., lender, which a bank in Chicago owns, lost $3 million last year.', 'last year'),
    'The Grand Forks, N.D., lender lost $3 million',
  );
});

test('negative: without a determiner a place and its state open the clause', () => {
  assert.equal(
    label('In Bend, Ore., officials said the bakery closed on Monday.', 'Monday'),
    'Officials said the bakery closed',
  );
  // an amount after a comma that is no restatement ends the clause before it
  assert.equal(
    label('Profit climbed to $8 million, and sales rose in the third quarter.', 'the third quarter'),
    'Sales rose in the third quarter',
  );
});
