// "but returned to training in June": "to" before an "-ing" word after a verb is a preposition; the verb governs
// the "-ing" phrase, and the phrase dates that verb's clause. "bring", "thing", "spring" have no vowel before their
// "-ing": no "-ing" forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';

const tagOf = (sentence: string, word: string) => tagWords(tokenize(sentence)).find((w) => w.token.core === word)?.tag;

test('a verb before "to" and an "-ing" word governs it', () => {
  assert.equal(
    label('The striker missed the whole season with a knee injury but returned to training in June.', 'June'),
    'The striker returned to training',
  );
  assert.equal(
    label('The striker was injured but returned to training in June.', 'June'),
    'The striker returned to training',
  );
  // negative: after a noun, "to" and the "-ing" phrase are that noun's
  assert.equal(
    label('He was on his way to losing both fights with Golota in 1996.', '1996'),
    'Losing both fights with Golota',
  );
});

test('a word in "-ing" with no vowel before it is no "-ing" form', () => {
  assert.equal(tagOf('He can continue to bring joy.', 'bring'), 'verb');
  assert.equal(tagOf('The spring fair opens today.', 'spring'), 'noun');
  assert.equal(tagOf('It was the one thing he saw.', 'thing'), 'noun');
  // negative: "doing", "dying" have their vowel
  assert.equal(tagOf('He was doing well.', 'doing'), 'ing');
  assert.equal(tagOf('Trees are dying fast.', 'dying'), 'ing');
});
