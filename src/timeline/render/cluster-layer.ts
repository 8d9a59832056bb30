/**
 * The cluster marks of a frame, as a Lit element directive on their `<g>`: it owns that group's
 * children and updates them in place.
 *
 * Why not a Lit template per cluster, like the event marks: clusters are most of the marks of a dense
 * timeline, and the frames that matter most are the first ones at a zoom level, where tens of clusters
 * appear at once (a zoom from "fit" into 10,000 events goes from 7 to 42 clusters in one frame). A
 * template instance per cluster costs a clone, eleven parts and their first commits; here a cluster is
 * a clone of one prototype group, and each frame compares a few numbers per cluster before touching
 * the DOM. Groups a frame no longer needs are kept, detached, for the next frames that need more.
 *
 * Clusters are `aria-hidden` (events reach assistive technology through the listbox): the directive
 * draws pictures and text only, and text only through `Text` nodes.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { CLUSTER_RADIUS, type ClusterMark } from '../layout/frame.js';
import { laneTop, markY, originX, type LaneGeometry } from './lanes.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Detached groups kept for reuse (a frame draws at most a few hundred marks). */
const MAX_SPARE = 400;

interface Slot {
  group: SVGGElement;
  bar: SVGRectElement;
  badge: SVGCircleElement;
  countX: SVGTextElement;
  count: Text;
  labelEl: SVGTextElement;
  label: Text;
  // Values as last written (NaN / '' before the first write).
  key: string;
  x: number;
  y: number;
  centreY: number;
  width: number;
  badgeX: number;
  countText: string;
  labelX: number;
  labelText: string;
}

function prototypeGroup(): SVGGElement {
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('class', 'cluster');
  group.setAttribute('part', 'cluster');
  group.setAttribute('aria-hidden', 'true');
  const bar = document.createElementNS(SVG, 'rect');
  bar.setAttribute('class', 'mark bar');
  bar.setAttribute('x', '0');
  bar.setAttribute('height', '10');
  bar.setAttribute('rx', '4');
  const badge = document.createElementNS(SVG, 'circle');
  badge.setAttribute('class', 'mark');
  badge.setAttribute('r', String(CLUSTER_RADIUS));
  const count = document.createElementNS(SVG, 'text');
  count.setAttribute('class', 'count');
  count.setAttribute('text-anchor', 'middle');
  count.append('');
  const label = document.createElementNS(SVG, 'text');
  label.setAttribute('class', 'label halo');
  label.setAttribute('part', 'event-label');
  label.setAttribute('y', '13');
  label.append('');
  group.append(bar, badge, count, label);
  return group;
}

function slotOf(group: SVGGElement): Slot {
  const [bar, badge, countX, labelEl] = group.children as unknown as [
    SVGRectElement,
    SVGCircleElement,
    SVGTextElement,
    SVGTextElement,
  ];
  return {
    group,
    bar,
    badge,
    countX,
    count: countX.firstChild as Text,
    labelEl,
    label: labelEl.firstChild as Text,
    key: '',
    x: NaN,
    y: NaN,
    centreY: NaN,
    width: NaN,
    badgeX: NaN,
    countText: '',
    labelX: NaN,
    labelText: '',
  };
}

class ClusterLayer extends Directive {
  #slots: Slot[] = [];
  #spare: Slot[] = [];
  #prototype: SVGGElement | null = null;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('clusterLayer() goes on the element that holds the clusters');
  }

  render(_marks: readonly ClusterMark[], _geometry: LaneGeometry, _count: (n: number) => string) {
    return noChange;
  }

  override update(
    part: ElementPart,
    [marks, geometry, count]: [readonly ClusterMark[], LaneGeometry, (n: number) => string],
  ) {
    const parent = part.element;
    const slots = this.#slots;
    // Fewer clusters than last frame: the rest wait, detached, for a frame with more.
    while (slots.length > marks.length) {
      const slot = slots.pop()!;
      slot.group.remove();
      if (this.#spare.length < MAX_SPARE) this.#spare.push(slot);
    }
    const centreY = markY(geometry);
    const kept = slots.length;
    for (let i = 0; i < marks.length; i++) {
      let slot = slots[i];
      if (!slot) {
        slot = this.#spare.pop() ?? slotOf((this.#prototype ??= prototypeGroup()).cloneNode(true) as SVGGElement);
        slots.push(slot);
      }
      write(slot, marks[i], geometry, centreY, count);
    }
    // New groups are written while detached, then attached at once (after the kept ones, in order).
    if (slots.length > kept) parent.append(...slots.slice(kept).map((slot) => slot.group));
    return noChange;
  }
}

/** One cluster's group brought to `mark`: only what changed is written. */
function write(
  slot: Slot,
  mark: ClusterMark,
  geometry: LaneGeometry,
  centreY: number,
  count: (n: number) => string,
): void {
  // The group sits at a bar's (clipped) left end or a point's centre; its children at local coordinates.
  const bar = mark.shape === 'bar';
  const x = originX(mark);
  const y = laneTop(geometry, mark.lane);
  if (mark.key !== slot.key) slot.group.setAttribute('data-cluster', (slot.key = mark.key));
  if (x !== slot.x || y !== slot.y) {
    slot.x = x;
    slot.y = y;
    slot.group.setAttribute('transform', `translate(${x},${y})`);
  }
  if (centreY !== slot.centreY) {
    slot.centreY = centreY;
    slot.bar.setAttribute('y', String(centreY - 5));
    slot.badge.setAttribute('cy', String(centreY));
    slot.countX.setAttribute('y', String(centreY + 3.5));
  }
  const width = bar ? Math.max(mark.x1 - mark.x0, 2) : 0;
  if (width !== slot.width) slot.bar.setAttribute('width', String((slot.width = width)));
  const badgeX = mark.badgeX - x;
  if (badgeX !== slot.badgeX) {
    slot.badgeX = badgeX;
    slot.badge.setAttribute('cx', String(badgeX));
    slot.countX.setAttribute('x', String(badgeX));
  }
  const countText = count(mark.members.length);
  if (countText !== slot.countText) slot.count.data = slot.countText = countText;
  const labelX = mark.labelX - x;
  if (labelX !== slot.labelX) slot.labelEl.setAttribute('x', String((slot.labelX = labelX)));
  if (mark.label !== slot.labelText) slot.label.data = slot.labelText = mark.label;
}

export const clusterLayer = directive(ClusterLayer);
