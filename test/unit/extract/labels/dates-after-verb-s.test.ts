// An "-s" form right before a date ("opens Aug. 3", "closes Friday") is the clause's verb, not a noun: the label
// names what happens then, not the date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a date after an "-s" form dates that verb', () => {
  assert.equal(label('The fair opens Sept. 12, its owners said.', 'Sept. 12'), 'The fair opens, its owners said');
  assert.match(label('The exhibition closes Sunday.', 'Sunday'), /^The exhibition closes\b/);
});

test('a plural noun before a date is still the subject', () => {
  assert.equal(label('Her sales June 30 topped the record, her agent said.', 'June 30'), 'Her sales topped the record');
});
