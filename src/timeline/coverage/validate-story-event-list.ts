/**
 * Checks an incoming value against the StoryEventList contract (src/extract/story/types.ts,
 * schema/story-event-list.schema.json) as strictly as the EventList's validator checks an EventList, with
 * its checks: a wrong type, a missing field, a field the contract does not define, a value outside an
 * enumeration or a `published` that is not an ISO date is fatal and names the field
 * (`events[3].mentions[0].timex.type`). A test runs it beside Ajv on generated lists.
 *
 * An event that cannot be drawn is skipped and reported, the others kept: a date (its own, a mention's,
 * one of its `dates`) that is not a real date in the axis form, an interval whose `from` is not before its
 * `to` (or that has one without the other), offsets whose start is after their end, or a mention of an
 * article the story does not list. No schema can see the last ones; two articles with one id are fatal
 * (mentions could not tell them apart). An event with no date at all is valid (`date: "undated"`).
 */
import {
  READABLE_STORY_EVENT_LIST_VERSIONS,
  type StoryArticle,
  type StoryDate,
  type StoryEvent,
  type StoryEventList,
  type StoryMention,
  type StoryTimex,
} from '../../extract/story/types.js';
import {
  array,
  at,
  axisDate,
  fieldsOf,
  GRANULARITY_SET,
  integer,
  Invalid,
  isPublishedDate,
  MOD_SET,
  need,
  object,
  oneOf,
  optionalBoolean,
  optionalString,
  PUBLISHED_FROM_SET,
  string,
  TIMEX_TYPE_SET,
  wrongType,
  type Obj,
  type SkipProblem,
} from '../validate-event-list.js';
import { describe, invalidMessage, NOT_AN_AXIS_DATE } from '../validation-messages.js';

/** Why an event was left out: the EventList's reasons, and `article`, a mention of an article not listed. */
export type StorySkipProblem = SkipProblem | 'article';

/** An event left out, and why. */
export interface SkippedStoryEvent {
  /** Position in the input `events` array. */
  index: number;
  id: string;
  problem: StorySkipProblem;
  /** The field at fault, within the event: `from`, `mentions[1].to`, `dates[0].articles[1]`. */
  field: string;
  value: string;
  reason: string;
}

export type StoryValidationResult =
  { ok: true; list: StoryEventList; skipped: SkippedStoryEvent[] } | { ok: false; field: string; message: string };

const DATE_AGREEMENTS: ReadonlySet<string> = new Set<StoryEvent['date']>(['agree', 'disagree', 'undated']);

const ROOT_FIELDS = fieldsOf<StoryEventList>()('version story articles events');
const ARTICLE_FIELDS = fieldsOf<StoryArticle>()('id title source url published publishedFrom mentions');
const EVENT_FIELDS = fieldsOf<StoryEvent>()(
  'id label from to granularity mod ongoing date dates value articles background actors mentions',
);
const MENTION_FIELDS = fieldsOf<StoryMention>()(
  'article start end sentence label timex event from to granularity mod ongoing background',
);
const TIMEX_FIELDS = fieldsOf<StoryTimex>()('text start end type value');
const DATE_FIELDS = fieldsOf<StoryDate>()('from to granularity articles');

/** A problem this validator words itself (its messages are in the coverage chunk already). */
const said = (field: string, message: string) => new Invalid(field, { kind: 'said', message });
const wrongTypeSaid = (prefix: string, key: string, expected: string, value: unknown) =>
  said(at(prefix, key), `${at(prefix, key)} should be ${expected}, got ${describe(value)}`);

/** Throws for a field the contract does not define (a typo, or a list written for another version). */
function onlyFields(obj: Obj, fields: ReadonlySet<string>, prefix: string): void {
  for (const key in obj) {
    if (!fields.has(key))
      throw said(
        at(prefix, key),
        `${prefix || 'The story list'} has a field the StoryEventList does not define: ${JSON.stringify(key)}`,
      );
  }
}

function strings(obj: Obj, key: string, prefix: string): string[] {
  const values = array(obj, key, prefix);
  for (let i = 0; i < values.length; i++)
    if (typeof values[i] !== 'string') throw wrongType(prefix, `${key}[${i}]`, 'string', values[i]);
  return values as string[];
}

