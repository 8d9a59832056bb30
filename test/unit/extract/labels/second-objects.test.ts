// "gives staff | a 5% rise backdated to April": a past form after the second of two objects of a verb (a noun phrase
// that opens with a determiner or a number, after a short first one) describes that object; it is no verb whose
// subject is "staff a 5% rise".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a past form after a second object describes it', () => {
  assert.equal(label('The board gave staff a bonus paid in March, the union said.', 'March'), 'A bonus paid in March');
  assert.equal(label('The union offered members a 3% deal backdated to January.', 'January'), 'A 3% deal backdated');
});

test('negative: after a form of "be", a noun phrase and a past form are a relative clause', () => {
  assert.match(label('This is not the car the critics predicted in May.', 'May'), /the critics predicted$/);
  // and a verb of saying takes a clause: "told reporters the plan failed"
  assert.equal(
    label('The minister told reporters the plan failed in May.', 'May'),
    'The minister told reporters the plan failed',
  );
});
