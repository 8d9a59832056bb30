// After a verb of saying, the noun phrase that opens the clause said is its subject, no object: a relative clause
// after its "of"/"for" phrase ("its warning for wind, which") stands for the whole noun phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a relative clause after a reported subject stands for its whole noun phrase', () => {
  assert.equal(
    label(
      'The agency said its flood alert for the coast, which had been due to lapse at noon on Friday, would stay in force until Monday.',
      'noon on Friday',
      { others: ['Monday'] },
    ),
    'Its flood alert for the coast had been due to lapse',
  );
  assert.equal(
    label('Officials said the ban on hosepipes, which began in July, would be lifted next week.', 'July', {
      others: ['next week'],
    }),
    'The ban on hosepipes began',
  );
});

test('after another verb the noun phrase is its object, and a phrase after it may tell of the verb', () => {
  // "found the cracks during the survey, which ended": the survey ended, not the cracks
  assert.equal(
    label('Inspectors found the cracks during the survey, which ended in May.', 'May'),
    'The survey ended in May',
  );
});

test('a "that" after a verb of saying and its time phrase opens what was said, no relative clause', () => {
  assert.equal(
    label(
      'The coach said on Friday that she hoped to sign a striker before the deadline passed on 2 February.',
      '2 February',
      {
        others: ['Friday'],
      },
    ),
    'The deadline passed on 2 February',
  );
  // negative: a relative "that" after a noun still makes the noun before it the subject after the clause
  assert.equal(
    label('Workers at the mill that closed in 2009 were offered new jobs on Monday.', 'Monday', { others: ['2009'] }),
    'Workers at the mill were offered new jobs',
  );
});
