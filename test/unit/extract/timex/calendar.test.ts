import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonths,
  isoWeek,
  isoWeekday,
  partOfDayPeriod,
  seasonPeriod,
  timePeriod,
} from '../../../../src/extract/timex/calendar.js';

test('ISO weeks and weekdays', () => {
  assert.deepEqual(isoWeek({ y: 2016, m: 10, d: 17 }), { year: 2016, week: 42 });
  assert.deepEqual(isoWeek({ y: 2016, m: 1, d: 1 }), { year: 2015, week: 53 });
  assert.deepEqual(isoWeek({ y: 2018, m: 12, d: 31 }), { year: 2019, week: 1 });
  assert.equal(isoWeekday({ y: 2016, m: 10, d: 17 }), 1);
  assert.equal(isoWeekday({ y: 2016, m: 10, d: 16 }), 7);
});

test('month arithmetic clamps the day', () => {
  assert.deepEqual(addMonths({ y: 2016, m: 1, d: 31 }, 1), { y: 2016, m: 2, d: 29 });
  assert.deepEqual(addMonths({ y: 2016, m: 1, d: 15 }, -2), { y: 2015, m: 11, d: 15 });
});

test('winter runs into the next year; night into the next day; midnight is the next day', () => {
  const winter = seasonPeriod(2016, 'WI');
  assert.deepEqual([winter.from, winter.to], ['2016-12-01', '2017-03-01']);
  const night = partOfDayPeriod({ y: 2016, m: 12, d: 31 }, 'NI');
  assert.deepEqual([night.from, night.to], ['2016-12-31T20:00', '2017-01-01T06:00']);
  const midnight = timePeriod({ y: 2016, m: 10, d: 17 }, 24, 0);
  assert.deepEqual([midnight.from, midnight.to], ['2016-10-18T00:00', '2016-10-18T00:01']);
});
