import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Sunday 10 March 2024, 15:20 UTC.
const AFTERNOON = '2024-03-10T15:20:00Z';
// The same day, 22:30 UTC.
const LATE = '2024-03-10T22:30:00Z';

test('a clock time "would" looked ahead to from a past verb is the one nearest publication', () => {
  const waiting = 'The plumber told us he would come round by midday, but there is no sign of him.';
  assertPlaced(waiting, 'midday', '2024-03-10T12:00', undefined, undefined, AFTERNOON);
  // the attribution after a comma tells the same
  assertPlaced(
    'The ferry would dock at 11am, the operator said.',
    '11am',
    '2024-03-10T11:00',
    undefined,
    undefined,
    AFTERNOON,
  );
  // still ahead when the nearest one is
  const polls = 'Officials said the booths would close at 9pm.';
  assertPlaced(polls, '9pm', '2024-03-10T21:00', undefined, undefined, AFTERNOON);
  const morning = 'Officials said the booths would open at 7am.';
  assertPlaced(morning, '7am', '2024-03-11T07:00', undefined, undefined, LATE);
});

test('what a past clause told someone to do at a clock time is the nearest such time too', () => {
  // told late in the evening: the next morning's, not the morning gone by
  assertPlaced('Staff were told to report back at 9am.', '9am', '2024-03-11T09:00', undefined, undefined, LATE);
  assertPlaced('Staff were told to report back at 9am.', '9am', '2024-03-10T09:00', undefined, undefined, AFTERNOON);
});

test('negative: "will" keeps the next such time, and a day written with it is read as before', () => {
  assertPlaced('The plumber will come round by midday.', 'midday', '2024-03-11T12:00', undefined, undefined, AFTERNOON);
  const said = 'He said he will come round by midday.';
  assertPlaced(said, 'midday', '2024-03-11T12:00', undefined, undefined, AFTERNOON);
  // no past verb: "would" of a plan
  assertPlaced(
    'The ferry would dock at 11am under the new timetable.',
    '11am',
    '2024-03-11T11:00',
    undefined,
    undefined,
    AFTERNOON,
  );
  assertPlaced('She said the talks would resume on Friday.', 'Friday', '2024-03-15', undefined, undefined, AFTERNOON);
});
