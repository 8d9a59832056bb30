// A past form between a preposition and its noun describes the noun ("on injured reserve"), and an "-ing" form that
// names a role with the next word ("running back") is a noun: neither is the verb a time phrase dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a past form after a preposition, before a noun, is no participle', () => {
  assert.equal(
    label('The club put its captain on injured reserve on Thursday.', 'Thursday'),
    'The club put its captain on injured reserve',
  );
  assert.equal(
    label('The mill closed its doors for unpaid taxes in 1988.', '1988'),
    'The mill closed its doors for unpaid taxes',
  );
});

test('an "-ing" role noun opens the subject', () => {
  assert.equal(
    label('Former running back Tom Hale joined the coaching staff on Friday.', 'Friday'),
    'Former running back Tom Hale joined the coaching staff',
  );
});

test('a subordinator before the past form, or an "-ing" form with no role after it, is left as it was', () => {
  // "after armed police arrived": the clause after "after" keeps its verb
  assert.match(label('The suspect fled after armed police arrived on Sunday.', 'Sunday'), /arrived/);
  assert.equal(
    label('The winger was running back to the bench on Saturday.', 'Saturday'),
    'The winger was running back to the bench',
  );
});

test('"in the early hours of" goes with the day it opens: the label drops it', () => {
  assert.equal(
    label('In the small hours of Monday, thieves rammed a jeweller’s window.', 'Monday'),
    'Thieves rammed a jeweller’s window',
  );
  assert.equal(
    label('The warehouse fire broke out in the early hours of Sunday.', 'Sunday'),
    'The warehouse fire broke out',
  );
  // negative: other hours of a day stay words of the label
  assert.equal(
    label('The museum extended the opening hours of Sunday for families.', 'Sunday'),
    'The museum extended the opening hours for families',
  );
});
