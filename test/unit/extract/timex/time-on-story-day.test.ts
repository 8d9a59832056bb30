import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced } from './helpers.js';

// Published Monday 17 Oct 2016.
test('a bare clock time falls on the day the story has just placed', () => {
  const t = assertPlaced(
    'Shelling resumed on Oct. 12. The first rounds landed at 6:40 a.m., residents said.',
    '6:40 a.m.',
    '2016-10-12T06:40',
  );
  assert.equal(t.anchor, 't1');
  assert.match(t.why, /day the story has just placed/);
  assertPlaced('The probe was launched on Thursday from the coast at 18:00 UTC.', '18:00 UTC', '2016-10-13T18:00Z');
});

test('negative: with no day placed nearby, a clock time is on the publication day', () => {
  assertPlaced('The council met at 3 p.m. and passed the budget.', '3 p.m.', '2016-10-17T15:00');
  const far =
    'Rebels took the town on Oct. 2. ' +
    'Aid groups have since described the damage street by street, listing the schools, clinics, bakeries and ' +
    'water stations that were hit, and they say the repairs will take many months of work and money. ' +
    'A convoy left the capital at 8 p.m.';
  assertPlaced(far, '8 p.m.', '2016-10-17T20:00');
});

test('negative: a month or a year is no day to put a clock time on', () => {
  assertPlaced('Exports fell in September. Trading closed at 4 p.m.', '4 p.m.', '2016-10-17T16:00');
});

test('a time after a night the story placed falls in that night, past midnight if early', () => {
  assertPlaced('Floods hit the coast on Saturday night. The river crested at 3 a.m.', '3 a.m.', '2016-10-16T03:00');
  assertPlaced('Shelling began on Saturday night. At 11 p.m. a shell hit the port.', '11 p.m.', '2016-10-15T23:00');
});
