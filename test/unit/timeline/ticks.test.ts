import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { axisTicks, chooseTickLevel, TICK_LABEL_OFFSET } from '../../../src/timeline/layout/ticks.js';
import { MS_PER_DAY, MS_PER_YEAR } from '../../../src/timeline/layout/dates.js';
import { estimateTextWidth } from '../../../src/timeline/layout/labels.js';

const measure = estimateTextWidth(12);
const at = (from: number, to: number, width = 1000, lang = 'en-GB') =>
  axisTicks(from, to, width, (t) => ((t - from) / (to - from)) * width, lang, measure);

/** The labelled ticks' label boxes, left to right: none may touch the next, none may pass the right edge. */
function assertLabelsApart(ticks: ReturnType<typeof at>['ticks'], width: number): void {
  const boxes = ticks
    .filter((t) => t.label)
    .map((t) => ({ label: t.label, left: t.x + TICK_LABEL_OFFSET, right: t.x + TICK_LABEL_OFFSET + measure(t.label) }));
  for (let i = 0; i < boxes.length; i++) {
    assert.ok(boxes[i].right <= width, `"${boxes[i].label}" passes the right edge`);
    if (i) assert.ok(boxes[i].left >= boxes[i - 1].right, `"${boxes[i - 1].label}" runs into "${boxes[i].label}"`);
  }
}

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
  const fr = at(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 1000, 'fr');
  assert.equal(fr.ticks[1].label, 'févr.');
});

test('day labels every two days do not run together at a month’s end ("31" "1" read as "311")', () => {
  // 26 Sep – 5 Nov 2016 at the demo's width: a tick every two days, and 31 October is one day before 1 November.
  const width = 614;
  const { unit, step, ticks } = at(Date.UTC(2016, 8, 26), Date.UTC(2016, 10, 5), width);
  assert.equal(unit, 'day');
  assert.equal(step, 2);
  assertLabelsApart(ticks, width);
  const label = (d: number) => ticks.find((t) => t.time === d)?.label;
  assert.equal(label(Date.UTC(2016, 10, 1)), '1', 'the 1st of the month keeps its label');
  assert.equal(label(Date.UTC(2016, 9, 31)), '', 'the 31st before it gives way');
  assert.ok(
    ticks.some((t) => t.time === Date.UTC(2016, 9, 31)),
    'its tick is still drawn',
  );
});

test('tick labels never touch, at any zoom and width (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 280, max: 2560 }),
      (from, depth, width) => {
        const span = 3_600_000 * Math.pow(200 * 8766, depth);
        assertLabelsApart(at(from, from + span, width).ticks, width);
      },
    ),
    { seed: 15, numRuns: 400 },
  );
});
