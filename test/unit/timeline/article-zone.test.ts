import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleZone, hasClockTime } from '../../../src/timeline/article-zone.js';

test("the zone of the article's clock comes from the offset of the publication time", () => {
  assert.equal(articleZone('2019-03-22T10:35:00-04:00'), 'UTC−4');
  assert.equal(articleZone('2019-03-22T10:35+05:30'), 'UTC+5:30');
  assert.equal(articleZone('2019-03-22T10:35:00.250+0100'), 'UTC+1');
  assert.equal(articleZone('2019-03-22T10:35Z'), 'UTC');
  assert.equal(articleZone('2019-03-22T10:35:00+00:00'), 'UTC');
  assert.equal(hasClockTime('2019-03-22T10:35'), true);
});

test('negative: a date alone, or a time without a zone, names no zone', () => {
  assert.equal(articleZone('2019-03-22'), null);
  assert.equal(articleZone('2019-03-22T10:35'), null);
  assert.equal(articleZone(null), null);
  assert.equal(hasClockTime('2019-03-22'), false);
});
