/**
 * Checks an incoming value against the EventList contract (src/extract/types.ts,
 * schema/event-list.schema.json) by hand: no schema engine, no eval, small. A test runs it beside a
 * JSON Schema validator on generated lists: what the schema rejects, this rejects or skips.
 *
 * - Not the EventList shape (a wrong type, a missing field, a field the contract does not define, a value
 *   outside an enumeration, a `published` that is not an ISO date) is fatal: the result names the field
 *   (`events[3].label`).
 * - An event that cannot be drawn is skipped and reported, the others kept: a `from`/`to` that is not a
 *   real date in the axis form (`2016-13-45`, `2016`), `from` not before `to`, or sentence offsets outside
 *   the article text. So is a timex whose `from`/`to` is not such a date or whose offsets are outside the
 *   text (`start` after `end`): its events are drawn without their phrase marked. Duplicate ids are accepted.
 *
 * Its checks are exported for the StoryEventList's validator (coverage/validate-story-event-list.ts).
 * A fatal problem is found here as facts (`InvalidProblem`); its sentence is written by
 * validation-messages.ts, which the element loads only when a list is bad (in the bundles a chunk of its
 * own) and which also exports `validateEventList`, this check with the sentence.
 */
import {
  EDITED_FIELDS,
  GRANULARITIES,
  PROVENANCE_ORIGINS,
  PUBLISHED_FROM,
  READABLE_EVENT_LIST_VERSIONS,
  TIMEX_MODS,
  TIMEX_TYPES,
  type ArticleInfo,
  type EventList,
  type Provenance,
  type TextSpan,
  type Timex,
  type TimelineEvent,
} from '../extract/types.js';
import { parseFloating } from './layout/dates.js';

/**
 * What made an event or timex unusable: `date`, a `from`/`to` that is not a real date in the axis form (the
 * JSON Schema rejects it too); `interval`, `from` not before `to`; `offsets`, a span outside the article text.
 */
export type SkipProblem = 'date' | 'interval' | 'offsets';

/** An event or timex left out, and why (as facts: validation-messages.ts `skipReason` words them). */
export interface SkippedItem {
  /** Position in the input `events` (or `timexes`) array. */
  index: number;
  id: string;
  problem: SkipProblem;
  /** The field at fault: `from`, `to`, `sentence`, `start`. */
  field: string;
  /** Its value as written (offsets as `start–end`). */
  value: string;
  /** `interval`: the `from` that `to` is before (none: they are equal); `offsets`: the text's length. */
  detail?: string;
  /** For people: "is not a real date written YYYY-MM-DD or YYYY-MM-DDTHH:mm" (set by `validateEventList`). */
  reason?: string;
}
export type SkippedEvent = SkippedItem;

/**
 * What makes a list not an EventList, as facts (validation-messages.ts words them): `object`, the value at
 * `field` is not an object; `unknown`, `field` is not in the contract; `missing`; `type`, the value is not
 * what `expected` names (an enumeration's values, or `string`, `boolean`, `integer`, `array`, `published`:
 * a date string or null); `version`, a version this element does not read; `published`, not an ISO date;
 * `said`, a sentence already written (the StoryEventList's validator's own).
 */
export type InvalidProblem =
  | { kind: 'object' | 'unknown' | 'missing' | 'version' | 'published'; value?: unknown }
  | { kind: 'type'; expected: Expected; value: unknown }
  | { kind: 'said'; message: string };
export type Expected = 'string' | 'boolean' | 'integer' | 'array' | 'published' | readonly string[];

export type CheckResult =
  | { ok: true; list: EventList; skipped: SkippedEvent[]; skippedTimexes: SkippedItem[] }
  | { ok: false; field: string; problem: InvalidProblem };

