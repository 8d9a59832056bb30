// The hand-written scanners of words.ts against the regular expressions they replace (they run for
// every event, so they are scanned by hand; their results must not change). Fixed seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  coreOf,
  isSpace,
  joinsLettersWithHyphen,
  lowerCase,
  startsLower,
  startsUpper,
  tokenize,
  tokenizeRange,
  upperBeforeAnyLetter,
} from '../../../src/extract/words.js';

const SEED = 20161017;
const RUNS = 2000;

/** Characters that the fast paths treat apart: quotes, brackets, dots, dashes, spaces, surrogates, letters. */
const TRICKY = [...'aZs.\'’‘“”"«»()[],;:!?`-–—&$0 \t\n\u00a0\u2028\u3000\ufeffÉéß', '\ud835\udc9c', '\ud83d', 'İ'];
const trickyText = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 24 });
const anyText = fc.oneof(trickyText, fc.string({ unit: 'binary', maxLength: 24 }));

/** The tokenizer as it was written before: `/\S+/g` and the regex chain of coreOf. */
function referenceCore(word: string): string {
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  const bare = word.replace(/^[“‘"'«([]+|[”’"'»)\],;:!?]+$/gu, '');
  if (/^(?:\p{L}\.){2,}$/u.test(bare)) return bare.toLowerCase();
  return bare
    .replace(/['’]s$/u, '')
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')
    .toLowerCase();
}

function referenceTokens(text: string, offset = 0) {
  return [...text.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    core: referenceCore(m[0]),
    isWord: /^[A-Za-z]+$/.test(m[0]) || /[\p{L}\p{N}]/u.test(m[0]),
  }));
}

test('isSpace is \\s for every UTF-16 code unit', () => {
  for (let code = 0; code <= 0xffff; code++) {
    assert.equal(isSpace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  }
});

test('coreOf: the fast paths give what the regex chain gives', () => {
  for (const word of [
    '“The',
    'Monday,',
    '(Reuters)',
    'U.',
    'U.S.',
    'Syria’s',
    'Syria’s.',
    "boys'",
    '2014,',
    "1990's",
  ]) {
    assert.equal(coreOf(word), referenceCore(word), word);
  }
  fc.assert(
    fc.property(anyText, (word) => coreOf(word) === referenceCore(word)),
    { seed: SEED, numRuns: RUNS },
  );
});

test('tokenize and tokenizeRange: the tokens of /\\S+/g with their cores', () => {
  assert.deepEqual(
    tokenize('  “Assad’s forces,  (U.S.)\u00a0left '),
    referenceTokens('  “Assad’s forces,  (U.S.)\u00a0left '),
  );
  fc.assert(
    fc.property(anyText, fc.nat(20), (text, offset) => {
      assert.deepEqual(tokenize(text, offset), referenceTokens(text, offset));
    }),
    { seed: SEED, numRuns: RUNS },
  );
  fc.assert(
    fc.property(anyText, anyText, anyText, fc.nat(20), (before, text, after, offset) => {
      const source = before + text + after;
      const tokens = tokenizeRange(source, before.length, before.length + text.length, offset);
      assert.deepEqual(tokens, referenceTokens(text, offset));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('lowerCase is toLowerCase', () => {
  for (const word of ['slowed', 'U.S', 'Mr', 'İstanbul', 'ÉTÉ', '']) assert.equal(lowerCase(word), word.toLowerCase());
  fc.assert(
    fc.property(anyText, (text) => lowerCase(text) === text.toLowerCase()),
    { seed: SEED, numRuns: RUNS },
  );
});

test('first-letter tests match their regexes', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      assert.equal(startsUpper(text), /^\p{Lu}/u.test(text));
      assert.equal(startsLower(text), /^\p{Ll}/u.test(text));
      assert.equal(upperBeforeAnyLetter(text), /^\P{L}*\p{Lu}/u.test(text));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('joinsLettersWithHyphen is /\\p{L}-\\p{L}/u', () => {
  for (const [text, joined] of [
    ['third-quarter', true],
    ['al-Assad’s', true],
    ['mid-2013', false],
    ['2018-19', false],
    ['-', false],
    ['a-', false],
    ['Émile-Zola', true],
    ['x-é', true],
    ['—', false],
  ] as const)
    assert.equal(joinsLettersWithHyphen(text), joined, text);
  fc.assert(
    fc.property(anyText, (text) => joinsLettersWithHyphen(text) === /\p{L}-\p{L}/u.test(text)),
    { seed: SEED, numRuns: RUNS },
  );
});
