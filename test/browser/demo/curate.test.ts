// Curation on the demo page, end to end: edit a label, re-date an event by a phrase, delete, add from a
// selection, merge, undo and redo, reload, export JSON and the embed, then load the embed in a fresh
// page and see the corrected timeline. The app (demo/app.ts) is mounted into this document with the
// page's stylesheet; the embed and the reload of the built page need `npm run build` (skipped without it).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountDemo, type DemoApp } from '../../../demo/app.js';
import type { DraftStorage } from '../../../src/editor/index.js';
import type { EventList, TimelineEvent } from '../../../src/extract/types.js';
import type { NewsTimelineEditor } from '../../../src/news-timeline-editor.js';

class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

let stylesheet: HTMLLinkElement | undefined;
let container: HTMLElement;
let app: DemoApp;
const frames: HTMLIFrameElement[] = [];

declare global {
  interface Window {
    __pwned?: number;
  }
}

async function mount(storage: DraftStorage): Promise<DemoApp> {
  container = document.createElement('main');
  document.body.append(container);
  app = await mountDemo(container, { base: '/', debounceMs: 20, workerUrl: null, draftStorage: storage });
  await settled();
  return app;
}

async function settled(): Promise<void> {
  await app.whenIdle();
  await app.editor.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await app.editor.updateComplete;
  await app.timeline.updateComplete;
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const inEditor = <T extends Element = HTMLElement>(selector: string) =>
  app.editor.shadowRoot!.querySelector<T>(selector)!;
const shown = (): EventList => {
  const data = app.timeline.data!;
  if (!('article' in data)) throw new Error('the timeline shows a story, not the curated article');
  return data;
};
const shownEvent = (id: string): TimelineEvent | undefined => shown().events.find((e) => e.id === id);

function editorButton(text: string, within = ''): HTMLButtonElement {
  const button = [...app.editor.shadowRoot!.querySelectorAll<HTMLButtonElement>(`${within} button`)].find(
    (b) => b.textContent!.trim() === text,
  );
  if (!button) throw new Error(`no “${text}” button in the editor`);
  return button;
}

async function type(selector: string, value: string): Promise<void> {
  const field = inEditor<HTMLInputElement>(selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await settled();
}

async function click(button: HTMLButtonElement): Promise<void> {
  button.click();
  await settled();
}

async function submit(selector: string): Promise<void> {
  inEditor<HTMLInputElement>(selector).form!.requestSubmit();
  await settled();
}

function frame(attributes: Partial<HTMLIFrameElement>): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1100px';
  iframe.style.height = '800px';
  Object.assign(iframe, attributes);
  document.body.append(iframe);
  frames.push(iframe);
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

const built = async (path: string) => (await fetch(path, { method: 'HEAD' })).ok;

/** The downloaded bytes of an export button, as text (the page's <a download> is intercepted). */
async function downloaded(buttonText: string): Promise<string> {
  const original = HTMLAnchorElement.prototype.click;
  try {
    const saved = new Promise<string>((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        void fetch(this.href)
          .then((response) => response.text())
          .then(resolve);
      };
    });
    const details = $<HTMLDetailsElement>('details.export');
    details.open = true;
    [...container.querySelectorAll<HTMLButtonElement>('.export button')]
      .find((b) => b.textContent!.includes(buttonText))!
      .click();
    return await saved;
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
}

/** The embed code as the panel shows it. */
async function embedFromPanel(): Promise<string> {
  $<HTMLDetailsElement>('details.export').open = true;
  const toggle = [...container.querySelectorAll<HTMLButtonElement>('.export button')].find((b) =>
    b.textContent!.includes('Embed code'),
  )!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await settled();
  return $<HTMLTextAreaElement>('#embed-code').value;
}

/** Loads `snippet` in a fresh page with the built bundle and returns its timeline once drawn. */
async function embedded(snippet: string) {
  const iframe = await frame({
    srcdoc: `<!doctype html><base href="${location.origin}/dist/"><body>${snippet}</body>`,
  });
  const page = iframe.contentDocument!;
  const timeline = await until(() => {
    const element = page.querySelector('news-timeline') as (HTMLElement & { data: EventList | null }) | null;
    return element?.data && element.shadowRoot?.querySelector('svg g.event') ? element : null;
  }, 'the embedded timeline');
  return { iframe, timeline };
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
  for (const iframe of frames.splice(0)) iframe.remove();
  delete window.__pwned;
});

describe('demo page: curation, end to end', () => {
  it('edit, re-date, delete, add, merge, undo/redo, reload, export JSON and embed: the corrected timeline everywhere', async function () {
    this.timeout(60_000);
    const storage = new MemoryStorage();
    await mount(storage);
    const extraction = app.eventList!;
    expect(shown()).to.equal(extraction, 'no corrections yet: the timeline draws the extraction');
    const [first, second, third, fourth] = extraction.events;
    $<HTMLButtonElement>('#tab-curate').click();
    await settled();
    expect($('#panel-curate').hidden).to.be.false;

    // 1. Edit a label.
    await click(editorButton('Edit', `li[data-event-id="${first!.id}"]`));
    await type(`#label-${first!.id}`, 'Ali Mamlouk met Khaled Fawzi in Cairo');
    await submit(`#label-${first!.id}`);
    expect(shownEvent(first!.id)!.label).to.equal('Ali Mamlouk met Khaled Fawzi in Cairo');
    expect(shownEvent(first!.id)!.provenance).to.deep.equal({ origin: 'edited', fields: ['label'] });
    expect($('.status').textContent).to.contain('Curated:');

    // 2. Re-date another event by a phrase: the preview first, then the timeline.
    await click(editorButton('Edit', `li[data-event-id="${fourth!.id}"]`));
    await type(`#date-${fourth!.id}`, 'the Saturday before');
    expect(inEditor(`#preview-${fourth!.id}`).textContent).to.contain('Saturday 15 October 2016');
    await submit(`#date-${fourth!.id}`);
    expect([shownEvent(fourth!.id)!.from, shownEvent(fourth!.id)!.to]).to.deep.equal(['2016-10-15', '2016-10-16']);

    // 3. Delete one.
    await click(editorButton('Delete', `li[data-event-id="${third!.id}"]`));
    expect(shownEvent(third!.id)).to.equal(undefined);

    // 4. Add one from words selected in the article.
    const text = extraction.article.text;
    const words = 'Ali Mamlouk met the deputy chief of the national security department';
    const area = inEditor<HTMLTextAreaElement>('#article-text');
    area.setSelectionRange(text.indexOf(words), text.indexOf(words) + words.length);
    await click(editorButton('Add event from selection'));
    expect(inEditor<HTMLInputElement>('#add-label').value).to.equal(words);
    await type('#add-date', 'on Sunday');
    await click(editorButton('Add event'));
    const added = shownEvent('a1')!;
    expect(added.label).to.equal(words);
    expect([added.from, added.provenance]).to.deep.equal(['2016-10-16', { origin: 'added' }]);

    // 5. Merge the second event into the first.
    await click(editorButton('Edit', `li[data-event-id="${first!.id}"]`));
    const merge = inEditor<HTMLSelectElement>(`#merge-${first!.id}`);
    merge.value = second!.id;
    merge.dispatchEvent(new Event('change', { bubbles: true }));
    await click(editorButton('Merge into this'));
    expect(shownEvent(second!.id)).to.equal(undefined);
    expect(shownEvent(first!.id)!.provenance!.merged).to.deep.equal([second!.id]);

    // 6. Undo and redo the merge.
    await click(editorButton('Undo'));
    expect(shownEvent(second!.id)).to.exist;
    await click(editorButton('Redo'));
    expect(shownEvent(second!.id)).to.equal(undefined);
    const corrected = shown();
    expect(corrected.events.length).to.equal(extraction.events.length - 2 + 1);

    // 7. Reload: a new page on the same storage restores the corrections.
    app.destroy();
    container.remove();
    await mount(storage);
    expect(shown()).to.deep.equal(corrected);
    expect(inEditor('[role="status"]').textContent).to.contain('Draft restored');

    // 8. Export JSON: the corrected list, with provenance.
    const json = JSON.parse(await downloaded('JSON')) as EventList;
    expect(json).to.deep.equal(corrected);
    expect(json.events.find((e) => e.id === 'a1')!.provenance).to.deep.equal({ origin: 'added' });
    // SVG: the corrected labels are what is drawn.
    const svg = await downloaded('SVG');
    expect(svg).to.contain('Ali Mamlouk met');
    expect(svg).not.to.contain(third!.label.slice(0, 30));

    // 9. Embed: the article-text embed (which would read the text again, uncorrected) is not offered.
    const snippet = await embedFromPanel();
    expect($<HTMLOptionElement>('#embed-kind option[value="text"]').disabled).to.be.true;
    expect(app.embedCode('text')).to.equal(snippet);
    if (!(await built('/dist/news-timeline.bundle.js'))) return; // the fresh page needs `npm run build`
    const { timeline } = await embedded(snippet);
    expect(timeline.data).to.deep.equal(corrected);
    const drawn = [...timeline.shadowRoot!.querySelectorAll('g.event')].map((g) => g.getAttribute('aria-label') ?? '');
    expect(drawn.some((label) => label.startsWith('Ali Mamlouk met Khaled Fawzi'))).to.be.true;
    expect(drawn.some((label) => label.startsWith(third!.label))).to.be.false;
  });

  it('links the timeline and the editor, and its tabs work from the keyboard', async () => {
    await mount(new MemoryStorage());
    const event = app.eventList!.events[2]!;
    app.timeline.dispatchEvent(
      new CustomEvent('news-timeline-select', { detail: { event }, bubbles: true, composed: true }),
    );
    await settled();
    expect(app.editor.selected, 'the editor opens the event selected on the timeline').to.equal(event.id);
    expect(document.activeElement, 'without taking the focus').not.to.equal(app.editor);
    // Opening another event's form in the editor selects it on the timeline.
    $<HTMLButtonElement>('#tab-curate').click();
    await settled();
    const other = app.eventList!.events[0]!;
    await click(editorButton('Edit', `li[data-event-id="${other.id}"]`));
    expect(app.timeline.selected).to.equal(other.id);
    // Tabs: arrows go round Read, Edit and Curate.
    $<HTMLButtonElement>('#tab-curate').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled();
    expect(document.activeElement!.id).to.equal('tab-read');
    await sendKeys({ press: 'End' });
    await settled();
    expect(document.activeElement!.id).to.equal('tab-curate');
    expect($('#panel-curate').hidden).to.be.false;
    await expect($('.article-panel')).to.be.accessible();
  });

  it('keeps a draft per article: another example has its own', async () => {
    const storage = new MemoryStorage();
    await mount(storage);
    const seed = app.eventList!.events[0]!;
    await click(editorButton('Edit', `li[data-event-id="${seed.id}"]`));
    await type(`#label-${seed.id}`, 'Corrected seed label');
    await submit(`#label-${seed.id}`);
    const select = $<HTMLSelectElement>('.picker select');
    select.value = 'wikinews-2006-11-13-gerald-ford-oldest-president';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settled();
    expect(shown().article.title).to.contain('Gerald Ford');
    expect(shown()).to.equal(app.eventList, 'the other article is not curated');
    select.value = 'reuters-2016-10-17-syria-egypt-mamlouk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settled();
    expect(shownEvent(seed.id)!.label).to.equal('Corrected seed label');
    // Discard edits returns to the extraction.
    await click(editorButton('Discard edits'));
    await click(editorButton('Discard'));
    expect(shown()).to.equal(app.eventList);
    expect(storage.items.size).to.equal(0);
  });

  it('hostile text typed into the editor stays inert in the page and every export', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>';
    await mount(new MemoryStorage());
    const event = app.eventList!.events[0]!;
    await click(editorButton('Edit', `li[data-event-id="${event.id}"]`));
    await type(`#label-${event.id}`, hostile);
    await submit(`#label-${event.id}`);
    await type(`#date-${event.id}`, `${hostile} Saturday`);
    await submit(`#date-${event.id}`);
    expect(shownEvent(event.id)!.label).to.equal(hostile);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__pwned).to.equal(undefined);
    expect(container.querySelectorAll('img, script').length).to.equal(0);
    for (const root of [app.timeline.shadowRoot!, app.editor.shadowRoot!])
      expect(root.querySelectorAll('img, script').length).to.equal(0);
    // JSON: the text as a string. SVG: text, no elements made of it.
    expect((JSON.parse(await downloaded('JSON')) as EventList).events[0]!.label).to.equal(hostile);
    const svg = new DOMParser().parseFromString(await downloaded('SVG'), 'image/svg+xml');
    expect(svg.querySelector('parsererror, img, script, foreignObject')).to.equal(null);
    expect(svg.documentElement.textContent).to.contain('<img src=x');
    // The embed: loaded in a fresh page, nothing runs.
    if (!(await built('/dist/news-timeline.bundle.js'))) return;
    const { iframe, timeline } = await embedded(await embedFromPanel());
    await new Promise((resolve) => setTimeout(resolve, 100));
    const win = iframe.contentWindow as Window & { __pwned?: number };
    expect(win.__pwned).to.equal(undefined);
    expect(timeline.data!.events[0]!.label).to.equal(hostile);
    expect(iframe.contentDocument!.querySelectorAll('img').length).to.equal(0);
  });
});

