// "Figures due out on Tuesday are expected to show …": an adjective or participle after the subject's noun that only
// says when the thing comes ("due", "expected", "set") goes with its phrase; alone it dangled ("Figures due are
// expected to show …").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a word that only times the subject goes with its phrase', () => {
  assert.equal(
    label('Figures due out on Tuesday are expected to show UK inflation eased to 2.9%.', 'Tuesday'),
    'Figures are expected to show UK inflation eased to 2.9%',
  );
  assert.equal(
    label('The report due next week will show how far prices fell.', 'next week'),
    'The report will show how far prices fell',
  );
  assert.equal(label('A decision due in May could delay the project.', 'May'), 'A decision could delay the project');
  assert.equal(label('The talks set for Monday will focus on trade.', 'Monday'), 'The talks will focus on trade');
});

test('negatives: "due" as the verb\'s complement, or before a comma, stays', () => {
  assert.equal(label('The vote is due on Tuesday.', 'Tuesday'), 'The vote is due on Tuesday');
  assert.equal(
    label('Markets were calm with the vote due on Tuesday.', 'Tuesday'),
    'Markets were calm with the vote due on Tuesday',
  );
  assert.equal(label('He set on Monday a deadline for talks.', 'Monday'), 'He set a deadline for talks');
});

test('a word that only times the subject goes with another phrase of the sentence too', () => {
  // (found in a weather forecast of the helper's own)
  assert.equal(
    label('A band of showers due on Saturday should clear by Sunday lunchtime.', 'Sunday lunchtime', {
      others: ['Saturday'],
    }),
    'A band of showers should clear',
  );
});
