// "Talks broke down twice, on 18 and 25 November, before Acas brokered a deal": a time phrase between commas after a
// clause, right before a subordinator, says again when that clause's event is; it opens no clause of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a phrase between commas before "if", "before", "unless": the clause before it', () => {
  assert.equal(
    label(
      'The chair said a rate cut "could be on the table" at the next meeting, on Oct. 8-9, if wages keep slowing.',
      'Oct. 8',
    ),
    'A rate cut could be on the table at the next meeting',
  );
  assert.equal(
    label('The negotiations collapsed twice, on 4 and 11 March, before a mediator brokered a truce.', '11 March', {
      others: ['4'],
    }),
    'The negotiations collapsed twice',
  );
  assert.equal(
    label('The mill will shut its doors next year, in June, unless a buyer comes forward.', 'June', {
      others: ['next year'],
    }),
    'The mill will shut its doors',
  );
});

test('after "and", the phrase still opens the clause after it', () => {
  assert.equal(
    label('Prices fell, and on Monday, when the figures came out, shares in the bank slumped.', 'Monday'),
    'The figures came out',
  );
});
