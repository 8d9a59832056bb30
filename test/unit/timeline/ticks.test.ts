import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisTicks, chooseTickLevel } from '../../../src/timeline/layout/ticks.js';
import { MS_PER_DAY, MS_PER_YEAR } from '../../../src/timeline/layout/dates.js';

const at = (from: number, to: number, width = 1000) =>
  axisTicks(from, to, width, (t) => ((t - from) / (to - from)) * width, 'en-GB');

test('the tick unit follows the zoom: years, months, days, hours, minutes', () => {
  assert.equal(chooseTickLevel(150 * MS_PER_YEAR, 1000).unit, 'year');
  assert.equal(chooseTickLevel(MS_PER_YEAR, 1000).unit, 'month');
  assert.equal(chooseTickLevel(30 * MS_PER_DAY, 1000).unit, 'day');
  assert.equal(chooseTickLevel(MS_PER_DAY, 1000).unit, 'hour');
  assert.equal(chooseTickLevel(3_600_000, 1000).unit, 'minute');
  // Narrow screens get coarser steps, never colliding labels.
  assert.ok(chooseTickLevel(30 * MS_PER_DAY, 320).duration > chooseTickLevel(30 * MS_PER_DAY, 2560).duration);
});

test('ticks lie inside the window, in order, at least the level spacing apart', () => {
  for (const [from, to, width] of [
    [Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1), 1000],
    [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 320],
    [Date.UTC(2016, 9, 1), Date.UTC(2016, 10, 1), 2560],
    [Date.UTC(2016, 9, 15), Date.UTC(2016, 9, 16), 800],
  ]) {
    const { ticks } = at(from, to, width);
    assert.ok(ticks.length >= 2, 'some ticks');
    assert.ok(ticks.length <= width / 28, 'not crowded');
    for (let i = 0; i < ticks.length; i++) {
      assert.ok(ticks[i].time >= from && ticks[i].time <= to);
      if (i) assert.ok(ticks[i].x - ticks[i - 1].x >= 28);
    }
  }
});

test('labels and context rows read well at each level', () => {
  const months = at(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1));
  assert.equal(months.unit, 'month');
  assert.equal(months.ticks[9].label, 'Oct');
  assert.equal(months.context[0].label, '2016');
  const days = at(Date.UTC(2016, 8, 20), Date.UTC(2016, 9, 20));
  assert.equal(days.unit, 'day');
  assert.deepEqual(
    days.context.map((c) => c.label),
    ['September 2016', 'October 2016'],
  );
  assert.ok(days.ticks.find((t) => t.time === Date.UTC(2016, 9, 1))?.major);
  const hours = at(Date.UTC(2016, 9, 15), Date.UTC(2016, 9, 16));
  assert.equal(hours.unit, 'hour');
  assert.ok(
    hours.ticks.some((t) => t.label === '18:00'),
    hours.ticks.map((t) => t.label).join(),
  );
  assert.match(hours.context[0].label, /Sat.*15 Oct 2016/);
});

test('labels follow lang', () => {
  const fr = axisTicks(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 1000, (t) => t, 'fr');
  assert.equal(fr.ticks[1].label, 'févr.');
});
