import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutFrame, type FrameLayout, type Mark } from '../../../src/timeline/layout/frame.js';
import { prepareLevel } from '../../../src/timeline/layout/clusters.js';
import { estimateTextWidth } from '../../../src/timeline/layout/labels.js';
import { eventsInWindow, prepareTimeline, type PreparedTimeline } from '../../../src/timeline/layout/prepare.js';
import { baseScale, fitDomain, transformFor, zoomScaleExtent } from '../../../src/timeline/layout/scale.js';
import { MS_PER_DAY } from '../../../src/timeline/layout/dates.js';
import { eventList, iso, type Spec } from './helpers.js';

const measure = estimateTextWidth(12);

function setup(specs: Spec[], width = 1000) {
  const model = prepareTimeline(eventList(specs));
  const domain = fitDomain(model.extent!);
  const base = baseScale(domain, width);
  return { model, base, extent: zoomScaleExtent(domain) };
}

function frameAt(
  s: ReturnType<typeof setup>,
  from: string | null,
  to: string | null,
  lanes = 6,
  pinned?: Set<number>,
): FrameLayout {
  const zoom =
    from && to ? transformFor(s.base, Date.parse(`${from}Z`), Date.parse(`${to}Z`), s.extent) : { k: 1, x: 0 };
  return layoutFrame(s.model, s.base, zoom, { lanes, measure, lang: 'en-GB', pinned });
}

const members = (m: Mark) => (m.type === 'event' ? [m.event] : m.members);

/** Within a lane, every mark and its label end before the next one starts. */
function assertNoOverlap(frame: FrameLayout, gap = 0): void {
  const byLane = new Map<number, Mark[]>();
  for (const m of frame.marks) byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m]);
  for (const marks of byLane.values()) {
    const boxes = marks
      .map((m) => {
        // A cluster's badge (radius 10) is drawn too, at the point or at the bar's left end.
        const badge = m.type === 'cluster' ? [m.badgeX - 10, m.badgeX + 10] : [Infinity, -Infinity];
        const left = Math.min(m.shape === 'bar' ? m.x0 : m.cx - 10, m.label ? m.labelX : Infinity, badge[0]);
        const right = Math.max(
          m.shape === 'bar' ? m.x1 : m.cx + 10,
          m.label ? m.labelX + m.labelWidth : -Infinity,
          badge[1],
        );
        return { left, right, key: m.key };
      })
      .sort((a, b) => a.left - b.left);
    for (let i = 1; i < boxes.length; i++)
      assert.ok(
        boxes[i - 1].right <= boxes[i].left + 0.5 - gap,
        `overlap in a lane: ${boxes[i - 1].key} / ${boxes[i].key}`,
      );
  }
}

test('marks follow the scale: points at the middle of their day, bars across their interval', () => {
  const s = setup([
    { from: '2016-10-17', to: '2016-10-18', label: 'Mamlouk in Cairo' },
    { from: '2016-09-01', to: '2016-10-01', granularity: 'month', label: 'Ceasefire collapses' },
    { from: '2016-01-01', to: '2017-01-01', granularity: 'year', label: 'This year' },
  ]);
  const frame = frameAt(s, null, null);
  const x = (iso: string) => frame.scaleA * Date.parse(`${iso}Z`) + frame.scaleB;
  const point = frame.marks.find((m) => m.fullLabel === 'Mamlouk in Cairo')!;
  assert.equal(point.shape, 'point');
  assert.ok(Math.abs(point.cx - (x('2016-10-17T00:00') + x('2016-10-18T00:00')) / 2) < 1e-6);
  const month = frame.marks.find((m) => m.fullLabel === 'Ceasefire collapses')!;
  assert.equal(month.shape, 'bar');
  assert.ok(Math.abs(month.x0 - x('2016-09-01T00:00')) < 1e-6 && Math.abs(month.x1 - x('2016-10-01T00:00')) < 1e-6);
  // Scale sanity: the fitted view puts the whole extent inside the width.
  assert.ok(frame.marks.every((m) => m.x0 >= 0 && m.x1 <= 1000));
});

