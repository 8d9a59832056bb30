import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced, timexes, timexOf } from './helpers.js';

// Published Tuesday 10 September 2024.
const PUB = '2024-09-10';

test('"in", "within", "after" a length told of what is to come: TimeML durations placed where they point', () => {
  const t = assertPlaced('The jury will return in two weeks.', 'two weeks', 'P2W', '2024-09-24', '2024-09-25', PUB);
  assert.equal(t.type, 'DURATION');
  assertPlaced('Aid should arrive within five days.', 'five days', 'P5D', '2024-09-11', '2024-09-16', PUB);
  assertPlaced('The pass reopens after 5 days.', '5 days', 'P5D', '2024-09-15', '2024-09-16', PUB);
  assertPlaced('The plant will close in six months.', 'six months', 'P6M', '2025-03-01', '2025-04-01', PUB);
  assertPlaced(
    'The mine will close three years from now.',
    'three years from now',
    '2027',
    '2027-01-01',
    '2028-01-01',
    PUB,
  );
});

test("a length ahead that a dated report foresaw counts from the report's date, not from publication", () => {
  const DEC = '2026-12-04';
  const report = timexOf(
    'A report in the summer of 2018 warned that parts of the deck could fail within five years.',
    'five years',
    DEC,
  );
  assert.deepEqual([report.value, report.from, report.to], ['P5Y', '2018-06-01', '2023-06-01']);
  const opening = timexOf('In March, the company said the plant would close within two years.', 'two years', DEC);
  assert.deepEqual([opening.from, opening.to], ['2026-03-01', '2028-03-01']);
  assert.equal(
    timexOf('In 2015 the agency predicted that prices would double in ten years.', 'ten years', DEC).from,
    '2025-01-01',
  );
  // negative: a date in an aside of its own, a date after the verb, and no conditional: counted from publication
  assert.equal(
    timexOf('Founded in 1990, the firm said it would double sales within five years.', 'five years', DEC).from,
    '2026-12-05',
  );
  assert.equal(
    timexOf('The company said on Monday the plant would close within two years.', 'two years', DEC).from,
    '2026-12-05',
  );
  assert.equal(
    timexOf('In March, the company said it will hire 50 people within two years.', 'two years', DEC).from,
    '2026-12-05',
  );
});

test('a fortnight is two weeks', () => {
  assertPlaced(
    'The envoy had visited a fortnight earlier.',
    'a fortnight earlier',
    '2024-08-27',
    undefined,
    undefined,
    PUB,
  );
  assert.equal(timexOf('Talks lasted a fortnight.', 'a fortnight', PUB).value, 'P2W');
  assertPlaced('They met two fortnights ago.', 'two fortnights ago', '2024-08-13', undefined, undefined, PUB);
});

test('"in a week\'s time", "in a fortnight\'s time": the possessive of the idiom is no possessive date, told in the past', () => {
  assertPlaced("Work should finish in a fortnight's time.", 'a fortnight', 'P2W', '2024-09-24', '2024-09-25', PUB);
  assertPlaced('The result is due in a week’s time.', 'a week', 'P1W', '2024-09-17', '2024-09-18', PUB);
  // (the plural's apostrophe was read before)
  assertPlaced("It ends in two weeks' time.", 'two weeks', 'P2W', '2024-09-24', '2024-09-25', PUB);
  // negative: a possessive date is still told in the past ("Monday's time trial")
  assert.equal(timexOf("Monday's time trial was cancelled.", 'Monday', PUB).value, '2024-09-09');
});

test('the time a standard or a target allows ("within 18 weeks") is a length, not a stretch from publication', () => {
  for (const text of [
    'The target of treating 92% of patients within 18 weeks has not been met since February 2016.',
    'The standard that 95% of patients are seen within four hours was dropped.',
    'Shoppers have the right to a refund within 30 days.',
  ]) {
    const length = timexes(text, PUB).find((t) => t.type === 'DURATION')!;
    assert.equal(length.from, undefined, `${text}: ${length.why}`);
  }
  // negative: a length told of what is to come still is
  assertPlaced('Patients will be seen within 18 weeks.', '18 weeks', 'P18W', '2024-09-11', undefined, PUB);
});

