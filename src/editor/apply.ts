/**
 * Applying a log of edits to an extraction: the corrected EventList, with the provenance of every
 * event, and the state of each event for an editing UI. Pure: the same base and edits give the same
 * result. An edit that cannot apply throws an EditError before it changes anything, so a replay can
 * drop it and go on (see draft.ts, rebase).
 */
import { findActors } from '../extract/index.js';
import {
  EDITED_FIELDS,
  GRANULARITIES,
  TIMEX_MODS,
  type EditedField,
  type EventList,
  type Granularity,
  type Provenance,
  type TimelineEvent,
  type Timex,
  type TimexMod,
} from '../extract/types.js';
import { unitAt } from './read-date.js';
import { extractedRefs, isAdded, quote, refKey } from './refs.js';
import {
  EditError,
  type AddedEvent,
  type DateReading,
  type DraftEvent,
  type DraftView,
  type Edit,
  type EventRef,
  type EventStatus,
} from './types.js';

/** Longest label accepted: a label is a clause, not a paragraph. */
export const MAX_LABEL_LENGTH = 300;

/** The granularities and mods an edit may name (the EventList's own enumerations). */
export const GRANULARITY_NAMES: readonly Granularity[] = GRANULARITIES;
export const MOD_NAMES: readonly TimexMod[] = TIMEX_MODS;
const AXIS_DATE = /^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
const FINER_THAN_DAY: ReadonlySet<Granularity> = new Set(['partOfDay', 'hour', 'minute']);

interface Item {
  id: string;
  ref: EventRef;
  event: TimelineEvent;
  original?: TimelineEvent;
  status: EventStatus;
  mergedInto?: string;
  merges: { merge: string; key: string }[];
  /** The date was set by hand: the timex may take it (value and why). */
  date?: { value: string; why: string };
  /** A timex the added event brings (its phrase was not one of the extraction's). */
  timex?: Omit<Timex, 'id'>;
  seq: number;
}

export interface ReplayState {
  readonly base: EventList;
  readonly items: Map<string, Item>;
  readonly merges: Map<string, { into: string; from: string }>;
  /** Ids in use: the extraction's events and the adds. */
  readonly ids: Set<string>;
}

export function startReplay(base: EventList): ReplayState {
  const items = new Map<string, Item>();
  const refs = extractedRefs(base);
  base.events.forEach((event, i) => {
    const ref = refs[i]!;
    items.set(refKey(ref), {
      id: event.id,
      ref,
      event: { ...event, actors: [...event.actors] },
      original: event,
      status: 'shown',
      merges: [],
      seq: i,
    });
  });
  return { base, items, merges: new Map(), ids: new Set(base.events.map((e) => e.id)) };
}

function fail(message: string): never {
  throw new EditError(message);
}

/** The item an edit names, in one of `statuses`. */
function target(state: ReplayState, ref: unknown, statuses: readonly EventStatus[], doing: string): Item {
  const item = isRef(ref) ? state.items.get(refKey(ref)) : undefined;
  if (!item) fail(missingReason(state, ref));
  if (!statuses.includes(item.status)) fail(`cannot ${doing} an event that is ${statusWord(item.status)}`);
  return item;
}

function isRef(ref: unknown): ref is EventRef {
  if (typeof ref !== 'object' || ref === null) return false;
  const r = ref as Record<string, unknown>;
  if (typeof r.added === 'string') return true;
  return (
    typeof r.sentence === 'string' && typeof r.phrase === 'string' && Number.isInteger(r.at) && Number.isInteger(r.n)
  );
}

function missingReason(state: ReplayState, ref: unknown): string {
  if (!isRef(ref)) return 'it names no event';
  if (isAdded(ref)) return 'the event it changes is gone';
  if (!state.base.article.text.includes(ref.sentence)) return 'its sentence is no longer in the article';
  return 'its event is no longer found in its sentence';
}

const statusWord = (status: EventStatus) =>
  ({ shown: 'shown', hidden: 'hidden', deleted: 'deleted', merged: 'merged into another' })[status];

function checkLabel(label: unknown): string {
  if (typeof label !== 'string') fail('a label must be text');
  const clean = label.replace(/\s+/g, ' ').trim();
  if (!clean) fail('a label cannot be empty');
  if (clean.length > MAX_LABEL_LENGTH) fail(`a label has ${MAX_LABEL_LENGTH} characters at most`);
  return clean;
}

