// A phrase that opens the sentence, an opening prepositional phrase, or a phrase between a subject
// and its verb dates the main clause; "Speaking to reporters" and "Police in the province" are no labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, label } from './label-helper.js';

test('a sentence-initial phrase labels the clause after it', () => {
  const d = describe('On Monday, the army withdrew from the northern town.', 'Monday');
  assert.equal(d.label, 'The army withdrew from the northern town');
  assert.match(d.why, /opens the sentence/);
  assert.equal(label('Last week the mill laid off 40 workers.', 'Last week'), 'The mill laid off 40 workers');
  assert.equal(
    label('Also on Tuesday, the central bank raised its main rate.', 'Tuesday'),
    'The central bank raised its main rate',
  );
});

test('an opening prepositional phrase stays in front of its main clause when both fit', () => {
  assert.equal(
    label('In early trading on Tuesday, shares of the bank fell sharply.', 'Tuesday'),
    'In early trading, shares of the bank fell sharply',
  );
});

test('an opening participle phrase gives way to its main clause', () => {
  assert.equal(
    label('Speaking to reporters on Monday, the coach praised his players.', 'Monday'),
    'Speaking to reporters, the coach praised his players',
  );
});

test('between a subject and its verb the phrase dates that verb', () => {
  assert.equal(
    label('The court Friday rejected the appeal of the two brothers.', 'Friday'),
    'The court rejected the appeal of the two brothers',
  );
  assert.equal(label('Capital spending in 2024 will rise slightly.', '2024'), 'Capital spending will rise slightly');
});

test('between a subject and its verb, adverbs before the verb do not hide it', () => {
  assert.equal(
    label('The league Saturday sharply criticised two referees for the errors.', 'Saturday'),
    'The league sharply criticised two referees for the errors',
  );
  assert.equal(
    label('The board Monday also voted to close the plant.', 'Monday'),
    'The board also voted to close the plant',
  );
  // negative: a noun phrase after the phrase is no verb ("Saturday night riots")
  assert.equal(
    label('The city saw riots Saturday night in the port.', 'Saturday night'),
    'The city saw riots in the port',
  );
});

test('every label has a predicate: a subject alone is completed by its verb', () => {
  assert.equal(
    label('Police in the northern province arrested three men on Saturday.', 'Saturday'),
    'Police in the northern province arrested three men',
  );
});

test('a phrase that is the subject stays in its clause', () => {
  // under four words, the label grows to the edges of its clause
  assert.equal(
    label('Sunday was chosen because the hall was free.', 'Sunday'),
    'Sunday was chosen because the hall was free',
  );
  assert.equal(label('Next year will bring two elections.', 'Next year'), 'Next year will bring two elections');
});
