// schema/story-event-list.schema.json matches src/extract/story/types.ts, and extractStory() output validates
// (checked by Ajv, as the EventList's schema is).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extractStory, GRANULARITIES, TIMEX_MODS, TIMEX_TYPES } from '../../../../src/extract/index.js';
import { schema as eventListSchema } from '../../helpers/event-list-schema.js';
import { storySchemaErrors } from '../../helpers/story-event-list-schema.js';
import { interfaceFields, unionMembers, type Schema } from '../../json-schema.js';
import { STORY_ARTICLES } from './articles.js';

const root = new URL('../../../../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/story-event-list.schema.json', root), 'utf8'));
const storyTypes = readFileSync(new URL('src/extract/story/types.ts', root), 'utf8');
const validate = storySchemaErrors;

test('story schema declares draft 2020-12 and its own version', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const versions = /READABLE_STORY_EVENT_LIST_VERSIONS = \[([^\]]*)\]/.exec(storyTypes)![1]!.split(',').map(Number);
  assert.deepEqual(schema.properties.version.enum, versions);
});

test('story schema objects have exactly the fields of types.ts, with the same optionality', () => {
  const pairs: [string, Schema][] = [
    ['StoryEventList', schema],
    ['StoryArticle', schema.$defs.StoryArticle],
    ['StoryTimex', schema.$defs.StoryTimex],
    ['StoryMention', schema.$defs.StoryMention],
    ['StoryDate', schema.$defs.StoryDate],
    ['StoryEvent', schema.$defs.StoryEvent],
  ];
  for (const [name, node] of pairs) {
    const fields = interfaceFields(storyTypes, name);
    assert.deepEqual(Object.keys(node.properties as object).sort(), [...fields.keys()].sort(), name);
    const required = [...fields].filter(([, optional]) => !optional).map(([k]) => k);
    assert.deepEqual([...(node.required as string[])].sort(), required.sort(), `${name} required`);
    assert.equal(node.additionalProperties, false, name);
  }
  assert.deepEqual(schema.$defs.DateAgreement.enum, unionMembers(storyTypes, 'DateAgreement'));
  // The EventList's enumerations are constant arrays in src/extract/types.ts.
  assert.deepEqual(schema.$defs.TimexType.enum, [...TIMEX_TYPES]);
  assert.deepEqual(schema.$defs.TimexMod.enum, [...TIMEX_MODS]);
  assert.deepEqual(schema.$defs.Granularity.enum, [...GRANULARITIES]);
});

test('extractStory() output validates: dated, undated and disagreeing articles, and none', () => {
  const list = extractStory(STORY_ARTICLES, { story: 'bridge' });
  assert.deepEqual(validate(list), []);
  assert.ok(list.events.some((e) => e.articles > 1));
  assert.deepEqual(validate(extractStory([])), []);
  const broken = JSON.parse(JSON.stringify(list));
  broken.version = 2;
  delete broken.events[0].mentions[0].timex;
  broken.events[0].extra = true;
  const errors = validate(broken);
  assert.ok(
    errors.some((e) => e.startsWith('/version')),
    errors.join('; '),
  );
  assert.ok(errors.includes("/events/0/mentions/0 must have required property 'timex'"), errors.join('; '));
  assert.ok(errors.includes('/events/0 must NOT have additional properties'), errors.join('; '));
});

test("story dates are the EventList's: the same strict AxisDate and PublishedDate", () => {
  assert.deepEqual(schema.$defs.AxisDate, eventListSchema.$defs.AxisDate);
  assert.deepEqual(schema.$defs.PublishedDate, eventListSchema.$defs.PublishedDate);
  const list = extractStory(STORY_ARTICLES);
  for (const [path, value] of [
    ['/events/0/from', '2016-13-45'],
    ['/events/0/to', '2015-02-29'],
    ['/events/0/mentions/0/from', '2016'],
    ['/articles/0/published', 'yesterday'],
  ] as const) {
    const broken = JSON.parse(JSON.stringify(list));
    const keys = path.slice(1).split('/');
    let target = broken;
    for (const key of keys.slice(0, -1)) target = target[key];
    target[keys.at(-1)!] = value;
    assert.ok(
      validate(broken).some((e) => e.startsWith(path)),
      `${path} = ${value}: ${validate(broken).join('; ')}`,
    );
  }
});

test('the example story in events/ validates', () => {
  const dir = new URL('events/', root);
  const stories = readdirSync(dir).filter((name) => name.endsWith('.story.json'));
  assert.ok(stories.length >= 1);
  for (const name of stories)
    assert.deepEqual(validate(JSON.parse(readFileSync(new URL(name, dir), 'utf8'))), [], name);
});
