// A word that narrows a time phrase ("until at least 10am", "just past midnight", "shortly before noon") belongs to
// the phrase: when the label drops the phrase it drops the modifier too, not leave "… until at least" behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('"at least" and "at most" between the preposition and the phrase go with it', () => {
  assert.equal(
    label('Ferry operators suspended crossings between Dover and Calais until at least 11am.', '11am'),
    'Ferry operators suspended crossings between Dover and Calais',
  );
  assert.equal(
    label('Orders for new turbines should remain high through at least the end of next year.', 'the end of next year'),
    'Orders for new turbines should remain high',
  );
  assert.equal(
    label('The ban on imports of live cattle will last until at most next spring.', 'next spring'),
    'The ban on imports of live cattle will last',
  );
});

test('an adverb before a preposition of time goes with it', () => {
  assert.equal(
    label('Firefighters brought the blaze at the depot under control just after 4am.', '4am'),
    'Firefighters brought the blaze at the depot under control',
  );
  assert.equal(
    label('The debate on rail fares in the capital ended just past midnight.', 'midnight'),
    'The debate on rail fares in the capital ended',
  );
  assert.equal(
    label('The second ship is expected to dock some time in June.', 'June'),
    'The second ship is expected to dock',
  );
  assert.equal(
    label('The group hopes to tour the northern cities as soon as May.', 'May'),
    'The group hopes to tour the northern cities',
  );
});

test('"just" and "nearly" after the preposition narrow the phrase', () => {
  assert.equal(
    label('The museum kept its doors open until nearly midnight on Saturday.', 'midnight on Saturday'),
    'The museum kept its doors open',
  );
});

test('an adverb that is its verb’s own stays', () => {
  // "break even", "bode well": the adverb completes the verb; the preposition after it is no preposition of time
  assert.match(label('The airline expects to break even in the third quarter.', 'the third quarter'), /break even$/);
  assert.match(label('The figures bode well for the shops in the coming months.', 'the coming months'), /bode well/);
  // "at least" that counts something else is not the phrase's
  assert.match(
    label('At least 30 homes were flooded when the river burst its banks on Tuesday.', 'Tuesday'),
    /^At least 30 homes/,
  );
});

test('"ahead of" goes with its phrase as one preposition', () => {
  assert.equal(
    label('Shoppers held back on big purchases ahead of Cyber Monday.', 'Cyber Monday'),
    'Shoppers held back on big purchases',
  );
  // "go ahead" with no "of" keeps its adverb
  assert.equal(label('The parade will go ahead on Sunday.', 'Sunday'), 'The parade will go ahead');
});

test('"and again" before a second, dropped time phrase goes with it', () => {
  assert.equal(
    label('Fares on the night buses will rise next month and again in the autumn.', 'next month', {
      others: ['the autumn'],
    }),
    'Fares on the night buses will rise',
  );
  // an "again" that ends its own clause stays
  assert.equal(
    label('The club will play the visitors again on Friday.', 'Friday'),
    'The club will play the visitors again',
  );
});

test('"into" opens a time phrase, with the adverb that narrows it ("well into")', () => {
  assert.equal(
    label('The firm warned of delays to its deliveries well into the following week.', 'the following week'),
    'The firm warned of delays to its deliveries',
  );
  assert.equal(
    label('The veteran came into 2010 as the club’s leading scorer.', '2010'),
    'The veteran came as the club’s leading scorer',
  );
  // negative: "into" before a place stays ("moved into Asia in 2019")
  assert.equal(label('The firm expanded into Asia in 2019.', '2019'), 'The firm expanded into Asia');
});

test('"at least" before a preposition of time goes with it', () => {
  assert.equal(
    label('The chief executive said the shortage of chips would last at least until mid-2022.', 'mid-2022'),
    'The shortage of chips would last',
  );
  // negative: "at least" before a number is the verb's own
  assert.match(label('The storm killed at least 12 people on Monday.', 'Monday'), /at least 12 people/);
});

test('"starting", "beginning", "effective" before a time phrase go with it, after what they apply to', () => {
  assert.equal(
    label('The governor ordered the evacuation of coastal parishes starting at noon on Tuesday.', 'noon on Tuesday'),
    'The governor ordered the evacuation of coastal parishes',
  );
  assert.equal(
    label('The new rate applies to all loans effective May 1.', 'May 1'),
    'The new rate applies to all loans',
  );
  // negative: after an auxiliary, the word is the verb
  assert.equal(label('He is starting on Monday.', 'Monday'), 'He is starting on Monday');
});

test('an adverb that narrowed a preposition the label leaves out goes with it ("shortly | after")', () => {
  assert.equal(
    label('On Friday the driver was questioned and left the town shortly after.', 'Friday'),
    'The driver was questioned and left the town',
  );
  assert.equal(label('The goalkeeper had retired long before, in 2011.', '2011'), 'The goalkeeper had retired');
  // negative: an adverb that says when on its own stays ("shortly afterwards")
  assert.equal(
    label('The driver left the town shortly afterwards, on Friday.', 'Friday'),
    'The driver left the town shortly afterwards',
  );
  // negative: the preposition kept with what it governs keeps its adverb
  assert.equal(
    label('The driver left the town shortly after the crash on Friday.', 'Friday'),
    'The driver left the town shortly after the crash',
  );
});

test('a word that opened a time phrase the label leaves out goes with it ("…, starting | in March")', () => {
  const sentence = 'The chain said on Friday it would shut 12 stores over the next two years, starting in April.';
  assert.equal(
    label(sentence, 'Friday', { others: ['the next two years', 'April'] }),
    'The chain said it would shut 12 stores over the next two years',
  );
  // negative: "starting" as the verb keeps its object
  assert.equal(
    label('The bakery is starting a night shift in April.', 'April'),
    'The bakery is starting a night shift',
  );
});

test('an adverb that focuses a time phrase with no preposition goes with it: "exactly two years ago"', () => {
  assert.equal(
    label(
      'A judge on Monday found the former clerk guilty of murder in a workplace rampage exactly two years ago.',
      'two years ago',
      { others: ['Monday'] },
    ),
    'Murder in a workplace rampage',
  );
  assert.equal(
    label('South Sudan became the newest country in the world only two years ago.', 'two years ago'),
    'South Sudan became the newest country in the world',
  );
  // negative: such an adverb before the verb stays
  assert.equal(
    label('Shares in the troubled lender only recovered on Monday.', 'Monday'),
    'Shares in the troubled lender only recovered',
  );
});
