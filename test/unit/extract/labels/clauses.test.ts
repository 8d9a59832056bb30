// The clause that holds the phrase: subordinate clauses, "when" clauses, relative clauses,
// participles and infinitives are labelled on their own or with the verb that governs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, label } from './label-helper.js';

test('"in 2010 when the company recalled its phones": the "when" clause is the event', () => {
  const d = describe('Shares fell in 2010 when the company recalled its phones.', '2010');
  assert.equal(d.label, 'The company recalled its phones');
  assert.match(d.why, /after “when”/);
});

test('a subordinate clause is labelled on its own', () => {
  assert.equal(label('The town was rebuilt after the mayor resigned in July.', 'July'), 'The mayor resigned');
  assert.equal(
    label('Rents rose because the mill reopened in May and hired 300 workers.', 'May'),
    'The mill reopened in May',
  );
});

test('a relative clause takes its antecedent', () => {
  assert.equal(label('The bakery, which opened in 1998, will close next month.', '1998'), 'The bakery opened in 1998');
  assert.equal(
    label('The bakery, which opened in 1998, will close next month.', 'next month'),
    'The bakery will close',
  );
  assert.equal(
    label('The ferry that sank near Crete last week had been refitted.', 'last week'),
    'The ferry sank near Crete',
  );
  assert.equal(
    label('The firm sent shareholders the revised offer that it mailed last Friday.', 'last Friday'),
    'The revised offer that it mailed',
  );
  // the antecedent is the object of the verb before it, without that verb
  assert.equal(
    label('Officials met on Tuesday to discuss the plan, which was approved in March.', 'March'),
    'The plan was approved',
  );
  assert.equal(label('They want the plan, which was approved in March.', 'March'), 'The plan was approved');
});

test('a participle describing a noun is labelled with it', () => {
  assert.equal(
    label('Under a deal signed yesterday, the two firms will share the plant.', 'yesterday'),
    'A deal signed yesterday',
  );
  assert.equal(
    label('The rebels broke the truce, set to expire on Friday in Geneva.', 'Friday'),
    'The truce, set to expire in Geneva',
  );
});

test('a participle inside the subject gives way to the subject’s verb', () => {
  const d = describe(
    'Peace talks hosted by the Swiss government in Geneva on Saturday ended without a deal.',
    'Saturday',
  );
  assert.equal(d.label, 'Peace talks ended without a deal');
});

test('an infinitive or a gerund after a verb is labelled with that verb', () => {
  assert.equal(label('Farmers voted to end the boycott on Thursday.', 'Thursday'), 'Farmers voted to end the boycott');
  assert.equal(
    label('The pilot was found clinging to a raft on Sunday.', 'Sunday'),
    'The pilot was found clinging to a raft',
  );
  assert.equal(
    label('The insurer has set its sights on buying a rival this year.', 'this year'),
    'The insurer has set its sights on buying a rival',
  );
});

test('a coordinated verb takes the subject of the first', () => {
  // (and its perfect's "had": coordination.test.ts)
  assert.equal(
    label('The mayor had moved to Lisbon in 1998 and returned to Porto later that year.', 'that year'),
    'The mayor had returned to Porto',
  );
  assert.equal(
    label('The mayor moved to Lisbon in 1998 and returned to Porto later that year.', 'that year'),
    'The mayor returned to Porto',
  );
});

test('a gerund after "before" or "after" is its own event, done by the subject of the clause before it', () => {
  assert.equal(
    label('The firm bought 6% of the shares before selling its stake in early May.', 'early May'),
    'The firm selling its stake',
  );
});

test('negative: a relative clause does not lend its verb to the main clause', () => {
  assert.equal(
    label(
      'The inspector, who landed Monday with a team of 12, had been cleared to visit the plant since March 3.',
      'March 3',
    ),
    'The inspector had been cleared to visit the plant',
  );
  assert.equal(
    label(
      'The inspector, who landed Monday with a team of 12, had been cleared to visit the plant since March 3.',
      'Monday',
    ),
    'The inspector landed with a team of 12',
  );
});

test('"to have been" is an infinitive of the verb before it; "but will" takes the subject before the comma', () => {
  assert.equal(
    label('The clerk was found to have kept the ledgers at home in 2015.', '2015'),
    'The clerk was found to have kept the ledgers at home',
  );
  assert.equal(
    label('The airline was to take the jets in May, but will now receive them next month.', 'next month'),
    'The airline will now receive them',
  );
});

test('a bracket is an aside; a participle between nouns is an adjective', () => {
  assert.equal(
    label('Customs officers seized 400 kilos (880 pounds) of cocaine Sunday at the port.', 'Sunday'),
    'Customs officers seized 400 kilos of cocaine at the port',
  );
  assert.equal(
    label('The bank will redeem 2 million Series B preferred shares on May 1.', 'May 1'),
    'The bank will redeem 2 million Series B preferred shares',
  );
});

