import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';

test('extract finds a weekday in a dated article', () => {
  const list = extract('The minister spoke on Monday.', { published: '2016-10-17' });
  assert.equal(list.article.published, '2016-10-17');
  assert.ok(list.timexes.some((t) => t.text.includes('Monday')));
});
