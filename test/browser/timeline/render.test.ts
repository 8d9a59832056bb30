import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../../src/timeline/news-timeline.js';
import '../../../src/news-timeline.js';
import { $, $$, mount, optionFor, reutersList, screenX, settle, xOf } from './helpers.js';
import { REUTERS_SPECS, syntheticList } from './fixtures.js';

describe('news-timeline: marks match the data', () => {
  it('draws one option per event with its date in its accessible name', async () => {
    const el = await mount(await reutersList());
    const options = $$(el, 'g.event[role="option"]');
    const clusters = $$(el, 'g.cluster');
    const clustered = clusters.reduce((n, c) => n + Number(c.querySelector('.count')!.textContent), 0);
    expect(options.length + clustered).to.equal(REUTERS_SPECS.length);
    expect(optionFor(el, 'Sisi takes power in Egypt')?.getAttribute('aria-label')).to.equal(
      'Sisi takes power in Egypt, mid-2013',
    );
    expect(options.every((o) => o.getAttribute('aria-setsize') === String(REUTERS_SPECS.length))).to.be.true;
  });

  it('places points and bars where the scale says', async () => {
    const el = await mount(await reutersList());
    const bar = optionFor(el, 'Mamlouk’s first two visits to Egypt')!.querySelector('rect.bar')!;
    expect(screenX(bar, 'x')).to.be.closeTo(xOf(el, '2016-01-01'), 1);
    expect(screenX(bar, 'x') + Number(bar.getAttribute('width'))).to.be.closeTo(xOf(el, '2017-01-01'), 1);
    // Zoom to October: the day event is a point in the middle of its day.
    el.zoomTo('2016-09-20', '2016-10-20');
    await settle(el);
    const point = optionFor(el, 'Kerry’s Lausanne talks fail to agree a strategy')!.querySelector('rect.point')!;
    const centre = screenX(point, 'x') + Number(point.getAttribute('width')) / 2;
    expect(centre).to.be.closeTo(xOf(el, '2016-10-15T20:00'), 1);
    // An ongoing interval runs to the end of the publication day; the marker is at the day's middle.
    const ongoing = optionFor(el, 'Russian and Syrian forces bomb rebel-held Aleppo')!.querySelector('rect.bar')!;
    const end = screenX(ongoing, 'x') + Number(ongoing.getAttribute('width'));
    expect(end).to.be.closeTo(xOf(el, '2016-10-18'), 1);
    const marker = $(el, '[part="published-marker"]')!;
    expect(screenX(marker.querySelector('line')!, 'x1')).to.be.closeTo(xOf(el, '2016-10-17T12:00'), 1);
    expect(marker.textContent).to.contain('Published 17 Oct 2016');
  });

  it('draws vague intervals with soft edges', async () => {
    const el = await mount(await reutersList());
    const vague = optionFor(el, 'Sisi takes power in Egypt')!.querySelector('rect.bar')!;
    expect(vague.getAttribute('fill')).to.match(/^url\(#soft-ev-\d+\)$/);
    const exact = optionFor(el, 'Mamlouk’s first two visits to Egypt')!.querySelector('rect.bar')!;
    expect(exact.hasAttribute('fill')).to.be.false;
  });

  it('zooming changes the domain and the ticks', async () => {
    const el = await mount(await reutersList());
    const ticks = () => $$(el, '.axis text.tick').map((t) => t.textContent);
    expect(ticks()).to.include('2014');
    el.zoomTo('2016-09-20', '2016-10-20');
    await settle(el);
    expect(el.visibleRange!.from.slice(0, 10)).to.equal('2016-09-20');
    expect(ticks()).to.include.members(['1', '15']);
    expect($$(el, '.axis .context text').map((t) => t.textContent)).to.include('October 2016');
    el.zoomTo('2016-10-15T12:00', '2016-10-16T00:00');
    await settle(el);
    expect(ticks().some((t) => /^\d{1,2}:00$/.test(t ?? ''))).to.be.true;
  });

  it('clusters split as you zoom in', async () => {
    const el = await mount(await reutersList());
    const cluster = $$(el, 'g.cluster').find((c) => Number(c.querySelector('.count')!.textContent) >= 2);
    expect(cluster, 'a cluster near the publication date at the fitted zoom').to.exist;
    el.zoomTo('2016-10-10', '2016-10-20');
    await settle(el);
    expect($$(el, 'g.cluster')).to.have.length(0);
    expect(optionFor(el, 'Kerry’s Lausanne talks fail to agree a strategy')).to.exist;
    expect(optionFor(el, 'Mamlouk meets Egyptian intelligence chief in Cairo')).to.exist;
  });

  it('10,000 events render with a DOM bounded by the width', async () => {
    const el = await mount(syntheticList(10_000, 365));
    const nodes = el.shadowRoot!.querySelectorAll('*').length;
    expect(nodes).to.be.below(2000);
    expect($$(el, 'g.event').length + $$(el, 'g.cluster').length).to.be.above(5);
    const counted = $$(el, 'g.cluster .count').length;
    expect(counted).to.be.above(0);
    el.zoomTo('2016-03-01', '2016-03-03');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
  });

  it('a zoom to a level not clustered yet draws the coarser clusters, and splits them once it rests', async () => {
    // 10,000 day events over ten years: a 4x zoom into the middle holds 2,500 of them.
    const list = syntheticList(10_000, 3650);
    const el = await mount(list, 1000);
    const marks = (timeline: NewsTimeline) =>
      [
        ...$$(timeline, 'g.cluster').map(
          (g) => `${g.getAttribute('data-cluster')}:${g.querySelector('.count')!.textContent}`,
        ),
        ...$$(timeline, 'g.event').map((g) => g.id),
      ]
        .sort()
        .join(' ');
    el.zoomTo('2020-01-01', '2022-07-01');
    await el.updateComplete;
    const during = marks(el);
    expect($$(el, 'g.cluster').length).to.be.above(0);
    await waitUntil(() => marks(el) !== during, 'the clusters of the new level', { timeout: 3000 });
    // What an element that starts at this window draws (its first frame clusters its own level).
    const fresh = await fixture<NewsTimeline>(
      html`<news-timeline
        lang="en-GB"
        style="width:1000px"
        .data=${list}
        range-from="2020-01-01"
        range-to="2022-07-01"
      ></news-timeline>`,
    );
    await settle(fresh);
    expect(marks(el)).to.equal(marks(fresh));
  });

  it('100,000 identical dates render as one cluster', async () => {
    const el = await mount(syntheticList(100_000, 1, true));
    const clusters = $$(el, 'g.cluster');
    expect(clusters).to.have.length(1);
    expect(clusters[0].querySelector('.count')!.textContent).to.match(/^100k$/i);
    // Named by its earliest event (identical dates: the first in the list) and the count of the others.
    expect(clusters[0].querySelector('text.label')!.textContent).to.equal('Event number 1 and 99,999 more');
  });

  it('duplicate ids render; from after to is skipped with a note', async () => {
    const list = syntheticList(3);
    list.events[1].id = list.events[0].id;
    [list.events[2].from, list.events[2].to] = [list.events[2].to, list.events[2].from];
    const el = await mount(list, 800);
    el.zoomTo('2015-12-25', '2017-01-05');
    await settle(el);
    const ids = $$(el, 'g.event').map((g) => g.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(
      $$(el, 'g.event').length + $$(el, 'g.cluster .count').reduce((n, c) => n + Number(c.textContent), 0),
    ).to.equal(2);
    expect($(el, '[part="note"]')?.textContent).to.match(/\b1 event was left out\b/);
  });

  it('fits narrow and wide screens, redrawing on resize', async () => {
    const el = await mount(await reutersList(), 320);
    expect($('svg')!.getAttribute('width')).to.equal('320');
    el.style.width = '2560px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('2560');
    function $(s: string) {
      return el.shadowRoot!.querySelector(s);
    }
  });

  it('lang is inherited from the nearest ancestor with one', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de"><news-timeline style="width:800px"></news-timeline></div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    el.data = await reutersList();
    await settle(el);
    el.zoomTo('2016-09-20', '2016-10-20');
    await settle(el);
    expect($$(el, '.axis .context text').map((t) => t.textContent)).to.include('Oktober 2016');
    expect(el.hasAttribute('lang')).to.be.false;
  });

  it('labels follow lang', async () => {
    const el = await mount(await reutersList());
    el.lang = 'de';
    el.zoomTo('2016-09-20', '2016-10-20');
    await settle(el);
    expect($$(el, '.axis .context text').map((t) => t.textContent)).to.include('Oktober 2016');
  });

  it('exposes the documented parts and reads --news-timeline-lane-height', async () => {
    const el = await mount(await reutersList());
    for (const part of ['controls', 'axis', 'event', 'event-label', 'cluster', 'published-marker', 'details'])
      expect($$(el, `[part~="${part}"]`).length, part).to.be.above(0);
    const height = (lane: number) => Number($('svg')!.getAttribute('height')) - lane;
    const before = height(0);
    el.style.setProperty('--news-timeline-lane-height', '50px');
    el.style.width = '801px'; // a resize re-reads the custom properties
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    // Header (22 px) and axis (46 px) around the lanes: as many lanes, each 50 px instead of 34.
    const lanes = (before - 68) / 34;
    expect(Number.isInteger(lanes) && lanes >= 2).to.be.true;
    expect(height(0)).to.equal(68 + lanes * 50);
    function $(s: string) {
      return el.shadowRoot!.querySelector(s);
    }
  });
});
