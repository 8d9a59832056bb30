import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateEventList } from '../../../src/timeline/validation-messages.js';
import { eventList } from './helpers.js';

const good = () =>
  eventList([
    { from: '2016-10-17', to: '2016-10-18' },
    { from: '2016-10-01', to: '2016-11-01', granularity: 'month' },
  ]);

function fails(mutate: (list: Record<string, unknown>) => void): { field: string; message: string } {
  const list = structuredClone(good()) as unknown as Record<string, unknown>;
  mutate(list);
  const result = validateEventList(list);
  assert.equal(result.ok, false);
  return result as { field: string; message: string };
}

const events = (l: Record<string, unknown>) => l.events as Record<string, unknown>[];

test('a valid list passes unchanged', () => {
  const list = good();
  const result = validateEventList(list);
  assert.ok(result.ok);
  assert.equal(result.list, list);
  assert.deepEqual(result.skipped, []);
});

test('wrong types and missing fields name the field', () => {
  assert.equal(fails((l) => (events(l)[1].label = 42)).field, 'events[1].label');
  assert.match(fails((l) => (events(l)[1].label = 42)).message, /events\[1\]\.label should be a string, got a number/);
  assert.equal(fails((l) => delete events(l)[0].from).field, 'events[0].from');
  assert.match(fails((l) => delete events(l)[0].from).message, /is missing/);
  assert.equal(fails((l) => (events(l)[0].granularity = 'fortnight')).field, 'events[0].granularity');
  assert.equal(
    fails((l) => ((events(l)[0].sentence as Record<string, unknown>).start = -1)).field,
    'events[0].sentence.start',
  );
  assert.equal(fails((l) => (events(l)[0].actors = ['a', 3])).field, 'events[0].actors[1]');
  assert.equal(fails((l) => (l.events = {})).field, 'events');
  assert.equal(fails((l) => (l.version = 3)).field, 'version');
  assert.equal(fails((l) => (events(l)[0].background = 'yes')).field, 'events[0].background');
  assert.equal(fails((l) => (events(l)[0].why = 7)).field, 'events[0].why');
  assert.equal(fails((l) => delete (l.article as Record<string, unknown>).published).field, 'article.published');
  assert.equal(
    fails((l) => ((l.article as Record<string, unknown>).published = '2016-13-45')).field,
    'article.published',
  );
  assert.equal(fails((l) => ((l.timexes as Record<string, unknown>[])[0].why = null)).field, 'timexes[0].why');
  for (const bad of [null, 'text', 42, []]) assert.equal(validateEventList(bad).ok, false);
});

test('impossible dates are skipped and reported, the rest kept', () => {
  const list = eventList([
    { from: '2016-10-17', to: '2016-10-18' },
    { id: 'bad1', from: '2016-13-45', to: '2016-13-46' },
    { id: 'bad2', from: '2016-10-01', to: '2015-02-29' },
    { from: '2016-10-01', to: '2016-11-01' },
  ]);
  const result = validateEventList(list);
  assert.ok(result.ok);
  assert.deepEqual(
    result.list.events.map((e) => e.id),
    ['e1', 'e4'],
  );
  const reason = 'is not a real date (YYYY-MM-DD or YYYY-MM-DDTHH:mm)';
  assert.deepEqual(result.skipped, [
    { index: 1, id: 'bad1', problem: 'date', field: 'from', value: '2016-13-45', reason },
    { index: 2, id: 'bad2', problem: 'date', field: 'to', value: '2015-02-29', reason },
  ]);
  assert.equal(list.events.length, 4, 'the input is not mutated');
});

test('duplicate ids are accepted; from after or equal to to is skipped', () => {
  const result = validateEventList(
    eventList([
      { id: 'a', from: '2016-10-18', to: '2016-10-17' },
      { id: 'a', from: '2016-10-01', to: '2016-10-02' },
      { id: 'a', from: '2016-10-01', to: '2016-10-01' },
      { id: 'b', from: '2016-10-01', to: '2016-10-01T00:01' },
    ]),
  );
  assert.ok(result.ok);
  assert.deepEqual(
    result.list.events.map((e) => [e.id, e.from]),
    [
      ['a', '2016-10-01'],
      ['b', '2016-10-01'],
    ],
  );
  assert.deepEqual(
    result.skipped.map((s) => [s.index, s.problem]),
    [
      [0, 'interval'],
      [2, 'interval'],
    ],
  );
});

test('dates the axis does not read are skipped: years beyond 9999, before 0, other forms', () => {
  const result = validateEventList(
    eventList([
      { from: '10000-01-01', to: '10000-01-02' },
      { from: '-0001-01-01', to: '0000-01-01' },
      { from: '2016', to: '2017' },
      { from: '2016-10-17T00:00:00Z', to: '2016-10-18' },
      { from: '0050-06-15', to: '0050-06-16' },
    ]),
  );
  assert.ok(result.ok);
  assert.deepEqual(
    result.list.events.map((e) => e.from),
    ['0050-06-15'],
  );
  assert.deepEqual(
    result.skipped.map((s) => s.field),
    ['from', 'from', 'from', 'from'],
  );
});

test('a field the EventList does not define is fatal, and named', () => {
  assert.deepEqual(
    fails((l) => (events(l)[1].colour = 'red')),
    {
      ok: false,
      field: 'events[1].colour',
      message: 'events[1] has a field the EventList does not define: "colour"',
    },
  );
  assert.equal(fails((l) => ((l.article as Record<string, unknown>).url = 'x')).field, 'article.url');
  assert.equal(fails((l) => (l.extra = 1)).field, 'extra');
  assert.equal(
    fails((l) => ((events(l)[0].sentence as Record<string, unknown>).offset = 1)).field,
    'events[0].sentence.offset',
  );
  assert.equal(fails((l) => ((l.timexes as Record<string, unknown>[])[0].note = '')).field, 'timexes[0].note');
});

test('published must be an ISO date or date-time, as written (no spaces around it)', () => {
  const article = (l: Record<string, unknown>) => l.article as Record<string, unknown>;
  for (const bad of [' 2016-10-17', '2016-10-17T14:30garbage', '17 October 2016', '2016-10-17T14:30+15:00'])
    assert.equal(fails((l) => (article(l).published = bad)).field, 'article.published', bad);
  for (const ok of ['2016-10-17', '2016-10-17T14:30', '2019-03-22T10:35:00-04:00', null]) {
    const list = structuredClone(good()) as unknown as Record<string, unknown>;
    article(list).published = ok;
    assert.ok(validateEventList(list).ok, String(ok));
  }
  assert.equal(fails((l) => (article(l).publishedFrom = 'guess')).field, 'article.publishedFrom');
});
