import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes } from './helpers.js';

const values = (text: string) => timexes(text).map((t) => `${t.text}=${t.value}`);

test('a pair of years written with a slash reads both years: "2019/2020", "2019/20"', () => {
  assert.deepEqual(values('The 2019/2020 budget was passed by the council.'), ['2019=2019', '2020=2020']);
  assert.deepEqual(values('They were relegated in the 2008/09 season.'), ['2008=2008', '09=2009']);
  // negative: a slash before a year that does not follow is no pair ("2019/2023" is a code or a list)
  assert.deepEqual(values('The file 2019/2023 was closed.'), ['2019=2019']);
});
