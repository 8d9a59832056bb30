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

test('"was due" at a clock time with no day is the last such time before publication', () => {
  // published Wednesday 15 May 2024 at 14:00
  const AT = '2024-05-15T14:00:00Z';
  assertPlaced(
    'The train was due at 18:02 but arrived 40 minutes late.',
    '18:02',
    '2024-05-14T18:02',
    undefined,
    undefined,
    AT,
  );
  assertPlaced(
    'the flight was due at 6.30pm but was cancelled',
    '6.30pm',
    '2024-05-14T18:30',
    undefined,
    undefined,
    AT,
  );
  assertPlaced('The report was due on Friday.', 'Friday', '2024-05-10', undefined, undefined, '2024-05-15');
  // negative: "is due" and "was due to" look ahead
  assertPlaced('The train is due at 18:02.', '18:02', '2024-05-15T18:02', undefined, undefined, AT);
  assertPlaced('The ferry was due to sail at 18:02.', '18:02', '2024-05-15T18:02', undefined, undefined, AT);
});