function checkReading(date: unknown): DateReading {
  const d = date as DateReading;
  if (
    typeof d !== 'object' ||
    d === null ||
    typeof d.phrase !== 'string' ||
    typeof d.matched !== 'string' ||
    typeof d.value !== 'string' ||
    typeof d.why !== 'string' ||
    typeof d.from !== 'string' ||
    typeof d.to !== 'string' ||
    !AXIS_DATE.test(d.from) ||
    !AXIS_DATE.test(d.to) ||
    !(d.from < d.to) ||
    !GRANULARITY_NAMES.includes(d.granularity) ||
    (d.mod !== undefined && !MOD_NAMES.includes(d.mod)) ||
    (d.ongoing !== undefined && typeof d.ongoing !== 'boolean')
  )
    fail('its date is not a date');
  return d;
}

function setDate(item: Item, date: DateReading): void {
  const event = item.event;
  event.from = date.from;
  event.to = date.to;
  event.granularity = date.granularity;
  if (date.mod) event.mod = date.mod;
  else delete event.mod;
  if (date.ongoing) event.ongoing = true;
  else delete event.ongoing;
  item.date = { value: date.value, why: `set by hand: “${date.phrase}”, ${date.why}` };
}

/** Where `sentence` is in `text`: at `hint` if it still is, else its nearest occurrence; -1 if gone. */
export function locate(text: string, sentence: string, hint: number): number {
  if (!sentence) return -1;
  if (text.startsWith(sentence, hint)) return hint;
  let best = -1;
  for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1))
    if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  return best;
}

function addedItem(state: ReplayState, id: unknown, added: AddedEvent, seq: number): Item {
  if (typeof id !== 'string' || !/^a\d+$/.test(id)) fail('it has no id');
  if (state.ids.has(id)) fail(`the id ${id} is taken`);
  if (typeof added !== 'object' || added === null || typeof added.sentence !== 'string') fail('it names no sentence');
  const text = state.base.article.text;
  const start = locate(text, added.sentence, Number.isInteger(added.sentenceStart) ? added.sentenceStart : 0);
  if (start < 0) fail('its sentence is no longer in the article');
  const length = added.sentence.length;
  const inSentence = (a: unknown, b: unknown) =>
    Number.isInteger(a) &&
    Number.isInteger(b) &&
    0 <= (a as number) &&
    (a as number) < (b as number) &&
    (b as number) <= length;
  if (!inSentence(added.start, added.end)) fail('its words are not in its sentence');
  if (added.phrase && !inSentence(added.phrase.start, added.phrase.end)) fail('its time phrase is not in its sentence');
  const label = checkLabel(added.label);
  const date = checkReading(added.date);
  const event: TimelineEvent = {
    id,
    label,
    timex: '',
    from: date.from,
    to: date.to,
    granularity: date.granularity,
    sentence: { start, end: start + length, text: added.sentence },
    actors: findActors(added.sentence),
    why: added.phrase
      ? 'Added by hand from the selected words.'
      : `Added by hand from the selected words; the date “${date.phrase}”: ${date.why}.`,
  };
  if (date.mod) event.mod = date.mod;
  if (date.ongoing) event.ongoing = true;
  const item: Item = { id, ref: { added: id }, event, status: 'shown', merges: [], seq };
  if (added.phrase) {
    const phraseStart = start + added.phrase.start;
    const phraseEnd = start + added.phrase.end;
    const existing = state.base.timexes.find((t) => t.start === phraseStart && t.end === phraseEnd);
    if (existing) event.timex = existing.id;
    else
      item.timex = {
        text: text.slice(phraseStart, phraseEnd),
        start: phraseStart,
        end: phraseEnd,
        type: FINER_THAN_DAY.has(date.granularity) ? 'TIME' : 'DATE',
        value: date.value,
        from: date.from,
        to: date.to,
        granularity: date.granularity,
        ...(date.mod && { mod: date.mod }),
        why: date.why,
      };
  }
  return item;
}

