// "will cut jobs in March and | close plants in June": a base form after "and", right after the first verb's time
// phrase, is a second verb of the modal before (not a noun of the first verb's object); each verb is its own event,
// dated by its own phrase, and the label of the second keeps the modal ("The firm will close two plants").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { describe } from './label-helper.js';

const published = '2024-10-23';
/** The label of each event of `text`, in order. */
const events = (text: string) => extract(text, { published }).events.map((e) => e.label);

test('a base verb after "and" shares the modal of the verb before it', () => {
  assert.deepEqual(events('The bakery will shut its old site in May and open a new one in September.'), [
    'The bakery will shut its old site',
    'The bakery will open a new one',
  ]);
  // a verb made of a common one with a prefix, before a pronoun
  assert.deepEqual(events('The museum would close its doors on Saturday and reopen them on Tuesday.'), [
    'The museum would close its doors',
    'The museum would reopen them',
  ]);
  // in a reported clause
  assert.deepEqual(
    events('The mayor said the city would sell the old depot next spring and build 300 homes there in 2027.'),
    ['The city would sell the old depot', 'The city would build 300 homes'],
  );
});

test('the second verb is told in the future, like the modal it shares', () => {
  const sentence = 'The bakery will shut its old site in May and open a new one in September.';
  const second = describe(sentence, 'September', { others: ['May'] });
  assert.equal(second.label, 'The bakery will open a new one');
  assert.equal(second.tense, 'future');
  // negative: a verb of its own in the present stays in the present
  assert.equal(describe('The bakery opens a new site in September.', 'September').tense, 'present');
});

test('negative: without a time phrase before "and", the two verbs share one phrase and one label', () => {
  assert.deepEqual(events('The firm will cut 2,000 jobs and close two plants by June.'), [
    'The firm will cut 2,000 jobs and close two plants',
  ]);
});

test('negative: a noun after "and" stays a noun ("cut prices in May and | staff in June")', () => {
  // (the second noun phrase is the verb's second object, its verb left out)
  assert.deepEqual(events('The shop will cut prices in May and staff in June.'), [
    'The shop will cut prices',
    'The shop will cut staff',
  ]);
});

test("a base verb with a verb ending, or before an adjective, is the modal's second verb", () => {
  // "-ish", "-ise", "-ify": endings of verbs, seldom of nouns
  assert.deepEqual(events('The club will hold a vote on May 4 and publish the result a week later.'), [
    'The club will hold a vote',
    'The club will publish the result',
  ]);
  assert.deepEqual(events('The council will approve the plan in March and finalise it in April.'), [
    'The council will approve the plan',
    'The council will finalise it',
  ]);
  // a common verb before an adjective or a hyphenated word opens its object
  assert.deepEqual(events('The bank will meet investors on June 3 and sell new shares two weeks later.'), [
    'The bank will meet investors',
    'The bank will sell new shares',
  ]);
  assert.deepEqual(events('The group will hold its meeting on Feb. 27 and publish full-year figures in March.'), [
    'The group will hold its meeting',
    'The group will publish full-year figures',
  ]);
});

test('negative: a noun of a verb\'s second object stays a noun ("and pay rises"), so does a noun in "-ise"', () => {
  assert.deepEqual(events('The shop will cut prices in May and staff numbers in June.'), [
    'The shop will cut prices',
    'The shop will cut staff numbers',
  ]);
  assert.deepEqual(events('The fund will back the startup in May and enterprise in June.'), [
    'The fund will back the startup',
    'The fund will back enterprise',
  ]);
});

test('a base verb that is also its past ("cut", "put", "set") shares the modal too, not read as the past', () => {
  assert.deepEqual(
    events('The grocer said it would close 20 stores next year and cut 1,500 jobs by the end of 2025.'),
    ['The grocer said it would close 20 stores', 'The grocer said it would cut 1,500 jobs'],
  );
  assert.deepEqual(events('The council will build 300 homes in 2025 and set up a housing company in 2026.'), [
    'The council will build 300 homes',
    'The council will set up a housing company',
  ]);
  // negative: after a past verb it is the past ("raised rates in May and | cut them in June")
  assert.deepEqual(events('The bank raised rates in May and cut them in June.'), [
    'The bank raised rates',
    'The bank cut them',
  ]);
});
