/**
 * The draft of a curated EventList: the extraction (`base`) and the author's edits, kept as a log so
 * that every step can be undone, saved as JSON and replayed on a new extraction of a changed text.
 *
 * Edits name events by what survives a re-extraction (the sentence and the time phrase), never by
 * offsets or ids alone: ids and offsets move when the text changes.
 */
import type { EventList, Granularity, TimelineEvent, TimexMod } from '../extract/types.js';

/** An extracted event: its sentence, its time phrase and the phrase's offset in the sentence. */
export interface ExtractedRef {
  sentence: string;
  /** The text of the timex that dates it ('' when the timex is missing). */
  phrase: string;
  /** Offset of the phrase in the sentence (-1 when unknown). */
  at: number;
  /** Among events with the same sentence, phrase and offset (a sentence repeated in the article): 0, 1, … */
  n: number;
}

/** An event added by hand: the id of the `add` edit that made it (`a1`, `a2`, …). */
export interface AddedRef {
  added: string;
}

export type EventRef = ExtractedRef | AddedRef;

/** A date read with the extraction's engine, ready to apply: what the author sees before applying it. */
export interface DateReading {
  /** What was read: the author's words, or the time phrase of the text. */
  phrase: string;
  /** The part of `phrase` the engine read ("Saturday" in "the Saturday before"). */
  matched: string;
  /** ISO-TimeML TIMEX3 value. */
  value: string;
  from: string;
  to: string;
  granularity: Granularity;
  mod?: TimexMod;
  /** "since X": runs to the end of the publication day. */
  ongoing?: boolean;
  /** One sentence for people: why this value. */
  why: string;
}

/** An event added from words of the article the author selected. */
export interface AddedEvent {
  /** The sentence holding the selection, and where it started in the article when it was added. */
  sentence: string;
  sentenceStart: number;
  /** The selected words: offsets in the sentence, end exclusive. */
  start: number;
  end: number;
  label: string;
  date: DateReading;
  /** The time phrase of the text that `date` was read from: offsets in the sentence. Absent when the author typed the date. */
  phrase?: { start: number; end: number };
}

/** Vague edges, as TIMEX3 mods: START is "early" (a vague end), END "late" (a vague start), MID and APPROX both. */
export type Edit =
  | { type: 'label'; event: EventRef; label: string }
  | { type: 'date'; event: EventRef; date: DateReading }
  | { type: 'granularity'; event: EventRef; granularity: Granularity }
  | { type: 'mod'; event: EventRef; mod: TimexMod | null }
  | { type: 'hide'; event: EventRef }
  | { type: 'delete'; event: EventRef }
  | { type: 'restore'; event: EventRef }
  | { type: 'add'; id: string; event: AddedEvent }
  | { type: 'merge'; id: string; into: EventRef; from: EventRef }
  | { type: 'unmerge'; merge: string };

export type EditType = Edit['type'];

/**
 * What an event is in the draft: `shown` (in the corrected list), `hidden` (kept in the draft, left out
 * of the corrected list), `deleted` (left out, listed for restoring), `merged` (part of another event).
 */
export type EventStatus = 'shown' | 'hidden' | 'deleted' | 'merged';

export interface DraftEvent {
  /** The event's id in the corrected list: the extraction's (`e3`) or the add edit's (`a1`). */
  id: string;
  ref: EventRef;
  /** The event as the corrected list has it (with its provenance). */
  event: TimelineEvent;
  status: EventStatus;
  /** For `merged`: the id of the event it is part of. */
  mergedInto?: string;
  /** The events merged into this one: the merge's id (to unmerge it) and the merged event's id. */
  merges: { merge: string; event: string }[];
  /** The extraction's event, for extracted ones. */
  original?: TimelineEvent;
}

/** The draft applied: the corrected EventList and every event of the draft, in document order. */
export interface DraftView {
  list: EventList;
  events: DraftEvent[];
}

/** An edit that could not be kept on a new extraction, and why. */
export interface DroppedEdit {
  edit: Edit;
  /** The edit for people: 'Label “Talks collapsed” of the event of “Monday” in “Talks began on Monday…”'. */
  description: string;
  /** Why it was dropped: 'its sentence is no longer in the article'. */
  reason: string;
}

/** An edit that cannot apply to the draft; `message` is for people. */
export class EditError extends Error {
  override name = 'EditError';
}
