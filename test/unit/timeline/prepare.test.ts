import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eventsInWindow, prepareTimeline } from '../../../src/timeline/layout/prepare.js';
import { MS_PER_DAY, parseFloating } from '../../../src/timeline/layout/dates.js';
import { eventList, iso, type Spec } from './helpers.js';

test('events are sorted by time, indexes and keys unique even with duplicate ids', () => {
  const model = prepareTimeline(
    eventList([
      { id: 'x', from: '2016-10-17', to: '2016-10-18' },
      { id: 'x', from: '2016-10-01', to: '2016-11-01', granularity: 'month' },
      { id: 'y', from: '2013-04-01', to: '2013-10-01', granularity: 'year', mod: 'MID' },
    ]),
  );
  assert.deepEqual(
    model.events.map((e) => e.event.from),
    ['2013-04-01', '2016-10-01', '2016-10-17'],
  );
  assert.deepEqual(
    model.events.map((e) => e.index),
    [0, 1, 2],
  );
  assert.equal(model.byId().get('x')?.event.from, '2016-10-01');
  assert.ok(model.events[0].softStart && model.events[0].softEnd);
});

test('from after to is swapped, ongoing runs to the end of the publication day, extent includes it', () => {
  const model = prepareTimeline(
    eventList([
      { from: '2016-10-18', to: '2016-10-17' },
      { from: '2013-04-01', to: '2013-10-01', granularity: 'year', mod: 'MID', ongoing: true },
    ]),
  );
  const swapped = model.events.find((e) => e.event.id === 'e1')!;
  assert.equal(swapped.start, parseFloating('2016-10-17'));
  assert.equal(swapped.end, parseFloating('2016-10-18'));
  const ongoing = model.events.find((e) => e.event.id === 'e2')!;
  assert.equal(ongoing.end, parseFloating('2016-10-18'));
  assert.equal(model.published, parseFloating('2016-10-17T12:00'), 'a publication day is marked at its middle');
  assert.ok(ongoing.softStart && !ongoing.softEnd, 'the publication date is an exact end');
  assert.deepEqual(model.extent, [parseFloating('2013-04-01'), parseFloating('2016-10-18')]);
  const timed = prepareTimeline(
    eventList([{ from: '2016-10-01', to: '2016-10-02', ongoing: true }], '2016-10-17T09:30'),
  );
  assert.equal(timed.published, parseFloating('2016-10-17T09:30'));
  assert.equal(timed.events[0].end, parseFloating('2016-10-17T09:30'));
});

test('eventsInWindow returns exactly the overlapping events, in time order (property)', () => {
  const base = Date.UTC(2000, 0, 1);
  const spec = fc.record({
    startDay: fc.integer({ min: 0, max: 3000 }),
    lengthDays: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 20, max: 400 }),
      fc.integer({ min: 1000, max: 5000 }),
    ),
  });
  fc.assert(
    fc.property(
      fc.array(spec, { maxLength: 80 }),
      fc.integer({ min: -100, max: 3200 }),
      fc.integer({ min: 0, max: 800 }),
      (specs, fromDay, spanDays) => {
        const list = eventList(
          specs.map<Spec>((s) => ({
            from: iso(base + s.startDay * MS_PER_DAY),
            to: iso(base + (s.startDay + s.lengthDays) * MS_PER_DAY),
          })),
          null,
        );
        const model = prepareTimeline(list);
        const from = base + fromDay * MS_PER_DAY;
        const to = from + spanDays * MS_PER_DAY;
        const expected = model.events.filter((e) => e.start <= to && e.end >= from).map((e) => e.index);
        assert.deepEqual(
          eventsInWindow(model, from, to).map((e) => e.index),
          expected,
        );
      },
    ),
    { seed: 7, numRuns: 300 },
  );
});
