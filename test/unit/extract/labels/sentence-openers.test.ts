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

test('an opening participle phrase that holds the phrase keeps its comma before the main clause', () => {
  assert.equal(
    label('Arrested in Paris in May after a long chase, the suspect confessed to three killings.', 'May'),
    'Arrested in Paris, the suspect confessed to three killings',
  );
  // a one-word lead in "-ing" is none ("Beginning, the bakery plans …" would read broken)
  assert.equal(
    label('Beginning in 2019, the bakery plans to sell bread online.', '2019'),
    'The bakery plans to sell bread online',
  );
});

test('a past participle that opens the sentence alone keeps its time phrase, as "Born in 1935, Ellison" does', () => {
  // never "Rescued Tomas has become …", "Built the steel span carried …"
  assert.equal(
    label('Rescued on June 3 by divers, Tomas has become the face of a safety campaign.', 'June 3'),
    'Rescued on June 3, Tomas has become the face of a safety campaign',
  );
  assert.equal(
    label('Built in the 1930s, the steel span carried traffic for decades.', 'the 1930s'),
    'Built in the 1930s, the steel span carried traffic for decades',
  );
  assert.equal(label('Elected in 2016, she served two terms.', '2016'), 'Elected in 2016, she served two terms');
  // negative: a participle with more words of its own stands without the phrase
  assert.equal(
    label('Opened in Leeds in 1998 with two screens, the cinema grew to ten screens.', '1998'),
    'Opened in Leeds, the cinema grew to ten screens',
  );
});

test('an opening past-participle phrase that dates its own event keeps the main clause when it fits', () => {
  assert.equal(
    label('However, fined by the league in March for missing a game, Novak was sent home.', 'March'),
    'Fined by the league for missing a game, Novak was sent home',
  );
  // negative: with no room for the main clause the participle phrase is the label, from its participle ("Found
  // sleeping": the "-ing" phrase completes "Found")
  assert.equal(
    label(
      'Found sleeping in a small boat near the old harbour in late April, the painter has been the subject of a long search.',
      'late April',
    ),
    'Found sleeping in a small boat near the old harbour',
  );
});

test('a place and its state inside a subject stay in it; "the following year" counts from nothing', () => {
  assert.equal(
    label('The Salem, Ore., bakery’s shares hit a peak in 2011.', '2011'),
    'The Salem, Ore., bakery’s shares hit a peak',
  );
  // negative: after a preposition the place is no part of the subject
  assert.equal(
    label('In Salem, Oregon, officials said on Monday that the mill closed.', 'Monday'),
    'Officials said that the mill closed',
  );
  assert.equal(
    label('The club was founded in 1921, and the following year its team won the cup.', 'the following year'),
    'Its team won the cup',
  );
});

test('a thing a date describes in the phrase that opens the sentence: the main clause, after that phrase', () => {
  assert.equal(
    label('In its Friday edition, the local paper quoted a police officer as saying the suspect had fled.', 'Friday'),
    'In its Friday edition, the local paper quoted a police officer',
  );
  assert.equal(
    label('In a 1984 memoir, the former envoy described the secret talks.', '1984'),
    'In a 1984 memoir, the former envoy described the secret talks',
  );
  // negative: an event the date describes is labelled on its own; a thing outside an opening phrase stays in its clause
  assert.equal(
    label('Before his Sunday night address, the premier met the striking dockers.', 'Sunday night'),
    'His Sunday night address',
  );
  assert.equal(
    label('The former envoy described the secret talks in a 1984 memoir.', '1984'),
    'The former envoy described the secret talks in a 1984 memoir',
  );
});

test('a live report’s clock stamp opening the line is no word of the subject', () => {
  assert.equal(
    label('09:40 Gusts of 80mph were recorded at Berry Head just after 8am.', 'just after 8am', { others: ['09:40'] }),
    'Gusts of 80mph were recorded at Berry Head',
  );
  assert.equal(
    label('14:05 The Met Office has issued a wind warning until 6pm tonight.', '6pm tonight', { others: ['14:05'] }),
    'The Met Office has issued a wind warning',
  );
  // negative: a figure that is no clock time stays ("80 homes", a count)
  assert.equal(label('80 homes were flooded on Friday, the council said.', 'Friday'), '80 homes were flooded');
});
