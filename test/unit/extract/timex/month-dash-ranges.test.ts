import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('two months joined by a hyphen are both timexes, the range read as one', () => {
  assertPlaced('Sales rose 5% in the April-June quarter.', 'April', '2018-04', undefined, undefined, PUB);
  assertPlaced('Sales rose 5% in the April-June quarter.', 'June', '2018-06', undefined, undefined, PUB);
  // "March" after a month and a dash needs no other context
  assertPlaced('Exports fell in January-March, the ministry said.', 'January', '2019-01', undefined, undefined, PUB);
  assertPlaced('Exports fell in January-March, the ministry said.', 'March', '2019-03', undefined, undefined, PUB);
  assertPlaced('Rain in February–March was scarce.', 'March', '2019-03', undefined, undefined, PUB);
});

test('negative: a hyphen before no month, names', () => {
  assertNone('The talks at Mar-a-Lago ended.', 'Mar', PUB);
  assertNone('The April-fresh scent sold well.', 'April', PUB);
  assert.deepEqual(
    timexes('The ship sank on 5-Nov-98 off the coast.', PUB).map((t) => t.value),
    ['1998-11-05'],
  );
});
