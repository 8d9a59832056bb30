// "He sold the house, a ruin that had stood empty, and left in 1990": a relative clause closed by the comma before
// "and" describes the noun before it (here an apposition); the verb after "and" is the one before that noun's, and
// has its subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('the verb after "and" has the subject of the verb before an apposition with a relative clause', () => {
  assert.equal(label('He sold the house, a ruin that had stood empty, and left in 1990.', '1990'), 'He left in 1990');
  assert.equal(
    label('The firm hired Jones, a lawyer who had worked in Paris, and promoted him in 2019.', '2019'),
    'The firm promoted him',
  );
  // (an object relative: "that nobody wanted")
  assert.equal(
    label('She bought the mill, a wreck that nobody wanted, and reopened it in 2004.', '2004'),
    'She reopened it in 2004',
  );
});

test('negatives: a relative clause that goes on after its comma keeps its own subject', () => {
  // a second verb with the relative clause's own auxiliary goes on with that clause
  assert.equal(
    label('He praised the rule, a tenet that was set out by Smith, but was dropped in 1890.', '1890'),
    'A tenet was dropped',
  );
  // inside a relative clause with no comma before "and", its antecedent, as before
  assert.equal(
    label('The judge, who had run the court for years and retired in May 1972, died on Monday.', 'May 1972', {
      others: ['Monday'],
    }),
    'The judge retired in May 1972',
  );
});