test('a day event becomes a bar across its day once zoomed in far enough', () => {
  const s = setup([
    { from: '2016-10-17', to: '2016-10-18' },
    { from: '2016-01-01', to: '2016-01-02' },
  ]);
  const frame = frameAt(s, '2016-10-16T12:00', '2016-10-18T12:00');
  const mark = frame.marks.find((m) => m.type === 'event' && m.event.event.id === 'e1')!;
  assert.equal(mark.shape, 'bar');
  assert.ok(Math.abs(mark.x0 - 250) < 1e-6 && Math.abs(mark.x1 - 750) < 1e-6);
});

test('clusters: close events merge when zoomed out and split when zoomed in', () => {
  // The two hour events start 40 minutes apart: 2.8 px at the 10-day zoom, well inside one cluster
  // cell (24 to 34 px on screen, see clusters.ts); 55 px at the 12-hour zoom, more than a cell.
  const specs: Spec[] = [
    { from: '2016-10-15T18:00', to: '2016-10-15T19:00', granularity: 'hour' },
    { from: '2016-10-15T18:40', to: '2016-10-15T19:40', granularity: 'hour' },
    { from: '2016-10-17', to: '2016-10-18' },
    { from: '2011-01-01', to: '2011-01-02' },
  ];
  const s = setup(specs);
  const out = frameAt(s, null, null);
  const cluster = out.marks.find((m) => m.type === 'cluster');
  assert.ok(cluster, 'a cluster at the fitted zoom');
  assert.equal(cluster.members.length, 3);
  assert.equal(cluster.fullLabel, 'Event 1 and 2 more', 'the earliest event names the cluster');
  const mid = frameAt(s, '2016-10-10', '2016-10-20');
  assert.deepEqual(mid.marks.map((m) => members(m).length).sort(), [1, 2], 'the day event splits off first');
  const near = frameAt(s, '2016-10-15T12:00', '2016-10-16T00:00');
  assert.ok(
    near.marks.every((m) => m.type === 'event'),
    'all separate at hour zoom',
  );
});

test('a cluster is named by its earliest event, shortened to the room its lane leaves', () => {
  // Three events an hour apart make a cluster at a 60-day zoom; a fourth event follows in the one lane.
  const label = 'Talks on a ceasefire in Aleppo collapse after a week of shelling';
  const specs: Spec[] = [
    { from: '2016-10-01T08:00', to: '2016-10-01T09:00', granularity: 'hour', label },
    { from: '2016-10-01T09:00', to: '2016-10-01T10:00', granularity: 'hour', label: 'Second' },
    { from: '2016-10-01T10:00', to: '2016-10-01T11:00', granularity: 'hour', label: 'Third' },
    { from: '2016-10-12', to: '2016-10-13', label: 'Next' },
    { from: '2016-08-15', to: '2016-08-16', label: 'Before' },
    { from: '2016-11-30', to: '2016-12-01', label: 'After' },
  ];
  const s = setup(specs);
  const cluster = (f: FrameLayout) => f.marks.find((m) => m.type === 'cluster')!;
  const wide = frameAt(s, '2016-09-25', '2016-11-25', 1);
  const c = cluster(wide);
  assert.equal(c.fullLabel, `${label} and 2 more`);
  const next = wide.marks.find((m) => m.fullLabel === 'Next')!;
  const room = Math.min(next.x0, next.labelX) - c.labelX;
  assert.ok(measure(c.fullLabel) > room, 'the whole label does not fit before the next mark');
  assert.match(c.label, /^Talks on a\b.*… and 2 more$/, 'the first part shortened, the count kept');
  assert.ok(c.labelX + measure(c.label) <= Math.min(next.x0, next.labelX), 'ends before the next mark');
  // A next event three days on leaves no room for even one word: no label (the badge shows the count).
  const close = setup(
    specs.map((spec) => (spec.label === 'Next' ? { ...spec, from: '2016-10-04', to: '2016-10-05' } : spec)),
  );
  const tight = frameAt(close, '2016-09-25', '2016-11-25', 1);
  const t = cluster(tight);
  assert.equal(t.members.length, 3);
  const after = tight.marks.find((m) => m.fullLabel === 'Next')!;
  assert.equal(after.lane, t.lane);
  assert.ok(Math.min(after.x0, after.labelX) - t.labelX < measure('Talks… and 2 more'));
  assert.equal(t.label, '');
  // Room for one word only: no label either ("Talks… and 2 more" names nothing the badge does not). With the
  // next event a little further each time, a cluster label is blank or keeps at least two words.
  let oneWordRoom = 0;
  for (let day = 4; day <= 12; day++) {
    for (const hour of ['00', '06', '12', '18']) {
      const at = `2016-10-${String(day).padStart(2, '0')}T${hour}:00`;
      const f = frameAt(
        setup(
          specs.map((spec) => (spec.label === 'Next' ? { ...spec, from: at, to: at.replace(/T.*/, 'T23:00') } : spec)),
        ),
        '2016-09-25',
        '2016-11-25',
        1,
      );
      const cl = cluster(f);
      const n = f.marks.find((m) => m.fullLabel === 'Next')!;
      if (!cl || n.lane !== cl.lane) continue;
      const room = Math.min(n.x0, n.labelX) - cl.labelX;
      if (room >= measure('Talks… and 2 more') && room < measure('Talks on… and 2 more')) {
        oneWordRoom++;
        assert.equal(cl.label, '', `one word's room at ${at}`);
      }
      if (cl.label) assert.match(cl.label, /^\S+\s+\S+/, `two words at least at ${at}: ${cl.label}`);
    }
  }
  assert.ok(oneWordRoom > 0, 'some position leaves room for one word only');
});