/** Applies one edit to the replay, or throws an EditError (and changes nothing). */
export function applyEdit(state: ReplayState, edit: Edit): void {
  if (typeof edit !== 'object' || edit === null) fail('it is not an edit');
  switch (edit.type) {
    case 'label': {
      const item = target(state, edit.event, ['shown', 'hidden'], 'relabel');
      item.event.label = checkLabel(edit.label);
      return;
    }
    case 'date': {
      const item = target(state, edit.event, ['shown', 'hidden'], 're-date');
      setDate(item, checkReading(edit.date));
      return;
    }
    case 'granularity': {
      const item = target(state, edit.event, ['shown', 'hidden'], 'change the granularity of');
      if (!GRANULARITY_NAMES.includes(edit.granularity)) fail('it names no granularity');
      const unit = unitAt(edit.granularity, item.event.from);
      if (!unit) fail('its date has no calendar unit');
      const event = item.event;
      const why = `set by hand to the ${edit.granularity === 'partOfDay' ? 'part of the day' : edit.granularity} holding ${event.from}`;
      event.granularity = edit.granularity;
      event.from = unit.from;
      // an ongoing interval still runs to the publication date
      if (!event.ongoing || !(event.to > unit.from)) {
        event.to = unit.to;
        delete event.ongoing;
      }
      item.date = { value: unit.value, why };
      return;
    }
    case 'mod': {
      const item = target(state, edit.event, ['shown', 'hidden'], 'change the edges of');
      if (edit.mod !== null && !MOD_NAMES.includes(edit.mod)) fail('it names no edges');
      if (edit.mod) item.event.mod = edit.mod;
      else delete item.event.mod;
      const value = item.date?.value ?? timexOf(state, item)?.value ?? '';
      item.date = { value, why: `edges set by hand (${edit.mod ?? 'exact'})` };
      return;
    }
    case 'hide':
      target(state, edit.event, ['shown'], 'hide').status = 'hidden';
      return;
    case 'delete':
      target(state, edit.event, ['shown', 'hidden'], 'delete').status = 'deleted';
      return;
    case 'restore':
      target(state, edit.event, ['hidden', 'deleted'], 'restore').status = 'shown';
      return;
    case 'add': {
      const item = addedItem(state, edit.id, edit.event, state.base.events.length + state.items.size);
      state.items.set(refKey(item.ref), item);
      state.ids.add(item.id);
      return;
    }
    case 'merge': {
      if (typeof edit.id !== 'string' || !/^m\d+$/.test(edit.id)) fail('it has no id');
      if (state.merges.has(edit.id)) fail(`the merge ${edit.id} exists`);
      const into = target(state, edit.into, ['shown', 'hidden'], 'merge into');
      const from = target(state, edit.from, ['shown', 'hidden'], 'merge');
      if (into === from) fail('an event cannot be merged with itself');
      const intoKey = refKey(into.ref);
      const fromKey = refKey(from.ref);
      from.status = 'merged';
      from.mergedInto = intoKey;
      into.merges.push({ merge: edit.id, key: fromKey });
      state.merges.set(edit.id, { into: intoKey, from: fromKey });
      return;
    }
    case 'unmerge': {
      const merge = typeof edit.merge === 'string' ? state.merges.get(edit.merge) : undefined;
      if (!merge) fail('it names no merge: only merged events can be split');
      const into = state.items.get(merge.into)!;
      const from = state.items.get(merge.from)!;
      from.status = 'shown';
      delete from.mergedInto;
      into.merges = into.merges.filter((m) => m.merge !== edit.merge);
      state.merges.delete(edit.merge);
      return;
    }
    default:
      fail('it is not an edit this version knows');
  }
}

