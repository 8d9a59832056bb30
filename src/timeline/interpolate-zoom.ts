/**
 * d3-interpolate's interpolateZoom (van Wijk and Nuij's smooth zoom and pan), the one export of
 * d3-interpolate that d3-zoom uses. The bundles resolve `d3-interpolate` here: the package's single
 * dist module keeps all of d3-color alive through its top-level colour interpolators (about 4 KB gzip)
 * that the timeline never calls.
 *
 * From d3-interpolate 3.0.2, https://d3js.org/d3-interpolate/
 * Copyright 2010-2026 Mike Bostock
 *
 * Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee
 * is hereby granted, provided that the above copyright notice and this permission notice appear in all
 * copies.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE
 * INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE
 * FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
 * LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,
 * ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

/** [centre x, centre y, view width] */
export type ZoomView = [number, number, number];

export interface ZoomInterpolator {
  (t: number): ZoomView;
  /** Recommended duration (ms) of the transition. */
  duration: number;
}

export interface InterpolateZoom {
  (p0: ZoomView, p1: ZoomView): ZoomInterpolator;
  rho(rho: number): InterpolateZoom;
}

const EPSILON2 = 1e-12;
const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

function zoomRho(rho: number, rho2: number, rho4: number): InterpolateZoom {
  const zoom = ((p0: ZoomView, p1: ZoomView): ZoomInterpolator => {
    const [ux0, uy0, w0] = p0;
    const [ux1, uy1, w1] = p1;
    const dx = ux1 - ux0;
    const dy = uy1 - uy0;
    const d2 = dx * dx + dy * dy;
    let i: (t: number) => ZoomView;
    let S: number;
    if (d2 < EPSILON2) {
      // Special case for u0 ≅ u1.
      S = Math.log(w1 / w0) / rho;
      i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(rho * t * S)];
    } else {
      const d1 = Math.sqrt(d2);
      const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
      const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
      const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
      const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
      S = (r1 - r0) / rho;
      i = (t) => {
        const s = t * S;
        const coshr0 = cosh(r0);
        const u = (w0 / (rho2 * d1)) * (coshr0 * tanh(rho * s + r0) - sinh(r0));
        return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(rho * s + r0)];
      };
    }
    const interpolator = i as ZoomInterpolator;
    interpolator.duration = (Math.abs(S) * 1000 * rho) / Math.SQRT2;
    return interpolator;
  }) as InterpolateZoom;
  zoom.rho = (value: number) => {
    const r1 = Math.max(1e-3, +value);
    const r2 = r1 * r1;
    return zoomRho(r1, r2, r2 * r2);
  };
  return zoom;
}

export const interpolateZoom = zoomRho(Math.SQRT2, 2, 4);