test('near the right edge a label starts left of its mark to be drawn whole; elsewhere at its mark', () => {
  const label = 'Ceasefire talks resume in Geneva';
  const specs: Spec[] = [
    { from: '2016-01-05', to: '2016-01-06', label: 'Early' },
    { from: '2016-06-01', to: '2016-06-02', label },
    // Three events an hour apart near the right end: a cluster named after the earliest.
    { from: '2016-12-20T08:00', to: '2016-12-20T09:00', granularity: 'hour', label },
    { from: '2016-12-20T09:00', to: '2016-12-20T10:00', granularity: 'hour', label: 'Second' },
    { from: '2016-12-20T10:00', to: '2016-12-20T11:00', granularity: 'hour', label: 'Third' },
  ];
  const s = setup(specs);
  const frame = frameAt(s, '2016-01-01', '2017-01-01', 6);
  const middle = frame.marks.find((m) => m.type === 'event' && m.fullLabel === label)!;
  assert.equal(middle.labelX, middle.cx - 5, 'a label away from the edge starts at its mark');
  const edge = frame.marks.find((m) => m.type === 'cluster')!;
  assert.equal(edge.fullLabel, `${label} and 2 more`);
  const width = measure(label) + measure(' and 2 more');
  assert.ok(edge.cx - 10 > frame.width - width, 'the mark is closer to the edge than its label is long');
  assert.ok(Math.abs(edge.labelX - (frame.width - width)) < 1e-9, 'the label ends at the right edge');
  assert.equal(edge.label, edge.fullLabel, 'and is drawn whole');
});

test('an event without a label is drawn without one (no cluster suffix)', () => {
  const s = setup([
    { from: '2016-01-05', to: '2016-01-06', label: '' },
    { from: '2016-12-20', to: '2016-12-21', label: 'Later' },
  ]);
  const frame = frameAt(s, '2016-01-01', '2017-01-01', 2);
  const blank = frame.marks.find((m) => m.type === 'event' && m.event.event.label === '')!;
  assert.equal(blank.fullLabel, '');
  assert.equal(blank.label, '');
  assert.equal(blank.truncated, false);
});

