import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced, timexes } from './helpers.js';

// Published Wednesday 4 December 2024.
const PUB = '2024-12-04';

test('"this time next year" is the publication\'s date a year on, not the whole year', () => {
  const t = assertPlaced(
    'This time next year the bridge will be open.',
    'This time next year',
    '2025-12-04',
    '2025-12-04',
    '2025-12-05',
    PUB,
  );
  assert.match(t.why, /a year on/);
  assertPlaced(
    'This time last year the site was a car park.',
    'This time last year',
    '2023-12-04',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'By this time next week it will be over.',
    'this time next week',
    '2024-12-11',
    undefined,
    undefined,
    PUB,
  );
  // (a month back from 31 March is the last day of February)
  assertPlaced(
    'This time last month the shops were empty.',
    'This time last month',
    '2024-02-29',
    undefined,
    undefined,
    '2024-03-31',
  );
  // in lower case
  assertPlaced('this time next year we will know', 'this time next year', '2025-12-04', undefined, undefined, PUB);
});

test('the event of "this time next year" is that day', () => {
  const { events } = extract('This time next year the bridge will be open.', { published: PUB });
  assert.equal(events.length, 1);
  assert.equal(events[0]!.label, 'The bridge will be open');
  assert.deepEqual([events[0]!.from, events[0]!.to, events[0]!.granularity], ['2025-12-04', '2025-12-05', 'day']);
});

test('negative: "this time" alone, "the same time last year" of a comparison, "this time" before no period', () => {
  const texts = (text: string) => timexes(text, PUB).map((t) => t.text);
  assert.deepEqual(texts('This time, the vote passed.'), []);
  assert.ok(!texts('Sales were up 5% on the same time last year.').some((t) => /time/i.test(t)));
  assert.ok(!texts('This time next door, the party was quieter.').some((t) => /time/i.test(t)));
  // without a publication date it is unplaced
  const [unplaced] = timexes('This time next year the bridge will be open.', null);
  assert.equal(unplaced!.value, 'XXXX-XX-XX');
});