export const GRANULARITY_SET: ReadonlySet<string> = new Set(GRANULARITIES);
export const MOD_SET: ReadonlySet<string> = new Set(TIMEX_MODS);
export const TIMEX_TYPE_SET: ReadonlySet<string> = new Set(TIMEX_TYPES);
export const PUBLISHED_FROM_SET: ReadonlySet<string> = new Set(PUBLISHED_FROM);
const ORIGIN_SET: ReadonlySet<string> = new Set(PROVENANCE_ORIGINS);
const EDITED_FIELD_SET: ReadonlySet<string> = new Set(EDITED_FIELDS);

/** The field names of `T` in one string, every one of them (a name missing or unknown is a type error). */
export const fieldsOf =
  <T>() =>
  <const S extends string>(
    names: S & (Split<S> extends keyof T ? ([keyof T] extends [Split<S>] ? unknown : never) : never),
  ) =>
    new Set(names.split(' '));
type Split<S extends string> = S extends `${infer A} ${infer B}` ? A | Split<B> : S;
const LIST_FIELDS = fieldsOf<EventList>()('version article timexes events');
const ARTICLE_FIELDS = fieldsOf<ArticleInfo>()('title source published publishedFrom text');
const SPAN_FIELDS = fieldsOf<TextSpan>()('start end text');
const TIMEX_FIELDS = fieldsOf<Timex>()('id text start end type value mod from to granularity anchor why');
const EVENT_FIELDS = fieldsOf<TimelineEvent>()(
  'id label timex from to granularity mod ongoing sentence actors background why provenance',
);
const PROVENANCE_FIELDS = fieldsOf<Provenance>()('origin fields merged');

export class Invalid extends Error {
  constructor(
    readonly field: string,
    readonly problem: InvalidProblem,
  ) {
    super(field);
  }
}

export type Obj = Record<string, unknown>;

// Field paths (`events[3].label`) are built only when something is wrong: 100,000-event lists are checked
// field by field, and most are fine.
export const at = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

export function object(value: unknown, field: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Invalid(field, { kind: 'object', value });
  return value as Obj;
}

/** Throws for a field the contract does not define (a typo, or a list written for another version). */
function onlyFields(obj: Obj, fields: ReadonlySet<string>, prefix: string): void {
  for (const key in obj) {
    if (!fields.has(key)) throw new Invalid(at(prefix, key), { kind: 'unknown', value: key });
  }
}

export function need(obj: Obj, key: string, prefix: string): unknown {
  const value = obj[key];
  if (value === undefined) throw new Invalid(at(prefix, key), { kind: 'missing' });
  return value;
}

export const wrongType = (prefix: string, key: string, expected: Expected, value: unknown): Invalid =>
  new Invalid(at(prefix, key), { kind: 'type', expected, value });

export function string(obj: Obj, key: string, prefix: string): string {
  const value = need(obj, key, prefix);
  if (typeof value !== 'string') throw wrongType(prefix, key, 'string', value);
  return value;
}

export function optionalString(obj: Obj, key: string, prefix: string): string | undefined {
  const value = obj[key];
  if (value !== undefined && typeof value !== 'string') throw wrongType(prefix, key, 'string', value);
  return value;
}

export function optionalBoolean(obj: Obj, key: string, prefix: string): void {
  if (obj[key] !== undefined && typeof obj[key] !== 'boolean') throw wrongType(prefix, key, 'boolean', obj[key]);
}

export function integer(obj: Obj, key: string, prefix: string): number {
  const value = need(obj, key, prefix);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw wrongType(prefix, key, 'integer', value);
  return value;
}

export function oneOf(obj: Obj, key: string, prefix: string, allowed: ReadonlySet<string>, optional = false): void {
  const value = optional ? obj[key] : need(obj, key, prefix);
  if (optional && value === undefined) return;
  if (!allowed.has(value as string)) throw wrongType(prefix, key, [...allowed], value);
}

export function array(obj: Obj, key: string, prefix: string): unknown[] {
  const value = need(obj, key, prefix);
  if (!Array.isArray(value)) throw wrongType(prefix, key, 'array', value);
  return value;
}

