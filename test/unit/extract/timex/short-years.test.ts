import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 20 March 2019.
const PUB = '2019-03-20';

test('a year written with an apostrophe and two digits after a preposition of time is that year', () => {
  assertPlaced("The club last won the title in '97.", "'97", '1997', '1997-01-01', '1998-01-01', PUB);
  assertPlaced('She has coached the side since ’08.', '’08', '2008', undefined, undefined, PUB);
  assertPlaced("He graduated with the class of '92.", "'92", '1992', undefined, undefined, PUB);
  // the century as a month's short year reads it: up to '29 this century
  assertPlaced("The line should open by '25.", "'25", '2025', undefined, undefined, PUB);
  assertPlaced("BORN IN '45, HE SERVED IN KOREA", "'45", '1945', undefined, undefined, PUB);
});

test('a season or a month with a short year is one phrase: "the summer of \'69", "June ’97"', () => {
  assertPlaced("It was the summer of '69.", "the summer of '69", '1969-SU', '1969-06-01', '1969-09-01', PUB);
  assertPlaced('The mine closed in June ’97.', 'June ’97', '1997-06', undefined, undefined, PUB);
  assert.equal(timexOf('The deal was signed Sept. 18, ’05.', 'Sept. 18, ’05', PUB).value, '2005-09-18');
});

test('negative: two digits after an apostrophe with no year named are no year', () => {
  assertNone("He opened a '97 vintage.", "'97", PUB);
  assertNone("The band played '99 Problems'.", "'99", PUB);
  // a decade is the decade parser's
  assert.equal(timexOf("Fashion from the '90s returned.", "'90s", PUB).value, '199');
});

test('"the year" before a year written with an apostrophe: that year, with no preposition needed', () => {
  assertPlaced("It was the year '89 that changed everything.", "the year '89", '1989', undefined, undefined, PUB);
  assertPlaced("IN THE YEAR '05 THE DAM BURST", "THE YEAR '05", '2005', undefined, undefined, PUB);
  // negative: "the year" with a quoted number that runs on is no year
  assertNone("the year '89-style hair came back", "'89", PUB);
});

test('a fiscal year in two digits after "FY" is that year: "FY24", "FY \'23"', () => {
  assertPlaced('The company expects growth in FY24.', 'FY24', '2024', '2024-01-01', '2025-01-01', PUB);
  assertPlaced("Revenue rose in FY '98.", "FY '98", '1998', undefined, undefined, PUB);
  // negative: a model's number, one digit
  assertNone('The FY2 model sold well.', 'FY2', PUB);
});

test('posts write this century\'s first years with no apostrophe after a preposition of time: "we met in 09"', () => {
  assertPlaced('we met in 09 at uni.', '09', '2009', '2009-01-01', '2010-01-01', '2024-11-30');
  assertPlaced('He scored in 08, then again in 09.', '08', '2008', undefined, undefined, '2024-11-30');
  // negative: a count, a clock time, a room number, no preposition
  assert.equal(timexOf('Goals came in 09 minutes.', '09 minutes', '2024-11-30').type, 'DURATION');
  assertNone('Room 09 is closed.', '09', '2024-11-30');
  assertNone('The 09 season was poor.', '09', '2024-11-30');
});
