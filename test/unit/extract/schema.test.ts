// The JSON Schema matches src/extract/types.ts, and real extract() output validates against it
// (checked by Ajv, a standard JSON Schema validator: test/unit/helpers/event-list-schema.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extract } from '../../../src/extract/index.js';
import { isPublishedDate } from '../../../src/extract/published.js';
import {
  EDITED_FIELDS,
  GRANULARITIES,
  PROVENANCE_ORIGINS,
  PUBLISHED_FROM,
  READABLE_EVENT_LIST_VERSIONS,
  TIMEX_MODS,
  TIMEX_TYPES,
} from '../../../src/extract/types.js';
import { schema, schemaAccepts, schemaErrors, schemaPattern } from '../helpers/event-list-schema.js';
import { interfaceFields, type Schema } from '../json-schema.js';

const root = new URL('../../../../', import.meta.url);
const typesSource = readFileSync(new URL('src/extract/types.ts', root), 'utf8');

const interfaceFieldsOf = (name: string) => interfaceFields(typesSource, name);

test('schema declares draft 2020-12 and compiles in strict mode', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(typeof schemaAccepts, 'function');
});

test('schema objects have exactly the fields of types.ts, with the same optionality', () => {
  const pairs: [string, Schema][] = [
    ['EventList', schema],
    ['ArticleInfo', schema.$defs.ArticleInfo],
    ['Timex', schema.$defs.Timex],
    ['TimelineEvent', schema.$defs.TimelineEvent],
    ['TextSpan', schema.$defs.TextSpan],
    ['Provenance', schema.$defs.Provenance],
  ];
  for (const [name, node] of pairs) {
    const fields = interfaceFieldsOf(name);
    assert.deepEqual(Object.keys(node.properties as object).sort(), [...fields.keys()].sort(), name);
    const required = [...fields].filter(([, optional]) => !optional).map(([k]) => k);
    assert.deepEqual([...(node.required as string[])].sort(), required.sort(), `${name} required`);
    assert.equal(node.additionalProperties, false, name);
  }
});

test('schema enums are the constant arrays of types.ts', () => {
  assert.deepEqual(schema.$defs.TimexType.enum, [...TIMEX_TYPES]);
  assert.deepEqual(schema.$defs.TimexMod.enum, [...TIMEX_MODS]);
  assert.deepEqual(schema.$defs.Granularity.enum, [...GRANULARITIES]);
  assert.deepEqual(schema.$defs.PublishedFrom.enum, [...PUBLISHED_FROM]);
  assert.deepEqual(schema.properties.version.enum, [...READABLE_EVENT_LIST_VERSIONS]);
  assert.deepEqual(schema.$defs.Provenance.properties.origin.enum, [...PROVENANCE_ORIGINS]);
  assert.deepEqual(schema.$defs.Provenance.properties.fields.items.enum, [...EDITED_FIELDS]);
});

/** Strings shaped like dates, most of them near misses: impossible days, times, forms the axis does not read. */
const dateLike = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
      fc.constantFrom('-0001', '10000', '99', '2016'),
    ),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.option(
      fc.tuple(
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.option(fc.integer({ min: 0, max: 61 })),
      ),
    ),
    fc.constantFrom('', '', '', 'Z', '+02:00', '-0400', '+15:00', ' ', '.5'),
    fc.boolean(),
  )
  .map(([y, mo, d, time, tail, space]) => {
    const p = (n: number) => String(n).padStart(2, '0');
    let s = `${y}-${p(mo)}-${p(d)}`;
    if (time) s += `${space ? ' ' : 'T'}${p(time[0])}:${p(time[1])}${time[2] === null ? '' : `:${p(time[2])}`}`;
    return s + tail;
  });

