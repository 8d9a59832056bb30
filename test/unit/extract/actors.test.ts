import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, findActors } from '../../../src/extract/index.js';
import { findActorsIn } from '../../../src/extract/actors.js';

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

test('extract(): a capitalised first word is no actor when the article writes it in lower case, however many there are', () => {
  const words = `security police health army border budget trade energy water transport housing labour
    finance defence justice tourism farming fishing mining banking shipping aviation science culture
    education weather traffic customs postal rail`.split(/\s+/);
  assert.ok(words.length > 24, 'more words than are looked up one by one');
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const body = words.map((w, i) => `${cap(w)} officials met Kerry on ${i % 2 ? 'Monday' : 'Tuesday'}.`).join(' ');
  const text = `${body} Talks covered ${words.join(', ')} and more.`;
  const list = extract(text, { published: '2016-10-17' });
  assert.equal(list.events.length, words.length);
  for (const [i, event] of list.events.entries()) {
    assert.deepEqual(event.actors, ['Kerry'], `sentence ${i}: ${event.sentence.text}`);
  }
  // a name never written in lower case stays an actor at the start of a sentence
  assert.deepEqual(extract('Kerry met officials on Monday.', { published: '2016-10-17' }).events[0]!.actors, ['Kerry']);
  // "Énergie" is not "énergie-x": whole words only, letters with accents included
  assert.deepEqual(
    extract('Énergie officials met Kerry on Monday. The énergiex fund grew.', { published: '2016-10-17' }).events[0]!
      .actors,
    ['Énergie', 'Kerry'],
  );
});

test('findActorsIn reads a sentence in place: the actors of the slice', () => {
  const article =
    'CAIRO (Reuters) - Egypt’s President Abdel Fattah al-Sisi met Syria’s Ali Mamlouk on Monday. ' +
    'Security sources said U.S.-Russian talks in Lausanne failed. “Assad’s forces,” the U.N. said; Kerry left.';
  const cuts = [0, 18, 91, 92, 150, 151, article.length];
  for (const from of cuts) {
    for (const to of cuts) {
      if (to < from) continue;
      const isCommon = (lower: string) => lower === 'security';
      assert.deepEqual(
        findActorsIn(article, from, to, isCommon),
        findActors(article.slice(from, to), isCommon),
        `${from}-${to}`,
      );
    }
  }
  // Outside ASCII letters, the unicode word pattern reads the sentence.
  assert.deepEqual(findActorsIn('x Zoë Ångström met Ali. y', 2, 23), findActors('Zoë Ångström met Ali.'));
});
