/** Names of events that survive a re-extraction: the sentence and the time phrase, not ids or offsets. */
import type { EventList, TimelineEvent, Timex } from '../extract/types.js';
import type { EventRef, ExtractedRef } from './types.js';

export const isAdded = (ref: EventRef): ref is { added: string } => 'added' in ref;

/** One string per ref, for maps. */
export function refKey(ref: EventRef): string {
  return isAdded(ref) ? `added\u0000${ref.added}` : `${ref.sentence}\u0000${ref.phrase}\u0000${ref.at}\u0000${ref.n}`;
}

export function sameRef(a: EventRef, b: EventRef): boolean {
  return refKey(a) === refKey(b);
}

/** The refs of a list's events, in its order. */
export function extractedRefs(list: EventList): ExtractedRef[] {
  const timexes = new Map<string, Timex>(list.timexes.map((t) => [t.id, t]));
  const seen = new Map<string, number>();
  return list.events.map((event: TimelineEvent) => {
    const timex = timexes.get(event.timex);
    const phrase = timex?.text ?? '';
    const at = timex ? timex.start - event.sentence.start : -1;
    const base = `${event.sentence.text}\u0000${phrase}\u0000${at}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { sentence: event.sentence.text, phrase, at, n };
  });
}

/** A short name of an event for people: its label, else its phrase in its sentence. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}
