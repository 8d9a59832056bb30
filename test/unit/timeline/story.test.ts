import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { prepareTimeline, type PreparedTimeline } from '../../../src/timeline/layout/prepare.js';
import {
  countOutside,
  MIN_STORY_SPAN,
  outsideWindow,
  stepWindow,
  storyWindow,
} from '../../../src/timeline/layout/story.js';
import { fitDomain } from '../../../src/timeline/layout/scale.js';
import { parseFloating } from '../../../src/timeline/layout/dates.js';
import { eventList, iso, type Spec } from './helpers.js';

const at = (s: string) => parseFloating(s);
const day = (from: string, label?: string): Spec => {
  const start = at(from);
  return { from, to: iso(start + 86_400_000).slice(0, 10), label };
};
const inside = (w: [number, number], from: string, to: string) => w[0] <= at(from) && w[1] >= at(to);

/** The seed article's events (Reuters, 17 October 2016). */
const SEED: Spec[] = [
  { from: '2011-01-01', to: '2016-10-18', granularity: 'year', ongoing: true, label: 'The conflict' },
  { from: '2013-05-01', to: '2016-10-18', granularity: 'year', ongoing: true, label: 'Saudi aid' },
  { from: '2016-01-01', to: '2017-01-01', granularity: 'year', label: 'Third visit this year' },
  { from: '2016-01-01', to: '2017-01-01', granularity: 'year', label: 'Ceasefire plan' },
  { from: '2016-09-01', to: '2016-10-18', granularity: 'month', ongoing: true, label: 'Bombing since last month' },
  { from: '2016-10-01', to: '2016-10-11', label: 'Halt to fuel shipments' },
  { from: '2016-10-01', to: '2016-11-01', granularity: 'month', label: 'U.N. vote this month' },
  { from: '2016-10-15T18:00', to: '2016-10-15T22:00', granularity: 'partOfDay', label: 'Talks fail' },
  day('2016-10-17', 'Mamlouk meets Egyptian official'),
];

function seed(): PreparedTimeline {
  return prepareTimeline(eventList(SEED, '2016-10-17'));
}

/** Screen x of time t in window w drawn across width px. */
const px = (w: [number, number], t: number, width: number) => ((t - w[0]) / (w[1] - w[0])) * width;

test('the seed opens on its October 2016 events, around publication, not on 2011–2016', () => {
  const model = seed();
  for (const width of [335, 614, 800, 1200]) {
    const w = storyWindow(model, width)!;
    assert.ok(w, `${width} px: a story window`);
    assert.ok(w[0] > at('2016-08-01') && w[1] < at('2016-12-01'), `${width} px: within autumn 2016`);
    assert.ok(inside(w, '2016-10-15T18:00', '2016-10-18'), `${width} px: the talks and the meeting in view`);
    assert.ok(w[0] < model.published! && model.published! < w[1], `${width} px: the publication date in view`);
    // The Saturday evening talks and Monday's meeting far enough apart never to share a cluster cell.
    const talks = (at('2016-10-15T18:00') + at('2016-10-15T22:00')) / 2;
    const meeting = at('2016-10-17T12:00');
    assert.ok(px(w, meeting, width) - px(w, talks, width) >= 48, `${width} px: marks apart`);
  }
  // Without a width (no separation asked), the core: September and October, padded.
  const core = storyWindow(model)!;
  assert.ok(inside(core, '2016-09-01', '2016-11-01'));
  assert.ok(core[1] - core[0] < 90 * 86_400_000);
});

test('a local story: the last fortnight, with the 1924 building and the 2031 plan counted at the edges', () => {
  const specs: Spec[] = [
    { from: '1924-01-01', to: '1925-01-01', granularity: 'year', label: 'The library opened' },
    { from: '2024-05-01', to: '2024-06-01', granularity: 'month', label: 'Last month' },
    ...['2024-05-29', '2024-05-30', '2024-06-03', '2024-06-07', '2024-06-11', '2024-06-13'].map((d) => day(d)),
    { from: '2024-06-10T06:00', to: '2024-06-10T12:00', granularity: 'partOfDay', label: 'Monday morning' },
    { from: '2024-06-12T20:00', to: '2024-06-13T06:00', granularity: 'partOfDay', label: 'Wednesday night' },
    day('2024-06-28', 'Consultation ends'),
    { from: '2024-09-01', to: '2024-10-01', granularity: 'month', label: 'Work begins' },
    { from: '2025-03-01', to: '2025-06-01', granularity: 'season', label: 'Reopens in spring' },
    { from: '2031-01-01', to: '2032-01-01', granularity: 'year', label: 'Accessible by 2031' },
  ];
  const model = prepareTimeline(eventList(specs, '2024-06-13'));
  for (const width of [325, 1200]) {
    const w = storyWindow(model, width)!;
    assert.ok(inside(w, '2024-05-29', '2024-06-29'), `${width} px: every day of the fortnight in view`);
    assert.ok(w[1] - w[0] < 60 * 86_400_000, `${width} px: not months wide`);
    const outside = countOutside(model, w[0], w[1]);
    assert.deepEqual(outside, { earlier: 1, later: 3 }, `${width} px`);
  }
});

