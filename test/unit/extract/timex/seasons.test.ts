import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

// Published Tuesday 12 February 2013: winter 2012-WI (December 2012 to February 2013) is under way.
const PUB = '2013-02-12';

test('"the current winter" is the one under way, "the coming winter" the next one; "the" is in the span', () => {
  assertPlaced(
    'The current winter is the wettest the county has recorded.',
    'The current winter',
    '2012-WI',
    '2012-12-01',
    '2013-03-01',
    PUB,
  );
  assertPlaced(
    'Gas stocks must be refilled before the coming winter.',
    'the coming winter',
    '2013-WI',
    '2013-12-01',
    '2014-03-01',
    PUB,
  );
  assertPlaced(
    'Ticket sales for the current summer are brisk.',
    'the current summer',
    '2013-SU',
    undefined,
    undefined,
    PUB,
  );
});

test('seasons are read by tense and keep the TimeML season code', () => {
  assertPlaced('The reservoir ran dry last summer.', 'last summer', '2012-SU', '2012-06-01', '2012-09-01', PUB);
  assertPlaced('The bridge will reopen in the autumn.', 'the autumn', '2013-FA', '2013-09-01', '2013-12-01', PUB);
  assertPlaced('The ferry ran aground in the spring.', 'the spring', '2012-SP', undefined, undefined, PUB);
});

test('a counted plural season is the season year after year (a SET, as "Mondays" is)', () => {
  const t = timexOf('Wildfires have grown over the past three summers.', 'the past three summers', PUB);
  assert.equal(t.type, 'SET');
  assert.equal(t.value, 'XXXX-SU');
  assert.equal(t.from, undefined, 'a set is not one span of the axis');
  assert.equal(timexOf('The last two winters were unusually mild.', 'The last two winters', PUB).value, 'XXXX-WI');
  // one timex: "the past" is no PAST_REF of its own there
  assert.deepEqual(
    timexes('Wildfires have grown over the past three summers.', PUB).map((x) => x.text),
    ['the past three summers'],
  );
});

test("negative: a league's season and a name stay words", () => {
  // a sports season straddles two years and is no season of the calendar
  assert.deepEqual(timexes('The striker scored 31 goals last season.', PUB), []);
  assert.deepEqual(timexes('Three coaches have been fired this season.', PUB), []);
  assert.deepEqual(timexes('He signed a deal that runs through next season.', PUB), []);
  assertNone('Former Treasury secretary Lawrence Summers criticised the plan.', 'Summers', PUB);
  assertNone('The last two Springs of the valley dried up.', 'Springs', PUB);
});

test('"last winter" told in a winter is the one before it, though this one began the year before', () => {
  // 12 February 2013 lies in winter 2012-WI
  assertPlaced('Last winter the canal froze over twice.', 'Last winter', '2011-WI', '2011-12-01', '2012-03-01', PUB);
  assertPlaced('The ski lifts will reopen next winter.', 'next winter', '2013-WI', undefined, undefined, PUB);
  // told in December, "next winter" is the one after the winter under way
  assertPlaced('The ski lifts will reopen next winter.', 'next winter', '2017-WI', undefined, undefined, '2016-12-20');
  assertPlaced('Last summer the canal dried up.', 'Last summer', '2015-SU', undefined, undefined, '2016-07-10');
});

test('"the winter of 1991-92", "the winter of 1999/2000": the winter that spans the two years', () => {
  const PUB = '2024-10-22';
  assertPlaced(
    'Funding was frozen in the winter of 1991-92.',
    'the winter of 1991-92',
    '1991-WI',
    '1991-12-01',
    '1992-03-01',
    PUB,
  );
  assertPlaced('The winter of 1999/2000 was mild.', 'The winter of 1999/2000', '1999-WI', undefined, undefined, PUB);
  // negative: a summer has no two years, nor a winter two years apart
  assertNone('The summer of 2018-19 was odd.', 'summer of 2018', PUB);
  assertNone('The winter of 1991-93 was long.', 'winter of 1991-93', PUB);
});

