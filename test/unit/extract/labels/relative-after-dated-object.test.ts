// "She joined the bank in 2001, which she led from 2010": a relative clause after another time phrase stands for the
// noun before that phrase, which only dates the first clause; a label never opens with the other time phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an object relative after another time phrase keeps the noun before that phrase', () => {
  assert.equal(
    label('She joined the bank in 2001, which she led from 2010 to 2015.', 'from 2010 to 2015', { others: ['2001'] }),
    'The bank, which she led',
  );
  assert.equal(
    label('He met the actor last year, whom she married in May.', 'May', { others: ['last year'] }),
    'The actor, whom she married',
  );
  assert.equal(
    label('The council bought the site in 1990 which it sold to a developer in 2004.', '2004', { others: ['1990'] }),
    'The site which it sold to a developer',
  );
});

test('the first clause keeps its own phrase; "that" and a noun right before the relative are as before', () => {
  assert.equal(
    label('She joined the bank in 2001, which she led from 2010 to 2015.', '2001', { others: ['from 2010 to 2015'] }),
    'She joined the bank',
  );
  assert.equal(
    label('She joined the bank, which she led from 2010 to 2015.', 'from 2010 to 2015'),
    'The bank, which she led',
  );
  assert.equal(
    label('In 1990 he wrote the song that she sang in 2004.', '2004', { others: ['1990'] }),
    'The song that she sang',
  );
});
