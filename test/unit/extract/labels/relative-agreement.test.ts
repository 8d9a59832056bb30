// A relative clause after "X of Y" describes the noun its verb agrees with: "a shortage of chips that has slowed
// production" is the shortage's clause, "the leaders of the party who have run the city" the leaders'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a singular verb after "that" goes with the singular noun before "of"', () => {
  assert.equal(
    label('Output was hit by a shortage of chips that has slowed production since the spring.', 'the spring', {
      since: true,
    }),
    'A shortage of chips has slowed production',
  );
  assert.equal(
    label('The leaders of the party who have run the city since 2019 resigned on Monday.', '2019', {
      since: true,
      others: ['Monday'],
    }),
    'The leaders of the party have run the city',
  );
});

test('negative: a verb that agrees with the nearest noun, or tells no number, keeps it', () => {
  assert.equal(
    label('The price of the shares that were sold in May rose on Monday.', 'May', { others: ['Monday'] }),
    'The shares were sold',
  );
  assert.equal(
    label('A group of investors that bought the club in 2019 sold it on Friday.', '2019', { others: ['Friday'] }),
    'Investors bought the club',
  );
});
