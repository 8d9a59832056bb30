import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Thursday 15 June 2023.
const PUB = '2023-06-15';

test('days told in the past after a date with its year, in a list or a second predicate, are in that year', () => {
  const list = 'Hearings were held on Sept. 8, 2016, Sept. 9 and Sept. 12.';
  assertPlaced(list, 'Sept. 9', '2016-09-09', '2016-09-09', '2016-09-10', PUB);
  assertPlaced(list, 'Sept. 12', '2016-09-12', undefined, undefined, PUB);
  const and = 'The plant flooded on 4 March 2011, and reopened on 20 April after repairs.';
  assertPlaced(and, '20 April', '2011-04-20', undefined, undefined, PUB);
  assertPlaced(
    'He was detained on Feb. 2, 2016 and charged on Feb. 4.',
    'Feb. 4',
    '2016-02-04',
    undefined,
    undefined,
    PUB,
  );
  // into the next year
  assertPlaced(
    'Crews worked on Dec. 30, 2015, and again on Jan. 2.',
    'Jan. 2',
    '2016-01-02',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: an aside, what is to come, another sentence and a far day keep their own reading', () => {
  // the date is in an aside; the main verb tells this year's news
  assertPlaced(
    'The law, passed on March 3, 2019, was struck down on June 2.',
    'June 2',
    '2023-06-02',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The museum opened on July 12, 2014, and will close on July 20.',
    'July 20',
    '2023-07-20',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The mine shut on May 1, 2015. It reopened on May 20.',
    'May 20',
    '2023-05-20',
    undefined,
    undefined,
    PUB,
  );
  // more than a season after the written date
  assertPlaced(
    'The fund opened on Jan. 5, 2010, and paid out on Dec. 20.',
    'Dec. 20',
    '2022-12-20',
    undefined,
    undefined,
    PUB,
  );
});

test('a month told in the past right after a date with its year is the first such month after it', () => {
  const OCT = '2024-10-23';
  assertPlaced('The plant closed on March 3, 2009 and reopened in May.', 'May', '2009-05', undefined, undefined, OCT);
  assertPlaced(
    'Talks began on 12 October 2015 and collapsed in February.',
    'February',
    '2016-02',
    undefined,
    undefined,
    OCT,
  );
  // negative: what is still to come, and a main verb after an aside
  assertPlaced(
    'The plant closed on March 3, 2009 and will reopen in May.',
    'May',
    '2025-05',
    undefined,
    undefined,
    OCT,
  );
  assertPlaced(
    'The law, passed on March 3, 2019, was struck down in June.',
    'June',
    '2024-06',
    undefined,
    undefined,
    OCT,
  );
});
