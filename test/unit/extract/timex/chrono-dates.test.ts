import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHRONO_PARSERS } from '../../../../src/extract/timex/engine.js';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

test("chrono-node's own parsers read the dates written in digits", () => {
  assert.equal(CHRONO_PARSERS.length, 4, 'the digit-date parsers are picked out of chrono-node by name');
  const t = timexOf('Signed on 17.10.2016 in Geneva.', '17.10.2016');
  assert.equal(t.value, '2016-10-17');
  assert.match(t.why, /as written/);
});

test('a digit date with a time is a TIME, and it wins over the year inside it', () => {
  const all = timexes('The order is dated 2016-10-18T18:30 and was filed in 2016.');
  assert.deepEqual(
    all.map((t) => [t.text, t.value, t.type]),
    [
      ['2016-10-18T18:30', '2016-10-18T18:30', 'TIME'],
      ['2016', '2016', 'DATE'],
    ],
  );
});

test("chrono's spans lose leading prepositions, as TimeML's do", () => {
  assertPlaced('The memo is dated on 10/17/2016.', '10/17/2016', '2016-10-17');
  assertPlaced('The memo was written in 10/2016.', '10/2016', '2016-10');
});

test('what chrono reads from its reference date is not kept: our parsers read those phrases', () => {
  // chrono's casual parsers are not run; a quantity with a unit is never a chrono date
  assertNone('He has been alive for 96 years and 45 days.', 'for 96 years and 45 days');
  // relative phrases are ours, resolved against the publication date (not chrono's fixed reference)
  assertPlaced('He left yesterday.', 'yesterday', '2016-10-16');
  assert.deepEqual(
    timexes('He left yesterday.', null).map((t) => t.value),
    ['XXXX-XX-XX'],
  );
});

test('numbers chrono might read as dates but are not: versions, scores, fractions', () => {
  assert.deepEqual(
    timexes('Version 1.10.15 shipped; the score was 3-1; 3/4 of them agreed.').map((t) => t.text),
    [],
  );
});
