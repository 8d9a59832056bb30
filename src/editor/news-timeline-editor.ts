import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { EventList, Granularity, TimelineEvent, TimexMod } from '../extract/types.js';
import { parseFloating } from '../timeline/layout/dates.js';
import { describeDate } from '../timeline/layout/human-date.js';
import { resolveLang } from '../timeline/layout/intl.js';
import { validateEventList } from '../timeline/validation-messages.js';
import { describeEdit } from './apply.js';
import {
  addEvent,
  canRedo,
  canUndo,
  createDraft,
  deleteEvent,
  discard,
  hideEvent,
  mergeEvents,
  rebase,
  redo,
  restoreEvent,
  setDate,
  setEdges,
  setGranularity,
  setLabel,
  undo,
  unmerge,
  type Draft,
} from './draft.js';
import type {
  NewsTimelineEditorChangeDetail,
  NewsTimelineEditorDroppedDetail,
  NewsTimelineEditorSelectDetail,
} from './events.js';
import { readDate, type DateReadingResult } from './read-date.js';
import { quote } from './refs.js';
import { addedFromProposal, proposeFromSelection, type SelectionProposal } from './selection.js';
import { browserStorage, discardEdits, draftKey, loadEdits, saveEdits, type DraftStorage } from './storage.js';
import { editorStyles } from './styles.js';
import { textareaToText, textareaValue } from './text-offsets.js';
import { EditError, type DraftEvent, type DroppedEdit, type Edit } from './types.js';

export type * from './events.js';

const GRANULARITY_LABELS: [Granularity, string][] = [
  ['century', 'Century'],
  ['decade', 'Decade'],
  ['year', 'Year'],
  ['half', 'Half-year'],
  ['quarter', 'Quarter'],
  ['season', 'Season'],
  ['month', 'Month'],
  ['week', 'Week'],
  ['day', 'Day'],
  ['partOfDay', 'Part of a day'],
  ['hour', 'Hour'],
  ['minute', 'Minute'],
];
const EDGE_LABELS: [TimexMod | '', string][] = [
  ['', 'Exact edges'],
  ['START', 'Early (vague end)'],
  ['MID', 'Mid- (vague edges)'],
  ['END', 'Late (vague start)'],
  ['APPROX', 'Around (vague edges)'],
];
const LOADED = 'Extraction loaded';
const FIELD_WORDS: Record<string, string> = {
  label: 'label',
  from: 'date',
  to: 'date',
  granularity: 'granularity',
  mod: 'edges',
  ongoing: 'date',
  actors: 'actors',
};

const isTextEntry = (el: Element | null) =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLTextAreaElement && el.getAttribute('aria-readonly') !== 'true');

// The article's text area is left editable for the browser (a readonly one gets no keyboard caret in
// Chromium, so Shift+arrows could not select words) and refuses every change itself.
const refuseInput = (e: Event) => e.preventDefault();

