import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  clustersInWindow,
  INDEX_THRESHOLD,
  levelScale,
  levelToDraw,
  prepareLevel,
  zoomLevel,
  type ClusterGroup,
} from '../../../src/timeline/layout/clusters.js';
import { layoutFrame } from '../../../src/timeline/layout/frame.js';
import { estimateTextWidth } from '../../../src/timeline/layout/labels.js';
import { prepareTimeline } from '../../../src/timeline/layout/prepare.js';
import { baseScale, fitDomain, transformFor, zoomScaleExtent } from '../../../src/timeline/layout/scale.js';
import { MS_PER_DAY } from '../../../src/timeline/layout/dates.js';
import { eventList, iso, type Spec } from './helpers.js';

const measure = estimateTextWidth(12);
const T0 = Date.UTC(2000, 0, 1);

/** Events of mixed lengths (an hour to two years) over about 16 years, pseudo-random but fixed. */
function mixedSpecs(n: number): Spec[] {
  const lengths = [1, 24, 24, 24, 24 * 30, 24 * 365, 24 * 730];
  return Array.from({ length: n }, (_, i) => {
    const startHour = (i * 7919 * 13) % (24 * 365 * 16);
    return {
      from: iso(T0 + startHour * 3.6e6),
      to: iso(T0 + (startHour + lengths[i % lengths.length]) * 3.6e6),
    };
  });
}

/** Groups as sorted lists of event indexes, the earliest checked to come first. */
const signature = (groups: ClusterGroup[]) =>
  groups
    .map((g) => {
      const indexes = g.members.map((e) => e.index);
      assert.equal(indexes[0], Math.min(...indexes), 'the earliest member first');
      return indexes.sort((p, q) => p - q).join(',');
    })
    .sort()
    .join(' | ');

test('zoom levels: √2 apart, and every scale inside its level', () => {
  for (const a of [1e-9, 3.3e-7, 1e-4, 0.02]) {
    const level = zoomLevel(a);
    assert.ok(levelScale(level) <= a && a < levelScale(level + 1) * (1 + 1e-12), `scale ${a}`);
    assert.ok(Math.abs(levelScale(level + 1) / levelScale(level) - Math.SQRT2) < 1e-9);
  }
});

test('the level index and direct clustering give the same clusters (property)', () => {
  const model = prepareTimeline(eventList(mixedSpecs(2500)));
  const [d0, d1] = model.extent!;
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 320, max: 2560 }),
      fc.subarray([0, 17, 400, 1234, 2499]),
      (position, zoomDepth, width, pinnedList) => {
        const span = (d1 - d0) * Math.pow(10, -3 * zoomDepth);
        const from = d0 - span / 4 + (d1 - d0) * position;
        const to = from + span;
        const level = zoomLevel(width / span);
        const pinned = new Set(pinnedList);
        const direct = clustersInWindow(model, level, 16, from, to, pinned, Infinity);
        const indexed = clustersInWindow(model, level, 16, from, to, pinned, 0);
        assert.equal(signature(indexed), signature(direct));
        for (const g of indexed) {
          assert.ok(g.end >= from && g.start <= to, 'overlaps the window');
          assert.ok(
            g.members.every((e) => !pinned.has(e.index)),
            'no pinned member',
          );
        }
      },
    ),
    { seed: 4, numRuns: 120 },
  );
});

