import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Thursday 15 June 2023.
const PUB = '2023-06-15';

test('a number before a unit of time is a length, not a year', () => {
  assertNone('Light from the star takes 1000 years to reach us.', '1000', PUB);
  assertNone('The olive tree is about 2000 years old.', '2000', PUB);
  assertNone('The study followed patients for 1200 weeks.', '1200', PUB);
  assertNone('Each probe lasts 1500 months at most.', '1500', PUB);
  assertNone('The monastery has stood for 1100 decades, the guide joked.', '1100', PUB);
});

test('negative: years before other words stay years', () => {
  assertPlaced('The law was passed in 2015 after a long debate.', '2015', '2015', undefined, undefined, PUB);
  assertPlaced('In 2019, months of protests began.', '2019', '2019', undefined, undefined, PUB);
  assertPlaced('Sales fell in 2020 amid the pandemic.', '2020', '2020', undefined, undefined, PUB);
});
