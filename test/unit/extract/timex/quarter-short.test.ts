import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Tuesday 12 March 2024.
const PUB = '2024-03-12';

test('"Q2 of 2021", "q4 of 2019": a short quarter takes its year after "of", in any case', () => {
  assertPlaced(
    'Margins narrowed in Q2 of 2021, the filing shows.',
    'Q2 of 2021',
    '2021-Q2',
    '2021-04-01',
    '2021-07-01',
    PUB,
  );
  assertPlaced('margins narrowed in q4 of 2019.', 'q4 of 2019', '2019-Q4', '2019-10-01', '2020-01-01', PUB);
});

test('a short quarter without a year keeps no space after it: "Q1 and Q2"', () => {
  const spans = timexes('Orders fell in Q1 and Q2 at the plant.', PUB).map((t) => t.text);
  assert.deepEqual(spans, ['Q1', 'Q2']);
});

test('a spaced dash joins two phrases, not a year and the quarter after it', () => {
  const found = timexes('Output grew from Q2 of 2020 - Q1 of 2022 at the mine.', PUB).map((t) => [t.text, t.value]);
  assert.deepEqual(found, [
    ['Q2 of 2020', '2020-Q2'],
    ['Q1 of 2022', '2022-Q1'],
  ]);
});

test('a half with the year first: "2022 H2", "2021-H1"', () => {
  assertPlaced('The 2022 H2 results beat forecasts.', '2022 H2', '2022-H2', '2022-07-01', '2023-01-01', PUB);
  assertPlaced('Its 2021-H1 loss was the widest yet.', '2021-H1', '2021-H1', '2021-01-01', '2021-07-01', PUB);
  assertPlaced('Sales in H2 of 2024 were cut.', 'H2 of 2024', '2024-H2', '2024-07-01', '2025-01-01', PUB);
});

test('negative: "H1" alone, a strain name after a year, a model number', () => {
  assertNone('The H1 fund closed.', 'H1', PUB);
  assertNone('The 2009 H1N1 outbreak spread fast.', 'H1', PUB);
  assertNone('Cases of 2009 H1N1 rose.', 'H1', PUB);
  assertNone('The Q7 sedan sold well.', 'Q7', PUB);
});

test('"3Q24", "1H25": a quarter or a half run together with its year in two digits, as company reports write them', () => {
  assertPlaced('Sales rose in 3Q24.', '3Q24', '2024-Q3', '2024-07-01', '2024-10-01', '2024-11-30');
  assertPlaced('Profits rose 12% in 2H23 and 4Q23.', '2H23', '2023-H2', '2023-07-01', '2024-01-01', '2024-11-30');
  assertPlaced('Profits rose 12% in 2H23 and 4Q23.', '4Q23', '2023-Q4', undefined, undefined, '2024-11-30');
  // negative: no fifth quarter, no third half; "3Q" alone stays too ambiguous
  assertNone('Revenue fell in 5Q24.', '5Q24', '2024-11-30');
  assertNone('Revenue fell in 3H24.', '3H24', '2024-11-30');
  assertNone('Revenue fell in 3Q.', '3Q', '2024-11-30');
});
