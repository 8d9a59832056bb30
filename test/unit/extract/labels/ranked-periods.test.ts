// "The index is on track for its best July since 2022": a period ranked by a superlative after "for" or "to" is what
// the clause aims at, and the label keeps it ("The index is on track since 2022" lost it and kept its range alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('"for its best July": the ranked period stays', () => {
  assert.equal(
    label('The Nasdaq has climbed 11% this year and is on course for its best January since 2019.', 'January', {
      others: ['this year', '2019'],
    }),
    'The Nasdaq is on course for its best January since 2019',
  );
  assert.equal(
    label('The pound is heading for its worst October in a decade.', 'October', { others: ['a decade'] }),
    'The pound is heading for its worst October',
  );
});

test('a ranked period after "in" or "during" only dates the clause', () => {
  assert.equal(
    label('During its hottest August in decades, the city rationed water.', 'August'),
    'The city rationed water',
  );
});
