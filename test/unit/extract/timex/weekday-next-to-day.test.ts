import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

// Published Wednesday 2 October 2024.
const PUB = '2024-10-02';

test('a weekday counted from a day is one date: "the Friday before Easter", "the third Tuesday after Christmas"', () => {
  // Easter 2025 is Sunday 20 April
  const t = assertPlaced(
    'Banks will close on the Friday before Easter.',
    'the Friday before Easter',
    '2025-04-18',
    '2025-04-18',
    '2025-04-19',
    PUB,
  );
  assert.match(t.why, /counted from 2025-04-20/);
  // Thanksgiving 2023 was Thursday 23 November
  assertPlaced(
    'Online sales soared on the Monday after Thanksgiving.',
    'the Monday after Thanksgiving',
    '2023-11-27',
    undefined,
    undefined,
    PUB,
  );
  // Christmas 2024 is a Wednesday: Tuesdays after it fall on 31 Dec, 7 and 14 Jan
  assertPlaced(
    'Classes resume on the third Tuesday after Christmas.',
    'the third Tuesday after Christmas',
    '2025-01-14',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The vote was held on the Sunday before July 4, 2021.',
    'the Sunday before July 4, 2021',
    '2021-06-27',
    undefined,
    undefined,
    PUB,
  );
});

test('a weekend counted from a day ends before it or begins after it', () => {
  assertPlaced(
    'Shoppers are expected to crowd the malls on the weekend before Christmas.',
    'the weekend before Christmas',
    '2024-W51-WE',
    '2024-12-21',
    '2024-12-23',
    PUB,
  );
  // Easter 2024 was Sunday 31 March: the weekend after it is 6-7 April
  assertPlaced(
    'The festival was held the weekend after Easter.',
    'the weekend after Easter',
    '2024-W14-WE',
    '2024-04-06',
    '2024-04-08',
    PUB,
  );
});

test('negative: no "the", no day after "before" or "after": the weekday alone', () => {
  const texts = (s: string) => timexes(s, PUB).map((t) => t.text);
  assert.deepEqual(texts('He called on Friday before the vote.'), ['Friday']);
  assert.deepEqual(texts('The Friday after the attack was quiet.'), ['Friday']);
  assert.deepEqual(texts('Officials met Friday before Christmas shoppers arrived.'), ['Friday', 'Christmas']);
});

test('"the Saturday before" with its day left out counts from the day just named', () => {
  // published Wednesday 3 December 2025
  const DEC = '2025-12-03';
  assertPlaced(
    'Collections due on Christmas Day will take place on the Saturday before instead.',
    'the Saturday before',
    '2025-12-20',
    undefined,
    undefined,
    DEC,
  );
  assertPlaced(
    'The final is on Saturday, Dec. 13, with the semi-finals on the Wednesday before.',
    'the Wednesday before',
    '2025-12-10',
    undefined,
    undefined,
    DEC,
  );
  assertPlaced(
    'The vote was on Nov. 3; results came the Monday after.',
    'the Monday after',
    '2025-11-10',
    undefined,
    undefined,
    DEC,
  );
  assertPlaced(
    'WE MET ON TUESDAY. THE FRIDAY BEFORE, NOTHING HAD HAPPENED.',
    'THE FRIDAY BEFORE',
    '2025-11-28',
    undefined,
    undefined,
    DEC,
  );
  // negative: a day of its own after "before", and a past count that would land after publication
  assertPlaced('The result came the Monday after the count.', 'Monday', '2025-12-01', undefined, undefined, DEC);
  assertPlaced(
    'Police were called on Monday, and the suspect was arrested the Friday after.',
    'the Friday after',
    '2025-11-28',
    undefined,
    undefined,
    DEC,
  );
});
