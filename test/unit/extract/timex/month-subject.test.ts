import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Wednesday 25 February 2026.
const PUB = '2026-02-25';

test('"March will be drier": "March" as a clause\'s subject, before an auxiliary, is the month', () => {
  assertPlaced('Forecasters say March should begin drier.', 'March', '2026-03', '2026-03-01', '2026-04-01', PUB);
  assertPlaced('March was the wettest month on record.', 'March', '2025-03', undefined, undefined, PUB);
  // a text in lower case, at a sentence's start or after a verb of saying, and a headline in capitals
  assertPlaced('forecasters say march will be drier. rain is due.', 'march', '2026-03', undefined, undefined, PUB);
  assertPlaced('MARCH WILL BE DRIER', 'MARCH', '2026-03', undefined, undefined, PUB);
});

test('negative: the march of protesters, and a name, are no month', () => {
  assertNone('The March will go ahead on Saturday.', 'March', PUB);
  assertNone('Fredric March was a fine actor.', 'March', PUB);
  assertNone('the march will begin at noon. police are ready.', 'march', PUB);
  assertNone('Thousands march to the palace.', 'march', PUB);
  assertNone('Protesters march was peaceful.', 'march', PUB);
});

test('"since March" runs from a month gone by, whatever other verbs of the clause say', () => {
  assertPlaced(
    'Rents have risen since March, and will rise again.',
    'March',
    '2025-03',
    '2025-03-01',
    '2025-04-01',
    PUB,
  );
  assertPlaced(
    'Rents have risen since March 3, and will rise again.',
    'March 3',
    '2025-03-03',
    undefined,
    undefined,
    PUB,
  );
  // negative: "by March" told in the future is ahead
  assertPlaced('Rents will rise again by March.', 'March', '2026-03', undefined, undefined, PUB);
});