test('pinned events are never inside a cluster', () => {
  const s = setup([
    { from: '2016-10-15T18:00', to: '2016-10-15T19:00' },
    { from: '2016-10-15T20:00', to: '2016-10-15T21:00' },
    { from: '2011-01-01', to: '2011-01-02' },
  ]);
  const pinnedIndex = s.model.events.find((e) => e.event.id === 'e2')!.index;
  const frame = frameAt(s, null, null, 6, new Set([pinnedIndex]));
  assert.ok(frame.marks.some((m) => m.type === 'event' && m.event.index === pinnedIndex));
  assert.ok(frame.marks.every((m) => m.type === 'event'));
});

/** A mark's extent on screen: a bar's (clipped) ends, a point's circle. */
const markBox = (m: Mark) => {
  const r = m.type === 'cluster' ? 10 : 5;
  return m.shape === 'bar' ? [m.x0, m.x1] : [m.cx - r, m.cx + r];
};

/**
 * An event mark in view is never drawn without its label (shortened, or the mark joins a cluster), and a
 * label is never drawn without its mark in view.
 */
function assertLabelsWithMarks(frame: FrameLayout, pinned: ReadonlySet<number> = new Set()): void {
  for (const m of frame.marks) {
    const [left, right] = markBox(m);
    const inView = right >= 0 && left <= frame.width;
    if (m.label) assert.ok(inView, `label "${m.label}" drawn without its mark (${left}–${right} px)`);
    if (m.type === 'event' && inView && m.fullLabel && !pinned.has(m.event.index))
      assert.ok(m.label, `event "${m.fullLabel}" in view at ${left}–${right} px has no label`);
  }
}

test('a mark in view keeps its label: "Saturday evening" two days before a day event (seen at 26 Sep – 5 Nov 2016)', () => {
  // The seed article's events at the window of the report, at a phone's, the demo's and a wide width.
  const specs: Spec[] = [
    { from: '2011-01-01', to: '2016-10-18', granularity: 'year', label: 'The conflict, now in its sixth year' },
    {
      from: '2013-05-01',
      to: '2016-10-18',
      granularity: 'year',
      label: 'Saudi Arabia has showered Egypt with billions of dollars of aid',
    },
    {
      from: '2016-01-01',
      to: '2017-01-01',
      granularity: 'year',
      label: 'Egyptian security sources told Reuters this was Mamlouk’s third such visit',
    },
    {
      from: '2016-01-01',
      to: '2017-01-01',
      granularity: 'year',
      label: 'A painstakingly crafted U.S.-Russian ceasefire plan collapsed',
    },
    {
      from: '2016-09-01',
      to: '2016-10-18',
      granularity: 'month',
      label: 'Russian aircraft and Syrian forces have been bombarding Aleppo',
    },
    { from: '2016-10-01', to: '2016-10-11', label: 'A halt to shipments of Saudi fuel to Egypt' },
    {
      from: '2016-10-01',
      to: '2016-11-01',
      granularity: 'month',
      label: 'Egypt voted in favour of a Russian-backed U.N. resolution on Syria',
    },
    {
      from: '2016-10-15T18:00',
      to: '2016-10-15T22:00',
      granularity: 'partOfDay',
      label: 'Syria talks failed to agree on a common strategy',
    },
    {
      from: '2016-10-17',
      to: '2016-10-18',
      label: 'Syria’s national security chief met a senior Egyptian intelligence official',
    },
  ];
  for (const width of [335, 614, 800, 1200]) {
    const s = setup(specs, width);
    const frame = frameAt(s, '2016-09-26', '2016-11-05', 6);
    assertLabelsWithMarks(frame);
    assertNoOverlap(frame);
    const talks = frame.marks.find((m) => members(m).some((e) => e.event.label.startsWith('Syria talks')))!;
    assert.ok(talks.type === 'cluster' || talks.label, `${width} px: the talks are labelled or in a cluster`);
  }
});

