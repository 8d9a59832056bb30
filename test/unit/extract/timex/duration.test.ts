import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf, timexes } from './helpers.js';

test('durations are DURATION values, not dates', () => {
  const t = timexOf('The strike lasted for three weeks.', 'three weeks');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P3W');
  assert.equal(t.from, undefined, 'a free duration is not placed');
  assert.equal(timexOf('Talks went on for 10 days.', '10 days').value, 'P10D');
  assert.equal(timexOf('A two-year deal was signed.', 'two-year').value, 'P2Y');
  assert.equal(timexOf('He was held for 36 hours.', '36 hours').value, 'PT36H');
  assert.equal(timexOf('Rebels have fought for years.', 'years').value, 'PXY');
  assert.equal(timexOf('It took a few days.', 'a few days').value, 'PXD');
  assert.equal(timexOf('It lasted two and a half years.', 'two and a half years').value, 'P2Y6M');
});

test('quantifiers are kept in the span and as mod', () => {
  const t = timexOf('The flight took more than four hours.', 'more than four hours');
  assert.equal(t.value, 'PT4H');
  assert.equal(t.mod, 'MORE_THAN');
  assert.equal(timexOf('It lasted about two years.', 'about two years').mod, 'APPROX');
});

test('"the past two months" is a duration placed before publication', () => {
  const t = timexOf('Prices rose over the past two months.', 'the past two months');
  assert.equal(t.value, 'P2M');
  assert.equal(t.from, '2016-08-18');
  assert.equal(t.to, '2016-10-18');
});

test('"now in its sixth year" is P6Y placed from 2011 to publication', () => {
  const text = 'The conflict, now in its sixth year, goes on.';
  const t = timexOf(text, 'its sixth year');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P6Y');
  assert.equal(t.from, '2011-01-01');
  assert.equal(t.to, '2016-10-18');
  assert.equal(t.granularity, 'year');
  assert.equal(timexOf(text, 'now').value, 'PRESENT_REF');
});

test('ages and rates are not durations', () => {
  const names = (s: string): string[] => timexes(s).map((t) => t.text);
  assert.deepEqual(names('Mr. Smith, 52 years old, resigned.'), []);
  assert.deepEqual(names('Rooms cost $35 a night.'), []);
  assert.deepEqual(names('The plant makes 500 cars a day.'), []);
  assert.deepEqual(names('He tried a second time.'), []);
});
