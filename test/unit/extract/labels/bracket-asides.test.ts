// Asides in brackets inside a clause: a subject before a bracket ("The club (founded in 1905) was sold"), a participle
// that opens the bracket, and an opening participle phrase whose comma comes after a bracket.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a subject before a bracket that holds another time phrase', () => {
  const sentence = 'The brewery (founded in 1872) was sold on Wednesday.';
  const others = ['1872', 'Wednesday'];
  assert.equal(label(sentence, 'Wednesday', { others }), 'The brewery was sold');
  // the participle in the bracket describes the noun before it, and ends with the bracket
  assert.equal(label(sentence, '1872', { others }), 'The brewery founded in 1872');
  assert.equal(label('The inquest (set for June 2) was adjourned.', 'June 2'), 'The inquest set for June 2');
  // an adverb that ends the bracket is no part of the verb: "(9-3, 5-1 away) | topped"
  assert.equal(
    label('The Hawks (9-3, 5-1 away) topped the table last season.', 'last season'),
    'The Hawks topped the table',
  );
  // negative: the phrase itself in the bracket, after the subject's other phrase
  assert.equal(
    label('Her second tour this year (on Friday) drew crowds.', 'Friday', { others: ['this year'] }),
    'Her second tour drew crowds',
  );
});

test('an opening participle phrase reaches its comma over a bracket', () => {
  assert.equal(
    label('Opened in 1931 (during the slump), the viaduct carried trams.', '1931'),
    'Opened in 1931, the viaduct carried trams',
  );
  assert.equal(
    label('Speaking on Monday (in Leeds), the minister said talks would resume.', 'Monday'),
    'The minister said talks would resume',
  );
});
