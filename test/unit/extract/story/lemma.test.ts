import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem, isIrregularPast } from '../../../../src/extract/story/lemma.js';
import { actionKey } from '../../../../src/extract/story/synonyms.js';

test('inflections of one word share a stem', () => {
  for (const group of [
    ['arrest', 'arrests', 'arrested', 'arresting'],
    ['stop', 'stops', 'stopped', 'stopping'],
    ['make', 'makes', 'making', 'made'],
    ['announce', 'announced', 'announcement', 'announcements'],
    ['nominate', 'nominated', 'nomination'],
    ['arrive', 'arrived', 'arrival'],
    ['try', 'tries', 'tried'],
    ['die', 'died', 'dies', 'dying', 'death', 'dead'],
    ['go', 'goes', 'went', 'gone'],
    ['strike', 'struck', 'strikes'],
    ['sell', 'sold', 'sale', 'sales'],
    ['agree', 'agreed'],
  ]) {
    const stems = new Set(group.map(stem));
    assert.equal(stems.size, 1, `${group.join(' ')} → ${[...stems].join(' ')}`);
  }
});

test('different words keep different stems', () => {
  for (const [a, b] of [
    ['bring', 'br'],
    ['kill', 'kil'],
    ['pass', 'pas'],
    ['arrest', 'rest'],
    ['news', 'new'],
    ['focus', 'focu'],
    ['crisis', 'crisi'],
  ]) {
    assert.notEqual(stem(a), stem(b), `${a} / ${b}`);
  }
  assert.equal(stem('bring'), 'bring'); // no "br" + "ing"
  assert.equal(stem('Killing'), stem('killed'));
});

test('nouns that are mostly nouns are not read as irregular verbs', () => {
  for (const word of ['ground', 'wound', 'bound']) assert.equal(isIrregularPast(word), false, word);
  for (const word of ['went', 'struck', 'taken', 'fled']) assert.equal(isIrregularPast(word), true, word);
  for (const word of ['is', 'has', 'children', 'dying']) assert.equal(isIrregularPast(word), false, word);
});

test('words for one kind of happening share a key; ambiguous ones stay apart', () => {
  const key = (w: string) => actionKey(stem(w));
  assert.equal(key('quake'), key('earthquake'));
  assert.equal(key('acquired'), key('bought'));
  assert.equal(key('acquisition'), key('purchase'));
  assert.equal(key('detained'), key('arrested'));
  assert.equal(key('perished'), key('died'));
  assert.notEqual(key('arrested'), key('charged'));
  assert.notEqual(key('died'), key('born'));
  assert.equal(key('fire'), stem('fire')); // a blaze, a dismissal or a shot: in no class
  assert.equal(key('fired'), stem('fired'));
});
