// A label never says a word twice in a row: not when the time phrase between two equal words is dropped
// ("is [2019] is"), nor when the text itself slipped ("her her"); English doubles ("had had") stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a word left twice in a row once the time phrase is gone is written once', () => {
  assert.equal(
    label('Officials said ticket revenue is 2019 is rising faster than costs.', '2019'),
    'Ticket revenue is rising faster than costs',
  );
});

test('a word the text repeats by mistake is written once', () => {
  assert.equal(
    label('The coach confirmed her her plans to retire in June.', 'June'),
    'The coach confirmed her plans to retire',
  );
});

test('negative: words English says twice, and equal words apart, stay', () => {
  assert.equal(label('The club had had a poor season by 2019.', '2019'), 'The club had had a poor season');
  assert.equal(label('He said that that plan failed in 2019.', '2019'), 'He said that that plan failed');
  assert.equal(
    label('Police arrested him, him and his brother on Monday.', 'Monday'),
    'Police arrested him, him and his brother',
  );
});
