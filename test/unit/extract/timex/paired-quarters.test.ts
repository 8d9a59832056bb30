import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced, timexes } from './helpers.js';

const NOV = '2023-11-02';

test('"the first and second quarters of 2023" are both quarters of 2023', () => {
  const found = timexes('Sales rose in the first and second quarters of 2023.', NOV).map((t) => `${t.text}=${t.value}`);
  assert.deepEqual(found, ['first=2023-Q1', 'second quarters of 2023=2023-Q2']);
  const later = timexes('The firm expects losses in the third and fourth quarters.', NOV).map((t) => t.value);
  assert.deepEqual(later, ['2023-Q3', '2023-Q4']);
});

test('two quarters in a row are one stretch on the axis; two apart are two', () => {
  const { events } = extract('Sales rose in the first and second quarters of 2023, the company said.', {
    published: NOV,
  });
  assert.deepEqual(
    events.map((e) => [e.from, e.to]),
    [['2023-01-01', '2023-07-01']],
  );
  const apart = extract('Demand peaked in the second and fourth quarters of 2022.', { published: NOV }).events;
  assert.deepEqual(
    apart.map((e) => [e.from, e.to]),
    [
      ['2022-04-01', '2022-07-01'],
      ['2022-10-01', '2023-01-01'],
    ],
  );
});

test('"the third quarter of the year" is one phrase', () => {
  assertPlaced(
    'Sales fell in the third quarter of the year.',
    'the third quarter of the year',
    '2023-Q3',
    undefined,
    undefined,
    NOV,
  );
});

test('negative: the quarters of a game are on its day, and "first and second" alone name no quarter', () => {
  const game = timexes(
    'The Chiefs beat the Broncos 31-17 on Sunday. Mahomes threw two touchdowns in the first and second quarters.',
    NOV,
  );
  assert.deepEqual(
    game.map((t) => t.value),
    ['2023-10-29', '2023-10-29', '2023-10-29'],
  );
  assert.deepEqual(timexes('She finished first and second in the two races.', NOV), []);
  assert.deepEqual(
    timexes('Kane scored in the first and second halves.', NOV).map((t) => t.text),
    [],
  );
});
