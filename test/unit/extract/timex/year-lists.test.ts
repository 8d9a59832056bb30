import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexes } from './helpers.js';

test('every year of a list is a year: "in 2004, 2008 and 2012"', () => {
  const found = timexes('The club won the league in 2004, 2008 and 2012.').map((t) => `${t.text}=${t.value}`);
  assert.deepEqual(found, ['2004=2004', '2008=2008', '2012=2012']);
  const four = timexes('She ran the race in 1991, 1993, 1995 and 1999.').map((t) => t.value);
  assert.deepEqual(four, ['1991', '1993', '1995', '1999']);
});

test('a number before a comma still makes the next number a quantity', () => {
  assertNone('The stadium holds 35, 2000 more than last season.', '2000');
  assertNone('The fund paid out $1,2000 in fees.', '2000');
  assertNone('In 2019, 1800 workers lost their jobs.', '1800');
});
