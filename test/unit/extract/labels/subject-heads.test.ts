// A subject keeps its head noun: "that" after a preposition is a determiner, and "into", "about" phrases go on the noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('"that" after a preposition determines the noun after it', () => {
  assert.equal(
    label('A review into that collapse is expected to be published by the end of June.', 'the end of June'),
    'A review into that collapse is expected to be published',
  );
  assert.equal(
    label('The fears about that merger hit the shares on Friday.', 'Friday'),
    'The fears about that merger hit the shares',
  );
});

test('"in that", "now that" still open a clause; a "that" clause after a verb is unchanged', () => {
  assert.match(label('The plan differs in that workers would vote on Monday.', 'Monday'), /^Workers would vote\b/);
  assert.equal(label('The mayor said that prices rose in March.', 'March'), 'The mayor said that prices rose');
});