test('a length counted from a day: placed on the day it names; the day counted from is no event', () => {
  const text = 'Prices rose three days after Christmas.';
  assertPlaced(text, 'three days', 'P3D', '2023-12-28', '2023-12-29', PUB);
  const from = timexOf(text, 'Christmas', PUB);
  assert.equal(from.value, '2023-12-25');
  assert.equal(from.from, undefined, 'a point of reference is not placed');
  assert.match(from.why, /point of reference/);
  assert.deepEqual(
    extract(text, { published: PUB }).events.map((e) => [e.from, e.to]),
    [['2023-12-28', '2023-12-29']],
  );
  assertPlaced(
    'Crowds gathered the day after Christmas.',
    'the day after Christmas',
    '2023-12-26',
    undefined,
    undefined,
    PUB,
  );
});

test('"the two weeks before Christmas", "the fortnight before Christmas": the stretch up to the day, not one date', () => {
  assertPlaced(
    'Sales slumped in the two weeks before Christmas.',
    'the two weeks',
    'P2W',
    '2023-12-11',
    '2023-12-25',
    PUB,
  );
  assertPlaced('Crowds grew in the ten days after Christmas.', 'the ten days', 'P10D', '2023-12-26', '2024-01-05', PUB);
  const fortnight = assertPlaced(
    'Sales slumped in the fortnight before Christmas.',
    'the fortnight before Christmas',
    'P2W',
    '2023-12-11',
    '2023-12-25',
    PUB,
  );
  assert.equal(fortnight.type, 'DURATION');
  // negative: without "the", the length names one date
  assertPlaced('Sales slumped two weeks before Christmas.', 'two weeks', 'P2W', '2023-12-11', '2023-12-12', PUB);
});

test('"the five years from April 2027": the stretch that opens with a month', () => {
  assertPlaced(
    'The plan covers the five years from April 2027.',
    'the five years',
    'P5Y',
    '2027-04-01',
    '2032-04-01',
    PUB,
  );
  assertPlaced(
    'The budget covers the 12 months from January 2024.',
    'the 12 months',
    'P12M',
    '2024-01-01',
    '2025-01-01',
    PUB,
  );
  // negative: "after" a month is no stretch opened by it, and without "the" no stretch at all
  assert.equal(timexOf('Sales slumped in the two months after March.', 'the two months', PUB).from, undefined);
});

test('"the three years from 2027": a year opens such a stretch as a month does', () => {
  assertPlaced('The deal covers the three years from 2027.', 'the three years', 'P3Y', '2027-01-01', '2030-01-01', PUB);
  assertPlaced('Exports grew in the two years from 2019.', 'the two years', 'P2Y', '2019-01-01', '2021-01-01', PUB);
  // the year counted from is a point of reference, not an event of its own
  assert.equal(timexOf('The deal covers the three years from 2027.', '2027', PUB).from, undefined);
  // negative: without "the", or after "since" or "before", a year keeps its own reading (here a level's yardstick,
  // comparison.test.ts), and the length is no stretch from it
  assert.equal(timexOf('Rents rose three years from 2019 levels.', 'three years', PUB).from, undefined);
  assert.match(timexOf('Rents rose three years from 2019 levels.', '2019', PUB).why!, /point of comparison/);
  assertPlaced('Sales slumped in the two years before 2020.', '2020', '2020', undefined, undefined, PUB);
  assert.equal(timexOf('Sales slumped in the two years before 2020.', 'the two years', PUB).to, undefined);
});

test('negative: lengths told in the past, lengths after an event, business days stay unplaced', () => {
  assert.equal(timexOf('The ship sank in two minutes.', 'two minutes', PUB).from, undefined);
  assert.equal(timexOf('After five days of talks, they agreed.', 'five days', PUB).from, undefined);
  assert.equal(timexOf('He quit two days before the vote.', 'two days', PUB).from, undefined);
  assert.equal(timexOf('It settled eight trading days after Monday.', 'eight trading days', PUB).from, undefined);
  assert.equal(timexOf('In the two weeks since, prices fell.', 'the two weeks', PUB).from, undefined);
});

