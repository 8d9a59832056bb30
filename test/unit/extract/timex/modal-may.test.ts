import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Wednesday 9 October 2024.
const PUB = '2024-10-09';

test('"This may or may not", "That may": a capital on the word before and a lower-case "may" is the modal', () => {
  assertNone('This may or may not change the outcome of the vote.', 'may', PUB);
  assertNone('Next may come a ruling on the appeal.', 'may', PUB);
  assert.deepEqual(
    timexes('This may or may not delay the budget, the minister said.', PUB).map((t) => t.text),
    [],
  );
});

test('"may or may not" is the modal in any casing', () => {
  assertNone('THIS MAY OR MAY NOT DELAY THE BUDGET', 'MAY', PUB);
  assertNone('this may or might not delay the budget.', 'may', PUB);
});

test('negative: the month after this/last/next still reads in the case that writes it', () => {
  assertPlaced('The plant closed last May, the company said.', 'last May', '2024-05', undefined, undefined, PUB);
  assertPlaced('The vote is set for this May or June.', 'this May', '2024-05', undefined, undefined, PUB);
  // a text in lower case throughout: the case of the word before says nothing
  assertPlaced('last march the roof of the hall fell in.', 'last march', '2024-03', undefined, undefined, PUB);
});
