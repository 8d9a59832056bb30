// The demo's story mode (demo/story-demo.ts): "Add another article" turns the page into a story, and the
// fictional example story of several articles opens from the picker.
import { expect, waitUntil } from '@open-wc/testing';
import { mountDemo, type DemoApp } from '../../../demo/app.js';
import { STORY_EXAMPLES } from '../../../demo/story-demo.js';

let container: HTMLElement;
let app: DemoApp;

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<T>(selector)];
const shadow = (selector: string) => [...app.timeline.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const addButton = () => $$<HTMLButtonElement>('.toolbar .button').find((b) => b.textContent!.includes('Add another'))!;

beforeEach(async () => {
  container = document.createElement('main');
  document.body.append(container);
  app = await mountDemo(container, { base: '/', debounceMs: 20 });
});
afterEach(() => {
  app.destroy();
  container.remove();
});

describe('demo: a story of several articles', () => {
  it('"Add another article" turns the page into a story; each article has its own headline, date, source, URL', async () => {
    addButton().click();
    const story = app.storyDemo!;
    expect(story).to.exist;
    const cards = $$('.story-article');
    expect(cards.length).to.equal(2);
    // The seed article is the first, with its headline, date and source; the second is empty and has focus.
    expect(cards[0].querySelector<HTMLInputElement>('input[type="text"]')!.value).to.contain('Syrian security chief');
    expect(cards[0].querySelector<HTMLInputElement>('input[type="date"]')!.value).to.equal('2016-10-17');
    expect(document.activeElement).to.equal(cards[1].querySelector('textarea'));
    for (const label of ['Headline', 'Publication date', 'Source', 'URL (optional)', 'Article text'])
      expect([...cards[1].querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.include(
        label,
      );
    // The second article: a follow-up that reports one of the same happenings.
    const [title, date, source, url] = cards[1].querySelectorAll('input');
    type(title, 'Syria and Egypt security chiefs met in Cairo');
    type(date, '2016-10-18');
    type(source, 'Example Wire');
    type(url, 'https://example.org/wire/1');
    type(
      cards[1].querySelector('textarea')!,
      'CAIRO - Syria’s national security chief Ali Mamlouk met senior Egyptian security officials in Cairo on Saturday, the Syrian state news agency said.',
    );
    await waitUntil(() => app.storyDemo!.list.articles.length === 2, 'the story of two articles');
    await waitUntil(() => shadow('[part="sources"] button').length === 2, 'the sources bar');
    const list = app.storyDemo!.list;
    expect(list.articles.map((a) => [a.title, a.published, a.source ?? null, a.url ?? null])).to.deep.equal([
      ['Syrian security chief makes public Cairo visit - SANA', '2016-10-17', 'Reuters', null],
      ['Syria and Egypt security chiefs met in Cairo', '2016-10-18', 'Example Wire', 'https://example.org/wire/1'],
    ]);
    expect(app.timeline.storyList!.articles.length).to.equal(2);
    expect($('.status').textContent).to.match(/events? from 2 articles/);
    // "Add another article" again adds a third; the export tools are not shown for a story.
    addButton().click();
    expect($$('.story-article').length).to.equal(3);
    expect($<HTMLElement>('.tools-panel').hidden).to.be.true;
  });

  it('the example story opens from the picker, says it is fictional, and links the card to the page', async () => {
    const example = STORY_EXAMPLES[0]!;
    const select = $<HTMLSelectElement>('.picker select');
    select.value = example.id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => app.storyDemo, 'the example story');
    await waitUntil(() => shadow('[part="sources"] button').length === 4, 'four articles');
    expect($('.story-note').textContent).to.contain('fictional');
    expect($$('.story-article').length).to.equal(4);
    const shared = app.storyDemo!.list.events.filter((e) => e.articles > 1);
    expect(shared.length).to.be.greaterThan(1);
    // Selecting an event in the timeline keeps it selected (the page knows the story's ids).
    app.timeline.zoomTo(shared[0].from!, shared[0].to!);
    await app.timeline.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const mark = shadow(`g.event[data-event-id="${shared[0].id}"]`)[0]!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await app.timeline.updateComplete;
    expect(app.selectedEvent).to.equal(shared[0].id);
    expect(shadow('[part="source"]').length).to.equal(shared[0].articles);
    // Back to one article: the single-article page again.
    select.value = 'wikinews-2008-04-27-sierra-madre-wildfire';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => app.eventList?.article.title?.includes('wildfire') && !app.storyDemo, 'one article');
    expect($$('.story-article').length).to.equal(0);
    expect(shadow('[part="sources"]').length).to.equal(0);
  });
});
