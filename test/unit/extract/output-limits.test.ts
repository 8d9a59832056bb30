// Output size (issue 17): an event carries at most MAX_SENTENCE_TEXT characters of its sentence (its
// offsets give the whole sentence), and an article yields at most MAX_TIMEXES timexes (and events).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, findTimexes } from '../../../src/extract/index.js';
import { MAX_SENTENCE_TEXT, MAX_TIMEXES, cutText } from '../../../src/extract/output-limits.js';
import { schemaErrors } from '../helpers/event-list-schema.js';

test('15,000 events of one 165 KB sentence: each carries the first 1,000 characters, with the whole offsets', () => {
  // 15,000 different days (the same day written again in one sentence is the same event)
  const day = (i: number) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
  const text = Array.from({ length: 15_000 }, (_, i) => `${day(i)} `).join('');
  const list = extract(text, { published: '2016-10-17' });
  assert.equal(list.events.length, 15_000);
  for (const e of list.events) {
    assert.equal(e.sentence.start, 0);
    assert.equal(e.sentence.end, text.trimEnd().length);
    assert.equal(e.sentence.text, text.slice(0, MAX_SENTENCE_TEXT));
  }
  const json = JSON.stringify(list); // threw "Invalid string length" when every event carried the whole sentence
  assert.ok(json.length < 40_000_000, `${json.length} characters`);
  assert.deepEqual(schemaErrors(list), []);
});

test('sentences up to the limit are carried whole', () => {
  const sentence = `Talks failed on Monday ${'and again '.repeat(97)}then.`;
  assert.ok(sentence.length <= MAX_SENTENCE_TEXT);
  const list = extract(sentence, { published: '2016-10-17' });
  assert.equal(list.events[0]!.sentence.text, sentence);
});

test('a cut never splits a surrogate pair', () => {
  assert.equal(cutText('ab😀c', 3), 'ab');
  assert.equal(cutText('ab😀c', 4), 'ab😀');
  assert.equal(cutText('abc', 3), 'abc');
  const text = `${'x'.repeat(MAX_SENTENCE_TEXT - 1)}😀 on Monday`;
  const cut = extract(text, { published: '2016-10-17' }).events[0]!.sentence.text;
  assert.equal(cut, 'x'.repeat(MAX_SENTENCE_TEXT - 1));
});

test('at most MAX_TIMEXES timexes, the first ones, and so at most as many events', () => {
  const text = 'Talks failed on Monday. '.repeat(200);
  const all = findTimexes(text, '2016-10-17');
  assert.equal(all.length, 200);
  for (const max of [0, 1, 7, 150]) {
    const some = findTimexes(text, '2016-10-17', max);
    assert.deepEqual(some, all.slice(0, max));
  }
});

test('MAX_TIMEXES is what the element is built for', () => {
  assert.equal(MAX_TIMEXES, 100_000);
  assert.equal(MAX_SENTENCE_TEXT, 1000);
});
