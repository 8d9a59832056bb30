// "Pre-orders open at 8am on Friday": a base verb of what is set for a time ("open", "close", "resume"…) after a
// plural subject, right before the time phrase, is the clause's verb, not a noun ("the open market").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { label } from './label-helper.js';

test('a scheduled verb after a plural subject, before its time phrase, is the verb its phrase dates', () => {
  assert.equal(
    label('Bookings open at 9am on Monday and the first tours run a week later.', '9am on Monday', {
      others: ['a week later'],
    }),
    'Bookings open at 9am on Monday',
  );
  assert.equal(label('Negotiations resume on Thursday in Oslo.', 'Thursday'), 'Negotiations resume in Oslo');
});

test('in a story in capitals, too', () => {
  const list = extract('TICKET SALES OPEN AT 10AM ON SATURDAY AND THE CONCERTS START IN MAY.', {
    published: '2025-03-04',
  });
  const labels = list.events.map((e) => e.label);
  assert.ok(
    labels.some((l) => /^Ticket sales open/.test(l)),
    labels.join(' | '),
  );
  assert.ok(
    labels.some((l) => /^The concerts start/.test(l)),
    labels.join(' | '),
  );
});

test('not a noun before the clause’s own verb, nor an adjective', () => {
  assert.equal(
    label('The jobs report on Friday showed strong hiring in retail.', 'Friday'),
    'The jobs report showed strong hiring in retail',
  );
  assert.equal(
    label('The council kept its offices open on Sunday for the first time.', 'Sunday'),
    'The council kept its offices open for the first time',
  );
});

test('"til" governs its phrase like "till": no label ends with it', () => {
  const sentence = 'refunds open monday til the end of the month.';
  assert.equal(
    label(sentence, 'monday', { others: ['the end of the month'] }),
    'Refunds open til the end of the month',
  );
  // (it was "Refunds open monday til")
  const end = label(sentence, 'the end of the month', { others: ['monday'] });
  assert.ok(/^Refunds open/.test(end) && !/\btil$/.test(end), end);
});

test('a base verb after "and" and the time phrase of a present verb of the plural is its second verb', () => {
  const fixtures = 'Rovers host United on Saturday and face Town in the cup on Dec. 12.';
  assert.equal(label(fixtures, 'Saturday', { others: ['Dec. 12'] }), 'Rovers host United');
  assert.equal(label(fixtures, 'Dec. 12', { others: ['Saturday'] }), 'Rovers face Town in the cup');
  assert.equal(
    label('Councillors meet on Monday and vote on the plan on Tuesday.', 'Tuesday', { others: ['Monday'] }),
    'Councillors vote on the plan',
  );
  // negative: a noun after "and" that is a second object stays one ("host United on Saturday and City on Sunday")
  assert.equal(
    label('Rovers host United on Saturday and City on Sunday.', 'Sunday', { others: ['Saturday'] }),
    'Rovers host City',
  );
});
