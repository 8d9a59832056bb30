/**
 * Drafts kept in the browser, one per article, behind the part of the Web Storage interface we use
 * (localStorage fits it; tests and a CMS can pass their own). Only the log of edits is kept: the
 * extraction is made again from the text, and the edits replayed on it.
 */
import type { ArticleInfo } from '../extract/types.js';
import type { Draft, SavedEdits } from './draft.js';
import type { Edit } from './types.js';

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'news-timeline-draft:';
const FORMAT = 'news-timeline-draft';

/** cyrb53: a fast 53-bit string hash, in base 36 (keys only: not for security). */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The storage key of an article's draft. A titled article is named by its title and publication date,
 * so that its draft survives changes to its text (the edits are replayed on the new text); an untitled
 * one by its text and date.
 */
export function draftKey(article: Pick<ArticleInfo, 'title' | 'published' | 'text'>): string {
  const title = article.title?.trim();
  const name = title ? `title\u0000${title}` : `text\u0000${article.text}`;
  return `${PREFIX}${hash(`${name}\u0000${article.published ?? ''}`)}`;
}

/** Saves the draft's log; false when the storage refused (full, or disabled). An empty log removes the key. */
export function saveEdits(storage: DraftStorage, key: string, draft: Pick<Draft, 'edits' | 'undone'>): boolean {
  try {
    if (!draft.edits.length && !draft.undone.length) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ format: FORMAT, version: 1, edits: draft.edits, undone: draft.undone }));
    return true;
  } catch {
    return false;
  }
}

/** The saved log under `key`, or null (none, unreadable, or not ours). Each edit is checked when replayed. */
export function loadEdits(storage: DraftStorage, key: string): SavedEdits | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as { format?: unknown; version?: unknown; edits?: unknown; undone?: unknown };
    if (saved?.format !== FORMAT || saved.version !== 1 || !Array.isArray(saved.edits)) return null;
    const edits = saved.edits.filter(isEditShaped);
    const undone = Array.isArray(saved.undone) ? saved.undone.filter(isEditShaped) : [];
    return { edits, undone };
  } catch {
    return null;
  }
}

const isEditShaped = (value: unknown): value is Edit =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Forgets the draft under `key`. */
export function discardEdits(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // a storage that cannot remove has nothing we can do about it
  }
}

/** The page's localStorage, or null where it cannot be used (a sandboxed frame, storage turned off). */
export function browserStorage(): DraftStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
