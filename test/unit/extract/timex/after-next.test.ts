import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Thursday 7 November 2024 (ISO week 45).
const PUB = '2024-11-07';

test('"the week after next", "the year after next": two units on from publication, the whole phrase the span', () => {
  const t = assertPlaced(
    'The inquiry will publish its report the week after next.',
    'the week after next',
    '2024-W47',
    '2024-11-18',
    '2024-11-25',
    PUB,
  );
  assert.equal(t.granularity, 'week');
  assertPlaced(
    'The central bank expects inflation to ease next year and the year after next.',
    'the year after next',
    '2026',
    '2026-01-01',
    '2027-01-01',
    PUB,
  );
  assertPlaced('Fares rise the month after next.', 'the month after next', '2025-01', undefined, undefined, PUB);
});

test('"the month before last", "the weekend before last": two units back', () => {
  assertPlaced('Exports slumped the month before last.', 'the month before last', '2024-09', undefined, undefined, PUB);
  assertPlaced(
    'The pier was damaged in a storm the weekend before last.',
    'the weekend before last',
    '2024-W43-WE',
    '2024-10-26',
    '2024-10-28',
    PUB,
  );
});

test('a weekday after next is a week after the next one, in any casing', () => {
  // the next Tuesday is 12 November; the one after it 19 November
  assertPlaced(
    'The board meets the Tuesday after next.',
    'the Tuesday after next',
    '2024-11-19',
    undefined,
    undefined,
    PUB,
  );
  // the next Friday is tomorrow, 8 November
  assertPlaced('ballots close friday after next', 'friday after next', '2024-11-15', undefined, undefined, PUB);
  assertPlaced(
    'The ferry last sailed the Monday before last.',
    'the Monday before last',
    '2024-10-28',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: "next" or "last" before a noun qualifies the noun', () => {
  assertNone('Turnout rose in the year after next week’s ballot was first held.', 'the year after next', PUB);
  assertNone('Polls tightened the week before last year’s election.', 'the week before last', PUB);
  assert.equal(timexOf('Polls tightened the week before last year’s election.', 'last year', PUB).value, '2023');
});

test('"Wednesday week" is the Wednesday a week after the coming one', () => {
  // Sunday 8 October 2023: the coming Wednesday is the 11th
  assertPlaced(
    'They face Porto on Wednesday week.',
    'Wednesday week',
    '2023-10-18',
    undefined,
    undefined,
    '2023-10-08',
  );
  // told on that weekday, a week today
  assertPlaced('The vote is on Wednesday week.', 'Wednesday week', '2023-10-18', undefined, undefined, '2023-10-11');
  // negatives: "Monday week's" is no such phrase, and a new sentence's "Week" is not the weekday's
  assertNone("The Monday week's meeting was cancelled.", 'Monday week', '2023-10-08');
  assertPlaced('We meet Monday. Week two starts later.', 'Monday', '2023-10-09', undefined, undefined, '2023-10-08');
});
