import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Thursday 15 June 2023.
const PUB = '2023-06-15';

test('a month abbreviated before a day ends no clause, in any casing', () => {
  assertPlaced('The talks ended on Sept. 9 and Oct. 2.', 'Oct. 2', '2022-10-02', undefined, undefined, PUB);
  assertPlaced('THE TALKS ENDED ON SEPT. 9 AND OCT. 2.', 'OCT. 2', '2022-10-02', undefined, undefined, PUB);
  assertPlaced('the talks ended on sept. 9 and oct. 2.', 'oct. 2', '2022-10-02', undefined, undefined, PUB);
});

test('negative: a stop after a month ends the sentence before a word', () => {
  // "Dec." closing a sentence: the next sentence's verb tells its own date
  assertPlaced('Prices rose in Dec. Sales will slow on Oct. 2.', 'Oct. 2', '2023-10-02', undefined, undefined, PUB);
  assertPlaced('PRICES ROSE IN DEC. SALES WILL SLOW ON OCT. 2.', 'OCT. 2', '2023-10-02', undefined, undefined, PUB);
});