function timexOf(state: ReplayState, item: Item): Timex | undefined {
  return state.base.timexes.find((t) => t.id === item.event.timex);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function changedFields(original: TimelineEvent, event: TimelineEvent): EditedField[] {
  return EDITED_FIELDS.filter((field) => {
    if (field === 'actors') return !sameList(original.actors, event.actors);
    if (field === 'ongoing') return Boolean(original.ongoing) !== Boolean(event.ongoing);
    return original[field] !== event[field];
  });
}

/** The corrected list and every event's state. */
export function finishReplay(state: ReplayState): DraftView {
  const items = [...state.items.values()].sort(
    (a, b) => a.event.sentence.start - b.event.sentence.start || a.seq - b.seq,
  );
  const byKey = state.items;
  // ids of the events merged into an item, depth first (a merged event may hold merges of its own)
  const mergedIds = (item: Item): string[] =>
    item.merges.flatMap((m) => {
      const from = byKey.get(m.key)!;
      return [from.id, ...mergedIds(from)];
    });
  const mergedActors = (item: Item): string[] =>
    item.merges.flatMap((m) => {
      const from = byKey.get(m.key)!;
      return [...from.event.actors, ...mergedActors(from)];
    });

  const output = new Map<Item, TimelineEvent>();
  for (const item of items) {
    const event: TimelineEvent = { ...item.event, actors: [...new Set([...item.event.actors, ...mergedActors(item)])] };
    const merged = mergedIds(item);
    let provenance: Provenance;
    if (!item.original) provenance = { origin: 'added' };
    else {
      const fields = changedFields(item.original, event);
      provenance = fields.length || merged.length ? { origin: 'edited' } : { origin: 'extracted' };
      if (fields.length) provenance.fields = fields;
      if (fields.includes('label')) event.why = 'The label was written by hand.';
    }
    if (merged.length) provenance.merged = merged;
    event.provenance = provenance;
    output.set(item, event);
  }

  const shown = items.filter((item) => item.status === 'shown');
  // A timex takes a date set by hand only when no other shown event reads it.
  const readers = new Map<string, number>();
  for (const item of shown) readers.set(item.event.timex, (readers.get(item.event.timex) ?? 0) + 1);
  const patches = new Map<string, Item>();
  for (const item of shown) if (item.date && readers.get(item.event.timex) === 1) patches.set(item.event.timex, item);
  const timexes: Timex[] = state.base.timexes.map((timex) => {
    const item = patches.get(timex.id);
    if (!item) return timex;
    const event = output.get(item)!;
    const patched: Timex = {
      ...timex,
      value: item.date!.value || timex.value,
      from: event.from,
      to: event.to,
      granularity: event.granularity,
      why: item.date!.why,
    };
    if (event.mod) patched.mod = event.mod;
    else delete patched.mod;
    return patched;
  });
  let next = 1 + Math.max(0, ...state.base.timexes.map((t) => Number(/^t(\d+)$/.exec(t.id)?.[1] ?? 0)));
  for (const item of shown) {
    if (!item.timex) continue;
    const id = `t${next++}`;
    timexes.push({ id, ...item.timex });
    output.get(item)!.timex = id;
  }
  timexes.sort((a, b) => a.start - b.start);

  const list: EventList = {
    ...state.base,
    version: 2,
    timexes,
    events: shown.map((item) => output.get(item)!),
  };
  const events: DraftEvent[] = items.map((item) => {
    const view: DraftEvent = {
      id: item.id,
      ref: item.ref,
      event: output.get(item)!,
      status: item.status,
      merges: item.merges.map((m) => ({ merge: m.merge, event: byKey.get(m.key)!.id })),
    };
    if (item.mergedInto) view.mergedInto = byKey.get(item.mergedInto)!.id;
    if (item.original) view.original = item.original;
    return view;
  });
  return { list, events };
}

/** Applies every edit (throws an EditError at the first that cannot apply). */
export function applyEdits(base: EventList, edits: readonly Edit[]): DraftView {
  const state = startReplay(base);
  for (const edit of edits) applyEdit(state, edit);
  return finishReplay(state);
}

/** A name of an event for people, from its ref and the log (added events are named by their label). */
function nameOf(ref: EventRef, edits: readonly Edit[]): string {
  if (!isRef(ref)) return 'an event';
  if (isAdded(ref)) {
    const add = edits.find((e): e is Extract<Edit, { type: 'add' }> => e.type === 'add' && e.id === ref.added);
    return add ? `the added event ${quote(add.event.label, 40)}` : 'an added event';
  }
  return ref.phrase
    ? `the event of ${quote(ref.phrase, 30)} in ${quote(ref.sentence, 50)}`
    : `the event in ${quote(ref.sentence, 50)}`;
}

/** One edit for people: 'Label “Talks collapsed” of the event of “Monday” in “Talks began…”'. */
export function describeEdit(edit: Edit, edits: readonly Edit[] = []): string {
  switch (edit.type) {
    case 'label':
      return `Label ${quote(String(edit.label), 40)} of ${nameOf(edit.event, edits)}`;
    case 'date':
      return `Date ${quote(String(edit.date?.phrase), 30)} of ${nameOf(edit.event, edits)}`;
    case 'granularity':
      return `Granularity ${edit.granularity} of ${nameOf(edit.event, edits)}`;
    case 'mod':
      return `Edges (${edit.mod ?? 'exact'}) of ${nameOf(edit.event, edits)}`;
    case 'hide':
      return `Hiding ${nameOf(edit.event, edits)}`;
    case 'delete':
      return `Deleting ${nameOf(edit.event, edits)}`;
    case 'restore':
      return `Restoring ${nameOf(edit.event, edits)}`;
    case 'add':
      return `The added event ${quote(String(edit.event?.label), 40)}`;
    case 'merge':
      return `Merging ${nameOf(edit.from, edits)} into ${nameOf(edit.into, edits)}`;
    case 'unmerge':
      return `Splitting merge ${edit.merge}`;
    default:
      return 'An edit this version does not know';
  }
}
