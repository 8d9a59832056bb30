// The `.data`-only registration: no extraction code is loaded, `.text` explains what to load instead.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/news-timeline-element.js';
import { NewsTimeline } from '../../../src/news-timeline-element.js';
import { $, $$, mount, reutersList } from './helpers.js';

describe('news-timeline-element.js (without extraction)', () => {
  it('loads no extraction code: of src/extract/, only the contract (types.ts)', () => {
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((url) => url.includes('/src/timeline/'))).to.be.true;
    // The validator checks the EventList's enumerations against the constant arrays extraction writes them from.
    const contract = /\/src\/extract\/types\.js$/;
    expect(
      loaded.filter((url) => (url.includes('/src/extract/') && !contract.test(url)) || url.includes('chrono-node')),
    ).to.deep.equal([]);
    expect(NewsTimeline.extractor).to.equal(null);
  });

  it('draws .data', async () => {
    const el = await mount(await reutersList());
    expect($$(el, 'g.event').length).to.be.above(0);
  });

  it('.text and a child article show a clear error', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        ><article published="2016-10-17"><p>On Monday…</p></article></news-timeline
      >`,
    );
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.contain('cannot read article text: load news-timeline.js');
  });
});
