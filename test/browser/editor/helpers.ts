/** Mounting and reading helpers for the `<news-timeline-editor>` browser tests. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import { extract } from '../../../src/extract/index.js';
import type { EventList } from '../../../src/extract/types.js';
import type { DraftStorage } from '../../../src/editor/index.js';
import type { NewsTimelineEditor } from '../../../src/news-timeline-editor.js';

export const PUBLISHED = '2016-10-17';

export const ARTICLE = [
  'CAIRO (Reuters) - Talks between the two governments collapsed on Monday after a week of meetings.',
  'Officials met in Geneva last month to prepare the talks.',
  'The ministers had agreed on a plan in mid-2013, a spokesman said.',
  'Aid convoys will resume next week, the United Nations said.',
  'Rebels shelled the northern city of Aleppo, witnesses said, and the army answered with air strikes.',
].join(' ');

export function article(text = ARTICLE, title = 'Talks collapse'): EventList {
  return extract(text, { published: PUBLISHED, title });
}

export class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

export async function mountEditor(
  data: EventList | null,
  storage: DraftStorage | null = new MemoryStorage(),
): Promise<NewsTimelineEditor> {
  const el = await fixture<NewsTimelineEditor>(
    html`<news-timeline-editor
      lang="en-GB"
      style="width:720px"
      .storage=${storage}
      .data=${data}
    ></news-timeline-editor>`,
  );
  await settle(el);
  return el;
}

export async function settle(el: NewsTimelineEditor): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: NewsTimelineEditor, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: NewsTimelineEditor, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

/** The focused element inside the editor's shadow root. */
export const focused = (el: NewsTimelineEditor) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The labels of the rows, in order. */
export const rowLabels = (el: NewsTimelineEditor) => $$(el, 'li.event .label').map((n) => n.textContent!.trim());

/** The button of a row by its text ("Edit", "Hide", "Delete"). */
export function rowButton(el: NewsTimelineEditor, id: string, text: string): HTMLButtonElement {
  const button = $$<HTMLButtonElement>(el, `li.event[data-event-id="${id}"] .actions button`).find(
    (b) => b.textContent!.trim() === text,
  );
  if (!button) throw new Error(`no “${text}” button in row ${id}`);
  return button;
}

export function button(el: NewsTimelineEditor, text: string, within = ''): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, `${within} button`).find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no “${text}” button`);
  return found;
}
