// "The Friday night game at Ibrox was postponed": a phrase inside a subject whose head noun has a short prepositional
// phrase after it dates the clause of the verb after that phrase, as it does when the verb follows the noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a dated noun, a prepositional phrase, then its verb: the clause', () => {
  assert.equal(
    label('The Friday night game at Ibrox was postponed.', 'Friday night'),
    'The Friday night game at Ibrox was postponed',
  );
  assert.equal(
    label('The Thursday concert in the park is off.', 'Thursday'),
    'The Thursday concert in the park is off',
  );
  assert.equal(
    label('Organisers said the Thursday show at the arena was cancelled.', 'Thursday'),
    'The Thursday show at the arena was cancelled',
  );
  assert.equal(
    label('The Friday game at Ibrox ended in a draw.', 'Friday'),
    'The Friday game at Ibrox ended in a draw',
  );
});

test('not a verb whose subject only holds the noun phrase, nor a past form that is a participle', () => {
  assert.equal(label('Fans who saw the Friday game at Ibrox were angry.', 'Friday'), 'The Friday game at Ibrox');
  assert.equal(
    label('Police said last month’s discovery of a rifle buried near the home was a breakthrough.', 'last month'),
    'Last month’s discovery of a rifle',
  );
  // an object has no verb after it
  assert.equal(label('The band cancelled the Thursday show in the park.', 'Thursday'), 'The Thursday show in the park');
});
