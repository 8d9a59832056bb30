// The element's hand-written validator against the JSON Schema (checked by Ajv), on generated lists:
// valid ones, and valid ones broken by random edits. The schema cannot compare fields, so the validator
// also skips what no schema can see (from not before to, offsets outside the text); everything else
// they must judge alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, jsonEdit, junk, type Json } from '../helpers/json-edits.js';
import { GRANULARITIES, TIMEX_MODS, TIMEX_TYPES, PUBLISHED_FROM } from '../../../src/extract/types.js';
import type { SkippedItem } from '../../../src/timeline/validate-event-list.js';
import { validateEventList } from '../../../src/timeline/validation-messages.js';
import { schemaAccepts, schemaErrors } from '../helpers/event-list-schema.js';

const date = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      '2016-10-17',
      '2016-10-18',
      '2016-10-15T18:00',
      '2000-02-29',
      '0050-06-15',
      '9999-12-31T23:59',
    ),
  },
  // near misses: impossible days and times, forms the axis does not read
  fc.constantFrom('2016-13-01', '2015-02-29', '2016-10-17T24:00', '2016', '2016-10', '2016-10-17Z', '-0001-01-01',
    '10000-01-01', '0NaN-NaN-NaN', '2016-10-17T18:00:00', ''), // prettier-ignore
);
const published = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  {
    weight: 20,
    arbitrary: fc.constantFrom('2016-10-17', '2016-10-17T14:30', '2019-03-22T10:35:00-04:00', '2016-10-17 14:30:59.5Z'),
  },
  { weight: 1, arbitrary: fc.constantFrom('2016-13-45', 'yesterday', ' 2016-10-17', '2016-10-17T25:00', '') },
);
const offset = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0.5, 1e9) },
);
const someString = fc.string({ maxLength: 6 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const timex = fc.record(
  {
    id: someString,
    text: someString,
    start: offset,
    end: offset,
    type: fc.constantFrom(...TIMEX_TYPES),
    value: someString,
    mod: optional(fc.constantFrom(...TIMEX_MODS)),
    from: optional(date),
    to: optional(date),
    granularity: optional(fc.constantFrom(...GRANULARITIES)),
    anchor: optional(someString),
    why: someString,
  },
  { requiredKeys: ['id', 'text', 'start', 'end', 'type', 'value', 'why'] },
);
const event = fc.record(
  {
    id: someString,
    label: someString,
    timex: someString,
    from: date,
    to: date,
    granularity: fc.constantFrom(...GRANULARITIES),
    mod: fc.constantFrom(...TIMEX_MODS),
    ongoing: fc.boolean(),
    sentence: fc.record({ start: offset, end: offset, text: someString }),
    actors: fc.array(someString, { maxLength: 3 }),
    background: fc.boolean(),
    why: someString,
  },
  { requiredKeys: ['id', 'label', 'timex', 'from', 'to', 'granularity', 'sentence', 'actors'] },
);
const eventList = fc.record({
  version: fc.constantFrom(1, 2),
  article: fc.record(
    {
      title: someString,
      source: someString,
      published,
      publishedFrom: fc.constantFrom(...PUBLISHED_FROM),
      text: fc.string({ maxLength: 30 }),
    },
    { requiredKeys: ['published', 'text'] },
  ),
  timexes: fc.array(timex, { maxLength: 4 }),
  events: fc.array(event, { maxLength: 4 }),
});

const edit = jsonEdit(fc.oneof(junk, date, offset));

/** Skips that the schema cannot see: they compare one field with another. */
const comparesFields = (s: SkippedItem) => s.problem !== 'date';

test('the validator and the schema accept and reject the same generated lists', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(
      eventList,
      fc.oneof(fc.constant([]), fc.array(edit, { minLength: 1, maxLength: 3 })),
      (generated, edits) => {
        const list = structuredClone(generated) as unknown as Json;
        for (const e of edits) applyEdit(list, e);
        const result = validateEventList(list);
        const byValidator = result.ok && [...result.skipped, ...result.skippedTimexes].every(comparesFields);
        const bySchema = schemaAccepts(list);
        assert.equal(
          byValidator,
          bySchema,
          `${JSON.stringify(list)}\nvalidator: ${JSON.stringify(result.ok ? [...result.skipped, ...result.skippedTimexes] : result)}\nschema: ${schemaErrors(list).join('; ')}`,
        );
        if (bySchema) accepted++;
        else rejected++;
        // What the element draws is always a valid EventList.
        if (result.ok) assert.deepEqual(schemaErrors(result.list), []);
      },
    ),
    { seed: 20161017, numRuns: 3000 },
  );
  // Both sides were exercised.
  assert.ok(accepted > 300 && rejected > 300, `${accepted} accepted, ${rejected} rejected`);
});

test('what the schema cannot see is skipped with a reason: empty and reversed intervals, offsets outside the text', () => {
  const text = 'Talks failed on Monday.';
  const base = {
    id: 'e',
    label: 'Talks failed',
    timex: 't1',
    granularity: 'day',
    sentence: { start: 0, end: text.length, text },
    actors: [],
  };
  const list = {
    version: 2,
    article: { published: '2016-10-17', text },
    timexes: [
      { id: 't1', text: 'Monday', start: 16, end: 22, type: 'DATE', value: '2016-10-17', why: 'w' },
      { id: 't2', text: 'Monday', start: 22, end: 16, type: 'DATE', value: '2016-10-17', why: 'w' },
      { id: 't3', text: 'Monday', start: 16, end: 99, type: 'DATE', value: '2016-10-17', why: 'w' },
    ],
    events: [
      { ...base, id: 'ok', from: '2016-10-17', to: '2016-10-18' },
      { ...base, id: 'equal', from: '2016-10-17', to: '2016-10-17' },
      { ...base, id: 'reversed', from: '2016-10-18', to: '2016-10-17T12:00' },
      { ...base, id: 'beyond', from: '2016-10-17', to: '2016-10-18', sentence: { start: 0, end: 24, text } },
      { ...base, id: 'backwards', from: '2016-10-17', to: '2016-10-18', sentence: { start: 9, end: 3, text: '' } },
    ],
  };
  assert.ok(schemaAccepts(list), 'the schema cannot tell');
  const result = validateEventList(list);
  assert.ok(result.ok);
  assert.deepEqual(
    result.list.events.map((e) => e.id),
    ['ok'],
  );
  assert.deepEqual(
    result.list.timexes.map((t) => t.id),
    ['t1'],
  );
  assert.deepEqual(
    result.skipped.map((s) => [s.id, s.problem, s.field, s.value, s.reason]),
    [
      ['equal', 'interval', 'to', '2016-10-17', 'equals from: the interval is empty'],
      ['reversed', 'interval', 'to', '2016-10-17T12:00', 'is before from (2016-10-18)'],
      ['beyond', 'offsets', 'sentence', '0–24', 'sentence end 24 is beyond the article text (23 characters)'],
      ['backwards', 'offsets', 'sentence', '9–3', 'sentence start 9 is after end 3'],
    ],
  );
  assert.deepEqual(
    result.skippedTimexes.map((s) => [s.id, s.problem, s.reason]),
    [
      ['t2', 'offsets', 'start 22 is after end 16'],
      ['t3', 'offsets', 'end 99 is beyond the article text (23 characters)'],
    ],
  );
});
