import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import type { NewsTimeline } from '../../../src/news-timeline.js';
import { $$, chart, keydown, mount, reutersList, settle } from './helpers.js';
import { syntheticList } from './fixtures.js';

describe('news-timeline: accessibility (axe-core)', () => {
  it('timeline view, with focus and a selection', async () => {
    const el = await mount(await reutersList());
    await expect(el).to.be.accessible();
    chart(el).focus();
    keydown(chart(el), 'ArrowRight');
    keydown(chart(el), 'Enter');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('list view', async () => {
    const el = await mount(await reutersList());
    $$<HTMLButtonElement>(el, '[part="controls"] button')
      .find((b) => b.textContent!.trim() === 'List view')!
      .click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('zoomed in with clusters, and a large list', async () => {
    const el = await mount(syntheticList(2000, 365));
    await expect(el).to.be.accessible();
    el.zoomTo('2016-05-01', '2016-05-10');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('empty, error and loading states', async () => {
    const list = await reutersList();
    await expect(await mount({ ...list, events: [] })).to.be.accessible();
    const error = await fixture<NewsTimeline>(html`<news-timeline .data=${{ version: 3 }}></news-timeline>`);
    await expect(error).to.be.accessible();
    const loading = await fixture<NewsTimeline>(
      html`<news-timeline src="/events/reuters-2016-10-17-syria-egypt-mamlouk.json"></news-timeline>`,
    );
    await expect(loading).to.be.accessible();
  });
});
