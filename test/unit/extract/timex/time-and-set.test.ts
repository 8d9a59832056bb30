import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexOf } from './helpers.js';

test('clock times are TIME on the publication day', () => {
  const t = timexOf('The blast happened at 3 p.m. near the port.', '3 p.m.');
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '2016-10-17T15:00');
  assert.equal(t.from, '2016-10-17T15:00');
  assert.equal(t.to, '2016-10-17T16:00');
  assert.equal(t.granularity, 'hour');
  assert.equal(timexOf('It landed at 18:30 UTC.', '18:30 UTC').value, '2016-10-17T18:30Z');
});

test('a day and a time written together are one TIME', () => {
  assert.equal(timexOf('The offer expires at 5 p.m. Friday.', '5 p.m. Friday').value, '2016-10-21T17:00');
  assert.equal(timexOf('They met on Oct. 12 at 10:30 a.m.', 'Oct. 12 at 10:30 a.m.').value, '2016-10-12T10:30');
});

test('sets: every Monday, weekly, twice a year', () => {
  const t = timexOf('The council meets every Monday.', 'every Monday');
  assert.equal(t.type, 'SET');
  assert.equal(t.value, 'XXXX-WXX-1');
  assert.equal(timexOf('The paper appears weekly.', 'weekly').value, 'P1W');
  // "bi-weekly" is every two weeks, not "weekly" with a stray "bi-"
  assert.equal(timexOf('The paper appears bi-weekly.', 'bi-weekly').value, 'P2W');
  assert.equal(timexOf('Dividends are paid semi-annually.', 'semi-annually').value, 'P6M');
  assert.equal(timexOf('They vote twice a year.', 'a year').value, 'P1Y');
  assert.equal(timexOf('Flights leave each day.', 'each day').value, 'P1D');
});

test('scores and ratios are not times', () => {
  assertNone('They won 3:2 in extra time.', '3:2');
});

test('"Daily" and "Weekly" in a name are no sets: "the Anchorage Daily News", "The Weekly Standard"', () => {
  assertNone('The fire was first reported by the Anchorage Daily News.', 'Daily');
  assertNone('The Weekly Standard ran the story.', 'Weekly');
  // negative: the adverb opening a sentence, and in lower case
  assert.equal(timexOf('Daily, the ferry leaves at nine.', 'Daily').value, 'P1D');
  // a line in capitals has no names to tell: "THE MONTHLY JOBS REPORT"
  assert.equal(timexOf('INVESTORS AWAIT THE MONTHLY JOBS REPORT.', 'MONTHLY').value, 'P1M');
  assert.equal(timexOf('Prices are set daily.', 'daily').value, 'P1D');
});

test('"every other week", "every second Thursday", "every third month": one in two or three', () => {
  assert.equal(timexOf('The paper comes out every other week.', 'every other week').value, 'P2W');
  assert.equal(timexOf('Bins are collected every third week.', 'every third week').value, 'P3W');
  assert.equal(timexOf('They meet every second Thursday.', 'every second Thursday').value, 'XXXX-WXX-4');
  // negative: "every second" alone is each second
  assert.equal(timexOf('Every second counts.', 'Every second').value, 'PT1S');
});

test('"the Israeli daily Haaretz", "the French weekly Le Point": a newspaper, no set', () => {
  assertNone('The Israeli daily Haaretz reported it.', 'daily');
  assertNone('An editorial in the conservative daily Eleftheros Typos said so.', 'daily');
  assertNone('The French weekly Le Point ran the story.', 'weekly');
  // negative: how often
  assert.equal(timexOf('Trains run daily.', 'daily').value, 'P1D');
  assert.equal(timexOf('The paper comes out weekly.', 'weekly').value, 'P1W');
});

test('a weekday\'s place in every month is a set of that weekday: "every second Tuesday of the month"', () => {
  // read before as one day: "second Tuesday of the month" (the publication month's), "last Friday" (last week's)
  const cases: [string, string, string][] = [
    ['The club meets every second Tuesday of the month.', 'every second Tuesday of the month', 'XXXX-WXX-2'],
    ['The market is held on the first Monday of every month.', 'the first Monday of every month', 'XXXX-WXX-1'],
    ['Bins are collected on the last Friday of each month.', 'the last Friday of each month', 'XXXX-WXX-5'],
    ['The board sits every first Wednesday of the month.', 'every first Wednesday of the month', 'XXXX-WXX-3'],
    ['Meetings are held every other Friday.', 'every other Friday', 'XXXX-WXX-5'],
  ];
  for (const [text, phrase, value] of cases) {
    const t = timexOf(text, phrase);
    assert.equal(t.type, 'SET', phrase);
    assert.equal(t.value, value, phrase);
  }
});

test('negative: one such day of one month, or "every day of the month", stays as it was', () => {
  // the second Tuesday of this month is a date
  assert.equal(
    timexOf('The vote is on the second Tuesday of the month.', 'the second Tuesday of the month').type,
    'DATE',
  );
  // not a weekday: every day, the month is no part of the set's span
  assert.equal(timexOf('Rain fell every day of the month.', 'every day').value, 'P1D');
  // "every last" is no place in a month
  assertNone('They fought for every last vote on Friday.', 'every last');
});
