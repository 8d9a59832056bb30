// A story told by several articles (a StoryEventList, or several child articles): the number of reports on
// a mark, every source in the card, safe links, sources told apart and filtered, keys and screen readers.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import type { NewsTimeline } from '../../../src/news-timeline.js';
import { extractStory, type StoryEventList } from '../../../src/extract/index.js';
import { STORY_ARTICLES } from '../../unit/extract/story/articles.js';
import { $, $$, chart, keydown, settle } from './helpers.js';

/** The fictional bridge story of the unit tests: four articles, one event reported by all four. */
const bridge = (): StoryEventList => extractStory(STORY_ARTICLES, { story: 'bridge' });

async function mountStory(data: unknown, width = 800): Promise<NewsTimeline> {
  const el = await fixture<NewsTimeline>(
    html`<news-timeline lang="en-GB" opening="all" style=${`width:${width}px`} .data=${data}></news-timeline>`,
  );
  // The coverage module loads on first use.
  await waitUntil(() => el.storyList || el.shadowRoot!.querySelector('[role="alert"]'), 'story drawn');
  await settle(el);
  return el;
}

const option = (el: NewsTimeline, id: string) => $<SVGGElement>(el, `g.event[data-event-id="${id}"]`);
const badge = (el: NewsTimeline, id: string) => $(el, `.report-badges [data-event-id="${id}"]`);
const toggles = (el: NewsTimeline) => $$<HTMLButtonElement>(el, '[part="sources"] button');

/** Shows a window: the collapse's days (s3, s4 apart), or the year before too (s2 a bar). */
async function show(el: NewsTimeline, from: string, to: string): Promise<void> {
  el.zoomTo(from, to);
  await settle(el);
}
const drawn = (el: NewsTimeline) => $$(el, 'g.event').map((g) => g.getAttribute('data-event-id'));
const visible = (el: NewsTimeline) => el.visibleEvents.map((e) => e.id);

