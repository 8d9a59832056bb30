// "The county will spend £4m in 2026 and | £6m | in 2027": after a time phrase, "and" with a noun phrase and another
// time phrase, no verb between, leaves the verb out; the second phrase dates the clause before with that noun phrase
// in place of the one it stands for ("The county will spend £6m"), and the first clause ends before "and".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';

const published = '2024-10-23';
const events = (text: string) => extract(text, { published }).events.map((e) => e.label);

test('a second object with its own time phrase takes the verb before it', () => {
  assert.deepEqual(events('The county will spend £4m on bridges in 2026 and £6m in 2027.'), [
    'The county will spend £4m on bridges',
    'The county will spend £6m',
  ]);
  assert.deepEqual(events('The band toured Japan in 2015 and Brazil in 2018.'), [
    'The band toured Japan',
    'The band toured Brazil',
  ]);
  // a percentage is no day of the month joined to the first date
  assert.deepEqual(events('Exports grew 3% in 2022 and 5% in 2023.'), [
    'Exports grew 3% in 2022',
    'Exports grew 5% in 2023',
  ]);
});

test('a first object of two nouns joined by "and" is the one the second stands for, whole', () => {
  assert.deepEqual(events('The orchestra will visit Oslo and Bergen in March and Vienna in May.'), [
    'The orchestra will visit Oslo and Bergen',
    'The orchestra will visit Vienna',
  ]);
  assert.deepEqual(events('The chain opened shops and cafes in 2019 and a bakery in 2021.'), [
    'The chain opened shops and cafes',
    'The chain opened a bakery',
  ]);
  // negative: "and" before a clause of its own is no gap
  assert.deepEqual(events('The band toured Japan and Korea in 2015 and critics praised it in 2016.'), [
    'The band toured Japan and Korea',
    'Critics praised it in 2016',
  ]);
});

test('the noun phrase it stands for opens like it: a first object, or a preposition, stays', () => {
  // "members" is the first of two objects
  assert.equal(
    events('The union offered members a 3% deal backdated to January and a further 2% from next January.')[1],
    'The union offered members a further 2%',
  );
  // the preposition of the first ("by 0.4%") goes with the second
  assert.deepEqual(events('The index fell by 0.4% between May and July and a further 0.2% since August.'), [
    'The index fell by 0.4%',
    'The index fell by a further 0.2%',
  ]);
  assert.equal(
    events('The pier was damaged by Storm Ciara in 2020 and Storm Eunice in 2022.')[1],
    'The pier was damaged by Storm Eunice',
  );
});

test('a second subject after a verb with no object is named after the verb it shares', () => {
  assert.equal(events('The library opened in 1961 and the pool in 1974.')[1], 'The library opened and the pool');
  assert.deepEqual(events('Rain fell on Monday and snow on Tuesday.'), ['Rain fell on Monday', 'Rain fell and snow']);
});

test('a verb of reporting may be the one left out', () => {
  assert.deepEqual(events('The company reported profits in 2019 and losses in 2020.'), [
    'The company reported profits',
    'The company reported losses',
  ]);
});

test('negative: a day after "and" is part of the time phrase, not a noun phrase of its own', () => {
  // (the nights recur: one event, from May 4)
  assert.deepEqual(events('Ferries will leave Dover on Monday and Tuesday nights from May 4.').length, 1);
  assert.match(
    events('Ferries will leave Dover on Monday and Tuesday nights from May 4.')[0]!,
    /on Monday and Tuesday nights/,
  );
  // "and then its captain": no second time phrase, no verb left out
  assert.equal(
    events('Kim was part of a crew aboard the ship in June 1988 and then its captain.')[0],
    'Kim was part of a crew aboard the ship and then its captain',
  );
});

test('a second object whose noun ends in "-s" (read as a verb) still takes the verb before it', () => {
  assert.deepEqual(events('The mill cut shifts in March and pay rises in April.'), [
    'The mill cut shifts',
    'The mill cut pay rises',
  ]);
  // negative: after a verb with no object the "-s" word is the verb of a clause of its own
  assert.equal(events('Prices fell in March and rent rises in April.')[1], 'Rent rises in April');
});

test('"and then", "and again" before a second time phrase: a second event of the same verb, each with its own date', () => {
  assert.deepEqual(events('The launch slipped to 2020 and then to 2022.'), [
    'The launch slipped to 2020',
    'The launch slipped to 2022',
  ]);
  // "again" says it is the second time, and stays
  assert.deepEqual(events('Sales rose in 2019 and again in 2021.'), ['Sales rose in 2019', 'Sales rose again in 2021']);
  // negative: a verb of its own after "and then" makes a clause of its own
  assert.deepEqual(events('The plant closed in 2009 and then reopened in 2012.'), [
    'The plant closed',
    'The plant then reopened',
  ]);
});

test('a place after its preposition, "and", then another phrase: the verb left out, the place after the same preposition', () => {
  assert.deepEqual(events('The phone will go on sale in Europe on Nov. 14 and in the United States early next year.'), [
    'The phone will go on sale in Europe',
    'The phone will go on sale in the United States',
  ]);
  assert.deepEqual(events('The band played in Oslo on Friday and in Bergen on Saturday.'), [
    'The band played in Oslo',
    'The band played in Bergen',
  ]);
});

test('"…, and later to June" after a comma, with a clause after it: the same verb, not the clause after', () => {
  assert.deepEqual(events('The gala was moved to March, and later to June, before the board settled on a date.'), [
    'The gala was moved',
    'The gala was moved',
  ]);
  // negative: a clause of its own after the comma keeps its verb
  assert.deepEqual(events('The gala was moved to March, and later the board moved it to June.'), [
    'The gala was moved',
    'The board moved it',
  ]);
});
