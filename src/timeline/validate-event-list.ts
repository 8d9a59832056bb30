/**
 * Checks an incoming value against the EventList contract (src/extract/types.ts,
 * schema/event-list.schema.json) by hand: no schema engine, no eval, small.
 *
 * - A wrong type or a missing field is fatal: the result names the field (`events[3].label`).
 * - An event whose `from`/`to` is a string but not a real date ("2016-13-45") is skipped and reported;
 *   the others are kept. Duplicate ids and `from` after `to` are accepted (the timeline copes).
 */
import {
  EDITED_FIELDS,
  PROVENANCE_ORIGINS,
  READABLE_EVENT_LIST_VERSIONS,
  type EventList,
  type Granularity,
  type TimelineEvent,
  type TimexMod,
  type TimexType,
} from '../extract/types.js';
import { parseFloating } from './layout/dates.js';

export interface SkippedEvent {
  /** Position in the input `events` array. */
  index: number;
  id: string;
  field: 'from' | 'to';
  value: string;
}

export type ValidationResult =
  { ok: true; list: EventList; skipped: SkippedEvent[] } | { ok: false; field: string; message: string };

const GRANULARITIES: ReadonlySet<Granularity> = new Set<Granularity>([
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'partOfDay',
  'hour',
  'minute',
]);
const MODS: ReadonlySet<TimexMod> = new Set<TimexMod>([
  'START',
  'MID',
  'END',
  'APPROX',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
]);
const TIMEX_TYPES: ReadonlySet<TimexType> = new Set<TimexType>(['DATE', 'TIME', 'DURATION', 'SET']);
const ORIGINS: ReadonlySet<string> = new Set(PROVENANCE_ORIGINS);
const FIELDS: ReadonlySet<string> = new Set(EDITED_FIELDS);

class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

type Obj = Record<string, unknown>;

// Field paths (`events[3].label`) are built only when something is wrong: 100,000-event lists are checked
// field by field, and most are fine.
const at = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

function object(value: unknown, field: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Invalid(field, `${field || 'The event list'} should be an object, got ${describe(value)}`);
  return value as Obj;
}

function need(obj: Obj, key: string, prefix: string): unknown {
  const value = obj[key];
  if (value === undefined) throw new Invalid(at(prefix, key), `${at(prefix, key)} is missing`);
  return value;
}

function wrongType(prefix: string, key: string, expected: string, value: unknown): Invalid {
  const field = at(prefix, key);
  return new Invalid(field, `${field} should be ${expected}, got ${describe(value)}`);
}

function string(obj: Obj, key: string, prefix: string): string {
  const value = need(obj, key, prefix);
  if (typeof value !== 'string') throw wrongType(prefix, key, 'a string', value);
  return value;
}

function optionalString(obj: Obj, key: string, prefix: string): void {
  if (obj[key] !== undefined && typeof obj[key] !== 'string') throw wrongType(prefix, key, 'a string', obj[key]);
}

function integer(obj: Obj, key: string, prefix: string): number {
  const value = need(obj, key, prefix);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw wrongType(prefix, key, 'a whole number ≥ 0', value);
  return value;
}

function oneOf<T extends string>(
  obj: Obj,
  key: string,
  prefix: string,
  allowed: ReadonlySet<T>,
  optional = false,
): void {
  const value = optional ? obj[key] : need(obj, key, prefix);
  if (optional && value === undefined) return;
  if (!allowed.has(value as T)) throw wrongType(prefix, key, `one of ${[...allowed].join(', ')}`, value);
}

function array(obj: Obj, key: string, prefix: string): unknown[] {
  const value = need(obj, key, prefix);
  if (!Array.isArray(value)) throw wrongType(prefix, key, 'an array', value);
  return value;
}

function checkArticle(value: unknown): void {
  const article = object(value, 'article');
  string(article, 'text', 'article');
  optionalString(article, 'title', 'article');
  optionalString(article, 'source', 'article');
  if (!('published' in article))
    throw new Invalid('article.published', 'article.published is missing (use null when unknown)');
  const published = article.published;
  if (published !== null) {
    if (typeof published !== 'string') throw wrongType('article', 'published', 'a date string or null', published);
    if (Number.isNaN(parseFloating(published.slice(0, 16))))
      throw new Invalid('article.published', `article.published is not a valid date: ${describe(published)}`);
  }
}