/**
 * `check` for an item of a list, run first without the item's path (most items are fine, and paths are
 * strings built for nothing), then again with it for the message to name the field.
 */
function withPath<A, T>(list: string, check: (value: unknown, index: number, path: string, arg: A) => T) {
  return (value: unknown, index: number, arg: A): T => {
    try {
      return check(value, index, '', arg);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
    }
    return check(value, index, `${list}[${index}]`, arg);
  };
}

/** Checks an article's shape; returns its id. */
const checkArticle = withPath('articles', (value, _index, path, _arg: void): string => {
  const article = object(value, path);
  onlyFields(article, ARTICLE_FIELDS, path);
  const id = string(article, 'id', path);
  optionalString(article, 'title', path);
  optionalString(article, 'source', path);
  optionalString(article, 'url', path);
  if (!('published' in article))
    throw said(at(path, 'published'), `${at(path, 'published')} is missing (use null when unknown)`);
  const published = article.published;
  if (published !== null && (typeof published !== 'string' || !isPublishedDate(published)))
    throw wrongTypeSaid(
      path,
      'published',
      'an ISO date or date-time (2016-10-17, 2016-10-17T14:30) or null',
      published,
    );
  oneOf(article, 'publishedFrom', path, PUBLISHED_FROM_SET);
  integer(article, 'mentions', path);
  return id;
});

/** A problem found in an event that leaves it out (the first found is reported). */
type Problem = [problem: StorySkipProblem, field: string, value: string, reason: string];

/** Checks an interval's shape; notes a date that is not an axis date, or a `from` not before its `to`. */
function interval(obj: Obj, path: string, field: string, problems: Problem[], required: boolean): void {
  const from = required ? string(obj, 'from', path) : optionalString(obj, 'from', path);
  const to = required ? string(obj, 'to', path) : optionalString(obj, 'to', path);
  const name = (key: string) => (field ? `${field}.${key}` : key);
  const fromMs = from === undefined ? undefined : axisDate(from);
  const toMs = to === undefined ? undefined : axisDate(to);
  if (fromMs !== undefined && Number.isNaN(fromMs)) problems.push(['date', name('from'), from!, NOT_AN_AXIS_DATE]);
  else if (toMs !== undefined && Number.isNaN(toMs)) problems.push(['date', name('to'), to!, NOT_AN_AXIS_DATE]);
  else if ((fromMs === undefined) !== (toMs === undefined))
    problems.push([
      'interval',
      name(from === undefined ? 'from' : 'to'),
      '',
      `is missing while ${from === undefined ? 'to' : 'from'} is given`,
    ]);
  else if (fromMs !== undefined && toMs !== undefined && fromMs >= toMs)
    problems.push([
      'interval',
      name('to'),
      to!,
      fromMs === toMs ? 'equals from: the interval is empty' : `is before from (${from})`,
    ]);
}

function offsets(obj: Obj, path: string, field: string, problems: Problem[]): void {
  const start = integer(obj, 'start', path);
  const end = integer(obj, 'end', path);
  if (start > end)
    problems.push(['offsets', field || 'start', `${start}–${end}`, `start ${start} is after end ${end}`]);
}

function knownArticle(id: string, field: string, articles: ReadonlySet<string>, problems: Problem[]): void {
  if (!articles.has(id)) problems.push(['article', field, id, 'names an article the story does not list']);
}

function checkMention(value: unknown, path: string, field: string, articles: ReadonlySet<string>, problems: Problem[]) {
  const mention = object(value, path);
  onlyFields(mention, MENTION_FIELDS, path);
  knownArticle(string(mention, 'article', path), `${field}.article`, articles, problems);
  offsets(mention, path, field, problems);
  string(mention, 'sentence', path);
  string(mention, 'label', path);
  const timexPath = at(path, 'timex');
  const timex = object(need(mention, 'timex', path), timexPath);
  onlyFields(timex, TIMEX_FIELDS, timexPath);
  string(timex, 'text', timexPath);
  offsets(timex, timexPath, `${field}.timex`, problems);
  oneOf(timex, 'type', timexPath, TIMEX_TYPE_SET);
  string(timex, 'value', timexPath);
  optionalString(mention, 'event', path);
  interval(mention, path, field, problems, false);
  oneOf(mention, 'granularity', path, GRANULARITY_SET, true);
  oneOf(mention, 'mod', path, MOD_SET, true);
  optionalBoolean(mention, 'ongoing', path);
  optionalBoolean(mention, 'background', path);
}

