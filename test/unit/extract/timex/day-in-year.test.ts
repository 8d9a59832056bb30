import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Wednesday 4 September 2024.
const PUB = '2024-09-04';

test('a day of a month and "in" its year, written apart, are one day of that year', () => {
  assertPlaced('She was born on March 9 in 1951 in Leeds.', 'March 9 in 1951', '1951-03-09', undefined, undefined, PUB);
  assertPlaced(
    'The mine closed on the third of June in the year 1984.',
    'the third of June in the year 1984',
    '1984-06-03',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    "the club was founded 2nd may in '68, fans say",
    "2nd may in '68",
    '1968-05-02',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('HE WAS BORN ON FEB. 29 IN 1976', 'FEB. 29 IN 1976', '1976-02-29', undefined, undefined, PUB);
});

test('negative: words between the day and the year, a day with its own year, no such day that year', () => {
  // another phrase between them: two dates, the day read by its clause
  assertPlaced('The bill passed on March 3 in Congress in 2009.', 'March 3', '2024-03-03', undefined, undefined, PUB);
  assertPlaced('The bill passed on March 3 in Congress in 2009.', '2009', '2009', undefined, undefined, PUB);
  // the day already has its year: the later year is another date
  assertPlaced('It opened on May 1, 2001 in 2002 dollars.', 'May 1, 2001', '2001-05-01', undefined, undefined, PUB);
  // no February 29 in 2023: the year alone
  assertPlaced('A post dated Feb. 29 in 2023 was fake.', 'Feb. 29 in 2023', '2023', undefined, undefined, PUB);
  assertPlaced('The team played on May 4 in a storm.', 'May 4', '2024-05-04', undefined, undefined, PUB);
});

test('a month and "in" its year, written apart, are that month', () => {
  assertPlaced('The plant closed in March in 2009.', 'March in 2009', '2009-03', undefined, undefined, PUB);
  // negative: no year after "in"
  assertPlaced('She spoke in March in Congress.', 'March', '2024-03', undefined, undefined, PUB);
});

test('a month, a part of its day and "in" a year: the month falls in that year, the year stays its own date', () => {
  assertPlaced('They met on a wet April morning in 1987.', 'April', '1987-04', '1987-04-01', '1987-05-01', PUB);
  assertPlaced('They met on a wet April morning in 1987.', '1987', '1987', undefined, undefined, PUB);
  assertPlaced('Nobody forgot that November night in 2015.', 'that November', '2015-11', undefined, undefined, PUB);
  assertPlaced('the rally drew crowds one july weekend in 2006', 'july', '2006-07', undefined, undefined, PUB);
  assertPlaced('IT HAPPENED ON A DECEMBER EVENING IN 1999', 'DECEMBER', '1999-12', undefined, undefined, PUB);
  // negative: no year after "in", or another word between, leaves the month to its clause
  assertPlaced('Sales slowed in March, and one night in 2009 fell.', 'March', '2024-03', undefined, undefined, PUB);
  assertPlaced('Sales slowed in March, day in and day out.', 'March', '2024-03', undefined, undefined, PUB);
  assertPlaced('Trade slowed in March and in 2009 it fell.', 'March', '2024-03', undefined, undefined, PUB);
});

test('a holiday and "in" its year are one date of that year', () => {
  // (told in April 2013)
  const PUB13 = '2013-04-12';
  assertPlaced(
    "She had planned to marry on Valentine's Day in 2012.",
    "Valentine's Day in 2012",
    '2012-02-14',
    '2012-02-14',
    '2012-02-15',
    PUB13,
  );
  assertPlaced(
    "The park closed on New Year's Eve in 2019.",
    "New Year's Eve in 2019",
    '2019-12-31',
    undefined,
    undefined,
    PUB13,
  );
  assertPlaced('They met at Easter in 2015.', 'Easter in 2015', '2015-04-05', undefined, undefined, PUB13);
  // negative: a year that is not the holiday's ("on Christmas Day in Rome in 2015" keeps two phrases)
  assertPlaced('They met on Christmas Day in Rome in 2015.', '2015', '2015', undefined, undefined, PUB13);
});
