/** A small article and its extraction, for the editor's tests (fixed publication date). */
import { extract } from '../../../src/extract/index.js';
import type { EventList } from '../../../src/extract/types.js';
import type { DraftStorage } from '../../../src/editor/index.js';

export const PUBLISHED = '2016-10-17';

export const SENTENCES = [
  'CAIRO (Reuters) - Talks between the two governments collapsed on Monday after a week of meetings.',
  'Officials met in Geneva last month to prepare the talks.',
  'The ministers had agreed on a plan in mid-2013, a spokesman said.',
  'The fighting has continued since March.',
  'Aid convoys will resume next week, the United Nations said.',
  'Rebels shelled the northern city of Aleppo, witnesses said, and the army answered with air strikes.',
];

export const ARTICLE = SENTENCES.join(' ');

export function article(text = ARTICLE, title: string | undefined = 'Talks collapse'): EventList {
  return extract(text, { published: PUBLISHED, ...(title !== undefined && { title }) });
}

/** The id of the event dated by the time phrase `phrase` (labels change with the labeller; phrases do not). */
export function idOf(list: EventList, phrase: string): string {
  const timex = list.timexes.find((t) => t.text === phrase);
  const event = timex && list.events.find((e) => e.timex === timex.id);
  if (!event) throw new Error(`no event dated by “${phrase}” in ${list.events.map((e) => e.label).join(' | ')}`);
  return event.id;
}

/** A Web Storage stand-in: a Map, with switches to make it fail like a full or disabled one. */
export class FakeStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  failReads = false;
  getItem(key: string): string | null {
    if (this.failReads) throw new Error('SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
