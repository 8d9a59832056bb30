import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 2 October 2024.
const PUB = '2024-10-02';

test('holidays are placed like weekdays: by tense', () => {
  assertPlaced('Sales slumped at Christmas.', 'Christmas', '2023-12-25', undefined, undefined, PUB);
  assertPlaced('Stores will open on Christmas Eve.', 'Christmas Eve', '2024-12-24', undefined, undefined, PUB);
  assertPlaced('The bridge closed on Labor Day.', 'Labor Day', '2024-09-02', undefined, undefined, PUB);
  assertPlaced(
    'Families will gather on Thanksgiving Day.',
    'Thanksgiving Day',
    '2024-11-28',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The parade drew crowds on Memorial Day.', 'Memorial Day', '2024-05-27', undefined, undefined, PUB);
  assertPlaced('Costumed children came at Halloween.', 'Halloween', '2023-10-31', undefined, undefined, PUB);
  assertPlaced('Children will trick-or-treat on Halloween.', 'Halloween', '2024-10-31', undefined, undefined, PUB);
  assertPlaced(
    'Fireworks lit the sky on Independence Day.',
    'Independence Day',
    '2024-07-04',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    "Revellers crowded the square on New Year's Eve.",
    "New Year's Eve",
    '2023-12-31',
    undefined,
    undefined,
    PUB,
  );
});

test('Easter is computed; a year given is used; "last" and "next" count strictly', () => {
  const t = assertPlaced('Pilgrims came at Easter.', 'Easter', '2024-03-31', undefined, undefined, PUB);
  assert.match(t.why, /Easter 2024/);
  assertPlaced('Pilgrims will come at Easter.', 'Easter', '2025-04-20', undefined, undefined, PUB);
  assertPlaced('Easter 2019 fell on April 21.', 'Easter 2019', '2019-04-21', undefined, undefined, PUB);
  assertPlaced('Good Friday 2038 is late.', 'Good Friday 2038', '2038-04-23', undefined, undefined, PUB);
  assertPlaced('They married last Christmas.', 'last Christmas', '2023-12-25', undefined, undefined, PUB);
  assertPlaced('They met next Thanksgiving.', 'next Thanksgiving', '2024-11-28', undefined, undefined, PUB);
  assertPlaced('christmas 2021 was quiet', 'christmas 2021', '2021-12-25', undefined, undefined, PUB);
  assert.equal(timexOf('The week began as Easter week opened.', 'Easter week', PUB).value, '2024-W13');
});

test('negative: other new years and generic names', () => {
  assertNone('Lunar New Year markets opened.', 'New Year');
  assertNone('We hope the new year brings peace.', 'new year');
  assertNone('The island marked its independence day.', 'independence');
  assertNone('Christmas and New Year sales rose.', 'New Year');
});