test('"that summer" is the season of the year last mentioned; "the following spring" the one after the last date', () => {
  const PUB = '2024-11-19';
  assertPlaced(
    'She was arrested in the spring of 2021 and charged that summer.',
    'that summer',
    '2021-SU',
    '2021-06-01',
    '2021-09-01',
    PUB,
  );
  assertPlaced('They wed in 1999 and moved north that spring.', 'that spring', '1999-SP', undefined, undefined, PUB);
  // the winter under way on the date mentioned began in the December before it
  assertPlaced(
    'The lake froze in January 2010. That winter was harsh.',
    'That winter',
    '2009-WI',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The mill shut in 2009 and reopened the following summer.',
    'the following summer',
    '2010-SU',
    '2010-06-01',
    '2010-09-01',
    PUB,
  );
  assertPlaced(
    'The mill shut on 3 March 2009 and reopened the next spring.',
    'the next spring',
    '2010-SP',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'He won the seat in 2010, having lost it the previous winter.',
    'the previous winter',
    '2009-WI',
    undefined,
    undefined,
    PUB,
  );
  // negative: a fall and a spring that are no seasons
  assertNone('Firms tried to soften that fall in prices last year.', 'fall', PUB);
  assertNone('After that fall from grace in 2011 he left politics.', 'fall', PUB);
  assertNone('The well was dug in 1880. The water of that spring was sold.', 'spring', PUB);
});

test('"this spring" is the calendar year\'s unless the tense puts it the other way', () => {
  assertPlaced('The museum will reopen this spring.', 'this spring', '2014-SP', undefined, undefined, '2013-11-20');
  assertPlaced('The harvest this summer was poor.', 'this summer', '2012-SU', undefined, undefined, PUB);
  // negative: the season ahead told of the future, the one under way, and a past one in the past stay in the year
  assertPlaced('Talks will resume this spring.', 'this spring', '2013-SP', undefined, undefined, PUB);
  assertPlaced('The harvest this summer was poor.', 'this summer', '2013-SU', undefined, undefined, '2013-09-10');
  assertPlaced('Sales slumped this spring.', 'this spring', '2013-SP', undefined, undefined, '2013-11-20');
});

test('a season told in the present is the one under way, else the nearer of the last and the next', () => {
  // published Thursday 9 October 2025, in the autumn: the winter ahead is nearer than the one gone by
  const oct = '2025-10-09';
  assertPlaced(
    'We are planning for a tough winter, the chief executive said.',
    'winter',
    '2025-WI',
    '2025-12-01',
    '2026-03-01',
    oct,
  );
  assertPlaced(
    'Cafes are quiet now that the summer is over.',
    'the summer',
    '2025-SU',
    '2025-06-01',
    '2025-09-01',
    oct,
  );
  assertPlaced('Farmers say the autumn is unusually dry.', 'the autumn', '2025-FA', '2025-09-01', '2025-12-01', oct);
  // negative: told in the past or with no cue, the last one stays; told in the future, the next
  assertPlaced('The club struggled in the winter.', 'the winter', '2024-WI', '2024-12-01', '2025-03-01', oct);
  assertPlaced('The ferry will resume in the spring.', 'the spring', '2026-SP', '2026-03-01', '2026-06-01', oct);
});

test('"the spring of last year", "the summer of next year": the season of the year counted from publication, one phrase', () => {
  assertPlaced(
    'He left in the spring of last year.',
    'the spring of last year',
    '2012-SP',
    '2012-03-01',
    '2012-06-01',
    PUB,
  );
  assertPlaced(
    'Work starts in the summer of next year.',
    'the summer of next year',
    '2014-SU',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('They married in the fall of last year.', 'the fall of last year', '2012-FA', undefined, undefined, PUB);
  // negative: "the fall of" a year that drops stays a drop
  assertNone('The fall of last year was reversed in January.', 'The fall of last year', PUB);
});
