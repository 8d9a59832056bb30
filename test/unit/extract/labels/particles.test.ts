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

test('a particle stays with its verb before "into", "for", "until" or "through" and the phrase', () => {
  assert.equal(label('The dock strike will drag on into next week.', 'next week'), 'The dock strike will drag on');
  // (the verb of an infinitive, which the tagger may take for a noun)
  assert.equal(
    label('The dock strike is likely to drag on into next week.', 'next week'),
    'The dock strike is likely to drag on',
  );
  assert.equal(label('The council agreed to hand over in March.', 'March'), 'The council agreed to hand over');
  assert.equal(label('The long siege wore on into 2020.', '2020'), 'The long siege wore on');
  assert.equal(
    label('The pay talks have dragged on for three weeks.', 'three weeks', { duration: true }),
    'The pay talks have dragged on',
  );
  assert.equal(
    label('The fans sang on until midnight on Saturday.', 'Saturday', { others: ['midnight'] }),
    'The fans sang on until midnight',
  );
  // negative: a preposition with an object of its own after "to" is no particle
  assert.equal(label('The minister flew to Paris on Monday.', 'Monday'), 'The minister flew to Paris');
  // negative: "into" before a place is no preposition of the phrase ("moved into new offices in March")
  assert.equal(
    label('The agency plans to move into new offices in March.', 'March'),
    'The agency plans to move into new offices',
  );
});

test('a form of "be", "have" or "do" that ends the sentence after its pronoun stays, as a particle does', () => {
  assert.equal(
    label('Alder said on Monday that she would accept the result, whatever it is.', 'Monday'),
    'Alder said that she would accept the result, whatever it is',
  );
  assert.equal(label('Prices rose faster in May than they did.', 'May'), 'Prices rose faster than they did');
  // negative: after a word that is no pronoun, a verb left at the end goes ("… the tally | was")
  assert.equal(
    label('Officials said on Monday that turnout was higher than the tally was.', 'Monday'),
    'Officials said that turnout was higher than the tally',
  );
});
