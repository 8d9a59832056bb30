// "down from the £55m it forecast in April": a relative clause with no "that" after an amount or a noun; its verb
// (a past form like its base, or one of saying) is the clause's, and the label is the noun with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';

const tagOf = (sentence: string, word: string) => tagWords(tokenize(sentence)).find((w) => w.token.core === word)?.tag;

test('a past form like its base after "it" and a noun phrase is the verb of a relative clause', () => {
  const sentence = 'Profit is now expected to be £40m, down from the £55m it forecast in April.';
  assert.equal(tagOf(sentence, 'forecast'), 'ved');
  assert.equal(label(sentence, 'April'), 'The £55m it forecast');
  assert.equal(label('The lender cut the rate it set in May.', 'May'), 'The rate it set');
  // negative: a noun with no such clause after it keeps the clause of its own verb
  assert.equal(label('The lender cut the rate in May.', 'May'), 'The lender cut the rate');
});

test('a verb of saying in such a clause makes no statement', () => {
  assert.equal(label('Profit will be £40m, below the £55m it predicted in April.', 'April'), 'The £55m it predicted');
  // negative: a verb of saying with its own clause after it is a statement
  assert.equal(label('Officials said on Monday the bridge was safe.', 'Monday'), 'Officials said the bridge was safe');
});
