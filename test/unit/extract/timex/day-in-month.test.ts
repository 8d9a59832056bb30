import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('"the first Tuesday in November" is one day, the whole phrase its span', () => {
  const t = assertPlaced(
    'The election will be held on the first Tuesday in November.',
    'the first Tuesday in November',
    '2019-11-05',
    '2019-11-05',
    '2019-11-06',
    PUB,
  );
  assert.equal(t.granularity, 'day');
  assert.equal(timexes('The election will be held on the first Tuesday in November.', PUB).length, 1);
  // with a year, "of", the last one, abbreviations and any casing
  assertPlaced(
    'It was held on the last Monday of March 2018.',
    'the last Monday of March 2018',
    '2018-03-26',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'the second sunday in may 2020 was quiet',
    'the second sunday in may 2020',
    '2020-05-10',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Polls close the third Wed. of June, 2019.',
    'the third Wed. of June, 2019',
    '2019-06-19',
    undefined,
    undefined,
    PUB,
  );
});

test('without a year the month is read by tense; "next month" counts from publication', () => {
  // past tense: the November gone by
  assertPlaced(
    'Voters went to the polls on the first Tuesday in November.',
    'the first Tuesday in November',
    '2018-11-06',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'We meet again on the first Monday of next month.',
    'the first Monday of next month',
    '2019-04-01',
    undefined,
    undefined,
    PUB,
  );
});

test('the first and last day of a month, and the last weekend of one', () => {
  assertPlaced(
    'The plant closed on the last day of February.',
    'the last day of February',
    '2019-02-28',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Leap years end February on the last day of February 2020.',
    'the last day of February 2020',
    '2020-02-29',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The fair opens the last weekend of June.',
    'the last weekend of June',
    '2019-W26-WE',
    '2019-06-29',
    '2019-07-01',
    PUB,
  );
});

test('negative: no such day, a count of something else, a day of a siege', () => {
  assertNone('He left on the fifth Monday of February 2019.', 'the fifth Monday of February 2019', PUB);
  assertNone('The fifth day of the siege was quiet.', 'The fifth day', PUB);
  assertNone('On the first day of talks in March, nothing moved.', 'the first day of talks', PUB);
});

test('the n-th week of a month is the ISO week holding its n-th Thursday: seven days, the whole phrase one date', () => {
  const t = assertPlaced(
    'The fair was held in the first week of October 2014.',
    'the first week of October 2014',
    '2014-W40',
    '2014-09-29',
    '2014-10-06',
    PUB,
  );
  assert.equal(t.granularity, 'week');
  assert.equal(timexes('The fair was held in the first week of October 2014.', PUB).length, 1);
  // "in", a digit ordinal, no "the"
  assertPlaced(
    'It was held the first week in October 2014.',
    'the first week in October 2014',
    '2014-W40',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Crews left first week of October 2014.',
    'first week of October 2014',
    '2014-W40',
    undefined,
    undefined,
    PUB,
  );
  // October 2014 has five Thursdays, September 2014 four
  assertPlaced(
    'It closed in the fifth week of October 2014.',
    'the fifth week of October 2014',
    '2014-W44',
    '2014-10-27',
    '2014-11-03',
    PUB,
  );
  assertNone('It closed in the fifth week of September 2014.', 'fifth week', PUB);
});

test('a week of a month without a year is read by tense; of this, last or next month counts from publication', () => {
  assertPlaced(
    'Prices fell in the last week of February.',
    'the last week of February',
    '2019-W09',
    '2019-02-25',
    '2019-03-04',
    PUB,
  );
  assertPlaced(
    'Talks will resume in the 2nd week of June.',
    'the 2nd week of June',
    '2019-W24',
    '2019-06-10',
    '2019-06-17',
    PUB,
  );
  assertPlaced(
    'The new line opens the 2nd week of next month.',
    'the 2nd week of next month',
    '2019-W15',
    '2019-04-08',
    '2019-04-15',
    PUB,
  );
  // not "the last week" (the past seven days) and "last month" apart
  assertPlaced(
    'Sales rose in the last week of last month.',
    'the last week of last month',
    '2019-W09',
    undefined,
    undefined,
    PUB,
  );
  // without a publication date the month is what is known
  assertPlaced(
    'He left in the first week of December.',
    'the first week of December',
    'XXXX-12',
    undefined,
    undefined,
    null,
  );
});

