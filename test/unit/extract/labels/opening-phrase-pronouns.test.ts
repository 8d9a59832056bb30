// "In the spring she went out until May", "After the war they moved to Leeds in 1946": a pronoun after the object of a
// preposition that opens the sentence is the main clause's subject, not a contact relative on that object ("the anger
// the plan aroused"); the label was "The spring she went out", "The war they moved to Leeds".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a pronoun after an opening prepositional phrase with no comma is the subject alone', () => {
  assert.equal(label('After the war they moved to Leeds in 1946.', '1946'), 'They moved to Leeds');
  assert.equal(label('In his forties he ran a marathon in 2001.', '2001'), 'He ran a marathon');
  assert.equal(label('Even in her eighties she went out until May.', 'May'), 'She went out until May');
  assert.equal(label('In the spring she moved out and sold the house in May.', 'May'), 'She sold the house');
});

test('a contact relative stays one when it opens the sentence or another verb follows it', () => {
  assert.equal(label('The anger the plan aroused in 1989 remains.', '1989'), 'The anger the plan aroused');
  assert.equal(label('The house they built in 1990 was sold.', '1990'), 'The house they built');
});
