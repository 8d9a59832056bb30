// "on or after 1 April", "on or before June 30": two prepositions joined by "or" both govern the phrase; the label
// leaves out both with it ("Permits issued on or remain valid" kept a half).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('"on or after", "on or before": both prepositions go with the phrase', () => {
  assert.equal(label('Permits issued on or after 1 April remain valid.', '1 April'), 'Permits issued remain valid');
  assert.equal(label('Returns must be filed on or before June 30.', 'June 30'), 'Returns must be filed');
  assert.equal(
    label('The offer applies to cars bought on or after Monday.', 'Monday'),
    'The offer applies to cars bought',
  );
});

test('not "or" between other words', () => {
  // a label too short takes back the phrase with both its prepositions
  assert.equal(label('Sales rose in or around 2010.', '2010'), 'Sales rose in or around 2010');
  assert.equal(
    label('Trains will run on or off the main line from Monday.', 'Monday'),
    'Trains will run on or off the main line',
  );
});
