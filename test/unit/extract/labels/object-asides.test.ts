// "extended its offer, due to lapse on Friday, to June 30": an aside after a verb's object (a participle, "due",
// "which") does not end the clause; the phrase after it dates the verb before it. A bracket inside an aside after the
// subject is part of the aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('over an aside that describes the object, the verb before it', () => {
  assert.equal(
    label('The insurer extended its offer, due to lapse on Friday, to June 30.', 'June 30', { others: ['Friday'] }),
    'The insurer extended its offer',
  );
  assert.equal(
    label('The league moved the final, planned for Sunday, to the following weekend.', 'the following weekend', {
      others: ['Sunday'],
    }),
    'The league moved the final',
  );
  assert.equal(
    label('The airline pushed back the launch, which was set for May, to late autumn.', 'late autumn', {
      others: ['May'],
    }),
    'The airline pushed back the launch',
  );
});

test('the subject skips a relative aside with a bracket in it', () => {
  assert.equal(
    label(
      'Norvik AG, which paid 600 million francs (£520 million) for the mill, said it would close it in May.',
      'May',
    ),
    'Norvik AG said it would close it',
  );
});

test('negative: a phrase after a clause of its own dates that clause', () => {
  assert.equal(label('The league moved the final, and the cup starts on Sunday.', 'Sunday'), 'The cup starts');
});