test('a relative clause dated inside is its own event, even when its noun is inside a phrase', () => {
  const sentence = 'Veterans of the strike that shut the mines 30 years ago marched on Sunday.';
  assert.equal(label(sentence, '30 years ago', { others: ['Sunday'] }), 'The strike shut the mines');
  // the main verb after the relative clause takes the noun phrase the clause describes
  assert.equal(label(sentence, 'Sunday', { others: ['30 years ago'] }), 'Veterans of the strike marched');
});

test('a relative clause without "that" keeps its noun and ends before the main verb', () => {
  assert.equal(
    label('Most of the debts the city ran up in the 1990s have been repaid.', 'the 1990s'),
    'The debts the city ran up',
  );
  assert.equal(
    label('Many of the posts she has held over the past decade were unpaid.', 'the past decade', { duration: true }),
    'The posts she has held',
  );
  // negative: after a verb of saying or telling the clause is what was said
  assert.equal(
    label('The coach told reporters in Leeds he would retire in May.', 'May'),
    'The coach told reporters in Leeds he would retire',
  );
});

test('an infinitive after an infinitive is governed by the finite verb before both', () => {
  assert.equal(
    label('Hospitals will need more money to hire nurses to treat patients in the months ahead.', 'the months ahead'),
    'Hospitals will need more money to hire nurses to treat patients',
  );
  assert.equal(
    label('The plant, which is to add a second line next year, employs 40 people.', 'next year'),
    'The plant is to add a second line',
  );
});

test('"that" before an infinitive is the object of the verb before it: the label keeps that verb and its subject', () => {
  assert.equal(
    label('Our managers expect that to continue into 2027.', '2027'),
    'Our managers expect that to continue',
  );
  assert.equal(
    label('The mayor said she would not allow that to happen again in 2027.', '2027'),
    'The mayor said she would not allow that to happen again',
  );
  // negative: a relative "that" still opens a clause of its own ("a deal that is to close in March")
  assert.equal(label('Shareholders backed a deal that is to close in March.', 'March'), 'A deal is to close');
  // negative: a complement "that" keeps its clause
  assert.equal(
    label('Officials warned that prices could rise in March.', 'March'),
    'Officials warned that prices could rise',
  );
});

test('a cleft sentence ("it was not until Tuesday that …") dates the clause after "that"', () => {
  assert.equal(
    label('But it was only on Tuesday that the union accepted the offer from the city.', 'Tuesday'),
    'The union accepted the offer from the city',
  );
  assert.equal(
    label('It was in 2004 that the old mill finally closed its doors.', '2004'),
    'The old mill finally closed its doors',
  );
  // negative: "it was" with a noun after the phrase is no cleft
  assert.equal(
    label('It was a cold morning on Monday when the ferry left the harbour.', 'Monday'),
    'The ferry left the harbour',
  );
});

test('a form of "be" whose only complement is the time phrase keeps it', () => {
  assert.equal(
    label('The final concert of the long tour was in February.', 'February'),
    'The final concert of the long tour was in February',
  );
  // negative: "be" with a complement of its own drops the phrase
  assert.equal(
    label('The final concert of the long tour was a success in February.', 'February'),
    'The final concert of the long tour was a success',
  );
});

test('the verb before an object in "-s" keeps its clause', () => {
  assert.equal(
    label(
      'The shipping firm, which leases two tankers from the group, filed claims for damages this week.',
      'this week',
    ),
    'The shipping firm filed claims for damages',
  );
});

test('"as expected", "as planned" say how the event went: the phrase after them dates the clause before', () => {
  assert.equal(
    label('The central bank raised its main rate as expected on Thursday.', 'Thursday'),
    'The central bank raised its main rate as expected',
  );
  assert.equal(
    label('The coastal ferry service resumed as originally planned on Sunday morning.', 'Sunday morning'),
    'The coastal ferry service resumed as originally planned',
  );
  // negative: a past form of telling after "as" is an event the phrase may date
  assert.equal(
    label(
      'The plan is close to the vision the chief has for the firm, as revealed during his speech on Monday.',
      'Monday',
    ),
    'Revealed during his speech',
  );
});

test('a "be" whose complement is the time phrase ends before "and" and another clause', () => {
  assert.equal(
    label('The auction is on Thursday and the proceeds will go to the hospice.', 'Thursday'),
    'The auction is on Thursday',
  );
  assert.equal(label('The vote was in March and the count took a week.', 'March'), 'The vote was in March');
  // negative: no clause after "and": the label is the clause as it was
  assert.equal(label('The fair is on Saturday and Sunday.', 'Saturday'), 'The fair is on Saturday and Sunday');
});
