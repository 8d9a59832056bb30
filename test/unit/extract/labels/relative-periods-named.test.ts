// ", which" after a period named by a noun ("the season", "the term") stands for that period, not for the noun its
// "of" phrase describes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('"which" after "of the season" is the season', () => {
  assert.match(
    label('It was the fourth big upset of the season, which opened in August.', 'August'),
    /^The season opened\b/,
  );
  assert.match(label('She was the last speaker of the session, which closed in May.', 'May'), /^The session closed\b/);
});

test('"who" after "of the season" is the person', () => {
  assert.equal(
    label('He was the best player of the season, who retired in June.', 'June'),
    'The best player of the season retired',
  );
});