test('a clock time after an offset is on the day the offset names: one moment, one event', () => {
  const text = 'The ship docks in 7 days at 5pm.';
  assertPlaced(text, '5pm', '2024-09-17T17:00', '2024-09-17T17:00', '2024-09-17T18:00', PUB);
  // the length keeps its TimeML value, as the day the time is on: a point of reference
  const length = timexOf(text, '7 days', PUB);
  assert.equal(length.value, 'P7D');
  assert.equal(length.from, undefined);
  assert.deepEqual(
    extract(text, { published: PUB }).events.map((e) => [e.from, e.to]),
    [['2024-09-17T17:00', '2024-09-17T18:00']],
  );
  assertPlaced('The talks resume after two weeks at 9 a.m.', '9 a.m.', '2024-09-24T09:00', undefined, undefined, PUB);
  // against a publication time too
  assertPlaced(text, '5pm', '2024-09-17T17:00', undefined, undefined, '2024-09-10T10:00');
  // a day counted from now or back: one TIME, as "tomorrow at noon"
  assertPlaced(
    'We meet three days from now at noon.',
    'three days from now at noon',
    '2024-09-13T12:00',
    '2024-09-13T12:00',
    undefined,
    PUB,
  );
  assertPlaced(
    'The fire started two weeks ago at 3 a.m.',
    'two weeks ago at 3 a.m.',
    '2024-08-27T03:00',
    undefined,
    undefined,
    PUB,
  );
});

test('a clock time written before the offset goes on the day the offset names', () => {
  const text = 'The new terminal opens at 9:30 a.m. in ten days.';
  assertPlaced(text, '9:30 a.m.', '2024-09-20T09:30', '2024-09-20T09:30', undefined, PUB);
  assert.equal(timexOf(text, 'ten days', PUB).from, undefined);
  assertPlaced(
    'Fighting broke out at 11 p.m. three days ago.',
    '11 p.m. three days ago',
    '2024-09-07T23:00',
    undefined,
    undefined,
    PUB,
  );
  // negative: a length told in the past, or of hours, does not move the time
  assertPlaced('The ship sank at 5pm in 7 days of storms.', '5pm', '2024-09-10T17:00', undefined, undefined, PUB);
  assertPlaced('He left at noon two hours ago.', 'noon', '2024-09-10T12:00', undefined, undefined, PUB);
});

test('negative: a length told in the past, or of months or hours, does not move the time', () => {
  // past tense: "in 7 days" is how long it took, and 5pm stays on the publication day
  const past = 'The ship sank in 7 days at 5pm.';
  assertPlaced(past, '5pm', '2024-09-10T17:00', undefined, undefined, PUB);
  assert.equal(timexOf(past, '7 days', PUB).from, undefined);
  assertPlaced('The plant opens in three months at noon.', 'noon', '2024-09-10T12:00', undefined, undefined, PUB);
  assertPlaced('He left two hours ago at noon.', 'noon', '2024-09-10T12:00', undefined, undefined, PUB);
});

