import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import type { ClusterMark } from '../../../src/timeline/layout/frame.js';
import { clusterLayer } from '../../../src/timeline/render/cluster-layer.js';

const geometry = { laneHeight: 34, headerHeight: 22 };
const count = (n: number) => `#${n}`;

/** A cluster mark with what the layer reads; members only count. */
function cluster(
  key: string,
  lane: number,
  shape: 'point' | 'bar',
  x0: number,
  x1: number,
  n: number,
  label = '',
): ClusterMark {
  const cx = (x0 + x1) / 2;
  return {
    type: 'cluster',
    key,
    shape,
    start: 0,
    end: 0,
    cx,
    x0,
    x1,
    lane,
    label,
    labelX: shape === 'bar' ? x0 : cx - 10,
    labelWidth: 0,
    fullLabel: label,
    truncated: false,
    members: new Array(n).fill(null),
    badgeX: shape === 'bar' ? Math.max(x0, 0) + 10 : cx,
  };
}

function draw(container: HTMLElement, marks: ClusterMark[], laneHeight = geometry.laneHeight): SVGGElement {
  render(html`<svg><g class="layer" ${clusterLayer(marks, { ...geometry, laneHeight }, count)}></g></svg>`, container);
  return container.querySelector('g.layer')!;
}

/** What each group shows, read back from the DOM: the same fields a fresh layer would write. */
function read(layer: SVGGElement) {
  return [...layer.children].map((g) => {
    const [bar, badge, countText, label] = [...g.children];
    return {
      key: g.getAttribute('data-cluster'),
      transform: g.getAttribute('transform'),
      part: g.getAttribute('part'),
      hidden: g.getAttribute('aria-hidden'),
      barY: bar.getAttribute('y'),
      width: bar.getAttribute('width'),
      cx: badge.getAttribute('cx'),
      cy: badge.getAttribute('cy'),
      countX: countText.getAttribute('x'),
      countY: countText.getAttribute('y'),
      count: countText.textContent,
      labelX: label.getAttribute('x'),
      label: label.textContent,
      labelChildren: label.children.length,
    };
  });
}

/** The same marks drawn by a layer that never drew anything else. */
function fresh(marks: ClusterMark[], laneHeight?: number) {
  const container = document.createElement('div');
  return read(draw(container, marks, laneHeight));
}

describe('clusterLayer', () => {
  const first = [
    cluster('c-1', 0, 'point', 100, 100, 3, 'Talks fail and 2 more'),
    cluster('c-2', 1, 'bar', -30, 240, 12),
    cluster('c-3', 2, 'bar', 400, 405, 2),
    cluster('c-4', 0, 'point', 700, 700, 1500),
    cluster('c-5', 3, 'bar', 900, 1100, 7, 'Ceasefire… and 6 more'),
  ];
  const fewer = [cluster('c-9', 2, 'point', 50, 50, 4), cluster('c-2', 1, 'bar', -10, 300, 12)];
  const more = [
    ...first.slice(0, 3).map((m) => ({ ...m, x0: m.x0 + 5, x1: m.x1 + 5, cx: m.cx + 5, badgeX: m.badgeX + 5 })),
    cluster('c-6', 4, 'point', 20, 20, 2, 'Aid arrives and 1 more'),
    cluster('c-7', 5, 'bar', 300, 700, 40),
    cluster('c-8', 0, 'bar', 1000, 1180, 9),
    cluster('c-10', 1, 'point', 1190, 1190, 2),
  ];

  it('draws each cluster where its mark says, with its count and label', () => {
    const [point, bar] = read(draw(document.createElement('div'), first));
    expect(point).to.deep.include({
      key: 'c-1',
      transform: 'translate(100,22)',
      part: 'cluster',
      hidden: 'true',
      width: '0',
      cx: '0',
      cy: '23',
      count: '#3',
      label: 'Talks fail and 2 more',
      labelX: '-10',
    });
    // A bar starting left of the view: the group at its clipped left end, the badge kept in view.
    expect(bar).to.deep.include({ transform: 'translate(-30,56)', width: '270', cx: '40', count: '#12', label: '' });
  });

  it('after frames with fewer and more clusters, every group is what a fresh layer draws', () => {
    const container = document.createElement('div');
    for (const marks of [first, fewer, more, fewer, first, more]) {
      expect(read(draw(container, marks))).to.deep.equal(fresh(marks));
    }
    // A change of lane height moves every child that depends on it.
    expect(read(draw(container, more, 40))).to.deep.equal(fresh(more, 40));
  });

  it('writes labels as text: markup in an article stays inert', () => {
    const hostile = '<img src=x onerror="window.__pwned = true"></text><script>window.__pwned = true</script>';
    const layer = draw(document.createElement('div'), [cluster('c-1', 0, 'point', 100, 100, 2, hostile)]);
    expect(layer.querySelector('img, script')).to.equal(null);
    expect(layer.querySelector('text.label')!.textContent).to.equal(hostile);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});
