// A participle aside after the subject ("The first warning for snow, issued in May, …") describes the whole noun
// phrase that opens the clause, not the last noun of its "for", "in" phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test("an aside after the subject keeps the subject's head", () => {
  assert.equal(
    label('The first amber alert for snow, issued for the north in March 2021, closed schools.', 'March 2021'),
    'The first amber alert for snow, issued for the north',
  );
});

test('after "of" the noun phrase nearest the aside is what it describes', () => {
  assert.equal(label('Terms of the merger, agreed in June, were not disclosed.', 'June'), 'The merger, agreed in June');
});

test('a participle with nothing after it keeps its time phrase: no label ends on a bare participle', () => {
  assert.equal(
    label('A third driver, arrested on Sunday, was released on bail.', 'Sunday', { others: ['bail'] }),
    'A third driver, arrested on Sunday',
  );
  // negative: a participle with an object or a place after it ends its label without the phrase
  assert.equal(
    label('A third driver, arrested in Leeds on Sunday, was released.', 'Sunday'),
    'A third driver, arrested in Leeds',
  );
});

test("an opening participle's date, when the main clause has its own: the participle, said of the subject", () => {
  const sentence = 'Appointed in 2018, Moreno resigned on Tuesday.';
  const others = ['2018', 'Tuesday'];
  assert.equal(label(sentence, '2018', { others }), 'Appointed in 2018, Moreno');
  assert.equal(
    label('Built in 1902 as a bank, the hall was turned into flats in 1990.', '1902', { others: ['1990'] }),
    'Built in 1902 as a bank, the hall',
  );
  // negative: a length in the main clause is no date of its own ("grew for two decades" from 1902)
  assert.equal(
    label('Founded in 1902, the club grew for two decades.', '1902', { others: ['two decades'] }),
    'Founded in 1902, the club grew for two decades',
  );
  // negative: with no date of its own, the main clause is the event, as before
  assert.equal(
    label('Opened in 1931, the viaduct carried trams.', '1931'),
    'Opened in 1931, the viaduct carried trams',
  );
});
