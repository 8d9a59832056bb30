// The d3-transition subset the bundles ship (transition-lite.ts) drives d3-zoom's animated zooms.
import { expect } from '@open-wc/testing';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { interrupt, LiteTransition } from '../../../src/timeline/transition-lite.js';

function zoomable() {
  const div = document.createElement('div');
  div.style.cssText = 'width:400px;height:100px';
  document.body.append(div);
  const events: string[] = [];
  const ks: number[] = [];
  const behavior = zoom<HTMLDivElement, unknown>()
    .on('start', () => events.push('start'))
    .on('zoom', (e: { transform: ZoomTransform }) => ks.push(e.transform.k))
    .on('end', () => events.push('end'));
  const selection = select(div);
  selection.call(behavior);
  return { div, selection, behavior, events, ks };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('transition-lite (d3-transition subset for d3-zoom)', () => {
  it('animates a zoom transform to its end, through intermediate scales, with start and end', async () => {
    const { div, selection, behavior, events, ks } = zoomable();
    const transition = selection.transition();
    expect(transition, 'the subset, not d3-transition').to.be.instanceOf(LiteTransition);
    transition.duration(120).call(behavior.transform, zoomIdentity.scale(4));
    expect(ks, 'nothing before the next frame').to.have.length(0);
    await wait(400);
    expect(events).to.deep.equal(['start', 'end']);
    expect(ks[ks.length - 1]).to.equal(4);
    expect(
      ks.some((k) => k > 1 && k < 4),
      'intermediate frames',
    ).to.equal(true);
    expect((div as unknown as { __zoom: ZoomTransform }).__zoom.k).to.equal(4);
    div.remove();
  });

  it('interrupt() stops a running zoom where it is', async () => {
    const { div, selection, behavior, events, ks } = zoomable();
    selection.transition().duration(2000).call(behavior.scaleBy, 8, [200, 50]);
    await wait(200);
    interrupt(div);
    const stoppedAt = ks[ks.length - 1];
    await wait(200);
    expect(ks[ks.length - 1]).to.equal(stoppedAt);
    expect(stoppedAt).to.be.above(1).and.below(8);
    expect(events).to.deep.equal(['start', 'end']);
    div.remove();
  });

  it('selection.interrupt() before the first frame cancels it', async () => {
    const { div, selection, behavior, ks } = zoomable();
    selection.transition().duration(100).call(behavior.transform, zoomIdentity.scale(2));
    selection.interrupt();
    await wait(250);
    expect(ks).to.have.length(0);
    div.remove();
  });
});

describe('interpolateZoom (the copy the bundles use instead of d3-interpolate)', () => {
  it('matches d3-interpolate at every step', async () => {
    const { interpolateZoom: d3Zoom } = await import('d3-interpolate');
    const { interpolateZoom: ours } = await import('../../../src/timeline/interpolate-zoom.js');
    const cases: [[number, number, number], [number, number, number]][] = [
      [
        [100, 50, 400],
        [300, 50, 50],
      ],
      [
        [0, 0, 400],
        [0, 0, 25],
      ],
      [
        [-1e6, 3, 10],
        [5e5, 3, 9e4],
      ],
    ];
    for (const [a, b] of cases) {
      const expected = d3Zoom(a, b);
      const actual = ours(a, b);
      expect(actual.duration).to.be.closeTo(expected.duration, 1e-9);
      for (const t of [0, 0.1, 0.5, 0.9, 1])
        actual(t).forEach((v, i) => expect(v).to.be.closeTo(expected(t)[i]!, Math.abs(expected(t)[i]!) * 1e-12 + 1e-9));
    }
  });
});