test('no label without its mark: events left of the view and pinned events off-screen have none', () => {
  const s = setup([
    { from: '2016-01-05', to: '2016-01-06', label: 'Left of the view' },
    { from: '2016-06-01', to: '2016-06-02', label: 'In the view' },
    { from: '2016-12-20', to: '2016-12-21', label: 'Right of the view' },
  ]);
  const pinned = new Set(s.model.events.filter((e) => e.event.label !== 'In the view').map((e) => e.index));
  // The left event is a few pixels left of the edge: its label used to be drawn at x = 0.
  const frame = frameAt(s, '2016-01-08', '2016-07-01', 6, pinned);
  const byLabel = (label: string) => frame.marks.find((m) => m.fullLabel === label);
  assert.equal(byLabel('Left of the view')!.label, '');
  assert.equal(byLabel('Right of the view')!.label, '');
  assert.equal(byLabel('In the view')!.label, 'In the view');
  assertLabelsWithMarks(frame, pinned);
});

test('no two marks or labels overlap in a lane, nothing lost, at any zoom (property)', () => {
  const base = Date.UTC(2015, 0, 1);
  const spec = fc.record({
    startHour: fc.integer({ min: 0, max: 24 * 700 }),
    lengthHours: fc.oneof(fc.constant(1), fc.constant(24), fc.integer({ min: 24, max: 24 * 400 })),
    words: fc.integer({ min: 1, max: 14 }),
  });
  fc.assert(
    fc.property(
      fc.array(spec, { minLength: 1, maxLength: 120 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 320, max: 2560 }),
      fc.integer({ min: 1, max: 8 }),
      (specs, position, zoomDepth, width, lanes) => {
        const s = setup(
          specs.map((p) => ({
            from: iso(base + p.startHour * 3.6e6),
            to: iso(base + (p.startHour + p.lengthHours) * 3.6e6),
            label: Array.from({ length: p.words }, (_, i) => `word${i}`).join(' '),
          })),
          width,
        );
        const [d0, d1] = s.base.domain().map(Number);
        const span = (d1 - d0) * Math.pow(10, -3 * zoomDepth);
        const from = d0 + (d1 - d0 - span) * position;
        const zoom = transformFor(s.base, from, from + span, s.extent);
        const frame = layoutFrame(s.model, s.base, zoom, { lanes, measure, lang: 'en-GB' });
        assertNoOverlap(frame);
        assert.ok(frame.lanesUsed <= lanes);
        // Every event overlapping the view is drawn, alone or in a cluster, exactly once.
        const drawn = frame.marks.flatMap(members).map((e) => e.index);
        assert.equal(new Set(drawn).size, drawn.length);
        const visible = s.model.events.filter((e) => e.start <= frame.to && e.end >= frame.from).map((e) => e.index);
        for (const i of visible) assert.ok(drawn.includes(i), `event ${i} drawn`);
        for (const m of frame.marks) if (m.label) assert.ok(m.labelX >= 0 && m.labelX + m.labelWidth <= width + 0.5);
        assertLabelsWithMarks(frame);
      },
    ),
    { seed: 2016, numRuns: 150 },
  );
});

test('proximity clusters do not change while panning (grid fixed in world coordinates)', () => {
  const specs: Spec[] = Array.from({ length: 400 }, (_, i) => ({
    from: iso(Date.UTC(2016, 0, 1) + ((i * 7919) % 400) * 0.9 * MS_PER_DAY),
    to: iso(Date.UTC(2016, 0, 1) + (((i * 7919) % 400) * 0.9 + 0.04) * MS_PER_DAY),
  }));
  const s = setup(specs);
  const zoom = transformFor(s.base, Date.UTC(2016, 2, 1), Date.UTC(2016, 5, 1), s.extent);
  const groups = (frame: FrameLayout, left = -Infinity, right = Infinity) =>
    new Set(
      frame.marks
        .filter((m) => m.type === 'cluster' && m.cx > left && m.cx < right)
        .map((m) =>
          members(m)
            .map((e) => e.index)
            .sort((p, q) => p - q)
            .join(','),
        ),
    );
  // Enough lanes that no cluster comes from lane overflow (that one depends on what else is in view).
  const options = { lanes: 40, measure, lang: 'en-GB' };
  // Clusters well inside the view before the pan (97 px to the left) are still inside after it.
  const a = groups(layoutFrame(s.model, s.base, zoom, options), 250, 850);
  const b = groups(layoutFrame(s.model, s.base, { k: zoom.k, x: zoom.x - 97 }, options));
  const shared = [...a].filter((g) => b.has(g));
  assert.ok(a.size > 10, `${a.size} clusters`);
  assert.equal(shared.length, a.size);
});