test('background events never frame the story', () => {
  const news = ['2024-06-10', '2024-06-11', '2024-06-12', '2024-06-13'].map((d) => day(d));
  // Many old dates that only describe things ("the 1930s bridge", "a 1990 law"): background.
  const old = Array.from({ length: 12 }, (_, i) => ({ ...day(`${1930 + i * 5}-03-01`), background: true }));
  const model = prepareTimeline(eventList([...news, ...old], '2024-06-13'));
  assert.equal(model.events.filter((e) => e.background).length, 12);
  const w = storyWindow(model, 800)!;
  assert.ok(inside(w, '2024-06-10', '2024-06-14'));
  assert.ok(w[1] - w[0] < 30 * 86_400_000, 'the story is the week, not the century');
  assert.equal(countOutside(model, w[0], w[1]).earlier, 12);
  // The same list without the flags is a story of the century (most events are old).
  const unflagged = prepareTimeline(
    eventList([...news, ...old.map((spec) => ({ ...spec, background: false }))], '2024-06-13'),
  );
  const wide = storyWindow(unflagged, 800);
  assert.ok(wide === null || wide[1] - wide[0] > 365 * 86_400_000);
});

test('events spread evenly have no core: the story is all of them (null)', () => {
  const specs = Array.from({ length: 40 }, (_, i) => day(iso(Date.UTC(2000 + Math.floor(i / 2), (i % 2) * 6, 1))));
  assert.equal(storyWindow(prepareTimeline(eventList(specs, '2020-01-01')), 800), null);
});

test('a lone event opens on the days around it (or on everything when that is as wide)', () => {
  const model = prepareTimeline(eventList([day('2008-04-26')], '2008-04-27'));
  const w = storyWindow(model, 800);
  if (w) assert.ok(w[1] - w[0] >= MIN_STORY_SPAN);
  else assert.ok(fitDomain(model.extent!)[1] - fitDomain(model.extent!)[0] <= 2 * MIN_STORY_SPAN);
});

test('without a publication date the story is framed around its middle event', () => {
  const specs = [
    { from: '1990-01-01', to: '1991-01-01', granularity: 'year' as const },
    ...['2019-03-02', '2019-03-04', '2019-03-05', '2019-03-07'].map((d) => day(d)),
  ];
  const w = storyWindow(prepareTimeline(eventList(specs, null)), 800)!;
  assert.ok(inside(w, '2019-03-02', '2019-03-08'));
  assert.ok(w[0] > at('2018-01-01'));
});

test('a story step shows its event whole, a little left of the middle, with time around it', () => {
  const model = seed();
  for (const e of model.events) {
    const [from, to] = stepWindow(e);
    assert.ok(from < e.start && to > e.end, e.event.label);
    assert.ok(to - from >= 24 * 3_600_000);
    const middle = (e.start + e.end) / 2;
    assert.ok((middle - from) / (to - from) <= 0.5 + 1e-9, `${e.event.label}: left of the middle`);
  }
});

test('countOutside and outsideWindow agree with a count of every event (property)', () => {
  const base = Date.UTC(2010, 0, 1);
  fc.assert(
    fc.property(
      fc.array(fc.record({ start: fc.integer({ min: 0, max: 3000 }), days: fc.integer({ min: 1, max: 400 }) }), {
        minLength: 1,
        maxLength: 60,
      }),
      fc.integer({ min: -100, max: 3500 }),
      fc.integer({ min: 1, max: 1000 }),
      (specs, fromDay, length) => {
        const model = prepareTimeline(
          eventList(
            specs.map((s) => ({
              from: iso(base + s.start * 86_400_000).slice(0, 10),
              to: iso(base + (s.start + s.days) * 86_400_000).slice(0, 10),
            })),
          ),
        );
        const from = base + fromDay * 86_400_000 + 3_600_000;
        const to = from + length * 86_400_000;
        const earlier = model.events.filter((e) => e.end < from);
        const later = model.events.filter((e) => e.start > to);
        assert.deepEqual(countOutside(model, from, to), { earlier: earlier.length, later: later.length });
        for (const [side, events] of [
          ['earlier', earlier],
          ['later', later],
        ] as const) {
          const w = outsideWindow(model, from, to, side);
          if (!events.length) assert.equal(w, null);
          else for (const e of events) assert.ok(w![0] <= e.start && w![1] >= e.end, `${side} event in its window`);
        }
      },
    ),
    { seed: 15, numRuns: 200 },
  );
});
