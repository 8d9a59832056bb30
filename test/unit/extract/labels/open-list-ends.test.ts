// "The school will hold a bake sale, a raffle and more on 12 June": the open end of a list ("and more", "and so on",
// "among others") says nothing of the event, and a label does not end with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a label does not end with "and more"', () => {
  assert.equal(
    label('The library will host a book swap, a quiz and more on 3 October.', '3 October'),
    'The library will host a book swap, a quiz',
  );
});

test('"and more" before a noun is an item of the list', () => {
  assert.equal(
    label('Hospitals will get staff and more beds in 2026.', '2026'),
    'Hospitals will get staff and more beds',
  );
});
