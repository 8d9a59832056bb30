import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';

test('"since the spring" told as the spring has just begun looks back to the last one', () => {
  assert.equal(timexOf('Ticket sales have slipped since the spring.', 'the spring', '2025-03-14').value, '2024-SP');
  assert.equal(timexOf('The lake has been low since the summer.', 'the summer', '2023-06-10').value, '2022-SU');
  // negative: a season well under way is the one "since" means
  assert.equal(timexOf('Ticket sales have slipped since the spring.', 'the spring', '2025-05-20').value, '2025-SP');
  // negative: "this spring" names the one under way, however young
  assert.equal(timexOf('Ticket sales have slipped since this spring.', 'this spring', '2025-03-14').value, '2025-SP');
});
