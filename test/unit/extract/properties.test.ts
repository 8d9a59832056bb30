// Hostile input (issue 7): extract() never throws on any string, its offsets index the input,
// and its output is deterministic. Property-based, with fixed seeds so failures reproduce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, splitSentences, MAX_SENTENCE_TEXT, type EventList } from '../../../src/extract/index.js';
import { cutText } from '../../../src/extract/output-limits.js';
import { schemaErrors } from '../helpers/event-list-schema.js';

const SEED = 20161017;
const RUNS = 150;

/** Pieces news-like garbage is made of: dates, abbreviations, quotes, odd spaces and scripts. */
const FRAGMENTS = [
  'on Monday', 'last month', 'since mid-2013', 'from March to May', 'between 2001 and 2003', 'Saturday evening',
  'now in its sixth year', 'a week after the halt', 'the 1990s', 'Q3 2023', '17/10/2016', '2016-10-17', '12:30',
  'Oct. 17', 'U.S.', 'U.N.', 'Mr.', 'Gen.', 'Jan.', 'J. R.', '3.5', '...', '…', '’', '”', '»', '“', '"', '(', ')',
  ' - ', ' — ', '.', '. ', '? ', '! ', '\n', '\n\n', '\r\n', '\r', '\t', '\u0000', '\u0007', '\u2028', '\ufeff',
  'مرحبا بالعالم', 'שלום', '\u200f', '\u202e', '😀', '👩‍👩‍👧', '𝒜', '\ud83d', '\ude00', '東京で', '。', 'CAIRO (Reuters) -',
  'Published: 17 October 2016', 'May', 'march', 'Mar-a-Lago', '1,000', '2016', 'yesterday', 'tomorrow', 'now',
  'the army', 'SANA said', ', which', ' and ', 'Egypt', 'President Bashar al-Assad',
]; // prettier-ignore

const newsLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(
  newsLike,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(' ', '\n', '\r', '\t', '\u00a0', '\u3000', '.', '\u0000'), maxLength: 50 }),
);
const published = fc.option(fc.constantFrom('2016-10-17', '2016-10-17T14:30', '2000-02-29', '1999-12-31'), {
  nil: undefined,
});

/**
 * Every offset in the list indexes `text`, every span's text is the slice it claims (a sentence's cut to
 * MAX_SENTENCE_TEXT), and the list is an EventList by the JSON Schema.
 */
function assertOffsets(text: string, list: EventList) {
  assert.deepEqual(schemaErrors(list), []);
  assert.equal(list.article.text, text);
  for (const t of list.timexes) {
    assert.ok(0 <= t.start && t.start <= t.end && t.end <= text.length, `${t.id} in range`);
    assert.equal(text.slice(t.start, t.end), t.text, t.id);
  }
  const ids = new Set(list.timexes.map((t) => t.id));
  for (const e of list.events) {
    assert.ok(ids.has(e.timex), `${e.id} refers to a timex`);
    assert.equal(cutText(text.slice(e.sentence.start, e.sentence.end), MAX_SENTENCE_TEXT), e.sentence.text, e.id);
    assert.ok(e.from < e.to, `${e.id} from < to`);
    assert.equal(typeof e.label, 'string');
  }
}

test('extract() never throws, its offsets index the input and its output matches the schema', () => {
  fc.assert(
    fc.property(anyText, published, (text, pub) => {
      assertOffsets(text, extract(text, { published: pub }));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('extract() is deterministic', () => {
  fc.assert(
    fc.property(anyText, published, (text, pub) => {
      assert.equal(
        JSON.stringify(extract(text, { published: pub })),
        JSON.stringify(extract(text, { published: pub })),
      );
    }),
    { seed: SEED + 1, numRuns: RUNS },
  );
});

test('sentence spans index the input, in order, trimmed, without overlap', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      let previousEnd = 0;
      for (const s of splitSentences(text)) {
        assert.ok(s.start >= previousEnd && s.end > s.start && s.end <= text.length);
        assert.equal(text.slice(s.start, s.end), s.text);
        assert.equal(s.text.trim(), s.text);
        previousEnd = s.end;
      }
    }),
    { seed: SEED + 2, numRuns: RUNS * 3 },
  );
});

test('invalid published dates are RangeErrors, never guesses', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('2016-13-45', 'yesterday', '2016-02-30', '2016-10-17T24:61'),
      ),
      (bad) => {
        fc.pre(!/^\s*\d{4}-\d{2}-\d{2}/.test(bad) || /13-45|02-30|24:61/.test(bad));
        assert.throws(() => extract('On Monday.', { published: bad }), RangeError);
      },
    ),
    { seed: SEED + 3, numRuns: RUNS },
  );
});

test('fixed hostile inputs: empty, whitespace, control characters, a long sentence, thousands of dates', () => {
  const inputs = [
    '',
    ' ',
    '\n\n\r\r\n\t',
    '\u0000'.repeat(1000),
    'x'.repeat(100_000),
    'word '.repeat(20_000),
    Array.from({ length: 3000 }, (_, i) => `${(i % 28) + 1} May ${1990 + (i % 30)}`).join(', '),
    Array.from({ length: 2000 }, () => 'on Monday').join(' and '),
    '😀'.repeat(5000) + ' on Monday ' + '\ud800',
  ];
  for (const text of inputs) {
    const list = extract(text, { published: '2016-10-17' });
    assertOffsets(text, list);
  }
});
