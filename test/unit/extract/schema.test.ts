// The JSON Schema matches src/extract/types.ts, and real extract() output validates against it.
// A tiny validator for the subset of draft 2020-12 the schema uses (no npm package needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/extract/index.js';

const root = new URL('../../../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/event-list.schema.json', root), 'utf8'));
const typesSource = readFileSync(new URL('src/extract/types.ts', root), 'utf8');

type Schema = Record<string, unknown>;

function resolve(node: Schema): Schema {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  const name = ref.replace('#/$defs/', '');
  return resolve((schema.$defs as Record<string, Schema>)[name]!);
}

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

/** Errors of `value` against `node`, as "path: problem" strings. */
function validate(value: unknown, node: Schema, path = '$'): string[] {
  const s = resolve(node);
  const errors: string[] = [];
  if ('const' in s && value !== s.const) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (s.enum && !(s.enum as unknown[]).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (s.type) {
    const types = ([] as string[]).concat(s.type as string);
    const actual = typeOf(value);
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!ok) return [...errors, `${path}: expected ${types.join('|')}, got ${actual}`];
  }
  if (typeof value === 'string' && s.pattern && !new RegExp(s.pattern as string, 'u').test(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} does not match ${s.pattern}`);
  }
  if (typeof value === 'number' && typeof s.minimum === 'number' && value < s.minimum)
    errors.push(`${path}: below minimum`);
  if (Array.isArray(value) && s.items)
    value.forEach((v, i) => errors.push(...validate(v, s.items as Schema, `${path}[${i}]`)));
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...validate(v, props[key]!, `${path}.${key}`));
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
    }
  }
  return errors;
}

/** Fields of an exported interface in types.ts: name → optional? */
function interfaceFields(name: string): Map<string, boolean> {
  const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(typesSource)?.[1];
  assert.ok(body, `interface ${name} in types.ts`);
  const fields = new Map<string, boolean>();
  for (const m of body.matchAll(/^\s{2}(\w+)(\??):/gm)) fields.set(m[1]!, m[2] === '?');
  return fields;
}

function unionMembers(name: string): string[] {
  const body = new RegExp(`export type ${name} =([\\s\\S]*?);`).exec(typesSource)?.[1];
  assert.ok(body, `type ${name} in types.ts`);
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

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
  ];
  for (const [name, node] of pairs) {
    const fields = interfaceFields(name);
    assert.deepEqual(Object.keys(node.properties as object).sort(), [...fields.keys()].sort(), name);
    const required = [...fields].filter(([, optional]) => !optional).map(([k]) => k);
    assert.deepEqual([...(node.required as string[])].sort(), required.sort(), `${name} required`);
    assert.equal(node.additionalProperties, false, name);
  }
});

test('schema enums are the unions of types.ts', () => {
  for (const name of ['TimexType', 'TimexMod', 'Granularity']) {
    assert.deepEqual(schema.$defs[name].enum, unionMembers(name), name);
  }
  const from = /publishedFrom\?: ([^;]+);/.exec(typesSource)![1]!;
  assert.deepEqual(
    schema.$defs.ArticleInfo.properties.publishedFrom.enum,
    [...from.matchAll(/'([^']+)'/g)].map((m) => m[1]),
  );
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
