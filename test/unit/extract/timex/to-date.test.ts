import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Wednesday 14 August 2024.
const PUB = '2024-08-14';

test('"the year to date", "year-to-date": the publication year from its start to the publication day', () => {
  assertPlaced(
    'The index has gained 12% in the year to date.',
    'the year to date',
    '2024',
    '2024-01-01',
    '2024-08-15',
    PUB,
  );
  assertPlaced('Its shares are down 9% year-to-date.', 'year-to-date', '2024', '2024-01-01', '2024-08-15', PUB);
  assertPlaced('Year-to-date sales rose 4%.', 'Year-to-date', '2024', '2024-01-01', '2024-08-15', PUB);
  assertPlaced('BOND FUNDS FLAT YEAR TO DATE', 'YEAR TO DATE', '2024', '2024-01-01', '2024-08-15', PUB);
});

test('"the quarter to date", "month-to-date": the publication quarter or month so far', () => {
  assertPlaced(
    'Orders for the quarter to date are up.',
    'the quarter to date',
    '2024-Q3',
    '2024-07-01',
    '2024-08-15',
    PUB,
  );
  assertPlaced('Month-to-date volumes slipped.', 'Month-to-date', '2024-08', '2024-08-01', '2024-08-15', PUB);
});

test('negative: "to date" alone, "up-to-date"', () => {
  assertNone('It is the largest fine to date.', 'to date', PUB);
  assertNone('The maps are kept up-to-date.', 'date', PUB);
});