test('a length counted from yesterday, today or tomorrow is one date, as "the day before yesterday" is', () => {
  const text = 'The ferry sank two days before yesterday.';
  const t = assertPlaced(text, 'two days before yesterday', '2024-09-07', '2024-09-07', '2024-09-08', PUB);
  assert.equal(t.type, 'DATE');
  assert.equal(timexes(text, PUB).length, 1);
  assert.deepEqual(
    extract(text, { published: PUB }).events.map((e) => [e.from, e.to]),
    [['2024-09-07', '2024-09-08']],
  );
  assertPlaced(
    'The ferry sank the day before yesterday.',
    'the day before yesterday',
    '2024-09-08',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The port reopens three days after tomorrow.',
    'three days after tomorrow',
    '2024-09-14',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The port reopens a week from today.', 'a week from today', '2024-09-17', undefined, undefined, PUB);
  // a clock time on it makes one TIME
  assertPlaced(
    'The port reopens a week from today at noon.',
    'a week from today at noon',
    '2024-09-17T12:00',
    undefined,
    undefined,
    PUB,
  );
  // without a publication date the day is unknown
  assertPlaced(text, 'two days before yesterday', 'XXXX-XX-XX', undefined, undefined, null);
});

test('negative: hours before yesterday, and lengths from other days, stay a length and a point of reference', () => {
  assert.deepEqual(
    timexes('The storm ended two hours before yesterday.', PUB).map((t) => t.text),
    ['two hours', 'yesterday'],
  );
  assert.deepEqual(
    timexes('He arrives a week from Monday.', PUB).map((t) => t.text),
    ['a week', 'Monday'],
  );
});

test('"minutes ago", "hours ago" are on the publication day; "months ago" a length of unknown size', () => {
  const at = '2019-03-22T10:35:00-04:00';
  const minutes = timexOf('The statement came minutes ago.', 'minutes ago', at);
  assert.deepEqual([minutes.value, minutes.from, minutes.to], ['PTXM', '2019-03-22', '2019-03-23']);
  assert.equal(timexOf('Hours ago the rebels retreated.', 'Hours ago', at).from, '2019-03-22');
  const months = timexOf('The firm, which just months ago was failing, is thriving.', 'months ago', at);
  assert.deepEqual([months.value, months.from], ['PXM', undefined]);
  // negative: a counted length stays counted
  assert.equal(timexOf('The talks ended five minutes ago.', 'five minutes ago', at).value, '2019-03-22T10:30');
});

test('a weekday a length counts on from lies ahead unless the clause is past', () => {
  const WED = '2019-03-20';
  const vote = timexes('The vote is a week from Tuesday.', WED);
  assert.deepEqual(
    vote.map((t) => [t.text, t.value, t.from]),
    [
      ['a week', 'P1W', '2019-04-02'],
      ['Tuesday', '2019-03-26', undefined],
    ],
  );
  // negative: told in the past, and counted back
  assert.equal(timexOf('The vote was a week from Tuesday.', 'a week', WED).from, '2019-03-26');
  assert.equal(timexOf('He had left two days before Friday.', 'two days', WED).from, '2019-03-13');
});

test('"after" a count of years a verb of leaving or closing ends is the length of the tenure, no date ahead', () => {
  const quit = timexOf('FIRE CHIEF TO QUIT IN JUNE AFTER 30 YEARS', '30 YEARS', PUB);
  assert.equal(quit.value, 'P30Y');
  assert.equal(quit.from, undefined);
  assert.equal(timexOf('The bakery will close after 120 years.', '120 years', PUB).from, undefined);
  assert.equal(timexOf('The coach will stand down after 12 years.', '12 years', PUB).from, undefined);
  assert.equal(timexOf('The manager is to go after 12 years in charge.', '12 years', PUB).from, undefined);
  // negative: a wait ahead, with no tenure
  assertPlaced('The bond matures after 10 years.', '10 years', 'P10Y', '2034-01-01', '2035-01-01', PUB);
  assertPlaced('Rates will be reviewed after five years.', 'five years', 'P5Y', '2029-01-01', '2030-01-01', PUB);
  // a shorter unit counts ahead still ("will leave after two weeks")
  assertPlaced('The envoy will leave after two weeks.', 'two weeks', 'P2W', '2024-09-24', '2024-09-25', PUB);
});

test('"in" a length after a verb of change in the present is how fast it changed, no date ahead', () => {
  assert.equal(timexOf('Flu cases double in a week', 'a week', PUB).from, undefined);
  assert.equal(timexOf('Shares soar 40% in a day after bid', 'a day', PUB).from, undefined);
  // negative: a modal looks ahead
  assertPlaced('Cases could double in a week, experts warn.', 'a week', 'P1W', '2024-09-17', '2024-09-18', PUB);
});
