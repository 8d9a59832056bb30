// Three readings of the tagger that broke labels: "that" before a singular noun after a base verb is its determiner
// ("to bring that night after night"), not a relative; a gerund after a passive and "for" is a deed ("was jailed for
// dumping waste"), whatever its verb; a capital in "-ed" that opens the sentence before a verb is a name ("United won").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('"that" after a base verb, before a singular noun, determines its object', () => {
  assert.equal(label('They will sign that deal on Friday.', 'Friday'), 'They will sign that deal');
  // (the phrase that opens a repetition, "that night | after night", is part of it and stays)
  assert.equal(
    label('He can continue to bring that night after night, starting in June.', 'June'),
    'He can continue to bring that night after night',
  );
  assert.equal(
    label('He can continue to bring that night after night, starting in June.', 'that night'),
    'He can continue to bring that night after night',
  );
});

test('negatives: "that" opens a clause after a verb that takes one, or before a plural or a verb', () => {
  assert.equal(label('Officials will ensure that prices rise in May.', 'May'), 'Prices rise in May');
  assert.equal(label('The test will show that pay rose in May.', 'May'), 'Pay rose in May');
  assert.equal(label('Sales rose 4% in May year on year.', 'May'), 'Sales rose 4% year on year');
});

test('a gerund after a passive and "for" names the deed a second phrase dates', () => {
  assert.equal(
    label('A man was jailed on Monday for dumping waste in May.', 'May', { others: ['Monday'] }),
    'Dumping waste in May',
  );
  assert.equal(
    label('He was fined last week for dodging tax in 2019.', '2019', { others: ['last week'] }),
    'Dodging tax in 2019',
  );
  // (no passive: a modifier of the noun, as before)
  assert.equal(
    label('The firm paid on Monday for working capital in May.', 'May', { others: ['Monday'] }),
    'The firm paid for working capital',
  );
});

test('a capital in "-ed" before a verb opens the sentence as a name', () => {
  assert.equal(
    label('United dropped points at home on Saturday, while City moved top.', 'Saturday'),
    'United dropped points at home',
  );
  // (before a noun it describes that noun, as before)
  assert.equal(label('Armed police stormed the house on Monday.', 'Monday'), 'Armed police stormed the house');
});
