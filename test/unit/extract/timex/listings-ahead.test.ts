import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('a listing under a heading of what is to come names days ahead when no verb says otherwise', () => {
  assertPlaced('Fixtures: Saturday v Leeds, Tuesday v Hull.', 'Tuesday', '2019-03-26', undefined, undefined, PUB);
  assertPlaced('Upcoming home fixtures: Saturday (3pm).', 'Saturday', '2019-03-23', undefined, undefined, PUB);
  assertPlaced(
    'Coming up: Tuesday, council meeting; Thursday, budget vote.',
    'Thursday',
    '2019-03-28',
    undefined,
    undefined,
    PUB,
  );
  // the heading holds for its line, past a sentence's end
  assertPlaced(
    'Diary: Monday - parish council, 7pm. Wednesday - school board.',
    'Wednesday',
    '2019-03-27',
    undefined,
    undefined,
    PUB,
  );
  // not a heading of what happened, and not a line the heading is not on
  assertPlaced('Results: Saturday, Leeds 2 Hull 1.', 'Saturday', '2019-03-16', undefined, undefined, PUB);
  assertPlaced('Fixtures: see below.\nSaturday, a quiet day.', 'Saturday', '2019-03-16', undefined, undefined, PUB);
  // a verb still tells its tense
  assertPlaced('Key dates: the plan was unveiled on Monday.', 'Monday', '2019-03-18', undefined, undefined, PUB);
});

test('a match named with "v" and no score is a fixture, ahead', () => {
  assertPlaced('Saturday: Rovers v City (12.30pm)', 'Saturday', '2019-03-23', undefined, undefined, PUB);
  assertPlaced('Tuesday, Leeds vs Hull', 'Tuesday', '2019-03-26', undefined, undefined, PUB);
  // a score makes it a result
  assertPlaced('Saturday: Rovers v City 2-1.', 'Saturday', '2019-03-16', undefined, undefined, PUB);
  assertPlaced('Saturday: Rovers 2 City 1.', 'Saturday', '2019-03-16', undefined, undefined, PUB);
});

test('"Sat" before a day of the month is the weekday, no past of "sit"', () => {
  assertPlaced('Schedule: Tue 26th, Sat 30th.', 'Tue 26th', '2019-03-26', undefined, undefined, PUB);
  // (no heading: with "Sat" no cue, the weekday nearest publication)
  assertPlaced('Tue 26th, Sat 30th.', 'Tue 26th', '2019-03-26', undefined, undefined, PUB);
  assertPlaced('Open days: Tue 26th (10am), Sat, Mar 30.', 'Tue 26th', '2019-03-26', undefined, undefined, PUB);
  // the verb still is one
  assertPlaced('The jury sat on Tuesday.', 'Tuesday', '2019-03-19', undefined, undefined, PUB);
});
