// "The Fed will keep rates frozen until June": a participle after the object of a verb of keeping or leaving says the
// state that verb keeps its object in; the time phrase dates that verb's clause, subject and all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a participle completing a verb of keeping: the clause of that verb', () => {
  assert.equal(
    label('The central bank will keep its key rate frozen until September.', 'September'),
    'The central bank will keep its key rate frozen',
  );
  assert.equal(
    label('The trust will leave the old pier closed until next spring.', 'next spring'),
    'The trust will leave the old pier closed',
  );
  assert.equal(label('Landlords held rents unchanged in January.', 'January'), 'Landlords held rents unchanged');
  assert.equal(label('The bakery had its licence suspended in May.', 'May'), 'The bakery had its licence suspended');
});

test('a participle that only describes the noun keeps its own label', () => {
  // with its own doer, "by …": the founding is dated, not the leaving
  assert.equal(label('She left the studio founded in 1987 by her uncle.', '1987'), 'The studio founded by her uncle');
  // after another verb
  assert.equal(label('Crews repaired the mast damaged on Sunday.', 'Sunday'), 'The mast damaged on Sunday');
});

test('a past form after the object of a verb of finding or leaving, with nothing after it, completes that verb', () => {
  assert.equal(
    label('Firefighters found the back gate open on Monday.', 'Monday'),
    'Firefighters found the back gate open',
  );
  assert.equal(
    label('Neighbours found the shop boarded up on Friday.', 'Friday'),
    'Neighbours found the shop boarded up',
  );
  assert.equal(label('Officers found the car abandoned on Tuesday.', 'Tuesday'), 'Officers found the car abandoned');
  assert.equal(
    label('The flood left the lower road blocked on Sunday.', 'Sunday'),
    'The flood left the lower road blocked',
  );
  // negative: a noun phrase alone is the verb's object, as before; a verb with an object of its own is a clause
  assert.equal(label('Walkers found the dog on Saturday.', 'Saturday'), 'Walkers found the dog');
  assert.equal(label('Inspectors found the crew skipped checks on Monday.', 'Monday'), 'The crew skipped checks');
});