/**
 * `check` for an item of a list, run first without the item's path: a 100,000-event list would build
 * half a million path strings ("events[99999].sentence") that only an error message reads. An item that
 * fails is checked again with its path, for the message to name the field.
 */
function withPath<T>(
  list: string,
  check: (value: unknown, index: number, path: string) => T,
): (value: unknown, index: number) => T {
  return (value, index) => {
    try {
      return check(value, index, '');
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
    }
    return check(value, index, `${list}[${index}]`);
  };
}

const checkTimex = withPath('timexes', (value, _index, path): void => {
  const timex = object(value, path);
  string(timex, 'id', path);
  string(timex, 'text', path);
  integer(timex, 'start', path);
  integer(timex, 'end', path);
  oneOf(timex, 'type', path, TIMEX_TYPES);
  string(timex, 'value', path);
  oneOf(timex, 'mod', path, MODS, true);
  optionalString(timex, 'from', path);
  optionalString(timex, 'to', path);
  oneOf(timex, 'granularity', path, GRANULARITIES, true);
  optionalString(timex, 'anchor', path);
  string(timex, 'why', path);
});

function checkProvenance(value: unknown, path: string): void {
  const provenance = object(value, path);
  oneOf(provenance, 'origin', path, ORIGINS);
  for (const key of ['fields', 'merged'] as const) {
    if (provenance[key] === undefined) continue;
    const items = array(provenance, key, path);
    for (let i = 0; i < items.length; i++)
      if (typeof items[i] !== 'string' || (key === 'fields' && !FIELDS.has(items[i] as string)))
        throw wrongType(
          path,
          `${key}[${i}]`,
          key === 'fields' ? `one of ${EDITED_FIELDS.join(', ')}` : 'a string',
          items[i],
        );
  }
}

/** Checks one event's shape; returns the skipped-date record when its dates are impossible. */
const checkEvent = withPath('events', (value, index, path): SkippedEvent | null => {
  const event = object(value, path);
  const id = string(event, 'id', path);
  string(event, 'label', path);
  string(event, 'timex', path);
  const from = string(event, 'from', path);
  const to = string(event, 'to', path);
  oneOf(event, 'granularity', path, GRANULARITIES);
  oneOf(event, 'mod', path, MODS, true);
  if (event.ongoing !== undefined && typeof event.ongoing !== 'boolean')
    throw wrongType(path, 'ongoing', 'true or false', event.ongoing);
  if (event.background !== undefined && typeof event.background !== 'boolean')
    throw wrongType(path, 'background', 'true or false', event.background);
  optionalString(event, 'why', path);
  if (event.provenance !== undefined) checkProvenance(event.provenance, `${path}.provenance`);
  const sentencePath = `${path}.sentence`;
  const sentence = object(need(event, 'sentence', path), sentencePath);
  integer(sentence, 'start', sentencePath);
  integer(sentence, 'end', sentencePath);
  string(sentence, 'text', sentencePath);
  const actors = array(event, 'actors', path);
  for (let i = 0; i < actors.length; i++)
    if (typeof actors[i] !== 'string') throw wrongType(path, `actors[${i}]`, 'a string', actors[i]);
  if (Number.isNaN(parseFloating(from))) return { index, id, field: 'from', value: from };
  if (Number.isNaN(parseFloating(to))) return { index, id, field: 'to', value: to };
  return null;
});

export function validateEventList(input: unknown): ValidationResult {
  try {
    const root = object(input, '');
    const version = need(root, 'version', '');
    if (!(READABLE_EVENT_LIST_VERSIONS as readonly unknown[]).includes(version))
      throw new Invalid(
        'version',
        `version should be ${READABLE_EVENT_LIST_VERSIONS.join(' or ')} (the EventList versions this element reads), got ${describe(version)}`,
      );
    checkArticle(need(root, 'article', ''));
    array(root, 'timexes', '').forEach(checkTimex);
    const events = array(root, 'events', '');
    const skipped: SkippedEvent[] = [];
    const kept: TimelineEvent[] = [];
    events.forEach((e, i) => {
      const skip = checkEvent(e, i);
      if (skip) skipped.push(skip);
      else kept.push(e as TimelineEvent);
    });
    const list = input as EventList;
    return { ok: true, list: skipped.length ? { ...list, events: kept } : list, skipped };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}
