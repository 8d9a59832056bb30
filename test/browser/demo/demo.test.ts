// End-to-end tests of the demo page: the app (demo/app.ts) is mounted into this document with the
// page's stylesheet, reading the example articles from /events/ as the built page does.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountDemo, type DemoApp } from '../../../demo/app.js';
import { STORY_EXAMPLES } from '../../../demo/story-demo.js';
import { EVENT_LIST_VERSION, type EventList, type TimelineEvent } from '../../../src/extract/types.js';

const SEED_TEXT_URL = '/events/reuters-2016-10-17-syria-egypt-mamlouk.txt';

const ARTICLE = [
  'Council approves new bridge',
  '',
  'The city council approved the new river bridge on Tuesday after a debate that began last month.',
  '',
  'Construction is due to start in June 2025, the mayor said, and the old bridge closed on 2 March 2024.',
].join('\n');

let stylesheet: HTMLLinkElement | undefined;
let container: HTMLElement;
let app: DemoApp;

async function mount(options: Parameters<typeof mountDemo>[1] = {}): Promise<DemoApp> {
  container = document.createElement('main');
  document.body.append(container);
  app = await mountDemo(container, { base: '/', debounceMs: 20, ...options });
  return app;
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<T>(selector)];

function type(selector: string, value: string): void {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function settled(): Promise<void> {
  await app.whenIdle();
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function pasteArticle(text: string, published: string, title = ''): Promise<EventList> {
  $<HTMLButtonElement>('.toolbar .button').click();
  if (title) type('#article-title', title);
  if (published) type('#article-published', published);
  type('#article-text', text);
  await settled();
  return app.eventList!;
}

before(() => {
  stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/demo/styles.css';
  document.head.append(stylesheet);
  return new Promise((resolve) => stylesheet!.addEventListener('load', resolve, { once: true }));
});

after(() => stylesheet?.remove());

afterEach(() => {
  app?.destroy();
  container?.remove();
});

describe('demo page: opening', () => {
  it('shows the seed article’s timeline and its text with every time phrase marked', async () => {
    await mount({ workerUrl: null });
    const seedText = await (await fetch(SEED_TEXT_URL)).text();
    const list = app.timeline.data as EventList;
    expect(list, 'the timeline has data').to.exist;
    expect(list).to.equal(app.eventList);
    expect(list.article.text.trim()).to.equal(seedText.trim());
    expect(list.article.published).to.equal('2016-10-17');
    expect(list.timexes.length).to.be.greaterThan(0);
    const markedIds = new Set($$('mark.phrase').map((mark) => mark.dataset.timex ?? mark.textContent));
    for (const timex of list.timexes) {
      const marks = $$('mark.phrase').filter(
        (mark) => (mark.dataset.timex ?? '') === timex.id || mark.textContent === timex.text,
      );
      expect(marks.length, `phrase “${timex.text}” is marked`).to.be.greaterThan(0);
    }
    expect(markedIds.size).to.be.greaterThan(0);
    expect($('.article').textContent).to.contain('Mamlouk');
  });

  it('has events from the seed article on the timeline', async () => {
    await mount({ workerUrl: null });
    expect(app.timeline.data!.events.length, 'seed events (needs the news-aware extractor)').to.be.greaterThan(0);
    expect($$('mark[data-events]').length).to.be.greaterThan(0);
  });

  it('offers the seed and two more credited example articles', async () => {
    await mount({ workerUrl: null });
    // The single articles (the example story of several articles has its own tests: story-demo.test.ts).
    const options = $$<HTMLOptionElement>('.picker option').filter(
      (option) => !option.disabled && !STORY_EXAMPLES.some((story) => story.id === option.value),
    );
    expect(options.length).to.be.at.least(3);
    expect($('.credit').textContent).to.contain('Reuters');

    const select = $<HTMLSelectElement>('.picker select');
    for (const option of options.slice(1)) {
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settled();
      const credit = $('.credit').textContent!.replace(/\s+/g, ' ');
      expect(credit).to.contain('Wikinews contributors');
      expect(credit).to.contain('CC BY 2.5');
      expect($<HTMLAnchorElement>('.credit a').href).to.match(/^https:\/\/en\.wikinews\.org\/wiki\//);
      expect(app.eventList!.article.text.length).to.be.greaterThan(200);
      expect(app.eventList!.timexes.length, `${option.value} has time phrases`).to.be.greaterThan(0);
    }
  });

  it('writes a date one way throughout: the byline, the phrase’s tooltip and the timeline’s card', async () => {
    await mount({ workerUrl: null });
    const byline = $('.byline time').textContent!.trim();
    expect(byline).to.equal('Monday 17 October 2016');
    const monday = app.eventList!.events.find((e) => e.from === '2016-10-17' && e.granularity === 'day')!;
    app.select(monday.id);
    await settled();
    await app.timeline.updateComplete;
    const when = app.timeline.shadowRoot!.querySelector('[part="details"] .when')!.textContent;
    expect(when).to.equal(byline);
    const mark = $$('mark[data-events]').find((m) => m.dataset.events!.split(' ').includes(monday.id))!;
    expect(mark.title.startsWith(`${byline} (`), mark.title).to.be.true;
  });

  it('passes axe-core, the element included', async () => {
    await mount({ workerUrl: null });
    await app.timeline.updateComplete;
    await expect(container).to.be.accessible();
    $<HTMLButtonElement>('#tab-edit').click();
    await expect($('.article-panel')).to.be.accessible();
  });
});

describe('demo page: editing', () => {
  it('extracts a pasted article with its date and title, and marks its phrases', async () => {
    await mount({ workerUrl: null });
    const list = await pasteArticle(ARTICLE, '2024-03-15', 'Council approves new bridge');
    expect(app.timeline.data).to.equal(list);
    expect(list.article.text).to.equal(ARTICLE);
    expect(list.article.published).to.equal('2024-03-15');
    expect(list.article.title).to.equal('Council approves new bridge');
    expect(list.timexes.map((timex) => timex.text)).to.include.members(['June 2025']);
    expect(list.events.length, 'events of the pasted article').to.be.greaterThan(0);
    $<HTMLButtonElement>('#tab-read').click();
    expect($$('mark.phrase').map((mark) => mark.textContent)).to.include('June 2025');
  });

  it('updates as you type and keeps only the latest text', async () => {
    await mount({ workerUrl: null });
    $<HTMLButtonElement>('.toolbar .button').click();
    type('#article-published', '2024-03-15');
    type('#article-text', 'The vote was held on Monday.');
    type('#article-text', 'The vote was held on Monday. It was first planned for May 2023.');
    await settled();
    expect((app.timeline.data as EventList).article.text).to.equal(
      'The vote was held on Monday. It was first planned for May 2023.',
    );
    expect((app.timeline.data as EventList).timexes.map((timex) => timex.text)).to.include('May 2023');
  });

  it('keeps your article when you look at an example, and brings it back from the picker', async () => {
    await mount({ workerUrl: null });
    await pasteArticle(ARTICLE, '2024-03-15', 'Council approves new bridge');
    const select = $<HTMLSelectElement>('.picker select');
    select.value = 'wikinews-2006-11-13-gerald-ford-oldest-president';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settled();
    expect(app.eventList!.article.title).to.contain('Gerald Ford');
    select.value = 'custom';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settled();
    expect(app.eventList!.article.text).to.equal(ARTICLE);
    expect(app.eventList!.article.published).to.equal('2024-03-15');
    expect($<HTMLTextAreaElement>('#article-text').value).to.equal(ARTICLE);
  });

  it('extracts in a Web Worker when one is served', async () => {
    await mount({ workerUrl: new URL('/build/demo/extract-worker.js', location.origin) });
    await pasteArticle(ARTICLE, '2024-03-15');
    expect($('.status').textContent).to.contain('(worker)');
    expect(app.eventList!.timexes.map((timex) => timex.text)).to.include('June 2025');
  });

  it('falls back to the main thread when the worker cannot load', async () => {
    await mount({ workerUrl: new URL('/no-such-worker.js', location.origin) });
    await pasteArticle(ARTICLE, '2024-03-15');
    expect(app.eventList!.timexes.map((timex) => timex.text)).to.include('June 2025');
  });

  it('fills the date from a dateline', async () => {
    await mount({ workerUrl: null });
    await pasteArticle(
      'WASHINGTON, March 15, 2024 (Reuters) - The Senate passed the bill on Thursday, a week after the House.',
      '',
    );
    expect($<HTMLInputElement>('#article-published').value, 'date prefilled from the dateline').to.equal('2024-03-15');
    expect($('#published-hint').textContent).to.contain('dateline');
  });

  it('takes a time and a zone with the date, from a page’s stamp or from the reader', async () => {
    await mount({ workerUrl: null });
    let list = await pasteArticle(
      'Quake hits the coast\nMay 3, 2013 at 7:31 AM ET\nA strong quake hit the coast two hours ago.',
      '',
    );
    expect(list.article.published).to.equal('2013-05-03T07:31-04:00');
    expect($<HTMLInputElement>('#article-published').value).to.equal('2013-05-03');
    expect($<HTMLInputElement>('#article-time').value, 'time prefilled from the stamp').to.equal('07:31');
    expect($<HTMLSelectElement>('#article-zone').value, 'zone prefilled from the stamp').to.equal('-04:00');
    expect($('#published-hint').textContent).to.contain('with its time');
    expect(list.timexes.find((t) => t.text === 'two hours ago')?.from).to.equal('2013-05-03T05:31');
    $<HTMLButtonElement>('#tab-read').click();
    await settled();
    expect($('.byline time').textContent, 'the byline gives the time and its zone').to.match(/7:31.*UTC−4/);
    $<HTMLButtonElement>('#tab-edit').click();
    await settled();

    // the reader moves the time and the zone: the phrase follows, and the date is theirs now
    type('#article-time', '09:00');
    const zone = $<HTMLSelectElement>('#article-zone');
    zone.value = '+05:30';
    zone.dispatchEvent(new Event('change', { bubbles: true }));
    await settled();
    list = app.eventList!;
    expect(list.article.published).to.equal('2013-05-03T09:00+05:30');
    expect(list.timexes.find((t) => t.text === 'two hours ago')?.from).to.equal('2013-05-03T07:00');

    // without a time the zone means nothing: it is kept out, and the day alone is the date
    type('#article-time', '');
    await settled();
    expect(app.eventList!.article.published).to.equal('2013-05-03');
    expect(zone.disabled, 'no zone without a time').to.equal(true);
  });

  it('says what is wrong with no date, no text and no time phrases: never a blank box', async () => {
    await mount({ workerUrl: null });
    await pasteArticle('The minister resigned on Monday after a vote last week.', '');
    expect($('.status').className).to.contain('status-warning');
    expect($('.status').textContent).to.contain('No publication date');

    type('#article-text', '');
    await settled();
    expect($('.status').textContent).to.contain('Paste or type an article');
    expect(app.timeline.data, 'the timeline gets an empty list, so it shows its empty state').to.exist;
    expect(app.timeline.data!.events).to.have.length(0);

    type('#article-published', '2024-03-15');
    type('#article-text', 'qwerty uiop asdf ghjkl zxcvbnm, lorem ipsum dolor');
    await settled();
    expect($('.status').textContent).to.contain('No time phrases found');
  });

  it('renders article text as text, never as HTML', async () => {
    await mount({ workerUrl: null });
    const hostile = 'On Monday <img src=x onerror="window.__demoPwned=1"> and </script><b>bold</b> in March 2024.';
    await pasteArticle(hostile, '2024-03-15');
    $<HTMLButtonElement>('#tab-read').click();
    expect(container.querySelector('.article img, .article b, .article script')).to.equal(null);
    expect($('.article-body').textContent).to.contain('<img src=x onerror="window.__demoPwned=1">');
    expect((window as unknown as { __demoPwned?: number }).__demoPwned).to.equal(undefined);
  });
});

describe('demo page: text and timeline linked both ways', () => {
  it('clicking a marked phrase selects its event on the timeline', async () => {
    await mount({ workerUrl: null });
    const mark = $$('mark[data-events]')[0];
    expect(mark, 'a phrase that dates an event').to.exist;
    const eventId = mark!.dataset.events!.split(' ')[0]!;
    mark!.click();
    await settled();
    expect(app.timeline.selected).to.equal(eventId);
    expect(mark!.getAttribute('aria-pressed')).to.equal('true');
    expect(mark!.closest('.sentence')!.classList.contains('is-selected')).to.equal(true);

    mark!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settled();
    expect(app.timeline.selected ?? null, 'Enter on the selected phrase clears the selection').to.equal(null);
  });

  it('selecting an event on the timeline highlights its sentence and phrase, and keeps the timeline and its card in view', async () => {
    await mount({ workerUrl: null });
    const events = app.eventList!.events;
    expect(events.length).to.be.greaterThan(0);
    const last: TimelineEvent = events[events.length - 1]!;
    window.scrollTo(0, 0);
    app.timeline.dispatchEvent(
      new CustomEvent('news-timeline-select', { detail: { event: last }, bubbles: true, composed: true }),
    );
    await settled();
    await new Promise((resolve) => setTimeout(resolve, 800)); // smooth scrolling
    expect($(`.sentence[data-events~="${last.id}"]`).classList.contains('is-selected')).to.equal(true);
    expect($(`mark[data-events~="${last.id}"]`).classList.contains('is-selected')).to.equal(true);
    // The card quotes the sentence: the page does not scroll the timeline away to show it in the text.
    const rect = app.timeline.getBoundingClientRect();
    expect(rect.top, 'timeline top in view').to.be.at.least(-1);
  });
});

describe('demo page: layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 1280 px the timeline is the hero: the full content width, as tall as its lanes', async () => {
    await setViewport({ width: 1280, height: 900 });
    await mount({ workerUrl: null });
    await app.timeline.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await app.timeline.updateComplete;
    const width = app.timeline.getBoundingClientRect().width;
    expect(width, 'timeline width').to.be.above(0.9 * container.clientWidth);
    const svg = app.timeline.shadowRoot!.querySelector('svg')!;
    expect(Number(svg.getAttribute('width'))).to.be.above(1100);
    // Header and axis (68 px) around lanes of 34 px, as many as the story needs: no empty rows of lanes.
    const height = Number(svg.getAttribute('height'));
    const lanes = (height - 68) / 34;
    expect(Number.isInteger(lanes) && lanes >= 2 && lanes <= 8, `${lanes} lanes`).to.be.true;
    // Lanes with a mark: the y of the marks' groups (translate(x,y): y is the lane's top).
    const used = new Set(
      [...app.timeline.shadowRoot!.querySelectorAll('g.event, g.cluster')].map(
        (g) => /translate\([^,]+,([^)]+)\)/.exec(g.getAttribute('transform')!)![1],
      ),
    );
    expect(used.size, 'lanes used').to.equal(lanes);
    // The article reads below it.
    expect($('.article-panel').getBoundingClientRect().top).to.be.above(app.timeline.getBoundingClientRect().bottom);
  });

  it('at 375 px, tapping an event keeps the chart and its card in view', async () => {
    await setViewport({ width: 375, height: 812 });
    // A masthead and intro above, as on the page: the chart starts low, its card would open below the fold.
    const intro = document.createElement('div');
    intro.style.height = '500px';
    document.body.prepend(intro);
    try {
      await mount({ workerUrl: null });
      const timeline = app.timeline;
      await timeline.updateComplete;
      const chart = timeline.shadowRoot!.querySelector<HTMLElement>('.chart')!;
      window.scrollTo(0, chart.getBoundingClientRect().top + window.scrollY - 250);
      const option = timeline.shadowRoot!.querySelector('g.event[data-event-id]')!;
      option.querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settled();
      await new Promise((resolve) => setTimeout(resolve, 900)); // smooth scrolling
      const card = timeline.shadowRoot!.querySelector('[part="details"]')!.getBoundingClientRect();
      const chartBox = chart.getBoundingClientRect();
      expect(timeline.shadowRoot!.querySelector('[part="details"] .title')!.textContent).to.not.equal('');
      expect(chartBox.top, 'chart top in view').to.be.at.least(-1);
      expect(card.bottom, 'card bottom in view').to.be.at.most(window.innerHeight + 1);
      // The toolbar fits its row.
      const controls = timeline.shadowRoot!.querySelector<HTMLElement>('[part="controls"]')!;
      const tops = new Set(
        [...controls.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top)),
      );
      expect(tops.size).to.equal(1);
    } finally {
      intro.remove();
    }
  });
});