/**
 * Curation of an EventList by hand, for a newsroom or a CMS: correct what extraction got wrong, then
 * publish the corrected list (`value`, and every `news-timeline-editor-change`).
 *
 * Give it the extraction (`.data`, an EventList with its article text). Each event can be relabelled,
 * re-dated by a typed date or phrase (read against the publication date by the extraction's engine,
 * shown before it is applied), given another granularity or vague edges, hidden, deleted and restored,
 * and merged with another telling of the same happening (and split again). Select words in the
 * article text to add an event: the selection's time phrase dates it, else the author types a date.
 * Every step can be undone (Undo/Redo, or Ctrl+Z / Ctrl+Shift+Z outside text fields). The draft is kept
 * per article in `storage` (localStorage by default) and replayed on a new extraction: edits whose
 * sentences are gone are dropped and listed. Every control is a native button, field or list: it works
 * from the keyboard. Text is only ever rendered as text.
 *
 * @tag news-timeline-editor
 *
 * @fires news-timeline-editor-change - The corrected list changed (an edit, undo, redo, discard, a draft restored or replayed on a new extraction). `detail: {list, action, edits, canUndo, canRedo}`. Bubbles, composed.
 * @fires news-timeline-editor-dropped - Edits no longer apply to a new extraction (the text changed) and were dropped. `detail: {dropped}`: each `{edit, description, reason}`. Bubbles, composed.
 * @fires news-timeline-editor-select - An event's form opened or closed. `detail: {event}` (as the corrected list has it, or null). Bubbles, composed.
 *
 * @csspart toolbar - Undo, Redo, Discard edits and the status line.
 * @csspart notice - The list of edits dropped by a new extraction, and error messages.
 * @csspart events - The list of events.
 * @csspart event - One event's row (`data-event-id`, the event's id).
 * @csspart form - The editing form of an event.
 * @csspart preview - What a typed date reads as, before it is applied.
 * @csspart deleted - The deleted events, to restore.
 * @csspart article - The article text to select words from, and the form of the event to add.
 * @csspart state - The empty and error messages.
 *
 * @cssproperty [--news-timeline-background=#ffffff (dark: #15171b)] - Background.
 * @cssproperty [--news-timeline-color=#1d2330 (dark: #e8eaed)] - Text colour.
 * @cssproperty [--news-timeline-muted-color=#5b6472 (dark: #a3abb8)] - Hints, dates, borders of fields.
 * @cssproperty [--news-timeline-grid-color=#e3e6eb (dark: #2b3039)] - Separators and button borders.
 * @cssproperty [--news-timeline-event-color=#1f5fcc (dark: #7fb0ff)] - Main buttons and the edited badge.
 * @cssproperty [--news-timeline-published-color=#b42318 (dark: #ff8a80)] - Delete buttons, errors, dropped edits.
 * @cssproperty [--news-timeline-focus-color=#0b57d0 (dark: #8ab4f8)] - Focus rings.
 * @cssproperty [--news-timeline-mark-color=#fff1a8 (dark: #5c4d00)] - Highlight of the time phrase.
 * @cssproperty [--news-timeline-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--news-timeline-font-size=13px] - Font size.
 * @cssproperty [--news-timeline-border-radius=6px] - Corner radius of fields and buttons.
 */
export class NewsTimelineEditor extends LitElement {
  static override styles = editorStyles;

  /** The extraction to curate: an EventList (version 1 or 2) with its article text. */
  @property({ attribute: false }) data: EventList | null = null;

  /** Where drafts are kept; by default the page's localStorage (null where it cannot be used). Null: kept nowhere. */
  @property({ attribute: false }) storage: DraftStorage | null = browserStorage();

  /** Storage key of this article's draft; by default one made from the article's title and date (or its text). */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;

  /** Id of the event whose form is open (reflected); setting it opens that form without moving focus. */
  @property({ reflect: true }) selected: string | null = null;

  /** Language of dates (BCP 47); inherited from the nearest `lang` ancestor, else en-GB. */
  @property() override lang = '';

  @state() private _draft: Draft | null = null;
  @state() private _error = '';
  @state() private _notice = '';
  @state() private _dropped: DroppedEdit[] = [];
  @state() private _status = '';
  @state() private _confirmDiscard = false;
  @state() private _label = '';
  @state() private _phrase = '';
  @state() private _reading: DateReadingResult | null = null;
  @state() private _granularity: Granularity = 'day';
  @state() private _edges: TimexMod | '' = '';
  @state() private _mergeWith = '';
  @state() private _adding: SelectionProposal | null = null;
  @state() private _addLabel = '';
  @state() private _addPhrase = '';
  @state() private _addReading: DateReadingResult | null = null;

  #key: string | null = null;
  #lang = 'en-GB';
  #focusAfterUpdate: string | null = null;
  /** The form opens from its Edit button (focus goes into it), not from `selected` set by the page. */
  #focusForm = false;

  /** The corrected EventList (version 2, with provenance), or null before `data` is set or when it is invalid. */
  get value(): EventList | null {
    return this._draft?.view.list ?? null;
  }

  /** The draft's log of edits (JSON-serialisable), oldest first. */
  get edits(): readonly Edit[] {
    return this._draft?.edits ?? [];
  }

  /** Undoes the last edit. */
  undo(): void {
    if (this._draft && canUndo(this._draft)) {
      const last = this._draft.edits.at(-1)!;
      this.#commit(undo(this._draft), `Undone: ${this.#describe(last)}`);
      this.#keepFocus('#undo', canUndo(this._draft), '#redo');
    }
  }

  /** Redoes the last undone edit. */
  redo(): void {
    if (!this._draft || !canRedo(this._draft)) return;
    const next = this._draft.undone.at(-1)!;
    try {
      this.#commit(redo(this._draft), `Redone: ${this.#describe(next)}`);
      this.#keepFocus('#redo', canRedo(this._draft), '#undo');
    } catch (error) {
      this.#fail(error, () => ({ ...this._draft!, undone: [] }));
    }
  }

