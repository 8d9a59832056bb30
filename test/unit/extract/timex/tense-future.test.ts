import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

test('a stretch that runs, lasts or will last until a month points forward', () => {
  // in a story of March, and in one of August
  for (const [pub, june] of [
    ['2021-03-04', '2021-06'],
    ['2021-08-19', '2022-06'],
  ] as const) {
    assertPlaced('The trial runs through June.', 'June', june, undefined, undefined, pub);
    assertPlaced('The programme will last until June.', 'June', june, undefined, undefined, pub);
    assertPlaced('The exhibition is open until June.', 'June', june, undefined, undefined, pub);
  }
});

test('negative: a past stretch up to a month stays in the past', () => {
  assertPlaced('Sales fell through June.', 'June', '2021-06', undefined, undefined, '2021-08-19');
  assertPlaced(
    'The fund has fallen 2% this year through June, Lipper says.',
    'June',
    '2021-06',
    undefined,
    undefined,
    '2021-08-19',
  );
});
