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

test('a long subject of one word and its phrases is cut to that word, not to the phrases after it', () => {
  assert.equal(
    label(
      'Farmers in the upland parishes of Brede will march to the county hall on Friday in protest at the new water charges agreed last spring.',
      'Friday',
      { others: ['last spring'] },
    ),
    'Farmers will march to the county hall in protest',
  );
  // negative: a head with "of" keeps its phrase ("Residents of the old mill town")
  assert.equal(
    label('Residents of the old mill town will vote on Friday on whether to merge with Brede.', 'Friday'),
    'Residents of the old mill town will vote',
  );
});