test('the n-th week, day or weekday of a year', () => {
  assertPlaced(
    'Shares fell in the first week of 2015.',
    'the first week of 2015',
    '2015-W01',
    '2014-12-29',
    '2015-01-05',
    PUB,
  );
  assertPlaced(
    'They return the first week of next year.',
    'the first week of next year',
    '2020-W01',
    '2019-12-30',
    '2020-01-06',
    PUB,
  );
  assertPlaced(
    'The last Friday of 2015 was quiet.',
    'The last Friday of 2015',
    '2015-12-25',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('He died on the first day of 2015.', 'the first day of 2015', '2015-01-01', undefined, undefined, PUB);
});

test('negative: a week or a day of something else is no date', () => {
  assertNone('His first week in office was hard.', 'first week', PUB);
  assertNone('The final week of the campaign was bitter.', 'final week', PUB);
  assertNone('In the second week of the trial, jurors wept.', 'second week', PUB);
  // "in" a year: the first day on which something happened, not January 1
  assertNone('It was the first day in 2015 when it rained.', 'the first day', PUB);
});

test('the n-th weekday of this, last or next month named, with or without "of"', () => {
  assertPlaced(
    'The vote is on the 3rd Thursday this September.',
    'the 3rd Thursday this September',
    '2019-09-19',
    '2019-09-19',
    '2019-09-20',
    PUB,
  );
  assertPlaced(
    'He returns the first Monday next month.',
    'the first Monday next month',
    '2019-04-01',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'It opened the last Friday of last May.',
    'the last Friday of last May',
    '2018-05-25',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The fair opens the second Saturday of next June.',
    'the second Saturday of next June',
    '2019-06-08',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(timexes('The vote is on the 3rd Thursday this September.', PUB).length, 1);
});

test('negative: with no "of", a day or week "this month" counts something else', () => {
  assertNone('It was the first day this month that stocks rose.', 'the first day this month', PUB);
  assertNone('It was the second week this month without rain.', 'the second week this month', PUB);
});

test('a day of "the current", "the previous" or "the next" month is counted from publication', () => {
  assertPlaced(
    'The rent rise takes effect on the 1st of the next month.',
    'the 1st of the next month',
    '2019-04-01',
    '2019-04-01',
    '2019-04-02',
    PUB,
  );
  assertPlaced(
    'The pipeline leaked on the 9th of the previous month, the regulator said.',
    'the 9th of the previous month',
    '2019-02-09',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Ballots must arrive by the 28th of the current month.',
    'the 28th of the current month',
    '2019-03-28',
    undefined,
    undefined,
    PUB,
  );
  // a number without its ending, before a plain "this/next month"
  assertPlaced('The levy is payable 15 of next month.', '15 of next month', '2019-04-15', undefined, undefined, PUB);
});

test('a count before "of this month\'s" or "of the last month" stays a count', () => {
  assertNone("Only 12 of this month's new hires remain.", '12 of this month', PUB);
  assertNone("She won 4 of the last month's six races.", '4 of the last month', PUB);
  assertNone('The club lost 3 of the last month.', '3 of the last month', PUB);
  // no 31st of April
  assertNone('The fee is due on the 31st of next month.', 'the 31st of next month', PUB);
});

test('"of the month" is the month the story is in: the date it last placed, else publication', () => {
  // published Tuesday 12 February 2013
  const pub = '2013-02-12';
  assertPlaced(
    'The offer expires on the last day of the month.',
    'the last day of the month',
    '2013-02-28',
    '2013-02-28',
    '2013-03-01',
    pub,
  );
  // it was "last Thursday", the week before publication
  assertPlaced(
    'The union plans a strike on the last Thursday of the month.',
    'the last Thursday of the month',
    '2013-02-28',
    undefined,
    undefined,
    pub,
  );
  assertPlaced(
    'In March 2011, the council voted on the first Monday of the month.',
    'the first Monday of the month',
    '2011-03-07',
    undefined,
    undefined,
    pub,
  );
  // negative: a title and a possessive are no dates
  assertNone('She was named employee of the month.', 'month', pub);
  assertNone("The first week of the month's trading was calm.", 'first week', pub);
});

test('counted from the end: "the second-to-last day of March", "the penultimate Sunday of May", "the third last day of 2015"', () => {
  assertPlaced(
    'The vote is on the second-to-last day of March 2019.',
    'the second-to-last day of March 2019',
    '2019-03-30',
    '2019-03-30',
    '2019-03-31',
    PUB,
  );
  // Sundays of May 2019: 5, 12, 19, 26
  assertPlaced(
    'The final is on the penultimate Sunday of May.',
    'the penultimate Sunday of May',
    '2019-05-19',
    undefined,
    undefined,
    PUB,
  );
  // Thursdays of October 2018: 4, 11, 18, 25: the ISO week holding the 18th
  assertPlaced(
    'Prices peaked in the second last week of October 2018.',
    'the second last week of October 2018',
    '2018-W42',
    '2018-10-15',
    '2018-10-22',
    PUB,
  );
  assertPlaced(
    'The fair fills the next-to-last weekend of June.',
    'the next-to-last weekend of June',
    '2019-W25-WE',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The third last day of 2015 was cold.',
    'The third last day of 2015',
    '2015-12-29',
    undefined,
    undefined,
    PUB,
  );
  // negative: a count from the end of something else is no date
  assertNone('It was the second-to-last game of March.', 'last');
});

test('negative: "the month" counted from an event ("the first day of the month after ratification") is no date', () => {
  assertNone(
    'The treaty comes into force on the first day of the month after ratification.',
    'the first day of the month',
    PUB,
  );
  assertNone('Fees rise on the last day of the month before the vote.', 'the last day of the month', PUB);
  // the story's month still is: "the first day of the month, officials said"
  assertPlaced(
    'The rules took effect on the first day of the month, officials said.',
    'the first day of the month',
    '2019-03-01',
    undefined,
    undefined,
    PUB,
  );
});