test('within a zoom level, clusters do not change while zooming or panning; the next level splits them', () => {
  // 600 day events, a few hours apart: dense enough to cluster at a 3-month view.
  const specs: Spec[] = Array.from({ length: 600 }, (_, i) => ({
    from: iso(Date.UTC(2016, 0, 1) + ((i * 7919) % 600) * 0.15 * MS_PER_DAY),
    to: iso(Date.UTC(2016, 0, 1) + (((i * 7919) % 600) * 0.15 + 0.04) * MS_PER_DAY),
  }));
  const model = prepareTimeline(eventList(specs));
  const domain = fitDomain(model.extent!);
  const base = baseScale(domain, 1000);
  const extent = zoomScaleExtent(domain);
  const zoom = transformFor(base, Date.UTC(2016, 1, 1), Date.UTC(2016, 2, 1), extent);
  const k0 = zoom.k;
  const a0 = (k0 * 1000) / (domain[1] - domain[0]);
  // Zoom factors that keep the level, and one that crosses into the next.
  const level = zoomLevel(a0);
  const inside = (levelScale(level + 1) / a0) * 0.999;
  const options = { lanes: 60, measure, lang: 'en-GB' };
  const clusters = (z: { k: number; x: number }, left: number, right: number) => {
    const frame = layoutFrame(model, base, z, options);
    return new Set(
      frame.marks
        .filter((m) => m.type === 'cluster')
        .filter((m) => m.start >= left && m.end <= right)
        .map((m) =>
          m.type === 'cluster'
            ? m.members
                .map((e) => e.index)
                .sort((p, q) => p - q)
                .join(',')
            : '',
        ),
    );
  };
  const left = Date.UTC(2016, 1, 10);
  const right = Date.UTC(2016, 1, 20);
  const at = (factor: number) => {
    const k = k0 * factor;
    const mid = (left + right) / 2;
    // Keep the middle of [left, right] at the same screen x.
    const a = (k * 1000) / (domain[1] - domain[0]);
    const screenMid = (a0 * (mid - domain[0]) + zoom.x) as number;
    return { k, x: screenMid - a * (mid - domain[0]) };
  };
  const before = clusters(zoom, left, right);
  assert.ok(before.size >= 5, `${before.size} clusters`);
  assert.deepEqual(clusters(at(inside), left, right), before, 'same clusters within the level');
  assert.deepEqual(clusters({ k: zoom.k, x: zoom.x - 137 }, left, right), before, 'same clusters after a pan');
  const next = clusters(at(inside * 1.01 * Math.SQRT2), left, right);
  assert.notDeepEqual(next, before, 'the next level regroups');
});

test('levelToDraw: a wide window of a level not clustered yet gets the nearest coarser cached level', () => {
  const model = prepareTimeline(eventList(mixedSpecs(6000)));
  const [d0, d1] = fitDomain(model.extent!);
  const fit = zoomLevel(1000 / (d1 - d0));
  const half = [d0 + (d1 - d0) / 4, d1 - (d1 - d0) / 4] as const;
  // Nothing cached (a first frame): the level itself, clustered by the frame.
  assert.equal(levelToDraw(model, fit + 2, 24, ...half), fit + 2);
  assert.equal(prepareLevel(model, fit, 24, d0, d1), true);
  assert.equal(prepareLevel(model, fit + 1, 24, d0, d1), true);
  // Coarser levels cover the window: the nearest one.
  assert.equal(levelToDraw(model, fit + 3, 24, ...half), fit + 1);
  // Another cell size's cache does not count.
  assert.equal(levelToDraw(model, fit + 3, 30, ...half), fit + 3);
  // A finer level is never drawn instead (more, smaller clusters would cost the frame more).
  assert.equal(prepareLevel(model, fit + 4, 24, ...half), true);
  assert.equal(levelToDraw(model, fit + 3, 24, ...half), fit + 1);
  // Once the level is prepared, it is drawn.
  assert.equal(prepareLevel(model, fit + 3, 24, ...half), true);
  assert.equal(levelToDraw(model, fit + 3, 24, ...half), fit + 3);
  // A window with few events is clustered directly, at its own level.
  const mid = (d0 + d1) / 2;
  const narrow = [mid - (d1 - d0) / 400, mid + (d1 - d0) / 400] as const;
  assert.ok(clustersInWindow(model, fit + 12, 24, ...narrow, new Set()).length < INDEX_THRESHOLD);
  assert.equal(levelToDraw(model, fit + 12, 24, ...narrow), fit + 12);
});