test('AxisDate accepts exactly the real days (and times) of years 0000–9999 written YYYY-MM-DD[THH:mm]', () => {
  const axis = schemaPattern('AxisDate');
  for (const ok of ['2016-10-17', '2016-10-15T18:00', '0000-02-29', '2000-02-29', '0050-06-15', '9999-12-31T23:59'])
    assert.ok(axis.test(ok), ok);
  for (const bad of [
    '2016-13-01',
    '2015-02-29',
    '1900-02-29',
    '2016-04-31',
    '2016-10-17T24:00',
    '2016',
    '2016-10',
    '2016-10-17T18:00:00',
    '2016-10-17Z',
    '-0001-01-01',
    '10000-01-01',
    '0NaN-NaN-NaN',
  ])
    // prettier-ignore
    assert.ok(!axis.test(bad), bad);
  fc.assert(
    fc.property(dateLike, (s) => {
      const [y, mo, d, hh, mm] = [0, 5, 8, 11, 14].map((at) => Number(s.slice(at, at + 2 + (at ? 0 : 2))));
      const leap = y! % 4 === 0 && (y! % 100 !== 0 || y! % 400 === 0);
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo! - 1] ?? 0;
      const real =
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s) &&
        d! >= 1 &&
        d! <= days &&
        (s.length === 10 || (hh! < 24 && mm! < 60));
      assert.equal(axis.test(s), real, s);
    }),
    { seed: 17, numRuns: 3000 },
  );
});

test('PublishedDate accepts exactly what extract() accepts as `published` (trimmed)', () => {
  const published = schemaPattern('PublishedDate');
  fc.assert(
    fc.property(dateLike, (s) => assert.equal(published.test(s), isPublishedDate(s), s)),
    { seed: 18, numRuns: 3000 },
  );
});

test('the schema rejects wrong types, missing fields and extra fields', () => {
  const list = extract('Talks ended on Monday.', { published: '2016-10-17' });
  assert.deepEqual(schemaErrors(list), []);
  const broken = JSON.parse(JSON.stringify(list));
  broken.version = 99;
  delete broken.article.text;
  broken.article.extra = 1;
  broken.timexes.push({ id: 1 });
  const errors = schemaErrors(broken);
  assert.ok(errors.some((e) => e.startsWith('/version')));
  assert.ok(
    errors.some((e) => e.startsWith('/article ') && e.includes("'text'")),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => e.startsWith('/article ') && e.includes('additional')),
    errors.join('\n'),
  );
  assert.ok(errors.some((e) => e.startsWith('/timexes/1')));
});

test('real extract() output validates: the seed article and odd inputs', () => {
  const seed = readFileSync(new URL('events/reuters-2016-10-17-syria-egypt-mamlouk.txt', root), 'utf8');
  const cases: [string, Parameters<typeof extract>[1]][] = [
    [
      seed,
      { published: '2016-10-17', title: 'Syrian security chief makes public Cairo visit - SANA', source: 'Reuters' },
    ],
    [seed, {}],
    ['CAIRO, Oct 17, 2016 (Reuters) - Talks failed on Saturday evening. Aid has flowed since mid-2013.', {}],
    ['', {}],
    [
      '\u0000\r\n😀 On Monday ‏مرحبا‎ from 2001 to 2003, every week, for three weeks.',
      { published: '2016-10-17T14:30' },
    ],
    ['Talks resumed on Monday.', { published: '2019-03-22T10:35:00-04:00' }],
  ];
  for (const [text, options] of cases) {
    assert.deepEqual(schemaErrors(extract(text, options)), [], text.slice(0, 40));
  }
});

test('the example event lists in events/ validate', () => {
  const dir = new URL('events/', root);
  // Stories (.articles.json, .story.json) are not EventLists: the story schema's test checks them.
  const lists = readdirSync(dir).filter((name) => /(?<!\.meta|\.articles|\.story)\.json$/.test(name));
  assert.ok(lists.length >= 3);
  for (const name of lists)
    assert.deepEqual(schemaErrors(JSON.parse(readFileSync(new URL(name, dir), 'utf8'))), [], name);
});
