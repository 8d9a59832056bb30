// "United won the first leg on Tuesday, with the return leg at Anfield eight days later": "with" after the comma that
// closes a clause opens a phrase with no verb that names a second event; a time phrase in it dates that event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a phrase after "with" and its noun phrase dates that noun phrase', () => {
  assert.equal(
    label('United won the first leg on Tuesday, with the return leg at Anfield eight days later.', 'eight days later', {
      others: ['Tuesday'],
    }),
    'The return leg at Anfield',
  );
  assert.equal(label('Rain fell all week, with the worst of it on Friday.', 'Friday'), 'The worst of it');
  assert.equal(
    label('The band will tour Europe, with shows in Paris and Berlin in May.', 'May'),
    'Shows in Paris and Berlin',
  );
  // (a quantifier before the noun; the two words are short enough that the phrase stays)
  assert.equal(label('The council has cut its budget, with further cuts in April.', 'April'), 'Further cuts in April');
});

test('negatives: "with" after no comma, after an aside, or opening the sentence', () => {
  assert.equal(
    label('The team won the cup with a late goal in 2019.', '2019'),
    'The team won the cup with a late goal',
  );
  assert.equal(
    label('The firm worked closely, if not always, with local builders in recent years.', 'recent years'),
    'The firm worked closely, if not always, with local builders',
  );
  assert.equal(
    label('With the election in May, parties are campaigning hard.', 'May'),
    'With the election, parties are campaigning hard',
  );
});
