// <news-timeline-editor>: what it emits, persistence per article, re-extraction, axe, hostile text.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/news-timeline-editor.js';
import type {
  NewsTimelineEditor,
  NewsTimelineEditorChangeEvent,
  NewsTimelineEditorDroppedEvent,
  NewsTimelineEditorSelectEvent,
} from '../../../src/news-timeline-editor.js';
import { draftKey } from '../../../src/editor/index.js';
import { extract } from '../../../src/extract/index.js';
import {
  $,
  $$,
  ARTICLE,
  MemoryStorage,
  article,
  button,
  mountEditor,
  rowButton,
  rowLabels,
  settle,
} from './helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

async function typeInto(el: NewsTimelineEditor, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

async function submit(el: NewsTimelineEditor, selector: string): Promise<void> {
  $<HTMLInputElement>(el, selector)!.form!.requestSubmit();
  await settle(el);
}

async function open(el: NewsTimelineEditor, id: string): Promise<void> {
  rowButton(el, id, 'Edit').click();
  await settle(el);
}

describe('news-timeline-editor', () => {
  it('shows the events with their dates, and emits the corrected list on every step', async () => {
    const list = article();
    const el = await mountEditor(list);
    expect(rowLabels(el)).to.deep.equal(list.events.map((e) => e.label));
    expect($(el, 'li.event[data-event-id="e1"] .when')!.textContent).to.equal('Monday 17 October 2016');
    const changes: NewsTimelineEditorChangeEvent[] = [];
    const selects: (string | null)[] = [];
    el.addEventListener('news-timeline-editor-change', (e) => changes.push(e));
    el.addEventListener('news-timeline-editor-select', (e: NewsTimelineEditorSelectEvent) =>
      selects.push(e.detail.event?.id ?? null),
    );
    await open(el, 'e2');
    expect(el.selected).to.equal('e2');
    await typeInto(el, '#label-e2', 'Officials met in Geneva');
    await submit(el, '#label-e2');
    expect(changes).to.have.length(1);
    const detail = changes[0]!.detail;
    expect(detail.list.events[1]!.label).to.equal('Officials met in Geneva');
    expect(detail).to.include({ edits: 1, canUndo: true, canRedo: false, action: 'Label changed' });
    expect(changes[0]!.bubbles && changes[0]!.composed).to.be.true;
    expect(el.value).to.equal(detail.list);
    // the preview: what a phrase reads as, or why it cannot be read
    await typeInto(el, '#date-e2', 'every Monday');
    expect($(el, '#preview-e2')!.textContent).to.contain('repeats');
    expect($<HTMLButtonElement>(el, '#preview-e2 ~ button, form button[type=submit][disabled]')).to.exist;
    await typeInto(el, '#date-e2', 'mid-2013');
    expect($(el, '#preview-e2')!.textContent).to.match(/mid-2013[\s\S]*2013 \(MID\)[\s\S]*2013-05-01 to 2013-09-01/);
    await submit(el, '#date-e2');
    expect(el.value!.events[1]!.from).to.equal('2013-05-01');
    expect($(el, 'li.event[data-event-id="e2"] .badge')!.textContent).to.equal(
      'Edited: label, date, granularity, edges',
    );
    button(el, 'Done').click();
    await settle(el);
    expect(selects).to.deep.equal(['e2', null]);
    // the status line says what happened
    expect($(el, '[role="status"]')!.textContent).to.contain('2 edits');
  });

  it('keeps the draft per article across a reload, and Discard edits returns to the extraction', async () => {
    const storage = new MemoryStorage();
    const list = article();
    const el = await mountEditor(list, storage);
    rowButton(el, 'e3', 'Delete').click();
    await settle(el);
    await open(el, 'e1');
    await typeInto(el, '#label-e1', 'Talks collapsed');
    await submit(el, '#label-e1');
    const key = draftKey(list.article);
    expect(storage.items.has(key)).to.be.true;
    const corrected = el.value;
    el.remove();

    // "reload": a new element, a new extraction of the same article
    const again = await mountEditor(article(), storage);
    expect(again.value).to.deep.equal(corrected);
    expect($(again, '[role="status"]')!.textContent).to.contain('Draft restored');
    // another article keeps its own (empty) draft
    const other = await mountEditor(article('Aid resumed on Friday.', 'Another story'), storage);
    expect(other.value!.events.every((e) => e.provenance!.origin === 'extracted')).to.be.true;

    button(again, 'Discard edits').click();
    await settle(again);
    expect($(again, '#discard-question')!.textContent).to.contain('2 edits');
    button(again, 'Discard').click();
    await settle(again);
    expect(storage.items.has(key)).to.be.false;
    expect(again.value!.events.map(({ provenance: _p, ...e }) => e)).to.deep.equal(list.events);
  });

  it('a changed text replays the edits and says which were dropped', async () => {
    const el = await mountEditor(article());
    await open(el, 'e2');
    await typeInto(el, '#label-e2', 'Officials met in Geneva');
    await submit(el, '#label-e2');
    await open(el, 'e4');
    await typeInto(el, '#label-e4', 'Aid will resume');
    await submit(el, '#label-e4');
    const dropped: NewsTimelineEditorDroppedEvent[] = [];
    el.addEventListener('news-timeline-editor-dropped', (e) => dropped.push(e));
    el.data = article(ARTICLE.replace('met in Geneva', 'met in Vienna'));
    await settle(el);
    expect(dropped).to.have.length(1);
    expect(dropped[0]!.detail.dropped[0]!.reason).to.equal('its sentence is no longer in the article');
    expect($(el, '[part="notice"]')!.textContent).to.contain('One edit no longer applies');
    expect($(el, '[part="notice"]')!.textContent).to.contain('Label “Officials met in Geneva”');
    expect(el.value!.events.map((e) => e.label)).to.include('Aid will resume');
    expect(el.edits).to.have.length(1);
  });

  it('an invalid list shows an error, not a blank box; no list says so', async () => {
    const el = await mountEditor({ version: 9 } as never);
    expect($(el, '[part="state"]')!.textContent).to.contain('cannot be edited');
    expect(el.value).to.equal(null);
    const empty = await mountEditor(null);
    expect($(empty, '[part="state"]')!.textContent).to.contain('No event list');
  });

  it('selections in a text with CRLF line breaks map to the article’s offsets', async () => {
    const text = 'Talks began on Monday.\r\n\r\nRebels shelled Aleppo last week, witnesses said.';
    const el = await mountEditor(extract(text, { published: '2016-10-17', title: 'CRLF' }));
    const area = $<HTMLTextAreaElement>(el, '#article-text')!;
    const at = area.value.indexOf('Rebels');
    area.setSelectionRange(at, at + 'Rebels shelled Aleppo last week'.length);
    button(el, 'Add event from selection').click();
    await settle(el);
    expect($(el, '[part="article"] blockquote')!.textContent).to.equal('Rebels shelled Aleppo last week');
    expect($(el, '[part="article"] mark')!.textContent).to.equal('last week');
    button(el, 'Add event').click();
    await settle(el);
    const added = el.value!.events.find((e) => e.id === 'a1')!;
    expect(text.slice(added.sentence.start, added.sentence.end)).to.equal(added.sentence.text);
    expect(added.sentence.text.startsWith('Rebels shelled')).to.be.true;
  });

  it('axe: the list, an open form with a preview, the add form, the notices and the deleted list', async () => {
    const el = await mountEditor(article());
    await expect(el).to.be.accessible();
    await open(el, 'e1');
    await typeInto(el, '#date-e1', 'the Saturday before');
    await expect(el).to.be.accessible();
    await typeInto(el, '#date-e1', 'no date here');
    await expect(el).to.be.accessible();
    rowButton(el, 'e2', 'Delete').click();
    rowButton(el, 'e3', 'Hide').click();
    await settle(el);
    el.addFromSelection(ARTICLE.indexOf('Rebels'), ARTICLE.indexOf(', witnesses'));
    await settle(el);
    button(el, 'Discard edits').click();
    await settle(el);
    el.data = article(ARTICLE.replace('Officials met', 'Envoys met'));
    await settle(el);
    expect($(el, '[part="notice"]')).to.exist;
    expect($(el, '[part="deleted"]')).to.not.exist; // its sentence changed: the deletion was dropped
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
  });
});

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"></svg>',
  '</script><script>window.__pwned=3</script>',
  '"><iframe src="javascript:window.__pwned=5"></iframe>',
  '{{7*7}} ${window.__pwned=6} <b onmouseover="window.__pwned=7">bold</b>',
];