  /** When the focused control `selector` is about to be disabled (`stillEnabled` false), focus moves to `other`. */
  #keepFocus(selector: string, stillEnabled: boolean, other: string): void {
    if (!stillEnabled && this.shadowRoot?.activeElement === this.renderRoot.querySelector(selector))
      this.#focusAfterUpdate = other;
  }

  /** Forgets every edit of this article: the extraction as it was. */
  discard(): void {
    if (!this._draft) return;
    this._confirmDiscard = false;
    if (this.storage && this.#key) discardEdits(this.storage, this.#key);
    this._dropped = [];
    this.#commit(discard(this._draft), 'Edits discarded: the timeline is the extraction again');
    this.#focusAfterUpdate = '#events-heading';
  }

  /**
   * Opens the form of a new event made from `text.slice(start, end)` of the article (UTF-16 offsets),
   * as the "Add event from selection" button does with the text area's selection.
   */
  addFromSelection(start: number, end: number): boolean {
    if (!this._draft) return false;
    const result = proposeFromSelection(this._draft.base, start, end);
    if (!result.ok) {
      this._notice = result.message;
      return false;
    }
    this._notice = '';
    this.#closeForm(false);
    this._adding = result.proposal;
    this._addLabel = result.proposal.label;
    this._addPhrase = result.proposal.reading ? result.proposal.reading.phrase : '';
    this._addReading = result.proposal.reading ? { ok: true, reading: result.proposal.reading } : null;
    this.#focusAfterUpdate = '#add-label';
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeydown);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('keydown', this.#onKeydown);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.hasUpdated)
      this.#lang = resolveLang(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang'));
    if (changed.has('data') || changed.has('storageKey') || changed.has('storage')) this.#load(changed.get('data'));
    if (changed.has('selected') && this.selected !== (changed.get('selected') ?? null)) this.#openForm(this.selected);
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate)?.focus();
      this.#focusAfterUpdate = null;
    }
  }

  /** A new extraction: this article's saved draft, or the current draft replayed on it, or a fresh one. */
  #load(previous: EventList | null | undefined): void {
    const data = this.data;
    this._error = '';
    if (!data) {
      this._draft = null;
      this.#key = null;
      return;
    }
    const checked = validateEventList(data);
    if (!checked.ok) {
      this._draft = null;
      this.#key = null;
      this._error = `This event list cannot be edited: ${checked.message}.`;
      return;
    }
    const base = checked.list;
    const key = this.storageKey ?? draftKey(base.article);
    const current = this._draft;
    let result: ReturnType<typeof createDraft>;
    let action: string;
    const saved = this.storage && key !== this.#key ? loadEdits(this.storage, key) : null;
    if (current && key === this.#key) {
      result = rebase(current, base);
      action = 'The article changed: edits replayed on the new extraction';
    } else if (saved) {
      result = createDraft(base, saved);
      action = 'Draft restored from this browser';
    } else if (
      current?.edits.length &&
      previous &&
      (previous.article.title ?? '') === (base.article.title ?? '') &&
      previous.article.published === base.article.published
    ) {
      // the same untitled article with another text: its draft comes along
      if (this.storage && this.#key) discardEdits(this.storage, this.#key);
      result = rebase(current, base);
      action = 'The article changed: edits replayed on the new extraction';
    } else {
      result = createDraft(base);
      action = LOADED;
    }
    this.#key = key;
    this._draft = result.draft;
    this._dropped = result.dropped;
    this._confirmDiscard = false;
    if (this.selected && !result.draft.view.events.some((e) => e.id === this.selected)) this.selected = null;
    if (this._adding) this._adding = null;
    if (result.dropped.length)
      this.dispatchEvent(
        new CustomEvent(
          'news-timeline-editor-dropped',
          this.#init<NewsTimelineEditorDroppedDetail>({ dropped: result.dropped }),
        ),
      );
    this.#changed(action);
  }

  /** Event options of every event the element fires: bubbles and composed. */
  #init<T>(detail: T): CustomEventInit<T> {
    return { detail, bubbles: true, composed: true };
  }

  #describe(edit: Draft['edits'][number]): string {
    return describeEdit(edit, this._draft?.edits ?? []);
  }

  /** A step done: the new draft, saved, announced and emitted. */
  #commit(draft: Draft, action: string): void {
    this._draft = draft;
    this.#changed(action);
  }

  #changed(action: string): void {
    const draft = this._draft!;
    const saved = this.storage && this.#key ? saveEdits(this.storage, this.#key, draft) : false;
    const count = draft.edits.length;
    const edits = count === 0 ? 'No edits' : count === 1 ? '1 edit' : `${count} edits`;
    this._status =
      action === LOADED && !count
        ? 'No edits yet.'
        : `${action}. ${edits}${saved && count ? ', kept in this browser' : ''}.`;
    this.dispatchEvent(
      new CustomEvent(
        'news-timeline-editor-change',
        this.#init<NewsTimelineEditorChangeDetail>({
          list: draft.view.list,
          action,
          edits: count,
          canUndo: canUndo(draft),
          canRedo: canRedo(draft),
        }),
      ),
    );
  }

  /** Runs a draft action; an EditError becomes a message (and `recover` the draft, if given). */
  #act(run: (draft: Draft) => Draft, action: string): boolean {
    if (!this._draft) return false;
    try {
      this.#commit(run(this._draft), action);
      this._notice = '';
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  #fail(error: unknown, recover?: () => Draft): void {
    if (!(error instanceof EditError)) throw error;
    this._notice = `That cannot be done: ${error.message}.`;
    if (recover) this._draft = recover();
  }

  #event(id: string | null): DraftEvent | undefined {
    return id ? this._draft?.view.events.find((e) => e.id === id) : undefined;
  }

  #openForm(id: string | null): void {
    const item = this.#event(id);
    if (!item || (item.status !== 'shown' && item.status !== 'hidden')) {
      if (this.selected !== null) this.selected = null;
      return;
    }
    this._label = item.event.label;
    this._phrase = '';
    this._reading = null;
    this._granularity = item.event.granularity;
    this._edges = (item.event.mod ?? '') as TimexMod | '';
    this._mergeWith = '';
    this._adding = null;
    if (this.#focusForm) this.#focusAfterUpdate = `#label-${CSS.escape(item.id)}`;
    this.#focusForm = false;
    this.dispatchEvent(
      new CustomEvent('news-timeline-editor-select', this.#init<NewsTimelineEditorSelectDetail>({ event: item.event })),
    );
  }

  #toggleForm(id: string): void {
    if (this.selected === id) this.#closeForm(true);
    else {
      this.#focusForm = true;
      this.selected = id;
    }
  }

  #closeForm(focusRow: boolean): void {
    const id = this.selected;
    if (id === null) return;
    this.selected = null;
    if (focusRow) this.#focusAfterUpdate = `#edit-${CSS.escape(id)}`;
    this.dispatchEvent(
      new CustomEvent('news-timeline-editor-select', this.#init<NewsTimelineEditorSelectDetail>({ event: null })),
    );
  }

  #onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      if (this._adding) {
        this._adding = null;
        this.#focusAfterUpdate = '#add-selection';
        e.stopPropagation();
      } else if (this.selected) {
        this.#closeForm(true);
        e.stopPropagation();
      }
      return;
    }
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    const active = this.shadowRoot?.activeElement ?? null;
    if (isTextEntry(active)) return; // a field's own undo
    e.preventDefault();
    if (key === 'y' || e.shiftKey) this.redo();
    else this.undo();
  };

  #dateText(event: TimelineEvent): string {
    const start = parseFloating(event.from);
    const end = parseFloating(event.to);
    if (Number.isNaN(start) || Number.isNaN(end)) return `${event.from} – ${event.to}`;
    return describeDate(
      {
        start,
        end,
        granularity: event.granularity,
        ...(event.mod && { mod: event.mod }),
        ongoing: Boolean(event.ongoing),
      },
      this.#lang,
    );
  }

  #badge(item: DraftEvent): TemplateResult | typeof nothing {
    const provenance = item.event.provenance;
    const parts: string[] = [];
    let kind = '';
    if (provenance?.origin === 'added') {
      parts.push('Added by hand');
      kind = 'added';
    } else if (provenance?.origin === 'edited') {
      const fields = [...new Set((provenance.fields ?? []).map((f) => FIELD_WORDS[f] ?? f))];
      if (fields.length) parts.push(`Edited: ${fields.join(', ')}`);
      kind = 'edited';
    }
    if (item.merges.length)
      parts.push(`Merged with ${item.merges.length === 1 ? '1 other' : `${item.merges.length} others`}`);
    if (item.status === 'hidden') parts.push('Hidden');
    if (!parts.length) return nothing;
    return html`<span class="badge ${kind}">${parts.join(' · ')}</span>`;
  }

  // Handlers (one step each)

  #applyLabel(e: Event, id: string): void {
    e.preventDefault();
    this.#act((d) => setLabel(d, id, this._label), 'Label changed');
  }

  #previewDate(phrase: string): void {
    this._phrase = phrase;
    this._reading = phrase.trim() ? readDate(phrase, this._draft?.base.article.published ?? null) : null;
  }

  #applyDate(e: Event, id: string): void {
    e.preventDefault();
    const reading = this._reading;
    if (!reading?.ok) {
      this._reading = readDate(this._phrase, this._draft?.base.article.published ?? null);
      return;
    }
    if (this.#act((d) => setDate(d, id, reading.reading), `Date set to “${reading.reading.phrase}”`)) {
      this._phrase = '';
      this._reading = null;
      this.#syncForm(id);
    }
  }

  #applyGranularity(e: Event, id: string): void {
    e.preventDefault();
    const granularity = this._granularity;
    if (this.#act((d) => setGranularity(d, id, granularity), `Granularity set to ${granularity}`)) this.#syncForm(id);
  }

  #applyEdges(e: Event, id: string): void {
    e.preventDefault();
    const mod = this._edges || null;
    const words = EDGE_LABELS.find(([m]) => m === this._edges)?.[1] ?? 'Exact edges';
    if (this.#act((d) => setEdges(d, id, mod), `Edges set: ${words.toLowerCase()}`)) this.#syncForm(id);
  }

  #applyMerge(e: Event, id: string): void {
    e.preventDefault();
    const other = this._mergeWith;
    if (!other) {
      this._notice = 'Choose the event to merge with this one first.';
      return;
    }
    const label = this.#event(other)?.event.label ?? other;
    if (this.#act((d) => mergeEvents(d, id, other), `Merged ${quote(label, 40)} into this event`)) this._mergeWith = '';
  }

  #unmerge(id: string, merge: string, label: string): void {
    if (this.#act((d) => unmerge(d, merge), `Split ${quote(label, 40)} out again`))
      this.#focusAfterUpdate = `#merge-${CSS.escape(id)}`;
  }

  /** The form's fields after a step changed the event. */
  #syncForm(id: string): void {
    const item = this.#event(id);
    if (!item) return;
    this._granularity = item.event.granularity;
    this._edges = (item.event.mod ?? '') as TimexMod | '';
  }

  #hideOrShow(item: DraftEvent): void {
    if (item.status === 'hidden')
      this.#act((d) => restoreEvent(d, item.id), `Shown again: ${quote(item.event.label, 40)}`);
    else this.#act((d) => hideEvent(d, item.id), `Hidden: ${quote(item.event.label, 40)}`);
  }

  #delete(item: DraftEvent): void {
    const rows = this._draft!.view.events.filter((e) => e.status === 'shown' || e.status === 'hidden');
    const at = rows.findIndex((e) => e.id === item.id);
    const next = rows[at + 1] ?? rows[at - 1];
    if (!this.#act((d) => deleteEvent(d, item.id), `Deleted: ${quote(item.event.label, 40)}`)) return;
    if (this.selected === item.id) this.#closeForm(false);
    this.#focusAfterUpdate = next ? `#edit-${CSS.escape(next.id)}` : '#events-heading';
  }

  #restore(item: DraftEvent): void {
    if (this.#act((d) => restoreEvent(d, item.id), `Restored: ${quote(item.event.label, 40)}`))
      this.#focusAfterUpdate = `#edit-${CSS.escape(item.id)}`;
  }

  #addSelection(): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#article-text');
    if (!area || !this._draft) return;
    const toText = textareaToText(this._draft.base.article.text);
    this.addFromSelection(toText(area.selectionStart), toText(area.selectionEnd));
  }

  /** Puts back the article text if a change got past `beforeinput` (a browser that does not cancel it). */
  #keepArticleText(area: HTMLTextAreaElement): void {
    const text = textareaValue(this._draft?.base.article.text ?? '');
    if (area.value === text) return;
    const at = Math.min(area.selectionStart, text.length);
    area.value = text;
    area.setSelectionRange(at, at);
  }

  #previewAddDate(phrase: string): void {
    this._addPhrase = phrase;
    const own = this._adding?.reading;
    this._addReading =
      own && phrase === own.phrase
        ? { ok: true, reading: own }
        : phrase.trim()
          ? readDate(phrase, this._draft?.base.article.published ?? null)
          : null;
  }

  #confirmAdd(e: Event): void {
    e.preventDefault();
    const proposal = this._adding;
    if (!proposal || !this._draft) return;
    if (!this._addReading?.ok) {
      this._addReading = readDate(this._addPhrase, this._draft.base.article.published);
      this.#focusAfterUpdate = '#add-date';
      return;
    }
    const reading = this._addReading.reading;
    let id = '';
    const added = this.#act(
      (d) => {
        const result = addEvent(d, addedFromProposal(proposal, this._addLabel, reading));
        id = result.id;
        return result.draft;
      },
      `Added ${quote(this._addLabel, 40)}`,
    );
    if (!added) return;
    this._adding = null;
    this.#focusAfterUpdate = `#edit-${CSS.escape(id)}`;
  }

  // Rendering

  #renderPreview(result: DateReadingResult | null, id: string): TemplateResult {
    if (!result)
      return html`<div class="preview" part="preview" id=${id} aria-live="polite">
        Type a date or a phrase, then check what it reads as.
      </div>`;
    if (!result.ok)
      return html`<div class="preview bad" part="preview" id=${id} aria-live="polite">${result.message}</div>`;
    const r = result.reading;
    const when = this.#dateText({
      from: r.from,
      to: r.to,
      granularity: r.granularity,
      mod: r.mod,
      ongoing: r.ongoing,
    } as TimelineEvent);
    return html`<div class="preview" part="preview" id=${id} aria-live="polite">
      <dl>
        <dt>Reads</dt>
        <dd>“${r.matched}” as ${when}</dd>
        <dt>Value</dt>
        <dd>${r.value}${r.mod ? ` (${r.mod})` : ''}</dd>
        <dt>From, to</dt>
        <dd>${r.from} to ${r.to}${r.ongoing ? ' (ongoing)' : ''}</dd>
        <dt>Why</dt>
        <dd>${r.why}</dd>
      </dl>
    </div>`;
  }

  #renderForm(item: DraftEvent): TemplateResult {
    const id = item.id;
    const draft = this._draft!;
    const others = draft.view.events.filter((e) => e.id !== id && (e.status === 'shown' || e.status === 'hidden'));
    const edges = EDGE_LABELS.some(([m]) => m === this._edges)
      ? EDGE_LABELS
      : [...EDGE_LABELS, [this._edges, `${this._edges} (as extracted)`] as [TimexMod, string]];
    const original = item.original;
    return html`<div class="form" part="form" id=${`form-${id}`} role="group" aria-label=${`Edit ${item.event.label}`}>
      <form @submit=${(e: Event) => this.#applyLabel(e, id)}>
        <label for=${`label-${id}`}>Label</label>
        <input
          id=${`label-${id}`}
          type="text"
          autocomplete="off"
          .value=${live(this._label)}
          @input=${(e: Event) => (this._label = (e.target as HTMLInputElement).value)}
        />
        <button type="submit">Apply label</button>
      </form>
      <form @submit=${(e: Event) => this.#applyDate(e, id)}>
        <label for=${`date-${id}`}>New date</label>
        <input
          id=${`date-${id}`}
          type="text"
          autocomplete="off"
          placeholder="mid-2013, the Saturday before, 15 June 2013"
          aria-describedby=${`preview-${id}`}
          .value=${live(this._phrase)}
          @input=${(e: Event) => this.#previewDate((e.target as HTMLInputElement).value)}
        />
        <button type="submit" ?disabled=${!this._reading?.ok}>Apply date</button>
        ${this.#renderPreview(this._reading, `preview-${id}`)}
      </form>
      <form @submit=${(e: Event) => this.#applyGranularity(e, id)}>
        <label for=${`granularity-${id}`}>Granularity</label>
        <select
          id=${`granularity-${id}`}
          @change=${(e: Event) => (this._granularity = (e.target as HTMLSelectElement).value as Granularity)}
        >
          ${GRANULARITY_LABELS.map(([value, label]) => html`<option value=${value} ?selected=${value === this._granularity}>${label}</option>`)}
        </select>
        <button type="submit">Apply granularity</button>
      </form>
      <form @submit=${(e: Event) => this.#applyEdges(e, id)}>
        <label for=${`edges-${id}`}>Edges</label>
        <select
          id=${`edges-${id}`}
          @change=${(e: Event) => (this._edges = (e.target as HTMLSelectElement).value as TimexMod | '')}
        >
          ${edges.map(([value, label]) => html`<option value=${value} ?selected=${value === this._edges}>${label}</option>`)}
        </select>
        <button type="submit">Apply edges</button>
      </form>
      ${
        others.length
          ? html`<form @submit=${(e: Event) => this.#applyMerge(e, id)}>
              <label for=${`merge-${id}`}>Same happening as</label>
              <select
                id=${`merge-${id}`}
                @change=${(e: Event) => (this._mergeWith = (e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${this._mergeWith === ''}>Choose an event…</option>
                ${others.map(
                  (o) =>
                    html`<option value=${o.id} ?selected=${o.id === this._mergeWith}>
                      ${quote(o.event.label, 60)} (${this.#dateText(o.event)})
                    </option>`,
                )}
              </select>
              <button type="submit">Merge into this</button>
            </form>`
          : nothing
      }
      ${
        item.merges.length
          ? html`<span class="cell-label cell" id=${`merged-${id}`}>Merged</span>
              <ul class="merges cell" aria-labelledby=${`merged-${id}`}>
                ${item.merges.map((m) => {
                  const label = this.#event(m.event)?.event.label ?? m.event;
                  return html`<li>
                    ${quote(label, 60)}
                    <button type="button" @click=${() => this.#unmerge(id, m.merge, label)}>Split out</button>
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      ${
        original
          ? html`<p class="original">Extracted as ${quote(original.label, 80)}, ${this.#dateText(original)}.</p>`
          : nothing
      }
      <blockquote>${item.event.sentence.text}</blockquote>
      <button type="button" class="done" @click=${() => this.#closeForm(true)}>Done</button>
    </div>`;
  }

  #renderRow(item: DraftEvent): TemplateResult {
    const open = this.selected === item.id;
    const id = item.id;
    return html`<li class="event ${item.status}" part="event" data-event-id=${id}>
      <div class="row">
        <div class="summary">
          <span class="label" id=${`name-${id}`}>${item.event.label}</span>${this.#badge(item)}
          <span class="when">${this.#dateText(item.event)}</span>
        </div>
        <div class="actions">
          <button
            type="button"
            id=${`edit-${id}`}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? `form-${id}` : nothing}
            aria-describedby=${`name-${id}`}
            @click=${() => this.#toggleForm(id)}
          >
            ${open ? 'Close' : 'Edit'}
          </button>
          <button
            type="button"
            id=${`hide-${id}`}
            aria-describedby=${`name-${id}`}
            @click=${() => this.#hideOrShow(item)}
          >
            ${item.status === 'hidden' ? 'Show' : 'Hide'}
          </button>
          <button type="button" class="danger" aria-describedby=${`name-${id}`} @click=${() => this.#delete(item)}>
            Delete
          </button>
        </div>
      </div>
      ${open ? this.#renderForm(item) : nothing}
    </li>`;
  }

  #renderAddForm(proposal: SelectionProposal): TemplateResult {
    const text = this._draft!.base.article.text;
    const phrase = proposal.phrase;
    const selected =
      phrase && phrase.start >= proposal.start && phrase.end <= proposal.end
        ? html`${text.slice(proposal.start, phrase.start)}<mark>${phrase.text}</mark>${text.slice(phrase.end, proposal.end)}`
        : html`${proposal.text}`;
    return html`<div class="form" role="group" aria-labelledby="add-heading">
      <h3 id="add-heading" tabindex="-1">New event</h3>
      <blockquote>${selected}</blockquote>
      <p class="hint">${proposal.message}</p>
      <form @submit=${(e: Event) => this.#confirmAdd(e)}>
        <label for="add-label">Label</label>
        <input
          id="add-label"
          type="text"
          autocomplete="off"
          .value=${live(this._addLabel)}
          @input=${(e: Event) => (this._addLabel = (e.target as HTMLInputElement).value)}
        />
        <span class="cell"></span>
        <label for="add-date">Date</label>
        <input
          id="add-date"
          type="text"
          autocomplete="off"
          placeholder="mid-2013, last Saturday, 15 June 2013"
          aria-describedby="add-preview"
          .value=${live(this._addPhrase)}
          @input=${(e: Event) => this.#previewAddDate((e.target as HTMLInputElement).value)}
        />
        <span class="cell"></span>
        ${this.#renderPreview(this._addReading, 'add-preview')}
        <div class="actions cell">
          <button type="submit" class="primary" ?disabled=${!this._addReading?.ok || !this._addLabel.trim()}>
            Add event
          </button>
          <button
            type="button"
            @click=${() => {
              this._adding = null;
              this.#focusAfterUpdate = '#add-selection';
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </div>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    if (!this._notice && !this._dropped.length) return nothing;
    return html`<div class="notice" part="notice" role="alert">
      ${this._notice ? html`<p>${this._notice}</p>` : nothing}
      ${
        this._dropped.length
          ? html`<p>
                ${this._dropped.length === 1 ? 'One edit no longer applies' : `${this._dropped.length} edits no longer apply`}
                to the article's new text and ${this._dropped.length === 1 ? 'was' : 'were'} dropped:
              </p>
              <ul>
                ${this._dropped.map((d) => html`<li>${d.description}: ${d.reason}.</li>`)}
              </ul>`
          : nothing
      }
      <button
        type="button"
        @click=${() => {
          this._notice = '';
          this._dropped = [];
          this.#focusAfterUpdate = '#events-heading';
        }}
      >
        Dismiss
      </button>
    </div>`;
  }

  protected override render(): TemplateResult {
    if (this._error) return html`<p class="state error" part="state" role="alert">${this._error}</p>`;
    const draft = this._draft;
    if (!draft) return html`<p class="state" part="state">No event list to edit yet.</p>`;
    const rows = draft.view.events.filter((e) => e.status === 'shown' || e.status === 'hidden');
    const deleted = draft.view.events.filter((e) => e.status === 'deleted');
    const count = draft.edits.length;
    return html`
      <div class="toolbar" part="toolbar" role="group" aria-label="Edits">
        <button
          type="button"
          id="undo"
          ?disabled=${!canUndo(draft)}
          @click=${() => this.undo()}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          ?disabled=${!canRedo(draft)}
          @click=${() => this.redo()}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
        ${
          this._confirmDiscard
            ? html`<span class="confirm">
                <span id="discard-question">Discard all ${count === 1 ? 'the edit' : `${count} edits`}?</span>
                <button
                  type="button"
                  class="danger"
                  id="discard-yes"
                  aria-describedby="discard-question"
                  @click=${() => this.discard()}
                >
                  Discard
                </button>
                <button
                  type="button"
                  @click=${() => {
                    this._confirmDiscard = false;
                    this.#focusAfterUpdate = '#discard';
                  }}
                >
                  Keep
                </button>
              </span>`
            : html`<button
                type="button"
                id="discard"
                ?disabled=${count === 0}
                @click=${() => {
                  this._confirmDiscard = true;
                  this.#focusAfterUpdate = '#discard-yes';
                }}
              >
                Discard edits
              </button>`
        }
        <span class="status" role="status"
          >${this._status || (count ? `${count === 1 ? '1 edit' : `${count} edits`}.` : 'No edits yet.')}</span
        >
      </div>
      ${this.#renderNotice()}
      <h3 id="events-heading" tabindex="-1">Events (${draft.view.list.events.length} on the timeline)</h3>
      ${
        rows.length
          ? html`<ol class="events" part="events" aria-labelledby="events-heading">
              ${rows.map((item) => this.#renderRow(item))}
            </ol>`
          : html`<p class="state" part="state">No events: add one from the article below.</p>`
      }
      ${
        deleted.length
          ? html`<section part="deleted" aria-labelledby="deleted-heading">
              <h3 id="deleted-heading">Deleted (${deleted.length})</h3>
              <ul class="deleted-list">
                ${deleted.map(
                  (item) =>
                    html`<li>
                      <span class="label" id=${`name-${item.id}`}>${item.event.label}</span>
                      <button type="button" aria-describedby=${`name-${item.id}`} @click=${() => this.#restore(item)}>
                        Restore
                      </button>
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      <section part="article" aria-labelledby="article-heading">
        <h3 id="article-heading">Add an event from the article</h3>
        <label class="hint" for="article-text"
          >Select words of the article (with the mouse, or Shift and the arrow keys), then add them as an event.</label
        >
        <textarea
          id="article-text"
          aria-readonly="true"
          rows="8"
          spellcheck="false"
          autocomplete="off"
          .value=${textareaValue(draft.base.article.text)}
          @beforeinput=${refuseInput}
          @drop=${refuseInput}
          @input=${(e: Event) => this.#keepArticleText(e.target as HTMLTextAreaElement)}
        ></textarea>
        <div class="article-actions">
          <button type="button" id="add-selection" @click=${() => this.#addSelection()}>
            Add event from selection
          </button>
        </div>
        ${this._adding ? this.#renderAddForm(this._adding) : nothing}
      </section>
    `;
  }
}