describe('demo page: hover and focus', () => {
  it('hovering or focusing a phrase highlights its sentence', async () => {
    await mount({ workerUrl: null });
    const mark = $$('mark[data-events]')[0]!;
    mark.dispatchEvent(new MouseEvent('mouseenter'));
    await settled();
    expect(mark.closest('.sentence')!.classList.contains('is-hovered')).to.equal(true);
    mark.dispatchEvent(new MouseEvent('mouseleave'));
    mark.dispatchEvent(new FocusEvent('focus'));
    await settled();
    expect(mark.closest('.sentence')!.classList.contains('is-hovered')).to.equal(true);
    mark.dispatchEvent(new FocusEvent('blur'));
    await settled();
    expect($$('.is-hovered')).to.have.length(0);
  });

  it('hovering an event mark on the timeline highlights its sentence and phrase', async () => {
    await mount({ workerUrl: null });
    const timeline = app.timeline;
    await timeline.updateComplete;
    const option = timeline.shadowRoot!.querySelector<SVGGElement>('g.event[data-event-id]');
    expect(option, 'an event drawn on its own at the fitted zoom').to.exist;
    const id = option!.getAttribute('data-event-id')!;
    option!.querySelector('.mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await timeline.updateComplete;
    await settled();
    expect($(`.sentence[data-events~="${id}"]`).classList.contains('is-hovered')).to.equal(true);
    expect($(`mark[data-events~="${id}"]`).classList.contains('is-hovered')).to.equal(true);
    timeline.shadowRoot!.querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerleave'));
    await timeline.updateComplete;
    await settled();
    expect($$('.is-hovered')).to.have.length(0);
  });

  it('focusing the timeline and moving with the arrow keys highlights the active event', async () => {
    await mount({ workerUrl: null });
    const timeline = app.timeline;
    const chart = timeline.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await timeline.updateComplete;
    await settled();
    const activeId = () =>
      timeline.shadowRoot!.getElementById(chart.getAttribute('aria-activedescendant')!)!.getAttribute('data-event-id')!;
    expect($$('.sentence.is-hovered').map((s) => s.dataset.events)).to.have.length(1);
    expect($(`.sentence[data-events~="${activeId()}"]`).classList.contains('is-hovered')).to.equal(true);
    chart.blur();
    await timeline.updateComplete;
    await settled();
    expect($$('.is-hovered')).to.have.length(0);
  });
});

describe('demo page: export', () => {
  it('exports the event list as JSON that reads back as the same list', async () => {
    await mount({ workerUrl: null });
    const parsed = JSON.parse(app.exportJson()) as EventList;
    expect(parsed).to.deep.equal(JSON.parse(JSON.stringify(app.eventList)));
    expect(parsed.version).to.equal(EVENT_LIST_VERSION);
  });

  it('exports the timeline as well-formed SVG', async () => {
    await mount({ workerUrl: null });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const svg = app.exportSvg();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.localName).to.equal('svg');
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(Number(doc.documentElement.getAttribute('width'))).to.be.greaterThan(0);
  });

  it('embeds the current timeline with inline data that survives </script> in the text', async () => {
    await mount({ workerUrl: null });
    const list = await pasteArticle(
      'It began on Monday </script><script>alert(1)</script> in March 2024.',
      '2024-03-15',
    );
    const snippet = app.embedCode('data');
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).to.have.length(2);
    expect(scripts[0]!.getAttribute('src')).to.equal('news-timeline.bundle.js');
    expect(doc.querySelector('news-timeline')).to.exist;
    const json = scripts[1]!.textContent!.match(/\.data = (.*);\s*$/s)![1]!;
    expect(JSON.parse(json)).to.deep.equal(JSON.parse(JSON.stringify(list)));

    const textSnippet = new DOMParser().parseFromString(app.embedCode('text'), 'text/html');
    const template = textSnippet.querySelector('news-timeline template') as HTMLTemplateElement;
    expect(template.content.textContent).to.equal(list.article.text);
    expect(template.getAttribute('published')).to.equal('2024-03-15');
  });
});
