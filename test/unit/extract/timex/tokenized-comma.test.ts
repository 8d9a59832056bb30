import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Monday 3 June 2024.
const PUB = '2024-06-03';

test('text split into tokens: "Oct. 9 , 2003" keeps its year across the spaced comma', () => {
  assertPlaced(
    'The firm was sold on Oct. 9 , 2003 , filings show .',
    'Oct. 9 , 2003',
    '2003-10-09',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Prices peaked in July , 1998 .', 'July , 1998', '1998-07', undefined, undefined, PUB);
});

test('negative: a number after a spaced comma that is no year stays apart', () => {
  assertPlaced('Shares fell on 3 May , 20 traders said .', '3 May', '2024-05-03', undefined, undefined, PUB);
});
