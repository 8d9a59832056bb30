import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Wednesday 29 December 2027.
const PUB = '2027-12-29';

const values = (text: string) => timexes(text, PUB).map((t) => `${t.text}=${t.value}`);
/** The events of a text as "label from..to". */
const events = (text: string) => extract(text, { published: PUB }).events.map((e) => `${e.label} ${e.from}..${e.to}`);

test('each day of a list of three days or more is a timex, its month named once after the list', () => {
  assert.deepEqual(values('Members will walk out on 12, 14 and 16 January.'), [
    '12=2028-01-12',
    '14=2028-01-14',
    '16 January=2028-01-16',
  ]);
  assert.deepEqual(values('It happened on the 3rd, 4th and 5th of March.'), [
    'the 3rd=2027-03-03',
    '4th=2027-03-04',
    '5th of March=2027-03-05',
  ]);
  // the year written after the month holds for every day
  assertPlaced('Members walked out on 12, 14 and 16 January 2015.', '12', '2015-01-12', undefined, undefined, PUB);
  // negative: days out of order are no list
  assertNone('Votes on 5, 2 and 9 January.', '5', PUB);
});

test('each day of a list of three days or more is a timex, its month named once before the list', () => {
  assert.deepEqual(values('Strikes are planned on January 12, 14 and 16.'), [
    'January 12=2028-01-12',
    '14=2028-01-14',
    '16=2028-01-16',
  ]);
  assert.deepEqual(values('Shows on March 3, 4, and 5 sold out.'), [
    'March 3=2027-03-03',
    '4=2027-03-04',
    '5=2027-03-05',
  ]);
  // the year written after the last day holds for every day
  assert.deepEqual(values('Shows on March 3, 4, and 5, 2015, sold out.'), [
    'March 3=2015-03-03',
    '4=2015-03-04',
    '5, 2015=2015-03-05',
  ]);
  // negative: a count after a date ("January 12, 14 people"), a list of counts, a list that never closes
  assert.deepEqual(values('On January 12, 14 people died.'), ['January 12=2027-01-12']);
  assert.deepEqual(values('On January 12, 14 and 16 people died.'), ['January 12=2027-01-12']);
  assert.deepEqual(values('On January 12, 14 and 16,000 people marched.'), ['January 12=2027-01-12']);
  assert.deepEqual(values('On March 3, 4, 5 were arrested.'), ['March 3=2027-03-03']);
});

test('each day of a list is its own event, and every label drops the list whole', () => {
  assert.deepEqual(events('Members will walk out on 12, 14 and 16 January.'), [
    'Members will walk out 2028-01-12..2028-01-13',
    'Members will walk out 2028-01-14..2028-01-15',
    'Members will walk out 2028-01-16..2028-01-17',
  ]);
  assert.deepEqual(events('Talks were held on Monday, Tuesday and Friday.'), [
    'Talks were held 2027-12-27..2027-12-28',
    'Talks were held 2027-12-28..2027-12-29',
    'Talks were held 2027-12-24..2027-12-25',
  ]);
  // negative: a day before a possessive date, with no "and", is no list: the vote keeps its day
  for (const e of events('On Monday, Tuesday’s vote was delayed by a week.'))
    assert.match(e, /^Tuesday’s vote was delayed by a week /);
});

test('two days joined by "and" are one stretch only when they are in a row', () => {
  assert.deepEqual(events('Delegates met in Vienna on May 14 and 15.'), [
    'Delegates met in Vienna 2027-05-14..2027-05-16',
  ]);
  assert.deepEqual(events('Delegates met in Vienna on May 14 and 16.'), [
    'Delegates met in Vienna 2027-05-14..2027-05-15',
    'Delegates met in Vienna 2027-05-16..2027-05-17',
  ]);
});

test('"between" one date and another is a stretch though a comma closes the first date’s year', () => {
  assert.deepEqual(events('He is charged with fraud between Nov. 1, 2004, and Oct. 8, 2008.'), [
    'He is charged with fraud 2004-11-01..2008-10-09',
  ]);
});
