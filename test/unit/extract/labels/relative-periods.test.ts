// "which" after a period named by a time phrase stands for the period: "grew 5% in the second quarter,
// which ended in June" gives "The second quarter ended", not "5% in the second quarter ended".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('"which" after a period phrase stands for the period', () => {
  const sentence = 'Net income grew 12% in the fiscal second quarter, which ended in March.';
  const others = ['the fiscal second quarter', 'March'];
  assert.equal(label(sentence, 'March', { others }), 'The fiscal second quarter ended');
  assert.equal(
    label('Our sales slipped in the busy season, which closed on Sunday.', 'Sunday', { others: ['the busy season'] }),
    'The busy season closed',
  );
});

test('"which" after a named day or month still stands for the noun phrase before it', () => {
  // negative: "in June" describes the festival
  assert.equal(
    label('The festival in June, which drew 9,000 visitors in 2019, was cancelled.', '2019', { others: ['June'] }),
    'The festival in June drew 9,000 visitors',
  );
  // negative: no time phrase before "which"
  assert.equal(label('A fire broke out at the old mill, which closed in 2015.', '2015'), 'The old mill closed');
});
