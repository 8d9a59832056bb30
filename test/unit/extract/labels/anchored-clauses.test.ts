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

test('a length that opens the sentence dates its main clause, comma or not', () => {
  assert.equal(
    label('Three years after her retirement she reopened the studio.', 'Three years', { duration: true }),
    'She reopened the studio',
  );
  assert.equal(
    label('Two months after the fire at the mill the owners repaired the roof.', 'Two months', { duration: true }),
    'The owners repaired the roof',
  );
  assert.equal(
    label('Nearly a decade after the merger of the two banks, the board split them again.', 'a decade', {
      duration: true,
    }),
    'The board split them again',
  );
});

test('after a clause and its comma, a length counts back to the event its determiner and noun name', () => {
  assert.equal(
    label('The mayor resigned in June 2022, four months after the inquiry.', 'four months', { duration: true }),
    'The inquiry',
  );
  assert.equal(
    label('Cole was sentenced in May, six weeks after his conviction.', 'six weeks', { duration: true }),
    'His conviction',
  );
  // negative: without the comma, the clause's own label, which names what it counts from
  assert.equal(
    label('The fine came three months after the audit.', 'three months', { duration: true }),
    'The fine came three months after the audit',
  );
  // negative: a time, not an event
  assert.equal(
    label('The mayor resigned in June 2022, four months after January.', 'four months', { duration: true }),
    'The mayor resigned in June 2022',
  );
});

test('in a whole story, a length opening its sentence labels the main clause after the earlier date', () => {
  const list = extract('The founder died in 2011. Four years after his death his daughter sold the firm.', {
    published: '2024-06-12',
  });
  const event = list.events.find((e) => list.timexes.find((t) => t.id === e.timex)?.text === 'Four years');
  assert.ok(event);
  assert.equal(event.label, 'His daughter sold the firm');
  assert.equal(event.from, '2015-01-01');
});

test('a noun phrase of three words after "before" names its event without the "before"', () => {
  assert.equal(
    label('A strategy update is due on 5 November, a week before its half-year results.', 'a week', {
      duration: true,
      others: ['5 November'],
    }),
    'Its half-year results',
  );
  // negative: a short clause keeps the word that relates it
  assert.equal(
    label('The vote comes a week after the talks collapsed.', 'a week', { duration: true }),
    'After the talks collapsed',
  );
});
