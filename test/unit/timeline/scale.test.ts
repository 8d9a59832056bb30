import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import {
  baseScale,
  fitDomain,
  MAX_VISIBLE_SPAN,
  MIN_VISIBLE_SPAN,
  scaleTime,
  transformFor,
  zoomScaleExtent,
} from '../../../src/timeline/layout/scale.js';
import { MS_PER_DAY } from '../../../src/timeline/layout/dates.js';

const d0 = Date.UTC(2013, 0, 1);
const d1 = Date.UTC(2016, 11, 31);

test('scaleTime maps like d3.scaleUtc', () => {
  const ours = scaleTime([d0, d1], [0, 800]);
  const d3 = scaleUtc()
    .domain([new Date(d0), new Date(d1)])
    .range([0, 800]);
  for (const t of [d0, d1, Date.UTC(2014, 5, 3), Date.UTC(2020, 0, 1)])
    assert.ok(Math.abs(ours(t) - d3(new Date(t))) < 1e-9);
  for (const x of [0, 123.4, 800]) assert.equal(ours.invert(x).getTime(), d3.invert(x).getTime());
});

test('ZoomTransform.rescaleX works on it and leaves the base scale alone', () => {
  const base = scaleTime([d0, d1], [0, 800]);
  const zoomed = zoomIdentity.translate(-400, 0).scale(2).rescaleX(base);
  assert.deepEqual(base.domain().map(Number), [d0, d1]);
  const mid = (d0 + d1) / 2;
  assert.ok(Math.abs(zoomed.domain()[0].getTime() - (d0 + mid) / 2) < 2);
  assert.ok(Math.abs(zoomed(mid) - 400) < 1e-6);
});

test('fitDomain adds a margin and widens a lone instant to two days', () => {
  const [a, b] = fitDomain([d0, d1]);
  assert.ok(a < d0 && b > d1);
  const [c, d] = fitDomain([d0, d0]);
  assert.ok(d - c >= 2 * MS_PER_DAY && c < d0 && d > d0);
});

test('zoom limits: about one hour to two centuries visible', () => {
  const domain = fitDomain([d0, d1]);
  const [kMin, kMax] = zoomScaleExtent(domain);
  const span = domain[1] - domain[0];
  assert.ok(Math.abs(span / kMax - MIN_VISIBLE_SPAN) < 1);
  assert.ok(Math.abs(span / kMin - MAX_VISIBLE_SPAN) < 1);
});

test('transformFor shows the requested window', () => {
  const domain = fitDomain([d0, d1]);
  const base = baseScale(domain, 1000);
  const from = Date.UTC(2015, 0, 1);
  const to = Date.UTC(2015, 6, 1);
  const { k, x } = transformFor(base, from, to, zoomScaleExtent(domain));
  const zoomed = zoomIdentity.translate(x, 0).scale(k).rescaleX(base);
  assert.ok(Math.abs(zoomed.domain()[0].getTime() - from) < 1000);
  assert.ok(Math.abs(zoomed.domain()[1].getTime() - to) < 1000);
});
