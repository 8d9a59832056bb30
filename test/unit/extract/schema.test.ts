// The JSON Schema matches src/extract/types.ts, and real extract() output validates against it.
// The validator is test/unit/json-schema.ts (the subset of draft 2020-12 the schemas use).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EDITED_FIELDS, PROVENANCE_ORIGINS, extract } from '../../../src/extract/index.js';
import { interfaceFields, unionMembers, validator, type Schema } from '../json-schema.js';

const root = new URL('../../../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/event-list.schema.json', root), 'utf8'));
const typesSource = readFileSync(new URL('src/extract/types.ts', root), 'utf8');

const validate = validator(schema);
const interfaceFieldsOf = (name: string) => interfaceFields(typesSource, name);
const unionMembersOf = (name: string) => unionMembers(typesSource, name);

test('schema declares draft 2020-12', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
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

test('schema enums are the unions of types.ts', () => {
  for (const name of ['TimexType', 'TimexMod', 'Granularity']) {
    assert.deepEqual(schema.$defs[name].enum, unionMembersOf(name), name);
  }
  const from = /publishedFrom\?: ([^;]+);/.exec(typesSource)![1]!;
  assert.deepEqual(
    schema.$defs.ArticleInfo.properties.publishedFrom.enum,
    [...from.matchAll(/'([^']+)'/g)].map((m) => m[1]),
  );
  assert.deepEqual(schema.$defs.Provenance.properties.origin.enum, [...PROVENANCE_ORIGINS]);
  assert.deepEqual(schema.$defs.Provenance.properties.fields.items.enum, [...EDITED_FIELDS]);
});

test('the validator itself rejects wrong types, missing fields and extra fields', () => {
  const list = extract('Talks ended on Monday.', { published: '2016-10-17' });
  const broken = JSON.parse(JSON.stringify(list));
  broken.version = 99;
  delete broken.article.text;
  broken.article.extra = 1;
  broken.timexes.push({ id: 1 });
  const errors = validate(broken, schema);
  assert.ok(errors.some((e) => e.startsWith('$.version')));
  assert.ok(errors.includes('$.article: missing text'));
  assert.ok(errors.includes('$.article: unexpected property extra'));
  assert.ok(errors.some((e) => e.startsWith('$.timexes[') && e.includes('id')));
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
  ];
  for (const [text, options] of cases) {
    const errors = validate(extract(text, options), schema);
    assert.deepEqual(errors, [], text.slice(0, 40));
  }
});