/** Checks one event's shape; returns the skip record when it cannot be drawn. */
const checkEvent = withPath('events', (value, index, path, articles: ReadonlySet<string>): SkippedStoryEvent | null => {
  const event = object(value, path);
  onlyFields(event, EVENT_FIELDS, path);
  const id = string(event, 'id', path);
  string(event, 'label', path);
  const problems: Problem[] = [];
  interval(event, path, '', problems, false);
  oneOf(event, 'granularity', path, GRANULARITY_SET, true);
  oneOf(event, 'mod', path, MOD_SET, true);
  optionalBoolean(event, 'ongoing', path);
  oneOf(event, 'date', path, DATE_AGREEMENTS);
  if (event.dates !== undefined) {
    const dates = array(event, 'dates', path);
    for (let i = 0; i < dates.length; i++) {
      const field = `dates[${i}]`;
      const datePath = path && `${path}.${field}`;
      const date = object(dates[i], datePath);
      onlyFields(date, DATE_FIELDS, datePath);
      interval(date, datePath, field, problems, true);
      oneOf(date, 'granularity', datePath, GRANULARITY_SET);
      strings(date, 'articles', datePath).forEach((a, k) =>
        knownArticle(a, `${field}.articles[${k}]`, articles, problems),
      );
    }
  }
  optionalString(event, 'value', path);
  const count = need(event, 'articles', path);
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
    throw wrongTypeSaid(path, 'articles', 'a whole number ≥ 1', count);
  optionalBoolean(event, 'background', path);
  strings(event, 'actors', path);
  const mentions = array(event, 'mentions', path);
  if (!mentions.length) throw said(at(path, 'mentions'), `${at(path, 'mentions')} should list at least one mention`);
  for (let i = 0; i < mentions.length; i++)
    checkMention(mentions[i], path && `${path}.mentions[${i}]`, `mentions[${i}]`, articles, problems);
  // A date that is not a date first: it is what the schema sees too.
  const first = problems.find((p) => p[0] === 'date') ?? problems[0];
  return first ? { index, id, problem: first[0], field: first[1], value: first[2], reason: first[3] } : null;
});

export function validateStoryEventList(input: unknown): StoryValidationResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      throw said('', `The story list should be an object, got ${describe(input)}`);
    const root = input as Obj;
    onlyFields(root, ROOT_FIELDS, '');
    const version = need(root, 'version', '');
    if (!(READABLE_STORY_EVENT_LIST_VERSIONS as readonly unknown[]).includes(version))
      throw said(
        'version',
        `version should be ${READABLE_STORY_EVENT_LIST_VERSIONS.join(' or ')} (the StoryEventList versions this element reads), got ${describe(version)}`,
      );
    const story = root.story;
    if (story !== undefined && typeof story !== 'string' && typeof story !== 'number')
      throw wrongTypeSaid('', 'story', 'a string or a number', story);
    const articles = array(root, 'articles', '');
    const ids = new Set<string>();
    for (let i = 0; i < articles.length; i++) {
      const id = checkArticle(articles[i], i, undefined);
      if (ids.has(id))
        throw said(
          `articles[${i}].id`,
          `articles[${i}].id repeats an earlier article's id ${JSON.stringify(id)}: mentions could not tell them apart`,
        );
      ids.add(id);
    }
    const events = array(root, 'events', '');
    const skipped: SkippedStoryEvent[] = [];
    const kept: StoryEvent[] = [];
    for (let i = 0; i < events.length; i++) {
      const skip = checkEvent(events[i], i, ids);
      if (skip) skipped.push(skip);
      else kept.push(events[i] as StoryEvent);
    }
    const list = input as StoryEventList;
    return { ok: true, list: skipped.length ? { ...list, events: kept } : list, skipped };
  } catch (error) {
    if (error instanceof Invalid)
      return { ok: false, field: error.field, message: invalidMessage(error.field, error.problem) };
    throw error;
  }
}
