// "hit by the wettest start to summer since 2012": a phrase after "to" that completes the noun before it is part of
// that noun phrase; dropping it would leave "the wettest start to since 2012".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a phrase after "to" that completes a noun stays in the label', () => {
  assert.equal(
    label('Trading was hit by the wettest start to summer since 2012.', 'summer', { others: ['2012'] }),
    'Trading was hit by the wettest start to summer since 2012',
  );
  assert.equal(
    label('The forward has scored 20 points a game in the weeks prior to Thursday.', 'Thursday'),
    'The forward has scored 20 points a game in the weeks prior to Thursday',
  );
});

test('negatives: "to" after a verb or a particle is as before', () => {
  assert.equal(label('The vote was put back to Friday.', 'Friday'), 'The vote was put back');
  assert.equal(label('The council voted to close the pool in May.', 'May'), 'The council voted to close the pool');
});
