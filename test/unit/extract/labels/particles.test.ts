// A verb's particle that is also a preposition ("took over", "was sworn in") stays with its verb when the
// time phrase follows it: the particle is no second preposition of the phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a particle before the time phrase stays with its verb', () => {
  assert.equal(
    label('The new coach Lena Park took over in June and sold three players.', 'June'),
    'The new coach Lena Park took over',
  );
  assert.equal(
    label('The two new board members were sworn in on Friday.', 'Friday'),
    'The two new board members were sworn in',
  );
  assert.equal(
    label('The old ferry service finally carried on through 1994.', '1994'),
    'The old ferry service finally carried on',
  );
});

test('a preposition that opens the phrase, or a modifier of it, is still the phrase’s', () => {
  // negative: "in about 1950" is one phrase, "about" no particle
  assert.equal(
    label('The painter was born in about 1950 in a small village.', '1950'),
    'The painter was born in a small village',
  );
  // negative: a preposition with an object of its own is no particle
  assert.equal(label('The army handed over the base in May.', 'May'), 'The army handed over the base');
  // negative: a stranded preposition before the phrase is dropped with it ("for in 2020" is no phrasal verb)
  assert.equal(
    label('Our neighbours waited for the results in 2020.', '2020'),
    'Our neighbours waited for the results',
  );
});
