// A time phrase after the subject of a clause opened by "after", "because"… and before its verb ("after sales in
// the quarter jumped") dates that clause, not the main clause before it; a period's "to" date goes with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

const FORECAST = 'The retailer lifted its profit outlook on Thursday after sales in the six months to June rose 12%.';

test('a phrase between the subject and the verb of an "after" clause dates that clause', () => {
  assert.equal(
    label(FORECAST, 'the six months to June', { others: ['Thursday'] }),
    'Sales in the six months to June rose 12%',
  );
  assert.equal(
    label('The ferry sailed at noon because crews on Monday had cleared the harbour.', 'Monday', {
      others: ['noon'],
    }),
    'Crews had cleared the harbour',
  );
});

test('the main clause keeps its own phrase, without the period and its "to" date', () => {
  // (not "… outlook after sales to June": the "to" of the dropped period went with it)
  assert.equal(
    label(
      'Harlow Foods raised its full-year profit outlook on Thursday after sales in the six months to June jumped 12% year on year to $2.5 billion.',
      'Thursday',
      { others: ['the six months', 'June'] },
    ),
    'Harlow Foods raised its full-year profit outlook',
  );
});

test('without a clause opener, the phrase after an object stays with the verb before it', () => {
  // "her role as the host in 2007 was praised": "as" is a preposition here
  assert.match(
    label('Critics liked the film and her role as the host of the gala in 2007 was praised.', '2007'),
    /liked|role/,
  );
  assert.equal(
    label('The council sold the land in the harbour in 2015.', '2015'),
    'The council sold the land in the harbour',
  );
});

test('a present clause after "before" or "after" under a verb of what is set to come only times that verb', () => {
  assert.equal(
    label(
      'The brewer will publish its half-year figures before the market opens on Tuesday, May 6.',
      'Tuesday, May 6',
      {
        others: ['half-year'],
      },
    ),
    'The brewer will publish its half-year figures',
  );
  assert.equal(
    label('The airline plans to announce its new routes after the markets close on Friday.', 'Friday'),
    'The airline plans to announce its new routes',
  );
});

test('not a clause told in the past, one with an object of its own, what only may come, nor "until"', () => {
  // the past tells its own event
  assert.equal(label('The guard left before the van arrived on Sunday.', 'Sunday'), 'The van arrived');
  // an object makes the clause an event of its own
  assert.equal(
    label('Prices may fall after the council approves the plan on Monday.', 'Monday'),
    'The council approves the plan',
  );
  // what only may come waits on the clause
  assert.equal(
    label('The ferry could sail again once the wind drops on Sunday.', 'Sunday'),
    'The wind drops on Sunday',
  );
  // "until" dates the end of what the clause tells
  assert.equal(label('The pool will stay closed until the repairs finish in June.', 'June'), 'The repairs finish');
});
