import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, validatePublished } from '../../../src/extract/index.js';
import { isPublishedDate } from '../../../src/extract/published.js';

test('valid ISO dates and date-times pass, trimmed', () => {
  assert.equal(validatePublished('2016-10-17'), '2016-10-17');
  assert.equal(validatePublished(' 2016-10-17T14:30 '), '2016-10-17T14:30');
  assert.equal(validatePublished('2016-10-17T14:30:05.123Z'), '2016-10-17T14:30:05.123Z');
  assert.equal(validatePublished('2016-10-17T14:30+02:00'), '2016-10-17T14:30+02:00');
  assert.equal(validatePublished('2016-02-29'), '2016-02-29');
});

test('impossible or non-ISO dates throw a RangeError naming the value', () => {
  for (const bad of [
    '2016-13-45',
    'yesterday',
    '2015-02-29',
    '2016-10-17T25:00',
    '17/10/2016',
    '',
    '2016-10',
    'Oct 17',
  ]) {
    assert.throws(
      () => validatePublished(bad),
      (err: unknown) => err instanceof RangeError && err.message.includes(JSON.stringify(bad)),
      bad,
    );
  }
});

test('extract() rejects an invalid published date and accepts a missing one', () => {
  assert.throws(() => extract('On Monday.', { published: '2016-13-45' }), RangeError);
  assert.throws(() => extract('On Monday.', { published: 'yesterday' }), /"yesterday"/);
  const list = extract('On Monday.', {});
  assert.equal(list.article.published, null);
  assert.equal(list.article.publishedFrom, 'none');
});

test('an explicit published date wins over a dateline', () => {
  const list = extract('CAIRO, Oct 17, 2016 (Reuters) - Talks ended.', { published: '2016-10-18' });
  assert.equal(list.article.published, '2016-10-18');
  assert.equal(list.article.publishedFrom, 'option');
});

test('title and source are kept, and absent when not given', () => {
  const list = extract('x', { title: 'T', source: 'S' });
  assert.equal(list.article.title, 'T');
  assert.equal(list.article.source, 'S');
  assert.ok(!('title' in extract('x').article));
});

test('extract() throws only RangeError for any bad published, quoting at most 100 characters of it', () => {
  const throwing = {
    toString() {
      throw new Error('no string for you');
    },
  };
  const long = `2016-10-17 ${'x'.repeat(10_000)}`;
  for (const bad of [Object.create(null), throwing, Symbol('s'), {}, [], 42, 10n, true, () => 1, long, new Date(NaN)]) {
    assert.throws(
      () => extract('Talks failed on Monday.', { published: bad as string }),
      (err: unknown) => err instanceof RangeError && err.message.length < 300,
      String(typeof bad),
    );
  }
  assert.throws(
    () => validatePublished(long),
    (err: unknown) =>
      err instanceof RangeError &&
      err.message.includes(`"${long.slice(0, 100)}…"`) &&
      !err.message.includes(long.slice(0, 101)),
  );
  fc.assert(
    fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true }), (bad) => {
      fc.pre(bad !== undefined && bad !== null && !(typeof bad === 'string' && isPublishedDate(bad.trim())));
      assert.throws(() => extract('On Monday.', { published: bad as string }), RangeError);
    }),
    { seed: 5, numRuns: 300 },
  );
});
