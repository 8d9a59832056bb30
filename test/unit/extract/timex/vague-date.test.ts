import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

test('mid-2013, early 2016, the end of March', () => {
  const mid = assertPlaced('Sisi took power in mid-2013.', 'mid-2013', '2013', '2013-05-01', '2013-09-01');
  assert.equal(mid.mod, 'MID');
  assert.equal(timexOf('Talks began in early 2016.', 'early 2016').mod, 'START');
  const end = assertPlaced('The deal expires at the end of March.', 'the end of March', '2017-03');
  assert.equal(end.mod, 'END');
});

test('month names: year by tense and proximity', () => {
  assertPlaced('The plant closed in March.', 'March', '2016-03', '2016-03-01', '2016-04-01');
  assertPlaced('The plant will close in December.', 'December', '2016-12');
  assertPlaced('Elections are due in January.', 'January', '2017-01');
  assertPlaced('It was signed on Oct. 5.', 'Oct. 5', '2016-10-05');
  assertPlaced('The summit will be held Nov. 3.', 'Nov. 3', '2016-11-03');
  assertPlaced('It was signed on October 5, 2014.', 'October 5, 2014', '2014-10-05');
  assertPlaced('It happened in June last year.', 'June last year', '2015-06');
  assertPlaced('They met last May.', 'last May', '2016-05');
});

test('seasons, quarters and halves', () => {
  assertPlaced('Fighting intensified last summer.', 'last summer', '2016-SU', '2016-06-01', '2016-09-01');
  assertPlaced('Profits fell in the third quarter.', 'the third quarter', '2016-Q3', '2016-07-01', '2016-10-01');
  assertPlaced('Revenue in Q3 2023 was flat.', 'Q3 2023', '2023-Q3');
  assertPlaced('Third-quarter profit rose.', 'Third-quarter', '2016-Q3');
  assertPlaced('Output grew in the first half of 2015.', 'the first half of 2015', '2015-H1');
  assertPlaced('Earnings in the fourth quarter of 2015 fell.', 'the fourth quarter of 2015', '2015-Q4');
});

test('bare years and possessives', () => {
  assertPlaced('He was elected in 2013.', '2013', '2013', '2013-01-01', '2014-01-01');
  assertPlaced("2013's election was close.", '2013', '2013');
  assertPlaced('Fiscal 2015 results were weak.', 'Fiscal 2015', '2015');
});

test('decades and centuries', () => {
  const d = assertPlaced('Prices doubled in the 1990s.', '1990s', '199', '1990-01-01', '2000-01-01');
  assert.equal(d.granularity, 'decade');
  const late = assertPlaced('It was built in the late 1970s.', 'the late 1970s', '197');
  assert.equal(late.mod, 'END');
  assertPlaced('The empire fell in the 19th century.', 'the 19th century', '18', '1800-01-01', '1900-01-01');
  assertPlaced('Music of the nineties returned.', 'the nineties', '199');
  // a decade in words with its century: "the nineteen fifties", "the late eighteen-nineties"
  assertPlaced('She was a pin-up queen in the nineteen fifties.', 'the nineteen fifties', '195', '1950-01-01');
  const nineties = assertPlaced('It was built in the late eighteen-nineties.', 'the late eighteen-nineties', '189');
  assert.equal(nineties.mod, 'END');
  // negative: "nineteen" before anything but a decade is a number
  assertNone('Nineteen people were hurt.', 'Nineteen');
});

test('numbers that are quantities are not years', () => {
  assertNone('Some 2,013 people were evacuated.', '2013');
  assertNone('The army sent 1990 troops.', '1990');
  assertNone('It costs $2000 a year.', '2000');
  assertNone('Shares rose 2015.5 points.', '2015');
  assertNone('The Russell 2000 Index fell.', '2000');
});

test('weeks of a month and month-year with a comma after', () => {
  assertPlaced(
    'Sales in the last week of March 2009 fell.',
    'the last week of March 2009',
    '2009-W13',
    '2009-03-23',
    '2009-03-30',
  );
  assertPlaced(
    'In the first week of April, talks failed.',
    'the first week of April',
    '2016-W14',
    '2016-04-04',
    '2016-04-11',
  );
  const end = assertPlaced('By the end of March 2017, it will close.', 'the end of March 2017', '2017-03');
  assert.equal(end.mod, 'END');
});

test('a month told in the past: a relative clause after it and a long aside before the verb do not hide the tense', () => {
  // published on 1 November, January 2017 is nearer than January 2016: only a clear past tense places it before
  // "who will remain" tells of the chief, not of January
  assertPlaced(
    'In January, the firm hired a new chief executive, who will remain chairman.',
    'January',
    '2016-01',
    undefined,
    undefined,
    '2016-11-01',
  );
  // the verb lies past a long aside: the clause is read further after the phrase
  assertPlaced(
    "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a bombing at a women's clinic in Birmingham, Ala., killed a guard.",
    'January',
    '2016-01',
    undefined,
    undefined,
    '2016-11-01',
  );
  // negative: a main verb before a participle clause is not the participle's tense
  assertPlaced(
    'Ford has announced sweeping cuts of 21% in its US and Canadian production, resulting in the partial closure of ten of its plants during the fourth quarter.',
    'the fourth quarter',
    '2016-Q4',
    undefined,
    undefined,
    '2016-08-19',
  );
});

test('the why agrees with the value: a past cue outweighed by a nearer month says so', () => {
  const t = timexOf('The plant closed in November, and officials will decide its fate.', 'November');
  assert.equal(t.value, '2016-11');
  assert.match(t.why, /too weak to outweigh nearness: November 2016 is the nearest one, after/);
  assert.doesNotMatch(t.why, /by tense, after/);
});

test('"the fall" is the season after a preposition of time, not the noun', () => {
  assertPlaced('The studio wants to start filming in the fall.', 'the fall', '2016-FA');
  assertPlaced('The plant should reopen by the fall.', 'the fall', '2016-FA');
  assertPlaced('Filming began in the fall of 2005.', 'the fall of 2005', '2005-FA');
  // negative: a fall that happened, and the fall of a regime
  assertNone('His brother witnessed the fall from the ridge.', 'the fall');
  assertNone('The fall was unsurvivable, the police said.', 'The fall');
  assertNone('Protests preceded the fall of the junta in 1974.', 'the fall');
});
