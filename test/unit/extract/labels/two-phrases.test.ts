// Two phrases, two events: each gets the clause its phrase belongs to; phrases of one clause share it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { label } from './label-helper.js';

test('phrases in different clauses get different labels', () => {
  const sentence = 'The bakery, which opened in 1998, will close next month.';
  assert.equal(label(sentence, '1998'), 'The bakery opened in 1998');
  assert.equal(label(sentence, 'next month'), 'The bakery will close');
  const said = 'Officials said on Friday that the dam had cracked in March.';
  assert.equal(label(said, 'Friday'), 'Officials said that the dam had cracked in March');
  assert.equal(label(said, 'March'), 'The dam had cracked');
});

test('a phrase of a subordinate clause does not take the main clause', () => {
  const sentence = 'The port reopened on Monday, two weeks after a storm flooded the docks in June.';
  assert.equal(label(sentence, 'Monday'), 'The port reopened on Monday');
  assert.equal(label(sentence, 'June'), 'A storm flooded the docks');
});

test('phrases of one clause share its label; "from X to Y" is one event', () => {
  const sentence = 'The crew painted the hull on Monday and launched the boat on Monday.';
  assert.equal(label(sentence, 'Monday'), 'The crew painted the hull');
  const { events } = extract('The show ran from March to May at the old theatre.', { published: '2019-06-01' });
  assert.deepEqual(
    events.map((e) => [e.label, e.from, e.to]),
    [['The show ran at the old theatre', '2019-03-01', '2019-06-01']],
  );
});

test('items of a dated list share the verb before the list', () => {
  const sentence = 'The league has grown to include Leeds in 1990, York in 1994 and Hull in 2001.';
  assert.equal(label(sentence, '1990'), 'The league has grown to include Leeds');
  assert.equal(label(sentence, '1994'), 'The league has grown to include Leeds in 1990');
  // negative: a comma after a number before a new clause is no list
  assert.equal(label('Prices rose in 1990, and wages fell in 1994.', '1994'), 'Wages fell in 1994');
});

test('a clause ends at a comma or "and" right after its verb: the next clause is another event', () => {
  const sentence = 'In 1990 Oslo was rebuilt, and the valley flooded a year later.';
  // (a passive of three words needs no object: a label of its own)
  assert.equal(label(sentence, '1990', { others: ['a year later'] }), 'Oslo was rebuilt');
  assert.equal(label(sentence, 'a year later', { others: ['1990'] }), 'The valley flooded a year later');
  const joined = 'In 1997, the mayor resigned and the council chose a successor in 1998.';
  assert.equal(label(joined, '1997', { others: ['1998'] }), 'The mayor resigned');
  assert.equal(label(joined, '1998', { others: ['1997'] }), 'The council chose a successor');
  // negative: two verbs of one subject stay one clause; a verb of saying goes on past its comma
  assert.equal(label('Prices rose and fell in 2009.', '2009'), 'Prices fell in 2009');
  assert.equal(
    label('The minister said on Monday that the bridge had closed.', 'Monday'),
    'The minister said that the bridge had closed',
  );
});

test('a noun phrase after "and" with a verb and object of its own is that verb\'s subject', () => {
  const sentence = 'In May the council approved the budget and the mayor signed it in June.';
  assert.equal(label(sentence, 'May', { others: ['June'] }), 'The council approved the budget');
  assert.equal(label(sentence, 'June', { others: ['May'] }), 'The mayor signed it');
  const hired = 'Last year the firm hired 200 workers and the union signed a contract in March.';
  assert.equal(label(hired, 'March', { others: ['Last year'] }), 'The union signed a contract');
  // negative: a participle after "and" with no object describes the noun phrase ("the plans signed by")
  assert.equal(
    label('Officials reviewed the plans and the papers signed by the mayor in 2010.', '2010'),
    'The papers signed by the mayor',
  );
  // negative: a subject of two nouns that opens the clause stays whole
  assert.equal(
    label('The police and the army entered the city on Monday.', 'Monday'),
    'The police and the army entered the city',
  );
});

test('a date that ends a period belongs to the period: no verb of another phrase', () => {
  const sentence = 'Revenue grew in the quarter ended June 30 to $9 million from $8 million a year earlier.';
  const others = ['the quarter', 'June 30'];
  assert.equal(
    label(sentence, 'a year earlier', { others }),
    'Revenue grew in the quarter ended June 30 to $9 million from $8 million',
  );
});

test('a short label puts its phrase back with its preposition', () => {
  assert.equal(label('In 2008 profits collapsed.', '2008'), 'In 2008 profits collapsed');
  // an "of" stays with the word before it
  assert.equal(label('The fair was delayed because of the March 3 floods, sadly.', 'March 3'), 'The March 3 floods');
});

test('after "on Monday and", the second clause\'s subject starts after the time phrase', () => {
  const sentence = 'The mayor will speak on Monday and a vigil is planned for Tuesday.';
  assert.equal(label(sentence, 'Tuesday', { others: ['Monday'] }), 'A vigil is planned');
  assert.equal(
    label('The mayor spoke on Monday and the vigil was held on Tuesday.', 'Tuesday', { others: ['Monday'] }),
    'The vigil was held',
  );
  // negative: two nouns joined by "and" are still one subject
  assert.equal(label('The mayor and the bishop spoke on Monday.', 'Monday'), 'The mayor and the bishop spoke');
});

test("a clause with its subject drops another phrase's date; one that says more keeps it", () => {
  const opts = { others: ['Tuesday'] };
  assert.equal(label('First-half profit rose 12% on Tuesday.', 'First-half', opts), 'First-half profit rose 12%');
  assert.equal(
    label('Third-quarter sales fell 8% on Monday.', 'Third-quarter', { others: ['Monday'] }),
    'Third-quarter sales fell 8%',
  );
  // negative: "at" a length is an age, which says more than the date
  assert.equal(
    label('The painter died at 91 years and 40 days in May 2004.', 'May 2004', { others: ['91 years and 40 days'] }),
    'The painter died at 91 years and 40 days',
  );
});

test('a date after the noun that "after" or "before" names dates that noun when the verb has its own date', () => {
  const sentence =
    'Wanderers meet Albion in the cup final on Saturday, ten days after their league defeat on Wednesday.';
  const others = ['Saturday', 'ten days', 'Wednesday'];
  assert.match(label(sentence, 'Saturday', { others }), /^Wanderers meet Albion in the cup final/);
  assert.match(label(sentence, 'Wednesday', { others }), /^Their league defeat/);
  // (over no comma too)
  assert.match(
    label('The ferry resumed sailing on Monday after the storm damage in October.', 'October', {
      others: ['Monday'],
    }),
    /^The storm damage/,
  );
  // negative: with no date of its own, the verb is what the date after "after" dates
  assert.equal(
    label('The ferry resumed sailing after the storm damage in October.', 'October'),
    'The ferry resumed sailing after the storm damage',
  );
});

test('a base verb of a fixture between two names is the verb ("Wanderers | host | Albion on Saturday")', () => {
  assert.equal(label('Wanderers host Albion on Saturday.', 'Saturday'), 'Wanderers host Albion');
  assert.equal(
    label('Wanderers face a tough trip to Albion on Saturday.', 'Saturday'),
    'Wanderers face a tough trip to Albion',
  );
  // negative: such a word before a noun is no verb ("face masks")
  assert.equal(
    label('The Wanderers face masks sold out on Saturday.', 'Saturday'),
    'The Wanderers face masks sold out',
  );
});
