// The built site (dist/demo/, from `npm run build`) and the embed snippet against the built bundle.
// Both need the build: they are skipped, saying so, when dist/ has not been built.
import { expect } from '@open-wc/testing';
import { embedSnippet } from '../../../demo/export.js';
import type { EventList } from '../../../src/extract/types.js';

async function built(path: string): Promise<boolean> {
  const response = await fetch(path, { method: 'HEAD' });
  return response.ok;
}

function frame(attributes: Partial<HTMLIFrameElement>): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1100px';
  iframe.style.height = '800px';
  Object.assign(iframe, attributes);
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
}

async function until<T>(read: () => T | null | undefined, what: string, timeout = 10_000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('built demo page (dist/demo/)', () => {
  let iframe: HTMLIFrameElement | undefined;
  afterEach(() => iframe?.remove());

  it('opens with the seed timeline, loading everything by relative URLs', async function () {
    if (!(await built('/dist/demo/index.html'))) this.skip(); // needs `npm run build`
    iframe = await frame({ src: '/dist/demo/index.html' });
    const page = iframe.contentDocument!;
    const status = await until(
      () =>
        /events? from/.test(page.querySelector('.status')?.textContent ?? '') ? page.querySelector('.status') : null,
      'the seed timeline',
    );
    expect(status.textContent).to.match(/\d+ events? from \d+ time phrases?/);
    const timeline = page.querySelector('news-timeline') as HTMLElement & { data: EventList };
    expect(timeline.data.article.published).to.equal('2016-10-17');
    expect(timeline.shadowRoot!.querySelector('svg')).to.exist;
    expect(page.querySelectorAll('.article-body mark[data-events]').length).to.be.greaterThan(0);
  });

  it('gives an embed snippet that draws the same events with the built bundle', async function () {
    if (!(await built('/dist/news-timeline.bundle.js'))) this.skip(); // needs `npm run build`
    const list = (await (await fetch('/events/reuters-2016-10-17-syria-egypt-mamlouk.json')).json()) as EventList;
    const snippet = embedSnippet(list, 'data');
    iframe = await frame({ srcdoc: `<!doctype html><base href="${location.origin}/dist/"><body>${snippet}</body>` });
    const page = iframe.contentDocument!;
    const timeline = await until(() => {
      const element = page.querySelector('news-timeline') as (HTMLElement & { data: EventList | null }) | null;
      return element?.data && element.shadowRoot?.querySelector('svg') ? element : null;
    }, 'the embedded timeline');
    expect(timeline.data!.events.map((event) => event.id)).to.deep.equal(list.events.map((event) => event.id));
  });

  it('reads dates written in digits through chrono-node in the minified bundle', async function () {
    if (!(await built('/dist/news-timeline.bundle.js'))) this.skip(); // needs `npm run build`
    const article = '<article>The deal was signed on 17.10.2016. Talks resumed on 2016/10/19.</article>';
    iframe = await frame({
      srcdoc: `<!doctype html><base href="${location.origin}/dist/"><script type="module" src="news-timeline.bundle.js"></script><body><news-timeline published="2016-10-20">${article}</news-timeline></body>`,
    });
    const page = iframe.contentDocument!;
    const events = await until(() => {
      const element = page.querySelector('news-timeline') as
        (HTMLElement & { visibleEvents: { from: string }[] }) | null;
      const found = element?.visibleEvents;
      return found && found.length === 2 ? found : null;
    }, 'two events from the digit dates');
    expect(events.map((event) => event.from)).to.deep.equal(['2016-10-17', '2016-10-19']);
  });

  it('the bundles load the story view and extractStory() from chunks beside them, on first use', async function () {
    if (!(await built('/dist/news-timeline.bundle.js'))) this.skip(); // needs `npm run build`
    const single = `<news-timeline published="2024-03-06"><article>Talks failed on Tuesday.</article></news-timeline>`;
    const articles = [
      '<article published="2024-03-06" title="Talks fail" url="https://example.org/a">Talks between the unions and the railway failed on Tuesday.</article>',
      '<article published="2024-03-07" source="Evening Post">Talks between the unions and the railway failed on Tuesday, officials said.</article>',
    ].join('');
    for (const bundle of ['news-timeline.bundle.js', 'news-timeline-element.bundle.js']) {
      const storyList = (await (
        await fetch('/events/fictional-story-port-elven-ferry-strike.story.json')
      ).json()) as object;
      iframe = await frame({
        srcdoc: `<!doctype html><base href="${location.origin}/dist/"><script type="module" src="${bundle}"></script><body>${bundle === 'news-timeline.bundle.js' ? single : ''}<news-timeline id="story"></news-timeline></body>`,
      });
      const page = iframe.contentDocument!;
      const win = iframe.contentWindow!;
      const chunks = () =>
        win.performance
          .getEntriesByType('resource')
          .map((e) => e.name.split('/').pop()!)
          .filter((name) => /^news-timeline-[a-z]+-[\w-]+\.js$/.test(name) && !name.endsWith('.bundle.js'));
      const loaded = (name: string) => chunks().some((file) => file.startsWith(`news-timeline-${name}-`));
      await until(() => win.customElements.get('news-timeline'), `${bundle} registered`);
      if (bundle === 'news-timeline.bundle.js') {
        // One article: extraction, no story view.
        await until(() => page.querySelector('news-timeline')!.shadowRoot?.querySelector('svg'), 'one article drawn');
        expect(loaded('extract'), bundle).to.be.true;
        expect(loaded('coverage'), bundle).to.be.false;
      }
      const story = page.querySelector('#story') as HTMLElement & { data: unknown; storyList: unknown };
      story.data = storyList;
      await until(() => story.shadowRoot?.querySelector('[part="sources"]'), `${bundle}: story drawn`);
      expect(loaded('coverage')).to.be.true;
      if (bundle === 'news-timeline.bundle.js') {
        // Several child articles: extractStory() comes from the extraction chunk.
        story.remove();
        page.body.insertAdjacentHTML('beforeend', `<news-timeline id="children">${articles}</news-timeline>`);
        const children = page.querySelector('#children') as HTMLElement & { storyList: { articles: unknown[] } | null };
        await until(() => children.storyList, 'story of child articles');
        expect(children.storyList!.articles.length).to.equal(2);
        expect(new Set(chunks().filter((file) => file.startsWith('news-timeline-extract-')))).to.have.property(
          'size',
          1,
        );
      } else {
        expect(loaded('extract')).to.be.false;
      }
      iframe.remove();
    }
  });
});
