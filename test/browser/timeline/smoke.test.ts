import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import type { NewsTimeline } from '../../../src/news-timeline.js';

describe('news-timeline (smoke)', () => {
  it('registers and renders into its shadow root', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    expect(el.shadowRoot).to.exist;
  });
});