function bigModel(n: number, sameDate: boolean): PreparedTimeline {
  const specs: Spec[] = Array.from({ length: n }, (_, i) => {
    const day = sameDate ? 0 : (i * 7919) % 3650;
    return {
      from: iso(Date.UTC(2010, 0, 1) + day * MS_PER_DAY),
      to: iso(Date.UTC(2010, 0, 2) + day * MS_PER_DAY),
      label: `Event ${i}`,
    };
  });
  return prepareTimeline(eventList(specs));
}

test('100,000 events: the output is bounded by the width, not the number of events', () => {
  const model = bigModel(100_000, false);
  const domain = fitDomain(model.extent!);
  for (const width of [320, 1000, 2560]) {
    const base = baseScale(domain, width);
    for (const zoom of [
      { k: 1, x: 0 },
      transformFor(base, Date.UTC(2014, 0, 1), Date.UTC(2014, 1, 1), zoomScaleExtent(domain)),
    ]) {
      const frame = layoutFrame(model, base, zoom, { lanes: 6, measure, lang: 'en-GB' });
      assert.ok(frame.marks.length <= (6 * width) / 10, `${frame.marks.length} marks at ${width}px`);
      // Every event in view is drawn, on its own or in a cluster.
      const drawn = frame.marks.reduce((n, m) => n + members(m).length, 0);
      assert.ok(drawn >= eventsInWindow(model, frame.from, frame.to).length, `${drawn} drawn`);
      assertNoOverlap(frame);
    }
  }
});

test('100,000 identical dates draw as one cluster counting them all', () => {
  const model = bigModel(100_000, true);
  const base = baseScale(fitDomain(model.extent!), 1000);
  const frame = layoutFrame(model, base, { k: 1, x: 0 }, { lanes: 6, measure, lang: 'en-GB' });
  assert.equal(frame.marks.length, 1);
  assert.equal(frame.marks[0].type, 'cluster');
  assert.equal(members(frame.marks[0]).length, 100_000);
});

test('deferClustering: a zoom to a level not clustered yet draws the coarser level, then the level once prepared', () => {
  const model = bigModel(20_000, false);
  const domain = fitDomain(model.extent!);
  const base = baseScale(domain, 1000);
  const extent = zoomScaleExtent(domain);
  const options = { lanes: 6, measure, lang: 'en-GB', deferClustering: true };
  const fit = layoutFrame(model, base, { k: 1, x: 0 }, options);
  assert.equal(fit.refine, null, 'a first frame clusters its own level');
  const [d0, d1] = domain;
  const zoom = transformFor(base, d0 + (d1 - d0) / 4, d1 - (d1 - d0) / 4, extent);
  const deferred = layoutFrame(model, base, zoom, options);
  assert.equal(deferred.clusterLevel, fit.clusterLevel, 'the fit level, cached by the first frame');
  assert.ok(deferred.refine && deferred.refine.level > deferred.clusterLevel, 'asks for its own level');
  assertNoOverlap(deferred);
  const { level, clusterPx, from, to } = deferred.refine!;
  prepareLevel(model, level, clusterPx, from, to);
  const refined = layoutFrame(model, base, zoom, options);
  assert.equal(refined.refine, null);
  assert.equal(refined.clusterLevel, level);
  // The same frame as one that never deferred.
  const exact = layoutFrame(model, base, zoom, { ...options, deferClustering: false });
  assert.deepEqual(
    refined.marks.map((m) => [m.key, m.label, members(m).length]),
    exact.marks.map((m) => [m.key, m.label, members(m).length]),
  );
  assert.ok(refined.marks.length > deferred.marks.length || refined.marks.some((m) => members(m).length === 1));
});
