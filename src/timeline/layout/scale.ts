/**
 * The base time scale (everything fitted, with a margin) and the zoom limits derived from it.
 * Zooming never mutates this scale: a d3-zoom transform rescales a copy (`transform.rescaleX(base)`).
 *
 * The scale is a minimal linear UTC scale with d3-scale's interface (domain, range, invert, copy:
 * what `ZoomTransform.rescaleX` needs) rather than d3-scale's scaleUtc: time on this axis is linear in
 * UTC milliseconds, ticks come from d3-time (ticks.ts), and scaleUtc would pull d3-scale, d3-format
 * and d3-time-format (about 4.4 KB gzip) into the `.data`-only bundle for nothing it draws.
 */
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_YEAR } from './dates.js';

/** A linear map from UTC time to pixels: the part of d3's ScaleTime the timeline uses. */
export interface TimeScale {
  (time: Date | number): number;
  domain(): [Date, Date];
  domain(domain: Iterable<Date | number>): TimeScale;
  range(): [number, number];
  range(range: Iterable<number>): TimeScale;
  invert(x: number): Date;
  copy(): TimeScale;
}

/** d3.scaleUtc's linear mapping (no clamping, no nice), for domain [d0, d1] onto range [r0, r1]. */
export function scaleTime(domain: [number, number] = [0, 1], range: [number, number] = [0, 1]): TimeScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  const scale = ((t: Date | number) => r0 + ((+t - d0) / (d1 - d0)) * (r1 - r0)) as TimeScale;
  scale.invert = (x: number) => new Date(d0 + ((x - r0) / (r1 - r0)) * (d1 - d0));
  scale.copy = () => scaleTime([d0, d1], [r0, r1]);
  scale.domain = ((value?: Iterable<Date | number>) => {
    if (!value) return [new Date(d0), new Date(d1)];
    [d0, d1] = Array.from(value, Number);
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((value?: Iterable<number>) => {
    if (!value) return [r0, r1];
    [r0, r1] = Array.from(value, Number);
    return scale;
  }) as TimeScale['range'];
  return scale;
}

/** Narrowest and widest visible spans: about one hour to two centuries. */
export const MIN_VISIBLE_SPAN = MS_PER_HOUR;
export const MAX_VISIBLE_SPAN = 200 * MS_PER_YEAR;

/** The fitted domain: the extent plus a margin, at least two days wide so a lone event sits mid-axis. */
export function fitDomain(extent: [number, number]): [number, number] {
  const [min, max] = extent;
  const span = Math.max(max - min, 2 * MS_PER_DAY);
  const mid = (min + max) / 2;
  const half = span / 2 + span * 0.06;
  return [mid - half, mid + half].map((t) => Math.min(Math.max(t, -62_135_596_800_000), 253_402_300_799_000)) as [
    number,
    number,
  ];
}

export function baseScale(domain: [number, number], width: number): TimeScale {
  return scaleTime(domain, [0, Math.max(1, width)]);
}

/** d3-zoom scaleExtent for a base domain: k = 1 shows the base domain, larger k zooms in. */
export function zoomScaleExtent(domain: [number, number]): [number, number] {
  const span = domain[1] - domain[0];
  return [Math.min(1, span / MAX_VISIBLE_SPAN), Math.max(1, span / MIN_VISIBLE_SPAN)];
}

/** A d3-zoom transform on the time axis: screen x = k * base(t) + x (y is always 0). */
export interface ZoomState {
  k: number;
  x: number;
}

/**
 * The one mapping from a zoom transform to the screen: screen x = a * t + b for a time t (ms), and the
 * visible window [from, to] (ms) across the base scale's width. Frames, prefetch plans and the element
 * all read the window from here.
 */
export function screenMapping(base: TimeScale, zoom: ZoomState): { a: number; b: number; from: number; to: number } {
  const [d0, d1] = base.domain();
  const width = base.range()[1];
  const a = (zoom.k * width) / (+d1 - +d0);
  const b = zoom.x - a * +d0;
  return { a, b, from: -b / a, to: (width - b) / a };
}

/** k and x translation (d3-zoom convention: screen = k * base + x) that show [from, to] across the width. */
export function transformFor(base: TimeScale, from: number, to: number, scaleExtent: [number, number]): ZoomState {
  const x0 = base(new Date(from));
  const x1 = base(new Date(to));
  const width = base.range()[1];
  const k = Math.min(Math.max(width / Math.max(x1 - x0, 1e-9), scaleExtent[0]), scaleExtent[1]);
  const mid = (x0 + x1) / 2;
  return { k, x: width / 2 - k * mid };
}
