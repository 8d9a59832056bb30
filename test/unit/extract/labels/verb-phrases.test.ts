// A second verb of one subject ("…, and recently ordered"), an adverb before it, subjects over their
// prepositional phrases ("Stock markets around the world"), and the verbs the tagger must not read as nouns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an adverb phrase after "and" dates the verb after it, with the subject of the first verb', () => {
  assert.equal(
    label('The shop sells music, and more recently has begun to sell films.', 'more recently'),
    'The shop has begun to sell films',
  );
  assert.equal(
    label('The store currently sells old vinyl records, and more recently has begun to sell films.', 'more recently'),
    'The store has begun to sell films',
  );
  assert.equal(
    label('He said he found the car in the river, and recently ordered his men to search the banks.', 'recently'),
    'He said he ordered his men to search the banks',
  );
  // the first verb is inside a relative clause ("where …"): its subject is not the second verb's
  assert.equal(
    label(
      'He said he got a tip on where the car had been hidden, and recently ordered his men to search the banks.',
      'recently',
    ),
    'He said he ordered his men to search the banks',
  );
  // negative: a noun phrase before the verb is its subject
  assert.equal(
    label('Yesterday was the coldest day of the year.', 'Yesterday'),
    'Yesterday was the coldest day of the year',
  );
  // negative: inside "because …" the second verb keeps the subject of the first (and its perfect's "had":
  // coordination.test.ts)
  assert.equal(
    label(
      'The police watched the rally because Kopp had joined or marched in it in each of the past three years.',
      'the past three years',
    ),
    'Kopp had marched in it',
  );
});

test('a subject keeps the head before its "to", "around" phrase; a name after a preposition is no head', () => {
  assert.equal(
    label('Stock markets around the world fell sharply on Monday.', 'Monday'),
    'Stock markets around the world fell sharply',
  );
  assert.equal(
    label('The Iraqi ambassador to Venezuela said on Tuesday that Iraq would retaliate.', 'Tuesday'),
    'The ambassador to Venezuela said that Iraq would retaliate',
  );
  assert.equal(label('Exports to China rose 5% in May.', 'May'), 'Exports to China rose 5%');
  assert.equal(
    label('He said costs of the move from Wall Street to a new tower will weigh on earnings through 2021.', '2021'),
    'Costs of the move will weigh on earnings',
  );
  // negative: "X of Y" names stay whole, and a name after a title is who
  assert.equal(
    label('The Organization of African Unity said on Friday it would investigate the killings.', 'Friday'),
    'The Organization of African Unity said it would investigate the killings',
  );
  assert.equal(
    label('U.S. Secretary of State Madeleine Albright said on Monday that talks would resume.', 'Monday'),
    'Madeleine Albright said that talks would resume',
  );
});

test('the main verb after a relative clause with its object', () => {
  const sentence = 'The firm that makes the drug fired 200 workers in March and closed a plant in May.';
  assert.equal(label(sentence, 'March', { others: ['May'] }), 'The firm fired 200 workers');
  assert.equal(label(sentence, 'May', { others: ['March'] }), 'The firm closed a plant');
  assert.equal(
    label('The rebels who seized the town announced a truce on Monday.', 'Monday'),
    'The rebels announced a truce',
  );
  // negative: after a preposition the noun phrase and its participle stay a noun phrase
  assert.equal(label('The firm agreed to a deal signed in May.', 'May'), 'A deal signed in May');
});

test('a past form after "and" after an infinitive is a second verb of the clause', () => {
  assert.equal(
    label(
      'As sales slowed, the firm failed to find another hit and filed for bankruptcy protection in July 1988.',
      'July 1988',
    ),
    'The firm filed for bankruptcy protection',
  );
  assert.equal(
    label('Police tried to stop the march and arrested 12 people on Sunday.', 'Sunday'),
    'Police arrested 12 people',
  );
  // negative: "cut", "set" may be a second infinitive ("hopes to cut costs and set prices")
  assert.equal(label('The firm hopes to cut costs and set prices in May.', 'May'), 'Set prices in May');
});

test('a time phrase set off by commas inside a verb group leaves the group whole', () => {
  assert.equal(
    label('The board could, in a year or two, review the rules for new members.', 'a year'),
    'The board could review the rules for new members',
  );
  assert.equal(
    label('The mayor will, on Monday, meet the striking drivers.', 'Monday'),
    'The mayor will meet the striking drivers',
  );
  assert.equal(label('The firm has, since 2015, doubled its sales.', '2015'), 'The firm has doubled its sales');
  // the clause goes on after the commas of the phrase
  assert.equal(label('The team was, on Sunday, in second place.', 'Sunday'), 'The team was in second place');
  // negative: a comma that ends a clause still ends it
  assert.equal(label('The team won the cup on Sunday, and the fans celebrated.', 'Sunday'), 'The team won the cup');
});
