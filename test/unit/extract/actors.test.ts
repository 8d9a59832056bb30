import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActors } from '../../../src/extract/index.js';

test('names, places, organisations and acronyms; titles merged into the person', () => {
  assert.deepEqual(
    findActors('Russian aircraft and Syrian forces loyal to President Bashar al-Assad have been bombarding Aleppo.'),
    ['Bashar al-Assad', 'Aleppo'],
  );
  assert.deepEqual(
    findActors('Syria talks convened by U.S. Secretary of State John Kerry in the Swiss city of Lausanne failed.'),
    ['Syria', 'U.S.', 'John Kerry', 'Lausanne'],
  );
  assert.deepEqual(findActors('Egypt voted for a U.N. resolution, SANA said.'), ['Egypt', 'U.N.', 'SANA']);
  assert.deepEqual(findActors('Kerry hosted Russian Foreign Minister Sergei Lavrov.'), ['Kerry', 'Sergei Lavrov']);
});

test('possessives, organisations with "of", and hyphenated names', () => {
  assert.deepEqual(findActors('Syria’s chief met the Bank of England and Egyptian General Intelligence.'), [
    'Syria',
    'Bank of England',
    'Egyptian General Intelligence',
  ]);
  assert.deepEqual(findActors('A U.S.-Russian plan failed.'), ['U.S.']);
});

test('sentence-initial common words, demonym adjectives, months and weekdays are not actors', () => {
  assert.deepEqual(
    findActors('Security sources said Mamlouk met Saudi officials on Monday in October.', (w) => w === 'security'),
    ['Mamlouk'],
  );
  assert.deepEqual(findActors('The United States and some European states objected.'), ['United States']);
  assert.deepEqual(findActors('Fawzi said Egyptian forces were ready.'), ['Fawzi']);
});

test('an unnamed sentence has no actors, and the list is capped', () => {
  assert.deepEqual(findActors('it rained all day.'), []);
  assert.deepEqual(findActors(''), []);
  const many = Array.from({ length: 100 }, (_, i) => `Name${i}`).join(', ');
  assert.equal(findActors(many).length, 20);
});

test('a trailing title and adjectives in -al before a noun are not names', () => {
  assert.deepEqual(findActors('Ford became the oldest living United States President in history.'), [
    'Ford',
    'United States',
  ]);
  assert.deepEqual(findActors('Carter won the Presidential election against Portugal and Spain.'), [
    'Carter',
    'Portugal',
    'Spain',
  ]);
});
