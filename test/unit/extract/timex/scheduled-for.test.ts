import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Tuesday 15 Oct 2024.
const TUESDAY = '2024-10-15';

test('a day something was called, set or scheduled for lies ahead, though the verb is past', () => {
  assertPlaced(
    'The premier called a snap general election for Dec. 1.',
    'Dec. 1',
    '2024-12-01',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced('The judge set a new hearing for Friday.', 'Friday', '2024-10-18', undefined, undefined, TUESDAY);
  assertPlaced(
    'The board fixed the shareholder vote for Nov. 4.',
    'Nov. 4',
    '2024-11-04',
    undefined,
    undefined,
    TUESDAY,
  );
});

test('negative: a past day, and a month figures are for, keep their past reading', () => {
  assertPlaced(
    'The premier called a snap election on Sept. 2.',
    'Sept. 2',
    '2024-09-02',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced('The chain set a sales record for September.', 'September', '2024-09', undefined, undefined, TUESDAY);
  assertPlaced('The council met on Friday and called for calm.', 'Friday', '2024-10-11', undefined, undefined, TUESDAY);
});

test('a day declared or announced for lies ahead, with words between or none', () => {
  assertPlaced(
    'A day of national mourning has been declared for Wednesday.',
    'Wednesday',
    '2024-10-16',
    undefined,
    undefined,
    TUESDAY,
  );
  assertPlaced('The union announced a walkout for Friday.', 'Friday', '2024-10-18', undefined, undefined, TUESDAY);
  // negative: what was declared on a day
  assertPlaced('The mayor declared an emergency on Friday.', 'Friday', '2024-10-11', undefined, undefined, TUESDAY);
});
