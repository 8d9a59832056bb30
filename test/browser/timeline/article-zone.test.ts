import { expect } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import { extract } from '../../../src/extract/index.js';
import { $, mount } from './helpers.js';

describe("news-timeline: clock times on the article's clock", () => {
  it("shows an event time and the publication time with the article's zone", async () => {
    const list = extract('The ferry sank two hours ago off the coast.', { published: '2019-03-22T10:35:00-04:00' });
    const el = await mount(list);
    const option = $(el, 'g.event[role="option"]')!;
    expect(option.getAttribute('aria-label')).to.match(/8:35.*UTC−4$/);
    expect($(el, '[part="published-marker"]')!.textContent).to.contain('Published 22 Mar 2019, 10:35 UTC−4');
  });

  it('negative: a date alone shows no time and no zone', async () => {
    const list = extract('The ferry sank on Thursday off the coast.', { published: '2019-03-22' });
    const el = await mount(list);
    expect($(el, 'g.event[role="option"]')!.getAttribute('aria-label')).to.not.contain('UTC');
    const marker = $(el, '[part="published-marker"]')!.textContent!;
    expect(marker).to.contain('Published 22 Mar 2019');
    expect(marker).to.not.contain(':');
  });
});
