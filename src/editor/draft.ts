/**
 * The draft: an extraction, the log of edits applied to it, and the edits undone (for redo).
 * Immutable: every action returns a new draft. Actions take event ids of the current view (`e3`, `a1`);
 * the log stores refs that outlive a re-extraction (refs.ts).
 */
import type { EventList, Granularity, TimelineEvent, TimexMod } from '../extract/types.js';
import { applyEdit, applyEdits, describeEdit, finishReplay, startReplay } from './apply.js';
import { refKey } from './refs.js';
import {
  EditError,
  type AddedEvent,
  type DateReading,
  type DraftEvent,
  type DraftView,
  type DroppedEdit,
  type Edit,
} from './types.js';

export interface Draft {
  /** The extraction the edits apply to. */
  readonly base: EventList;
  /** Edits applied, oldest first. */
  readonly edits: readonly Edit[];
  /** Edits undone, the next to redo last. */
  readonly undone: readonly Edit[];
  /** `base` with `edits` applied. */
  readonly view: DraftView;
}

/** What a browser keeps of a draft: the log, not the extraction. */
export interface SavedEdits {
  edits: Edit[];
  undone: Edit[];
}

/**
 * A draft of `base`, with saved edits replayed on it: the edits that no longer apply (the article
 * changed) are dropped and listed.
 */
export function createDraft(
  base: EventList,
  saved?: Partial<SavedEdits> | null,
): { draft: Draft; dropped: DroppedEdit[] } {
  const empty: Draft = { base, edits: [], undone: [], view: applyEdits(base, []) };
  if (!saved?.edits?.length) return { draft: { ...empty, undone: saved?.undone ?? [] }, dropped: [] };
  const result = rebase({ ...empty, edits: saved.edits }, base);
  return {
    draft: { ...result.draft, undone: result.dropped.length ? [] : (saved.undone ?? []) },
    dropped: result.dropped,
  };
}

/**
 * The draft on a new extraction (the article text or date changed): each edit is replayed in order;
 * one that no longer applies (its sentence is gone, or an event it needs was dropped) is left out and
 * reported. Added events follow their sentence to where it now is. The redo list is cleared: the new
 * extraction is a step of its own.
 */
export function rebase(draft: Draft, base: EventList): { draft: Draft; dropped: DroppedEdit[] } {
  const state = startReplay(base);
  const kept: Edit[] = [];
  const dropped: DroppedEdit[] = [];
  for (const edit of draft.edits) {
    try {
      applyEdit(state, edit);
      kept.push(edit.type === 'add' ? moved(edit, state.items.get(refKey({ added: edit.id }))?.event) : edit);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      dropped.push({ edit, description: describeEdit(edit, draft.edits), reason: error.message });
    }
  }
  return { draft: { base, edits: kept, undone: [], view: finishReplay(state) }, dropped };
}

/** An add edit with its sentence where the new text has it. */
function moved(edit: Extract<Edit, { type: 'add' }>, event: TimelineEvent | undefined): Edit {
  if (!event || event.sentence.start === edit.event.sentenceStart) return edit;
  return { ...edit, event: { ...edit.event, sentenceStart: event.sentence.start } };
}

/** Applies one edit; throws an EditError (with a message for people) when it cannot apply. */
export function applyTo(draft: Draft, edit: Edit): Draft {
  const edits = [...draft.edits, edit];
  return { base: draft.base, edits, undone: [], view: applyEdits(draft.base, edits) };
}

export const canUndo = (draft: Draft) => draft.edits.length > 0;
export const canRedo = (draft: Draft) => draft.undone.length > 0;

export function undo(draft: Draft): Draft {
  if (!draft.edits.length) return draft;
  const edits = draft.edits.slice(0, -1);
  return {
    base: draft.base,
    edits,
    undone: [...draft.undone, draft.edits.at(-1)!],
    view: applyEdits(draft.base, edits),
  };
}

/** Redoes the last undone edit; one that no longer applies is thrown away with the rest of the redo list. */
export function redo(draft: Draft): Draft {
  const edit = draft.undone.at(-1);
  if (!edit) return draft;
  const edits = [...draft.edits, edit];
  try {
    return { base: draft.base, edits, undone: draft.undone.slice(0, -1), view: applyEdits(draft.base, edits) };
  } catch (error) {
    if (error instanceof EditError) throw new EditError(`cannot redo: ${error.message}`);
    throw error;
  }
}

/** The draft with no edits: the extraction as it was. */
export function discard(draft: Draft): Draft {
  return createDraft(draft.base).draft;
}

/** The draft event with this id in the current view. */
export function eventById(draft: Draft, id: string): DraftEvent {
  const event = draft.view.events.find((e) => e.id === id);
  if (!event) throw new EditError(`there is no event ${id}`);
  return event;
}

function nextId(draft: Draft, prefix: 'a' | 'm'): string {
  const taken = new Set<string>(draft.base.events.map((e) => e.id));
  for (const edit of [...draft.edits, ...draft.undone])
    if ((edit.type === 'add' || edit.type === 'merge') && typeof edit.id === 'string') taken.add(edit.id);
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

// Actions by event id: each is one step of the log (one undo).

export const setLabel = (draft: Draft, id: string, label: string) =>
  applyTo(draft, { type: 'label', event: eventById(draft, id).ref, label });

export const setDate = (draft: Draft, id: string, date: DateReading) =>
  applyTo(draft, { type: 'date', event: eventById(draft, id).ref, date });

export const setGranularity = (draft: Draft, id: string, granularity: Granularity) =>
  applyTo(draft, { type: 'granularity', event: eventById(draft, id).ref, granularity });

/** Vague edges: `START` ("early …", a vague end), `END` ("late …", a vague start), `MID`/`APPROX` (both); null: exact. */
export const setEdges = (draft: Draft, id: string, mod: TimexMod | null) =>
  applyTo(draft, { type: 'mod', event: eventById(draft, id).ref, mod });

export const hideEvent = (draft: Draft, id: string) =>
  applyTo(draft, { type: 'hide', event: eventById(draft, id).ref });

export const deleteEvent = (draft: Draft, id: string) =>
  applyTo(draft, { type: 'delete', event: eventById(draft, id).ref });

export const restoreEvent = (draft: Draft, id: string) =>
  applyTo(draft, { type: 'restore', event: eventById(draft, id).ref });

/** Adds an event (see selection.ts for one made from selected words); its id is the new event's. */
export function addEvent(draft: Draft, event: AddedEvent): { draft: Draft; id: string } {
  const id = nextId(draft, 'a');
  return { draft: applyTo(draft, { type: 'add', id, event }), id };
}

/** Merges event `fromId` into `intoId` (the same happening told twice): `intoId` keeps its label and date. */
export function mergeEvents(draft: Draft, intoId: string, fromId: string): Draft {
  return applyTo(draft, {
    type: 'merge',
    id: nextId(draft, 'm'),
    into: eventById(draft, intoId).ref,
    from: eventById(draft, fromId).ref,
  });
}

/** Splits a merge (by its id, from `DraftEvent.merges`): only what was merged can be split. */
export const unmerge = (draft: Draft, merge: string) => applyTo(draft, { type: 'unmerge', merge });

export function savedEdits(draft: Draft): SavedEdits {
  return { edits: [...draft.edits], undone: [...draft.undone] };
}
