// The `.data`-only registration: no extraction code is loaded, `.text` explains what to load instead. A
// story (StoryEventList) loads the coverage module on first use, and still no extraction code.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/news-timeline-element.js';
import { NewsTimeline } from '../../../src/news-timeline-element.js';
import { $, $$, mount, reutersList } from './helpers.js';

/** A story of two articles, written as a StoryEventList by hand (no extraction here). */
const STORY = {
  version: 1,
  articles: [
    { id: 'a', title: 'Talks fail', published: '2024-03-06', publishedFrom: 'option', mentions: 1 },
    { id: 'b', source: 'Evening Post', published: '2024-03-07', publishedFrom: 'option', mentions: 1 },
  ],
  events: [
    {
      id: 's1',
      label: 'Talks failed',
      from: '2024-03-05',
      to: '2024-03-06',
      granularity: 'day',
      date: 'agree',
      articles: 2,
      actors: [],
      mentions: ['a', 'b'].map((article) => ({
        article,
        start: 0,
        end: 24,
        sentence: 'Talks failed on Tuesday.',
        label: 'Talks failed',
        timex: { text: 'Tuesday', start: 16, end: 23, type: 'DATE', value: '2024-03-05' },
        from: '2024-03-05',
        to: '2024-03-06',
        granularity: 'day',
      })),
    },
  ],
};

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
    expect(NewsTimeline.storyExtractor).to.equal(null);
    // Nor the story view, before a story arrives.
    expect(loaded.filter((url) => url.includes('/coverage/'))).to.deep.equal([]);
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

  it('draws a StoryEventList, loading the story view on first use and no extraction code', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline style="width:600px" .data=${STORY}></news-timeline>`);
    await waitUntil(() => el.storyList, 'story drawn');
    await el.updateComplete;
    expect($$(el, '[part="sources"] button').length).to.equal(2);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((url) => url.includes('/src/timeline/coverage/'))).to.be.true;
    const contract = /\/src\/extract\/(story\/)?types\.js$/;
    expect(
      loaded.filter((url) => (url.includes('/src/extract/') && !contract.test(url)) || url.includes('chrono-node')),
    ).to.deep.equal([]);
  });

  it('several child articles show the same clear error (a story needs extraction too)', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        ><article published="2024-03-06"><p>Talks failed on Tuesday.</p></article>
        <article published="2024-03-07"><p>Talks failed on Tuesday.</p></article></news-timeline
      >`,
    );
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.contain('cannot read article text: load news-timeline.js');
  });
});
