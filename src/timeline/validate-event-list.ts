/**
 * Checks an incoming value against the EventList contract (src/extract/types.ts,
 * schema/event-list.schema.json) by hand: no schema engine, no eval, small.
 *
 * - A wrong type or a missing field is fatal: the result names the field (`events[3].label`).
 * - An event whose `from`/`to` is a string but not a real date ("2016-13-45") is skipped and reported;
 *   the others are kept. Duplicate ids and `from` after `to` are accepted (the timeline copes).
 */
import type { EventList, Granularity, TimelineEvent, TimexMod, TimexType } from '../extract/types.js';
import { parseFloating } from './layout/dates.js';

export interface SkippedEvent {
  /** Position in the input `events` array. */
  index: number;
  id: string;
  field: 'from' | 'to';
  value: string;
}

export type ValidationResult =
  | { ok: true; list: EventList; skipped: SkippedEvent[] }
  | { ok: false; field: string; message: string };

const GRANULARITIES: readonly Granularity[] = [
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
];
const MODS: readonly TimexMod[] = [
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
];
const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

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
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

type Obj = Record<string, unknown>;

function object(value: unknown, field: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Invalid(field, `${field || 'The event list'} should be an object, got ${describe(value)}`);
  return value as Obj;
}

function need(obj: Obj, key: string, path: string): unknown {
  if (!(key in obj) || obj[key] === undefined) throw new Invalid(path, `${path} is missing`);
  return obj[key];
}

function string(obj: Obj, key: string, path: string): string {
  const value = need(obj, key, path);
  if (typeof value !== 'string') throw new Invalid(path, `${path} should be a string, got ${describe(value)}`);
  return value;
}

function optionalString(obj: Obj, key: string, path: string): void {
  if (obj[key] !== undefined && typeof obj[key] !== 'string')
    throw new Invalid(path, `${path} should be a string, got ${describe(obj[key])}`);
}

function integer(obj: Obj, key: string, path: string): number {
  const value = need(obj, key, path);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new Invalid(path, `${path} should be a whole number ≥ 0, got ${describe(value)}`);
  return value;
}

function oneOf<T extends string>(obj: Obj, key: string, path: string, allowed: readonly T[], optional = false): void {
  const value = optional ? obj[key] : need(obj, key, path);
  if (optional && value === undefined) return;
  if (!allowed.includes(value as T))
    throw new Invalid(path, `${path} should be one of ${allowed.join(', ')}, got ${describe(value)}`);
}

function array(obj: Obj, key: string, path: string): unknown[] {
  const value = need(obj, key, path);
  if (!Array.isArray(value)) throw new Invalid(path, `${path} should be an array, got ${describe(value)}`);
  return value;
}

function checkArticle(value: unknown): void {
  const article = object(value, 'article');
  string(article, 'text', 'article.text');
  optionalString(article, 'title', 'article.title');
  optionalString(article, 'source', 'article.source');
  if (!('published' in article)) throw new Invalid('article.published', 'article.published is missing (use null when unknown)');
  const published = article.published;
  if (published !== null) {
    if (typeof published !== 'string')
      throw new Invalid('article.published', `article.published should be a date string or null, got ${describe(published)}`);
    if (Number.isNaN(parseFloating(published.slice(0, 16))))
      throw new Invalid('article.published', `article.published is not a valid date: ${describe(published)}`);
  }
}

function checkTimex(value: unknown, path: string): void {
  const timex = object(value, path);
  string(timex, 'id', `${path}.id`);
  string(timex, 'text', `${path}.text`);
  integer(timex, 'start', `${path}.start`);
  integer(timex, 'end', `${path}.end`);
  oneOf(timex, 'type', `${path}.type`, TIMEX_TYPES);
  string(timex, 'value', `${path}.value`);
  oneOf(timex, 'mod', `${path}.mod`, MODS, true);
  optionalString(timex, 'from', `${path}.from`);
  optionalString(timex, 'to', `${path}.to`);
  oneOf(timex, 'granularity', `${path}.granularity`, GRANULARITIES, true);
  optionalString(timex, 'anchor', `${path}.anchor`);
  string(timex, 'why', `${path}.why`);
}

/** Checks one event's shape; returns the skipped-date record when its dates are impossible. */
function checkEvent(value: unknown, index: number): SkippedEvent | null {
  const path = `events[${index}]`;
  const event = object(value, path);
  const id = string(event, 'id', `${path}.id`);
  string(event, 'label', `${path}.label`);
  string(event, 'timex', `${path}.timex`);
  const from = string(event, 'from', `${path}.from`);
  const to = string(event, 'to', `${path}.to`);
  oneOf(event, 'granularity', `${path}.granularity`, GRANULARITIES);
  oneOf(event, 'mod', `${path}.mod`, MODS, true);
  if (event.ongoing !== undefined && typeof event.ongoing !== 'boolean')
    throw new Invalid(`${path}.ongoing`, `${path}.ongoing should be true or false, got ${describe(event.ongoing)}`);
  const sentence = object(need(event, 'sentence', `${path}.sentence`), `${path}.sentence`);
  integer(sentence, 'start', `${path}.sentence.start`);
  integer(sentence, 'end', `${path}.sentence.end`);
  string(sentence, 'text', `${path}.sentence.text`);
  const actors = array(event, 'actors', `${path}.actors`);
  actors.forEach((actor, i) => {
    if (typeof actor !== 'string')
      throw new Invalid(`${path}.actors[${i}]`, `${path}.actors[${i}] should be a string, got ${describe(actor)}`);
  });
  if (Number.isNaN(parseFloating(from))) return { index, id, field: 'from', value: from };
  if (Number.isNaN(parseFloating(to))) return { index, id, field: 'to', value: to };
  return null;
}

export function validateEventList(input: unknown): ValidationResult {
  try {
    const root = object(input, '');
    const version = need(root, 'version', 'version');
    if (version !== 1)
      throw new Invalid('version', `version should be 1 (the EventList version this element reads), got ${describe(version)}`);
    checkArticle(need(root, 'article', 'article'));
    array(root, 'timexes', 'timexes').forEach((t, i) => checkTimex(t, `timexes[${i}]`));
    const events = array(root, 'events', 'events');
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
