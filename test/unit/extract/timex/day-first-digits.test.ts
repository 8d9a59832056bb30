import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';

// Published Sunday 8 December 2024.
const PUB = '2024-12-08';

test('a date in digits is day first when the article writes its other dates day first', () => {
  const british = 'Born on 14 March 1943, she saw the library reopen on 04/05/1995.';
  const t = timexOf(british, '04/05/1995', PUB);
  assert.equal(t.value, '1995-05-04');
  assert.match(t.why, /day first, as the article writes its dates/);
  assert.equal(
    timexOf('The funeral is on Thursday 12 December. The will was dated 3-6-2001.', '3-6-2001', PUB).value,
    '2001-06-03',
  );
  // with dots, day first unless the article writes month first
  assert.equal(timexOf('The plant reopened on 04.05.1995.', '04.05.1995', PUB).value, '1995-05-04');
});

test('negative: month first in an American article, or with no other date; one order only where a number is above 12', () => {
  const american = 'Born on March 14, 1943, she saw the library reopen on 04/05/1995 and 04.05.1995.';
  assert.equal(timexOf(american, '04/05/1995', PUB).value, '1995-04-05');
  assert.equal(timexOf(american, '04.05.1995', PUB).value, '1995-04-05');
  assert.equal(timexOf('The library reopened on 04/05/1995.', '04/05/1995', PUB).value, '1995-04-05');
  assert.equal(timexOf('Born on 14 March 1943, she retired on 11/25/2003.', '11/25/2003', PUB).value, '2003-11-25');
  // the same number twice reads the same either way
  assert.equal(timexOf('Born on 14 March 1943, she retired on 05/05/2003.', '05/05/2003', PUB).value, '2003-05-05');
});

test("the article's order is read in any case", () => {
  const lower = 'born on 14 march 1943, she saw the library reopen on 04/05/1995.';
  assert.equal(timexOf(lower, '04/05/1995', PUB).value, '1995-05-04');
  assert.equal(timexOf(lower.toUpperCase(), '04/05/1995', PUB).value, '1995-05-04');
});
