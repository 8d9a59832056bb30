import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Friday 4 November 2016 (a story filed the day after the events it reports).
const PUB = '2016-11-04';

test('a relative day followed by the date it stands for takes that date', () => {
  const t = assertPlaced(
    'The report was released today (Nov. 3) in Paris.',
    'today',
    '2016-11-03',
    '2016-11-03',
    '2016-11-04',
    PUB,
  );
  assert.match(t.why, /the date the text gives/);
  assertPlaced('He spoke yesterday – Nov. 2 – in Rome.', 'yesterday', '2016-11-02', undefined, undefined, PUB);
  // a weekday that the written date corrects
  assertPlaced('The talks began on Tuesday (Oct. 31).', 'Tuesday', '2016-10-31', undefined, undefined, PUB);
});

test('negative: without a written date, or when they agree, the relative day reads as usual', () => {
  assertPlaced('The report was released today in Paris.', 'today', '2016-11-04', undefined, undefined, PUB);
  const t = timexOf('We met today (Nov. 4).', 'today', PUB);
  assert.match(t.why, /counted from the publication date/);
  // a date that is not in parentheses or between dashes belongs to another clause
  assertPlaced('It ended today, and on Nov. 9 talks resume.', 'today', '2016-11-04', undefined, undefined, PUB);
});
