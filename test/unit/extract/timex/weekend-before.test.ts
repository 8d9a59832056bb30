import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 20 November 2024.
const PUB = '2024-11-20';

test('"the weekend before", "the week before" with a verb after count back from the story\'s last date', () => {
  const text = 'Last weekend was dry. The weekend before was wet.';
  assertPlaced(text, 'The weekend before', '2024-W45-WE', '2024-11-09', '2024-11-11', PUB);
  assert.equal(timexOf(text, 'The weekend before', PUB).anchor, 't1');
  assertPlaced(
    'The fair opened on Nov. 4. The week before had been wet.',
    'The week before',
    '2024-W44',
    undefined,
    undefined,
    PUB,
  );
  // with a comma, as before
  assertPlaced(
    'Last weekend was dry. The weekend before, it rained.',
    'The weekend before',
    '2024-W45-WE',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: what follows "before" is what it counts from', () => {
  // "the weekend before Christmas" is read as one phrase, not "the weekend before" counted from a story's date
  assert.equal(
    timexOf('It rained the weekend before Christmas.', 'the weekend before Christmas', PUB).value,
    '2023-W51-WE',
  );
});