describe('built demo page: curation survives a real reload', () => {
  it('a correction made in the page is there after location.reload()', async function () {
    this.timeout(30_000);
    if (!(await built('/dist/demo/index.html'))) this.skip(); // needs `npm run build`
    const iframe = await frame({ src: '/dist/demo/index.html' });
    const page = () => iframe.contentDocument!;
    const editor = () => page().querySelector('news-timeline-editor') as NewsTimelineEditor;
    const timeline = () => page().querySelector('news-timeline') as HTMLElement & { data: EventList | null };
    await until(() => editor()?.value?.events.length, 'the seed article in the editor');
    const key = [...Array(iframe.contentWindow!.localStorage.length).keys()]
      .map((i) => iframe.contentWindow!.localStorage.key(i)!)
      .filter((k) => k.startsWith('news-timeline-draft:'));
    expect(key, 'no draft left by an earlier run').to.deep.equal([]);
    try {
      const id = editor().value!.events[0]!.id;
      const root = editor().shadowRoot!;
      root.querySelector<HTMLButtonElement>(`#edit-${id}`)!.click();
      await editor().updateComplete;
      const field = root.querySelector<HTMLInputElement>(`#label-${id}`)!;
      field.value = 'Relabelled before the reload';
      field.dispatchEvent(new Event('input'));
      field.form!.requestSubmit();
      await until(() => timeline().data?.events[0]?.label === 'Relabelled before the reload', 'the new label');
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      iframe.contentWindow!.location.reload();
      await loaded;
      await until(
        () => timeline()?.data?.events.find((e) => e.id === id)?.label === 'Relabelled before the reload',
        'the corrected timeline after the reload',
      );
      expect(page().querySelector('.status')!.textContent).to.contain('Curated:');
    } finally {
      for (let i = iframe.contentWindow!.localStorage.length - 1; i >= 0; i--) {
        const k = iframe.contentWindow!.localStorage.key(i)!;
        if (k.startsWith('news-timeline-draft:')) iframe.contentWindow!.localStorage.removeItem(k);
      }
    }
  });
});