async function expectInert(el: NewsTimelineEditor): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  expect(window.__pwned, 'no hostile script ran').to.equal(undefined);
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('img, script, iframe, svg, b, object, embed, link, a').length).to.equal(0);
  for (const node of Array.from(root.querySelectorAll('*')))
    for (const attr of Array.from(node.attributes))
      expect(attr.name.startsWith('on'), `${node.tagName} ${attr.name}`).to.be.false;
  expect(document.querySelectorAll('body img, body iframe, body svg[onload]').length).to.equal(0);
}

describe('news-timeline-editor: hostile text stays inert', () => {
  afterEach(() => delete window.__pwned);

  it('in the article, the labels, every field and the corrected list', async () => {
    const text = `Talks ${HOSTILE[0]} collapsed on Monday. Officials ${HOSTILE[1]} met last month. ${HOSTILE[2]} Rebels shelled Aleppo ${HOSTILE[4]} on Sunday.`;
    const list = extract(text, { published: '2016-10-17', title: HOSTILE[3] });
    const el = await fixture<NewsTimelineEditor>(
      html`<news-timeline-editor .storage=${new MemoryStorage()} .data=${list}></news-timeline-editor>`,
    );
    await settle(el);
    await expectInert(el);
    await open(el, 'e1');
    await typeInto(el, '#label-e1', HOSTILE[0]!);
    await submit(el, '#label-e1');
    await typeInto(el, '#date-e1', HOSTILE[3]!);
    expect($(el, '#preview-e1')!.textContent).to.contain(HOSTILE[3]);
    await typeInto(el, '#date-e1', `${HOSTILE[1]} mid-2013`);
    await submit(el, '#date-e1');
    await expectInert(el);
    expect(rowLabels(el)[0]).to.equal(HOSTILE[0]);
    expect(el.value!.events[0]!.label).to.equal(HOSTILE[0]);
    // the why of the timex keeps the typed phrase, as text
    expect(el.value!.timexes.find((t) => t.id === el.value!.events[0]!.timex)!.why).to.contain(HOSTILE[1]);
    // an event added from hostile words
    el.addFromSelection(text.indexOf('Rebels'), text.indexOf(' on Sunday'));
    await settle(el);
    await typeInto(el, '#add-label', HOSTILE[4]!);
    await typeInto(el, '#add-date', 'Sunday');
    button(el, 'Add event').click();
    await settle(el);
    await expectInert(el);
    expect(el.value!.events.find((e) => e.id === 'a1')!.label).to.equal(HOSTILE[4]);
    expect($$(el, 'li.event .label').map((n) => n.textContent)).to.include(HOSTILE[4]);
    expect($<HTMLTextAreaElement>(el, '#article-text')!.value).to.equal(text);
  });
});