async function select(el: NewsTimeline, id: string): Promise<void> {
  option(el, id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await settle(el);
}

describe('news-timeline: a story of several articles', () => {
  it('draws a StoryEventList: a number on a mark says how many articles report the event', async () => {
    const el = await mountStory(bridge());
    expect(el.storyList?.story).to.equal('bridge');
    // s1–s4 are placed; s5 (an article with no date) is not, and a note says so.
    expect(visible(el)).to.deep.equal(['s1', 's2', 's3', 's4']);
    expect($(el, '[part="note"]')!.textContent).to.contain('1 event is not on the axis');
    expect(drawn(el)).to.include('s1');
    expect(badge(el, 's1')).to.equal(null);
    expect(option(el, 's1')!.getAttribute('aria-label')).to.match(/, reported by A: Bridge collapses in Norburg$/);
    await show(el, '2024-03-04', '2024-03-08');
    expect(drawn(el)).to.have.members(['s3', 's4']);
    expect(badge(el, 's3')!.textContent).to.equal('4');
    expect(badge(el, 's4')!.textContent).to.equal('2');
    // The badge sits at the left end of its event's bar (s4, a day 200 px wide here).
    const box = badge(el, 's4')!.getBoundingClientRect();
    const bar = option(el, 's4')!.querySelector('.mark')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(12);
    expect(Math.abs(box.x - bar.x)).to.be.below(1);
    // Screen readers hear who reports an event.
    expect(option(el, 's3')!.getAttribute('aria-label')).to.match(/, reported by 4 articles: A, B, C, D$/);
    expect(chart(el).getAttribute('aria-label')).to.equal(
      'Timeline of a story told by 4 articles: 4 events, in time order',
    );
    // The publication line is the latest article's.
    expect($(el, '[part="published-marker"] text')?.textContent).to.match(/^Latest article 7 Mar 2024$|^7 Mar 2024$/);
  });

  it('the card lists every source: title, date, sentence with the phrase marked, a link where there is a URL', async () => {
    const el = await mountStory(bridge());
    await show(el, '2024-03-04', '2024-03-08');
    await select(el, 's3');
    const sources = $$<HTMLElement>(el, '[part="source"]');
    expect(sources.map((s) => s.querySelector('.letter')!.textContent)).to.deep.equal(['A', 'B', 'C', 'D']);
    const [wire, gazette, blog, late] = sources;
    expect(wire.querySelector('.source-head')!.textContent).to.contain('Bridge collapses in Norburg');
    expect(wire.querySelector('.source-meta')!.textContent).to.equal('Wire, 6 Mar 2024');
    expect(gazette.querySelector('.source-head')!.textContent).to.contain('Inquiry after Kessel bridge falls');
    expect(gazette.querySelector('.source-meta')!.textContent).to.equal('6 Mar 2024');
    expect(blog.querySelector('.source-head')!.textContent).to.contain('Article C');
    expect(late.querySelector('.source-head')!.textContent).to.contain('Evening Post');
    // Only the article with a URL is a link, opened safely.
    const links = $$<HTMLAnchorElement>(el, '[part="source"] a');
    expect(links.length).to.equal(1);
    expect(links[0].href).to.equal('https://example.org/wire/norburg-bridge');
    expect(links[0].rel).to.equal('noopener');
    expect(links[0].target).to.equal('_blank');
    // Each source's sentence, with its own phrase marked; they disagree on the day, and the card says so.
    expect(wire.querySelector('mark')!.textContent).to.equal('Tuesday');
    expect(late.querySelector('mark')!.textContent).to.equal('Wednesday');
    expect(late.querySelector('blockquote')!.textContent).to.contain('collapsed into the river on Wednesday');
    expect($(el, '.disagree')!.textContent).to.contain('The articles disagree on the date');
    expect(late.querySelector('.says')!.textContent).to.contain('Wednesday 6 March 2024');
    expect($(el, '.reports')?.textContent).to.equal('Reported by 4 articles');
  });

  it('links are safe: only http(s) URLs, and article text is never markup', async () => {
    const list = bridge();
    list.articles[0].url = 'javascript:alert(1)';
    list.articles[1].url = 'data:text/html,<script>alert(1)</script>';
    list.articles[2].url = 'http://example.org/a?x=<b>';
    list.articles[3].title = '<img src=x onerror="window.__pwned = 1">Post';
    list.events[2].mentions[0].sentence = '<b>bold</b> on Tuesday';
    const el = await mountStory(list);
    await show(el, '2024-03-04', '2024-03-08');
    await select(el, 's3');
    const links = $$<HTMLAnchorElement>(el, '[part="source"] a');
    expect(links.map((a) => a.href)).to.deep.equal(['http://example.org/a?x=%3Cb%3E']);
    expect($$(el, '[part="details"] img, [part="details"] b, [part="sources"] img')).to.deep.equal([]);
    expect($(el, '[part="source"]')!.textContent).to.contain('<b>bold</b> on');
    expect(toggles(el)[3].textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('articles are told apart: a letter and a colour each, and a filter that keeps the view', async () => {
    const el = await mountStory(bridge());
    expect(toggles(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'ABridge collapses in Norburg',
      'BInquiry after Kessel bridge falls',
      'CArticle C',
      'DEvening Post',
    ]);
    // An event one article reports takes its colour; a shared one keeps the event colour and its number.
    const colour = (id: string) => getComputedStyle(option(el, id)!.querySelector('.mark')!).fill;
    expect(option(el, 's1')!.classList.contains('source-0')).to.be.true;
    const wire = colour('s1');
    expect(wire).to.equal(getComputedStyle(toggles(el)[0].querySelector('.letter')!).backgroundColor);
    await show(el, '2022-06-01', '2024-06-01');
    expect(option(el, 's2')!.classList.contains('source-1')).to.be.true;
    expect(colour('s2')).to.not.equal(wire);
    expect(colour('s2')).to.equal(getComputedStyle(toggles(el)[1].querySelector('.letter')!).backgroundColor);
    el.fit();
    await settle(el);
    const before = el.visibleRange;
    // Hiding A hides what only A reports (s1), not what others report too; the view stays.
    toggles(el)[0].click();
    await settle(el);
    expect(toggles(el)[0].getAttribute('aria-pressed')).to.equal('false');
    expect(el.visibleRange).to.deep.equal(before);
    expect(visible(el)).to.deep.equal(['s2', 's3', 's4']);
    expect($(el, '[part="controls"] .position')!.textContent).to.contain('3 events');
    // Hiding every article leaves the bar, to show them again.
    for (const b of toggles(el).slice(1)) b.click();
    await settle(el);
    expect($(el, '[part="state"]')!.textContent).to.contain('No events from the articles shown');
    toggles(el)[1].click();
    await settle(el);
    expect(visible(el)).to.deep.equal(['s2', 's3', 's4']);
  });

  it('keys and screen readers: arrows, Enter opens the card with its sources; accessible (axe)', async () => {
    const el = await mountStory(bridge());
    await expect(el).to.be.accessible();
    chart(el).focus();
    keydown(chart(el), 'End');
    keydown(chart(el), 'ArrowLeft');
    keydown(chart(el), 'Enter');
    await settle(el);
    expect(el.selected).to.equal('s3');
    expect($$(el, '[part="source"]').length).to.equal(4);
    await expect(el).to.be.accessible();
    // The list view names each event's articles.
    $$<HTMLButtonElement>(el, '[part="controls"] button')
      .find((b) => b.textContent!.trim() === 'List view')!
      .click();
    await settle(el);
    const header = $$(el, '[part="list"] th').map((th) => th.textContent!.trim());
    expect(header.at(-1)).to.equal('Articles');
    const row = $(el, '[part="list"] tr[data-event-id="s3"]')!;
    expect(row.lastElementChild!.textContent).to.equal('A, B, C, D');
    await expect(el).to.be.accessible();
  });

  it('the validator checks a StoryEventList as strictly as an EventList', async () => {
    const errors: string[] = [];
    const cases: [unknown, string][] = [
      [{ ...bridge(), version: 2 }, 'version'],
      [{ ...bridge(), extra: 1 }, 'extra'],
      [{ ...bridge(), articles: 'x' }, 'articles'],
    ];
    const typo = bridge();
    (typo.events[0].mentions[0].timex as { type: string }).type = 'DAY';
    cases.push([typo, 'events[0].mentions[0].timex.type']);
    const twice = bridge();
    twice.articles[1].id = 'wire';
    cases.push([twice, 'articles[1].id']);
    for (const [data, field] of cases) {
      const el = await mountStory(data);
      el.addEventListener('news-timeline-error', (e) => errors.push(e.detail.field ?? ''));
      expect($(el, '[part="state"]')!.textContent, field).to.contain('Invalid story list');
      expect($(el, '[part="state"]')!.textContent, field).to.contain(field);
    }
    // Events that cannot be drawn are left out with a note; the rest are drawn.
    const bad = bridge();
    bad.events[0].from = '2024-02-30';
    bad.events[1].mentions[0].article = 'nobody';
    const el = await mountStory(bad);
    expect(visible(el)).to.deep.equal(['s3', 's4']);
    expect($(el, '[part="note"]')!.textContent).to.contain('2 events were left out');
  });

  it('several child articles make a story, each with its own date, title, source and URL', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline lang="en-GB" style="width:800px">
        <article
          id="wire"
          published="2024-03-06"
          title="Bridge collapses in Norburg"
          source="Wire"
          url="https://example.org/w"
        >
          <p>${STORY_ARTICLES[0].text}</p>
        </article>
        <article published="2024-03-07" source="Evening Post"><p>${STORY_ARTICLES[3].text}</p></article>
      </news-timeline>`,
    );
    await waitUntil(() => el.storyList, 'story read');
    await settle(el);
    expect(
      el.storyList!.articles.map((a) => [a.id, a.published, a.title ?? null, a.source, a.url ?? null]),
    ).to.deep.equal([
      ['wire', '2024-03-06', 'Bridge collapses in Norburg', 'Wire', 'https://example.org/w'],
      ['article-2', '2024-03-07', null, 'Evening Post', null],
    ]);
    const shared = el.storyList!.events.find((e) => e.articles === 2)!;
    await show(el, shared.from!, shared.to!);
    expect(badge(el, shared.id)!.textContent).to.equal('2');
    // Editing a child article reads the story again.
    el.querySelectorAll('article')[1].setAttribute('published', '2024-03-08');
    await waitUntil(() => el.storyList!.articles[1].published === '2024-03-08', 'story read again');
  });

  it('one child article is still one article (no story, no story code needed)', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline lang="en-GB" style="width:800px">
        <article published="2024-03-06"><p>${STORY_ARTICLES[0].text}</p></article>
      </news-timeline>`,
    );
    await settle(el);
    expect(el.storyList).to.equal(null);
    expect($(el, '[part="sources"]')).to.equal(null);
    expect($$(el, 'g.event').length).to.be.greaterThan(0);
  });
});
