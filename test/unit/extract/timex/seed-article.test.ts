/** The seed article must resolve as ../shared/articles/README.md says, phrase by phrase. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findTimexes } from '../../../../src/extract/timex/index.js';

// build/test/unit/extract/timex/ -> project root
const text = readFileSync(
  new URL('../../../../../events/reuters-2016-10-17-syria-egypt-mamlouk.txt', import.meta.url),
  'utf8',
);
const all = findTimexes(text, '2016-10-17');
const byText = (phrase: string) => all.filter((t) => t.text === phrase);

test('seed: "on Monday" is 2016-10-17', () => {
  const [t] = byText('Monday');
  assert.equal(t?.value, '2016-10-17');
});

test('seed: "this year" (twice) is 2016, "this month" October, "last month" September', () => {
  assert.deepEqual(
    byText('this year').map((t) => t.value),
    ['2016', '2016'],
  );
  assert.equal(byText('this month')[0]?.value, '2016-10');
  const last = byText('last month')[0]!;
  assert.deepEqual([last.value, last.from, last.to], ['2016-09', '2016-09-01', '2016-10-01']);
});

test('seed: "a week after a halt" holds the duration "a week"', () => {
  const t = byText('a week')[0]!;
  assert.deepEqual([t.type, t.value], ['DURATION', 'P1W']);
});

test('seed: "mid-2013", "Saturday evening", "now in its sixth year", "now" twice', () => {
  const mid = byText('mid-2013')[0]!;
  assert.deepEqual([mid.value, mid.mod], ['2013', 'MID']);
  const evening = byText('Saturday evening')[0]!;
  assert.deepEqual([evening.type, evening.value, evening.granularity], ['TIME', '2016-10-15TEV', 'partOfDay']);
  const sixth = byText('its sixth year')[0]!;
  assert.deepEqual([sixth.type, sixth.value, sixth.from], ['DURATION', 'P6Y', '2011-01-01']);
  assert.deepEqual(
    byText('now').map((t) => t.value),
    ['PRESENT_REF', 'PRESENT_REF'],
  );
});

test('seed: nothing else is taken for a date', () => {
  const expected = new Set([
    'Monday',
    'one-day',
    'now',
    'this year',
    'this month',
    'a week',
    'last month',
    'mid-2013',
    'Saturday evening',
    'its sixth year',
    'weeks',
  ]);
  assert.deepEqual(
    all.filter((t) => !expected.has(t.text)).map((t) => t.text),
    [],
  );
  for (const t of all) assert.equal(text.slice(t.start, t.end), t.text);
});
