// "She was appointed to a chair in 1979, the first woman to hold one, and retired in 1998": a verb after "and" past an
// apposition set off by commas is a second verb of the first clause's subject (it was read as a participle alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a second verb after an apposition and "and" keeps the first verb’s subject', () => {
  assert.equal(
    label(
      'She was appointed to a chair at Aberdeen in 1979, the first woman to hold one in the faculty, and retired in 1998.',
      '1998',
      { others: ['1979'] },
    ),
    'She retired in 1998',
  );
  assert.equal(
    label('He joined Leeds in 1990, then a second-tier side, and left in 1996.', '1996', { others: ['1990'] }),
    'He left in 1996',
  );
  assert.equal(label('The club signed Jones, a winger from Wales, and sold him in 2010.', '2010'), 'The club sold him');
});

test('the first clause keeps its phrase; a clause after ", and" keeps its own subject', () => {
  assert.equal(
    label(
      'She was appointed to a chair at Aberdeen in 1979, the first woman to hold one, and retired in 1998.',
      '1979',
      {
        others: ['1998'],
      },
    ),
    'She was appointed to a chair at Aberdeen',
  );
  assert.equal(
    label('The firm cut jobs in 2009, the worst year, and sales fell in 2010.', '2010', { others: ['2009'] }),
    'Sales fell in 2010',
  );
});
