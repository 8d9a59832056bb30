/** Mounting and reading helpers for the `<news-timeline>` browser tests. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import type { EventList } from '../../../src/extract/types.js';
import type { NewsTimeline } from '../../../src/timeline/news-timeline.js';
import { buildEventList, REUTERS_SPECS } from './fixtures.js';

let article: { text: string; published: string } | null = null;

/** The seed Reuters article with hand-written events (offsets computed from its text). */
export async function reutersList(): Promise<EventList> {
  if (!article) {
    const response = await fetch('/events/reuters-2016-10-17-syria-egypt-mamlouk.json');
    article = ((await response.json()) as EventList).article as { text: string; published: string };
  }
  return buildEventList(
    article.text,
    article.published,
    REUTERS_SPECS,
    'Syrian security chief makes public Cairo visit',
  );
}

/** Lets Lit render, the ResizeObserver report, and rAF-coalesced zoom frames land. */
export async function settle(el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/**
 * A timeline `width` px wide. Tests of marks, zoom and keys open on every event (`opening="all"`, the
 * whole fitted domain) so that their expectations do not depend on the story window, which has tests
 * of its own (story.test.ts).
 */
export async function mount(
  data: EventList | null,
  width = 800,
  opening: 'story' | 'all' = 'all',
): Promise<NewsTimeline> {
  const el = await fixture<NewsTimeline>(
    html`<news-timeline lang="en-GB" opening=${opening} style=${`width:${width}px`} .data=${data}></news-timeline>`,
  );
  await settle(el);
  return el;
}

export const $ = <T extends Element = Element>(el: NewsTimeline, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = Element>(el: NewsTimeline, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

/** Screen x of a floating ISO time in the current view, from the public visibleRange. */
export function xOf(el: NewsTimeline, iso: string, width = 800): number {
  const range = el.visibleRange!;
  const from = Date.parse(`${range.from}Z`);
  const to = Date.parse(`${range.to}Z`);
  return ((Date.parse(`${iso.length === 10 ? `${iso}T00:00` : iso}Z`) - from) / (to - from)) * width;
}

export const chart = (el: NewsTimeline) => $<HTMLElement>(el, '.chart')!;

/** The option element of an event, by its EventList id (through its accessible name). */
export function optionFor(el: NewsTimeline, label: string): SVGGElement | undefined {
  return $$<SVGGElement>(el, 'g.event').find((g) => g.getAttribute('aria-label')?.startsWith(`${label},`));
}

export function keydown(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** Screen x (in the chart's SVG coordinates) of a coordinate attribute, through any group transforms. */
export function screenX(node: Element, attribute: string): number {
  const ctm = (node as SVGGraphicsElement).getCTM()!;
  return ctm.a * Number(node.getAttribute(attribute)) + ctm.e;
}
