/**
 * Curating an EventList by hand: a draft of edits over an extraction, pure and DOM-free, so that a CMS
 * can offer the same curation as `<news-timeline-editor>` with a UI of its own. Importable as
 * `news-timeline/editor`. None of it is loaded by the reader bundles.
 */
export * from './types.js';
export { applyEdits, describeEdit, locate, MAX_LABEL_LENGTH } from './apply.js';
export {
  addEvent,
  applyTo,
  canRedo,
  canUndo,
  createDraft,
  deleteEvent,
  discard,
  eventById,
  hideEvent,
  mergeEvents,
  rebase,
  redo,
  restoreEvent,
  savedEdits,
  setDate,
  setEdges,
  setGranularity,
  setLabel,
  undo,
  unmerge,
  type Draft,
  type SavedEdits,
} from './draft.js';
export { readDate, unitAt, type DateReadingResult } from './read-date.js';
export { extractedRefs, refKey } from './refs.js';
export {
  addedFromProposal,
  proposeFromSelection,
  MAX_SELECTION,
  type SelectionProposal,
  type SelectionResult,
} from './selection.js';
export { browserStorage, discardEdits, draftKey, loadEdits, saveEdits, type DraftStorage } from './storage.js';
