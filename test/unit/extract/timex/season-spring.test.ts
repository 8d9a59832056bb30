import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('"spring" the season, bare or after a preposition of time', () => {
  assertPlaced('In spring a new law takes effect.', 'spring', '2019-SP', undefined, undefined, PUB);
  assertPlaced('Spring brings floods to the valley.', 'Spring', '2019-SP', undefined, undefined, PUB);
  assertPlaced('The works will last from spring into summer.', 'spring', '2019-SP', undefined, undefined, PUB);
  assertPlaced('Floods Hit Valley In Spring', 'Spring', '2019-SP', undefined, undefined, PUB);
  assertPlaced('The plan will be ready by the spring.', 'the spring', '2019-SP', undefined, undefined, PUB);
});

test('negative: "spring" the verb, the water, the coil and the name', () => {
  assertNone('Spring into action, the coach said.', 'Spring', PUB);
  assertNone('Firefighters will spring into action when the alarm sounds.', 'spring', PUB);
  assertNone('New cafes spring up along the river.', 'spring', PUB);
  assertNone('A hot spring bubbles near the lake.', 'spring', PUB);
  assertNone('The mattress has a broken spring.', 'spring', PUB);
  assertNone('The Arab Spring began in Tunisia.', 'Spring', PUB);
  assertNone('Tanks crushed the Prague Spring in 1968.', 'Spring', PUB);
});
