// "The launch comes a year after sales of its last model slumped": a length before "after" counts from the event
// after it, a noun phrase with its determiner or a clause; that event is what the label names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { label } from './label-helper.js';

test('a length before "after" and a clause labels that clause', () => {
  assert.equal(
    label('The new tablet arrives a year after orders for its first model dried up.', 'a year', { duration: true }),
    'Orders for its first model dried up',
  );
  assert.equal(
    label('The strike comes barely a month after the union rejected a pay offer.', 'a month', { duration: true }),
    'The union rejected a pay offer',
  );
  // (with a determiner, a noun phrase: as before)
  assert.equal(
    label('The vote was held two weeks after the collapse of the coalition.', 'two weeks', { duration: true }),
    'The collapse of the coalition',
  );
});

test('in a whole story, the event a year back is the one after "after"', () => {
  const list = extract('The redesign comes a year after sales of the old van slumped.', { published: '2024-06-12' });
  const event = list.events.find((e) => list.timexes.find((t) => t.id === e.timex)?.text === 'a year');
  assert.ok(event);
  assert.equal(event.label, 'Sales of the old van slumped');
  assert.equal(event.from, '2023-06-12');
});

test('not a time after "after", nor a clause too short to name an event', () => {
  // a time: the length counts from it, and the clause before is the event
  assert.equal(
    label('The bakery reopened its doors a week after Christmas.', 'a week', { duration: true }),
    'The bakery reopened its doors after Christmas',
  );
  // "Talks collapsed" is two words: the label stays with the sentence's own clause
  assert.notEqual(
    label('The vote comes a week after talks collapsed.', 'a week', { duration: true }),
    'Talks collapsed',
  );
  // not a length: "after" with a clause after a date is no anchor of that date
  assert.equal(
    label('The city’s mayor resigned on Monday after auditors found gaps in the accounts.', 'Monday'),
    'The city’s mayor resigned',
  );
});
