import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { commonWordTest, lowerCaseWords } from '../../../src/extract/common-words.js';

const SEED = 20161017;
const UNITS = [..."abcSsé .,-'’\n", 'e\u0301', '\ud835\udc9c', '\ud835\udcb6', '\ud83d', 'İ', 'ǅ'];
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 });

test('lowerCaseWords: the words the unicode regex finds', () => {
  assert.deepEqual(
    [...lowerCaseWords('Security sources said the security détente, in mid-2013.')],
    ['sources', 'said', 'the', 'security', 'détente', 'in', 'mid'],
  );
  fc.assert(
    fc.property(text, (t) => {
      assert.deepEqual([...lowerCaseWords(t)], [...new Set(t.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? [])]);
    }),
    { seed: SEED, numRuns: 3000 },
  );
});

test('commonWordTest: a word written in lower case somewhere, as a whole word', () => {
  const isCommon = commonWordTest('Security sources said the security forces left. Syrian officials met.');
  assert.equal(isCommon('security'), true);
  assert.equal(isCommon('syrian'), false);
  assert.equal(isCommon('sour'), false); // only inside "sources"
});

test('commonWordTest gives the same answers one by one and from the set of all words', () => {
  fc.assert(
    fc.property(text, fc.array(text, { maxLength: 40 }), (t, asked) => {
      const isCommon = commonWordTest(t); // switches to the set after 24 look-ups
      const all = lowerCaseWords(t);
      for (const word of asked) assert.equal(isCommon(word), all.has(word), JSON.stringify([t, word]));
    }),
    { seed: SEED, numRuns: 1000 },
  );
});
