// "The strike by nurses will end on Friday": "by" after an event noun names who does it, inside the subject; the label
// was "Nurses will end" (the subject cut at "by", which after a verb names an agent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an event noun and its "by" phrase are one subject', () => {
  assert.equal(label('The strike by nurses will end on Friday.', 'Friday'), 'The strike by nurses will end');
  assert.equal(
    label('The protest by local farmers will end on Friday.', 'Friday'),
    'The protest by local farmers will end',
  );
  assert.equal(
    label('A speech by the mayor was cancelled on Monday.', 'Monday'),
    'A speech by the mayor was cancelled',
  );
});

test('"by" after a verb or after another noun is as before', () => {
  assert.equal(
    label('The plan was approved by the council members on Monday.', 'Monday'),
    'The plan was approved by the council members',
  );
  assert.equal(label('Shares bought by investors rose on Monday.', 'Monday'), 'Shares rose on Monday');
});
