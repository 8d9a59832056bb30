import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Tuesday 9 April 2024 at 11:20; and the same day without a time.
const PUB = '2024-04-09T11:20';
const DAY = '2024-04-09';

test('an hour up to 5 without a.m./p.m. on a named day is the afternoon', () => {
  assertPlaced(
    'The committee will hear testimony Thursday at 2:30.',
    'Thursday at 2:30',
    '2024-04-11T14:30',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Kickoff is set for Saturday at 3.', 'Saturday at 3', '2024-04-13T15:00', undefined, undefined, PUB);
  assertPlaced(
    'The mayor spoke to reporters last Friday at 4:15.',
    'last Friday at 4:15',
    '2024-04-05T16:15',
    undefined,
    undefined,
    DAY,
  );
  assertPlaced(
    'Ballots will be counted on April 20 at 1:45.',
    'April 20 at 1:45',
    '2024-04-20T13:45',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: a.m., a part of day, a zone, a leading zero or an hour from 6 keep the hour as written', () => {
  assertPlaced(
    'The quake struck Thursday at 2:30 a.m.',
    'Thursday at 2:30 a.m.',
    '2024-04-04T02:30',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Crews arrived Sunday morning at 4:10.',
    'Sunday morning at 4:10',
    '2024-04-07T04:10',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The shuttle will lift off Friday at 03:15.',
    'Friday at 03:15',
    '2024-04-12T03:15',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The fire began Friday at 3:05 GMT.',
    'Friday at 3:05 GMT',
    '2024-04-05T03:05Z',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The bus leaves Monday at 6:40.', 'Monday at 6:40', '2024-04-15T06:40', undefined, undefined, PUB);
});
