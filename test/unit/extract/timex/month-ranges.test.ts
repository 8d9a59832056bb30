import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced } from './helpers.js';

// Published Saturday 20 January 2024, in a winter that began in December.
const PUB = '2024-01-20';

test('a range of months closes after it opens, into the next year if it must', () => {
  const text = 'The ski season runs from November to April.';
  assertPlaced(text, 'November', '2023-11', '2023-11-01', '2023-12-01', PUB);
  assertPlaced(text, 'April', '2024-04', '2024-04-01', '2024-05-01', PUB);
  assert.deepEqual(
    extract(text, { published: PUB }).events.map((e) => [e.from, e.to]),
    [['2023-11-01', '2024-05-01']],
  );
});

test('told in the past, the whole range of months lies before publication', () => {
  // read alone, October was 2023 and March 2023: a range that ended before it began
  const text = 'Only three storms were named between October and March.';
  assertPlaced(text, 'October', '2022-10', '2022-10-01', '2022-11-01', PUB);
  assertPlaced(text, 'March', '2023-03', '2023-03-01', '2023-04-01', PUB);
  // January is under way at publication: a range to March told in the past is last year's
  const sales = 'Sales rose from January to March.';
  assertPlaced(sales, 'January', '2023-01', '2023-01-01', '2023-02-01', PUB);
  assertPlaced(sales, 'March', '2023-03', '2023-03-01', '2023-04-01', PUB);
});

test('negative: months that are no range, or that give their year, keep their own reading', () => {
  // "in May and in June" are two months, not a range ("and" needs "between")
  const two = 'He toured Paris in May and Rome in June.';
  assertPlaced(two, 'May', '2023-05', '2023-05-01', '2023-06-01', PUB);
  assertPlaced(two, 'June', '2023-06', '2023-06-01', '2023-07-01', PUB);
  // a written year is kept as written
  assertPlaced('The fair ran from October 2019 to March.', 'October 2019', '2019-10', '2019-10-01', '2019-11-01', PUB);
});

test('a range of months told as a run ("began in September and continued until March") closes after it opens', () => {
  // past and over: the whole run lies before publication; read alone, March came before September
  const season = 'The season began in September and continued until March.';
  assertPlaced(season, 'September', '2022-09', undefined, undefined, PUB);
  assertPlaced(season, 'March', '2023-03', undefined, undefined, PUB);
  // opened in the past, goes on ahead
  const show = 'The show opened in December and runs through May.';
  assertPlaced(show, 'December', '2023-12', undefined, undefined, PUB);
  assertPlaced(show, 'May', '2024-05', undefined, undefined, PUB);
  // a run that goes on closes after publication, whenever it opened
  const fair = 'The fair opened in March and will run until February.';
  assertPlaced(fair, 'March', '2023-03', undefined, undefined, PUB);
  assertPlaced(fair, 'February', '2024-02', undefined, undefined, PUB);
  // negative: two things that happened in two months are no run
  const sales = 'Sales rose in October and fell in March.';
  assertPlaced(sales, 'October', '2023-10', undefined, undefined, PUB);
  assertPlaced(sales, 'March', '2023-03', undefined, undefined, PUB);
});

test('a range whose first month gives its year closes on the first such month after it', () => {
  // told as a run that goes on: the first such month not over by publication
  const museum = 'The exhibition opened in March 2019 and runs through June.';
  assertPlaced(museum, 'June', '2024-06', '2024-06-01', '2024-07-01', PUB);
  assert.deepEqual(
    extract(museum, { published: '2024-09-10' }).events.map((e) => [e.from, e.to]),
    [
      ['2019-03-01', '2019-04-01'],
      ['2019-03-01', '2025-07-01'],
    ],
  );
  // over: the month after the one written
  assertPlaced('The show opened in March 2019 and ran through June.', 'June', '2019-06', undefined, undefined, PUB);
  assertPlaced('Prices rose from October 2019 to March.', 'March', '2020-03', undefined, undefined, PUB);
  // negative: two months of two events keep their own readings
  assertPlaced('Sales rose in October 2019 and fell in March.', 'March', '2023-03', undefined, undefined, PUB);
});
