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
