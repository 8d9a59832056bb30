import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonPieces } from '../../../src/cli/json-pieces.js';
import { extract } from '../../../src/extract/index.js';

test('the pieces join into JSON.stringify, compact and indented', () => {
  fc.assert(
    fc.property(
      fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 3 })),
      fc.constantFrom(0, 2),
      (value, indent) => {
        assert.equal([...jsonPieces(value, indent)].join(''), JSON.stringify(value, null, indent || undefined));
      },
    ),
    { seed: 3, numRuns: 500 },
  );
  const list = extract('Talks failed on Monday. Aid has flowed since mid-2013.', { published: '2016-10-17' });
  for (const indent of [0, 2])
    assert.equal(
      [...jsonPieces({ id: 'a', ...list }, indent)].join(''),
      JSON.stringify({ id: 'a', ...list }, null, indent || undefined),
    );
});
