// After "since", an "-ing" form of a common verb before a bare noun ("since taking office") is a gerund with its
// object: the time phrase after it dates the taking, not the main clause the "since" phrase hangs from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';

const tagOf = (sentence: string, word: string) => tagWords(tokenize(sentence)).find((w) => w.token.core === word)?.tag;

test('"since" and a gerund: the phrase dates the gerund', () => {
  const mayor = label(
    'The mayor will unveil a transport plan on Monday, her first big policy since taking power in May.',
    'May',
    { others: ['Monday'] },
  );
  // (who takes it is the subject of the main clause)
  assert.equal(mayor, 'The mayor taking power');
  assert.equal(tagOf('It is his first cap since leaving school in June.', 'leaving'), 'ing');
});

test('an "-ing" form that is mostly an adjective stays one after "since"', () => {
  // "since opening day": "opening" describes the day
  assert.equal(tagOf('Attendance has doubled since opening day in April.', 'opening'), 'noun');
});
