// An infinitive inside a subject ("A man crossing the road | to catch a bus | on Friday | was hit") is no clause of
// its own: the phrase before the verb dates that verb, whose subject is the noun the participle describes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a phrase after an infinitive inside the subject dates the verb after it', () => {
  assert.equal(
    label('A cyclist riding to the market to buy bread on Friday was struck by a truck.', 'Friday'),
    'A cyclist was struck by a truck',
  );
  assert.equal(
    label('A cyclist crossing the canal to buy bread was struck by a truck on Friday.', 'Friday'),
    'A cyclist was struck by a truck',
  );
});

test('an infinitive governed by a verb keeps that verb', () => {
  // negative: the infinitive completes a finite verb: that clause is the event
  assert.equal(
    label('The council voted to close the pool on Friday.', 'Friday'),
    'The council voted to close the pool',
  );
  // negative: a subject that is the infinitive's noun stays whole
  assert.equal(
    label('A plan to widen the road was approved on Monday.', 'Monday'),
    'A plan to widen the road was approved',
  );
});
