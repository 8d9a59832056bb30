import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Friday 7 June 2024.
const PUB = '2024-06-07';

test('a year said at length is read whole: "nineteen hundred and eighty-four", "seventeen hundred sixty"', () => {
  assertPlaced(
    'The mill opened in nineteen hundred and eighty-four.',
    'nineteen hundred and eighty-four',
    '1984',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The fort fell in seventeen hundred sixty.',
    'seventeen hundred sixty',
    '1760',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The fort fell in eighteen hundred.', 'eighteen hundred', '1800', undefined, undefined, PUB);
});

test('a month or a season takes the whole year said after it, not its first words', () => {
  assertPlaced(
    'She left in October two thousand and twelve.',
    'October two thousand and twelve',
    '2012-10',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'He was born in May nineteen hundred fifty-one.',
    'May nineteen hundred fifty-one',
    '1951-05',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'It was signed on March third two thousand and nine.',
    'March third two thousand and nine',
    '2009-03-03',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The flood came in the spring of two thousand and eleven.',
    'the spring of two thousand and eleven',
    '2011-SP',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: a count said in words stays a count', () => {
  assertNone('Some eighteen hundred and fifty people came.', 'hundred', PUB);
  assertPlaced('She left in October two thousand.', 'October two thousand', '2000-10', undefined, undefined, PUB);
});
