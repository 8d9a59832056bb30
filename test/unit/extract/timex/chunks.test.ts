import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { textChunks } from '../../../../src/extract/timex/chunks.js';
import { MONDAY, timexes } from './helpers.js';

const PARAGRAPH =
  'The ministry said on Monday that talks would resume next month. Mr. Smith, who met the envoy on Oct. 3, ' +
  'said the U.S. Army had left in mid-2013. A week later the ceasefire collapsed, and the fighting, now in ' +
  'its sixth year, spread north on 10/17/2016.\n\n';

/** Chunks are consecutive, cover the whole text and keep to the length bounds. */
function assertCovers(text: string): void {
  const chunks = textChunks(text);
  assert.equal(chunks[0]!.start, 0);
  assert.equal(chunks.at(-1)!.end, text.length);
  for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i]!.start, chunks[i - 1]!.end);
  for (const c of chunks) assert.ok(c.end > c.start || text.length === 0);
}

test('a short text is one piece; a long one is cut into consecutive pieces covering it all', () => {
  assert.deepEqual(textChunks('On Monday.'), [{ start: 0, end: 10 }]);
  const long = PARAGRAPH.repeat(40);
  assert.ok(textChunks(long).length > 4);
  assertCovers(long);
  fc.assert(
    fc.property(fc.string({ maxLength: 9000 }), (text) => assertCovers(text)),
    { numRuns: 200 },
  );
});

test('in a text that writes its sentences in lower case, pieces end at its sentence ends too', () => {
  // no capital opens a sentence: before, pieces ran to 6,000 characters and ended at any space
  const text = 'talks ended on oct. 3 at 7 p.m. when gen. smith left. it rained all day last january. '.repeat(120);
  const chunks = textChunks(text);
  assert.ok(chunks.length > 4);
  for (const c of chunks.slice(0, -1)) {
    assert.ok(c.end - c.start < 2000, `a piece of ${c.end - c.start} characters`);
    const before = text.slice(Math.max(0, c.end - 12), c.end);
    assert.match(before, /(?:left|january)\. $/, `cut after ${JSON.stringify(before)}`);
  }
});

test('pieces end at paragraph breaks or sentence ends, never after "Oct.", "Mr." or "U.S."', () => {
  const text = 'On Oct. 3 Mr. Smith of the U.S. Navy spoke. It rained all day. '.repeat(200);
  const chunks = textChunks(text);
  assert.ok(chunks.length > 2);
  for (const c of chunks.slice(0, -1)) {
    const before = text.slice(Math.max(0, c.end - 12), c.end);
    assert.match(before, /(?:spoke|day)\. $/, `cut after ${JSON.stringify(before)}`);
  }
});

test('a text without sentence ends is still cut, at spaces', () => {
  const text = 'word '.repeat(5000);
  const chunks = textChunks(text);
  assert.ok(chunks.length > 2);
  for (const c of chunks.slice(0, -1)) assert.equal(text[c.end], ' ');
});

test('a phrase reads the same in every repetition of a paragraph, across piece boundaries', () => {
  const one = timexes(PARAGRAPH, MONDAY).map((t) => t.text);
  const text = PARAGRAPH.repeat(30);
  const all = timexes(text, MONDAY);
  assert.deepEqual(
    all.map((t) => t.text),
    Array.from({ length: 30 }, () => one).flat(),
  );
  for (const t of all) assert.equal(text.slice(t.start, t.end), t.text);
});
