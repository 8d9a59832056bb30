import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Tuesday 2 July 2024.
const PUB = '2024-07-02';

test("Juneteenth, Earth Day, Workers' Day are their fixed days, placed like any holiday", () => {
  assertPlaced('Crowds gathered downtown on Juneteenth.', 'Juneteenth', '2024-06-19', undefined, undefined, PUB);
  assertPlaced('The park reopened on Juneteenth 2022.', 'Juneteenth 2022', '2022-06-19', undefined, undefined, PUB);
  assertPlaced('Students planted trees on Earth Day.', 'Earth Day', '2024-04-22', undefined, undefined, PUB);
  assertPlaced("Dockers struck on Workers' Day.", "Workers' Day", '2024-05-01', undefined, undefined, PUB);
  assertPlaced('THOUSANDS MARK JUNETEENTH IN CAPITAL', 'JUNETEENTH', '2024-06-19', undefined, undefined, PUB);
});

test('negative: the words as a phrase in lower case, with no date context; a day the corpora leave untagged', () => {
  assertNone('It was the hottest day on earth since records began.', 'day', PUB);
  assertNone("The workers' day shift ended early.", "workers' day", PUB);
  // TimeBank leaves "International Women's Day" untagged: it stays no timex
  assertNone("Rallies marked International Women's Day.", "Women's Day", PUB);
});

test("Columbus Day, April Fools' Day, Groundhog Day, Flag Day, Patriot Day, Kwanzaa: their days, in any case", () => {
  assertPlaced('Banks stayed shut on Columbus Day.', 'Columbus Day', '2023-10-09', undefined, undefined, PUB);
  assertPlaced(
    "Marchers return on Indigenous Peoples' Day.",
    "Indigenous Peoples' Day",
    '2024-10-14',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced("The hoax ran on April Fools' Day.", "April Fools' Day", '2024-04-01', undefined, undefined, PUB);
  assertPlaced(
    'the groundhog saw its shadow on groundhog day',
    'groundhog day',
    '2024-02-02',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Veterans raised banners on Flag Day.', 'Flag Day', '2024-06-14', undefined, undefined, PUB);
  assertPlaced(
    'Sirens sounded across the city on Patriot Day 2021.',
    'Patriot Day 2021',
    '2021-09-11',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'FAMILIES LIT CANDLES FOR KWANZAA LAST YEAR',
    'KWANZAA LAST YEAR',
    '2023-12-26',
    undefined,
    undefined,
    PUB,
  );
});

test("variants readers write: 'Valentine Day', 'St Patty's Day'; a holiday's year after an apostrophe", () => {
  assertPlaced('Florists sold out before Valentine Day.', 'Valentine Day', '2024-02-14', undefined, undefined, PUB);
  assertPlaced(
    "The parade on St Patty's Day was cancelled.",
    "St Patty's Day",
    '2024-03-17',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced("They married on Easter '06 in Rome.", "Easter '06", '2006-04-16', undefined, undefined, PUB);
  assertPlaced(
    "the shop opened labor day '14, its owner said",
    "labor day '14",
    '2014-09-01',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: the idiom, the phrases in lower case with no date context, a quoted number after a name', () => {
  // an idiom in any case: no date context, no day
  assertNone('For the traders it was Groundhog Day all over again.', 'Groundhog Day', PUB);
  assertNone('The charity held a flag day for the lifeboats.', 'flag day', PUB);
  assertNone('organisers said the patriot day rally drew a small crowd', 'patriot day', PUB);
  // "'06" that runs on is no year of the holiday
  assertNone("Christmas '06-style lights were everywhere.", "Christmas '06", PUB);
});
