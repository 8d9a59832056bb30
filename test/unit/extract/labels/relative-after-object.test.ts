// "which" after a verb's object and a phrase of the verb ("denied the charges | throughout the long trial, which
// opened in May") stands for the noun of that phrase, not for the object glued to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('"which" after a verb’s object and a prepositional phrase stands for the nearest noun phrase', () => {
  assert.equal(
    label('He denied the claims throughout the long inquiry, which opened in April.', 'April'),
    'The long inquiry opened',
  );
  assert.equal(
    label('The club kept its lead during the wet season, which ended in May.', 'May'),
    'The wet season ended',
  );
});

test('"who", "which" after a subject’s "of" phrase still stand for the whole noun phrase', () => {
  // negative: not after a verb's object
  assert.equal(
    label('The mayor of the town, who took office in 2019, resigned.', '2019'),
    'The mayor of the town took office',
  );
});

test('"who" after a phrase of the verb and another prepositional phrase stands for the nearest noun phrase', () => {
  assert.equal(
    label('A wreath was laid at the gates for the former coach, who died in March.', 'March'),
    'The former coach died',
  );
  // negative: an "of" phrase still goes with its noun
  assert.equal(
    label('The award went to the head of the charity, who retired in 2019.', '2019'),
    'The head of the charity retired',
  );
});

test('the verb before the object of a relative clause: "contains advice that was drafted"', () => {
  assert.equal(
    label('The leaflet contains advice that was drafted by nurses on May 4.', 'May 4'),
    'Advice was drafted by nurses',
  );
  assert.equal(label('The deal includes pay rises that were agreed on May 4.', 'May 4'), 'Pay rises were agreed');
});

test('a phrase after the comma that closes a relative aside dates the clause before the aside', () => {
  assert.equal(
    label('The striker joined Carlisle, who were promoted in May, on Friday.', 'Friday', { others: ['May'] }),
    'The striker joined Carlisle',
  );
  assert.equal(
    label('The council sold the library, which opened in 1904, last year.', 'last year', { others: ['1904'] }),
    'The council sold the library',
  );
  // negative: a phrase inside the aside is the aside's
  assert.equal(
    label('The striker joined Carlisle, who were promoted in May, on Friday.', 'May', { others: ['Friday'] }),
    'Carlisle were promoted in May',
  );
});
