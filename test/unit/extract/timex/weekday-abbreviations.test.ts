import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('lower case: an abbreviated weekday with its dot after "on" is the weekday', () => {
  assertPlaced('the deal closed on wed. with little fanfare.', 'wed.', '2019-03-20', undefined, undefined, PUB);
  assertPlaced('the museum will reopen on sat. after repairs.', 'sat.', '2019-03-23', undefined, undefined, PUB);
  assertPlaced(
    'the mayor spoke at 3 pm on sun. before leaving.',
    '3 pm on sun.',
    '2019-03-17T15:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('shares fell on thu., traders said.', 'thu.', '2019-03-21', undefined, undefined, PUB);
});

test('negative: the words, and an abbreviation that ends a sentence in ordinary prose', () => {
  assertNone('The plants depend on sun. Water is scarce.', 'sun.', PUB);
  assertNone('The cat sat. on the mat it slept.', 'sat.', PUB);
  assertNone('they plan to wed. soon after, they moved.', 'wed.', PUB);
  assertNone('the sun. it rose over the bay.', 'sun.', PUB);
});