/** UTC ms of an axis date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, a real day and time), else NaN. */
export function axisDate(value: string): number {
  return value.length === 10 || value.length === 16 ? parseFloating(value) : NaN;
}

/**
 * A publication date as extraction writes it (validatePublished in src/extract/published.ts: the schema's
 * PublishedDate, which a test holds both to): a real day, then optionally a time, seconds, fraction, zone.
 * Written here rather than imported, to keep src/extract/ out of the element-only bundle's weight.
 */
const PUBLISHED =
  /^(\d{4}-\d\d-\d\d)(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?$/;
export const isPublishedDate = (value: string) => {
  const m = PUBLISHED.exec(value);
  return m !== null && !Number.isNaN(parseFloating(m[1]!));
};

function checkArticle(value: unknown): string {
  const article = object(value, 'article');
  onlyFields(article, ARTICLE_FIELDS, 'article');
  const text = string(article, 'text', 'article');
  optionalString(article, 'title', 'article');
  optionalString(article, 'source', 'article');
  oneOf(article, 'publishedFrom', 'article', PUBLISHED_FROM_SET, true);
  if (!('published' in article)) throw new Invalid('article.published', { kind: 'missing' });
  const published = article.published;
  if (published !== null) {
    if (typeof published !== 'string') throw wrongType('article', 'published', 'published', published);
    if (!isPublishedDate(published)) throw new Invalid('article.published', { kind: 'published', value: published });
  }
  return text;
}

/**
 * `check` for an item of a list, run first without the item's path: a 100,000-event list would build
 * half a million path strings ("events[99999].sentence") that only an error message reads. An item that
 * fails is checked again with its path, for the message to name the field.
 */
function withPath<T>(
  list: string,
  check: (value: unknown, index: number, path: string, textLength: number) => T,
): (value: unknown, index: number, textLength: number) => T {
  return (value, index, textLength) => {
    try {
      return check(value, index, '', textLength);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
    }
    return check(value, index, `${list}[${index}]`, textLength);
  };
}

const skip = (
  index: number,
  id: string,
  problem: SkipProblem,
  field: string,
  value: string,
  detail?: string,
): SkippedItem =>
  detail === undefined ? { index, id, problem, field, value } : { index, id, problem, field, value, detail };

/** Whether offsets do not index a text of `length` characters (a span ends after it starts, within the text). */
const outside = (start: number, end: number, length: number) => start > end || end > length;

/** Checks one timex's shape; returns the skip record when it cannot be used. */
const checkTimex = withPath('timexes', (value, index, path, textLength): SkippedItem | null => {
  const timex = object(value, path);
  onlyFields(timex, TIMEX_FIELDS, path);
  const id = string(timex, 'id', path);
  string(timex, 'text', path);
  const start = integer(timex, 'start', path);
  const end = integer(timex, 'end', path);
  oneOf(timex, 'type', path, TIMEX_TYPE_SET);
  string(timex, 'value', path);
  oneOf(timex, 'mod', path, MOD_SET, true);
  const from = optionalString(timex, 'from', path);
  const to = optionalString(timex, 'to', path);
  oneOf(timex, 'granularity', path, GRANULARITY_SET, true);
  optionalString(timex, 'anchor', path);
  string(timex, 'why', path);
  if (from !== undefined && Number.isNaN(axisDate(from))) return skip(index, id, 'date', 'from', from);
  if (to !== undefined && Number.isNaN(axisDate(to))) return skip(index, id, 'date', 'to', to);
  if (outside(start, end, textLength)) return skip(index, id, 'offsets', 'start', `${start}–${end}`, `${textLength}`);
  return null;
});

function checkProvenance(value: unknown, path: string): void {
  const provenance = object(value, path);
  onlyFields(provenance, PROVENANCE_FIELDS, path);
  oneOf(provenance, 'origin', path, ORIGIN_SET);
  for (const key of ['fields', 'merged'] as const) {
    if (provenance[key] === undefined) continue;
    const items = array(provenance, key, path);
    for (let i = 0; i < items.length; i++)
      if (typeof items[i] !== 'string' || (key === 'fields' && !EDITED_FIELD_SET.has(items[i] as string)))
        throw wrongType(path, `${key}[${i}]`, key === 'fields' ? EDITED_FIELDS : 'string', items[i]);
  }
}

/** Checks one event's shape; returns the skip record when it cannot be drawn. */
const checkEvent = withPath('events', (value, index, path, textLength): SkippedItem | null => {
  const event = object(value, path);
  onlyFields(event, EVENT_FIELDS, path);
  const id = string(event, 'id', path);
  string(event, 'label', path);
  string(event, 'timex', path);
  const from = string(event, 'from', path);
  const to = string(event, 'to', path);
  oneOf(event, 'granularity', path, GRANULARITY_SET);
  oneOf(event, 'mod', path, MOD_SET, true);
  optionalBoolean(event, 'ongoing', path);
  optionalBoolean(event, 'background', path);
  optionalString(event, 'why', path);
  if (event.provenance !== undefined) checkProvenance(event.provenance, `${path}.provenance`);
  const sentencePath = `${path}.sentence`;
  const sentence = object(need(event, 'sentence', path), sentencePath);
  onlyFields(sentence, SPAN_FIELDS, sentencePath);
  const start = integer(sentence, 'start', sentencePath);
  const end = integer(sentence, 'end', sentencePath);
  string(sentence, 'text', sentencePath);
  const actors = array(event, 'actors', path);
  for (let i = 0; i < actors.length; i++)
    if (typeof actors[i] !== 'string') throw wrongType(path, `actors[${i}]`, 'string', actors[i]);
  const fromMs = axisDate(from);
  if (Number.isNaN(fromMs)) return skip(index, id, 'date', 'from', from);
  const toMs = axisDate(to);
  if (Number.isNaN(toMs)) return skip(index, id, 'date', 'to', to);
  if (fromMs >= toMs) return skip(index, id, 'interval', 'to', to, fromMs === toMs ? undefined : from);
  if (outside(start, end, textLength))
    return skip(index, id, 'offsets', 'sentence', `${start}–${end}`, `${textLength}`);
  return null;
});

/** Checks `input` against the EventList contract: the list to draw and what was skipped, or the problem's facts. */
export function checkEventList(input: unknown): CheckResult {
  try {
    const root = object(input, '');
    onlyFields(root, LIST_FIELDS, '');
    const version = need(root, 'version', '');
    if (!(READABLE_EVENT_LIST_VERSIONS as readonly unknown[]).includes(version))
      throw new Invalid('version', { kind: 'version', value: version });
    const textLength = checkArticle(need(root, 'article', '')).length;
    const timexes = array(root, 'timexes', '');
    const skippedTimexes: SkippedItem[] = [];
    const keptTimexes: Timex[] = [];
    for (let i = 0; i < timexes.length; i++) {
      const skip = checkTimex(timexes[i], i, textLength);
      if (skip) skippedTimexes.push(skip);
      else keptTimexes.push(timexes[i] as Timex);
    }
    const events = array(root, 'events', '');
    const skipped: SkippedEvent[] = [];
    const kept: TimelineEvent[] = [];
    for (let i = 0; i < events.length; i++) {
      const skip = checkEvent(events[i], i, textLength);
      if (skip) skipped.push(skip);
      else kept.push(events[i] as TimelineEvent);
    }
    const list = input as EventList;
    return {
      ok: true,
      list:
        skipped.length || skippedTimexes.length
          ? {
              ...list,
              timexes: skippedTimexes.length ? keptTimexes : list.timexes,
              events: skipped.length ? kept : list.events,
            }
          : list,
      skipped,
      skippedTimexes,
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, field: error.field, problem: error.problem };
    throw error;
  }
}
