// The element's StoryEventList validator against the JSON Schema (checked by Ajv), on generated lists: valid
// ones, and valid ones broken by random edits, as the EventList's validator is checked (validate-schema.test.ts).
// The schema cannot compare fields: the validator also skips what no schema can see (from not before to,
// offsets backwards, a mention of an article the story does not list) and rejects two articles with one id;
// everything else they must judge alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, jsonEdit, junk, type Json, type Obj } from '../helpers/json-edits.js';
import { GRANULARITIES, TIMEX_MODS, TIMEX_TYPES, PUBLISHED_FROM, extractStory } from '../../../src/extract/index.js';
import {
  validateStoryEventList,
  type SkippedStoryEvent,
} from '../../../src/timeline/coverage/validate-story-event-list.js';
import { storySchemaAccepts, storySchemaErrors } from '../helpers/story-event-list-schema.js';
import { STORY_ARTICLES } from '../extract/story/articles.js';

const date = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom('2024-03-05', '2024-03-06', '2024-03-06T18:00', '2000-02-29', '0050-06-15'),
  },
  fc.constantFrom('2024-13-01', '2023-02-29', '2024-03-06T24:00', '2024', '2024-03', '10000-01-01', ''),
);
const published = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 20, arbitrary: fc.constantFrom('2024-03-06', '2024-03-06T14:30', '2019-03-22T10:35:00-04:00') },
  { weight: 1, arbitrary: fc.constantFrom('2024-13-45', 'yesterday', ' 2024-03-06', '') },
);
const offset = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0.5) },
);
const someString = fc.string({ maxLength: 6 });
const articleId = fc.oneof({ weight: 20, arbitrary: fc.constantFrom('a', 'b', 'c') }, fc.constant('nobody'));

const article = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      title: someString,
      source: someString,
      url: fc.constantFrom('https://example.org/a', 'javascript:alert(1)', ''),
      published,
      publishedFrom: fc.constantFrom(...PUBLISHED_FROM),
      mentions: fc.integer({ min: 0, max: 5 }),
    },
    { requiredKeys: ['id', 'published', 'publishedFrom', 'mentions'] },
  );
const mention = fc.record(
  {
    article: articleId,
    start: offset,
    end: offset,
    sentence: someString,
    label: someString,
    timex: fc.record({
      text: someString,
      start: offset,
      end: offset,
      type: fc.constantFrom(...TIMEX_TYPES),
      value: someString,
    }),
    event: someString,
    from: date,
    to: date,
    granularity: fc.constantFrom(...GRANULARITIES),
    mod: fc.constantFrom(...TIMEX_MODS),
    ongoing: fc.boolean(),
    background: fc.boolean(),
  },
  { requiredKeys: ['article', 'start', 'end', 'sentence', 'label', 'timex'] },
);
const storyDate = fc.record({
  from: date,
  to: date,
  granularity: fc.constantFrom(...GRANULARITIES),
  articles: fc.array(articleId, { maxLength: 2 }),
});
const event = fc.record(
  {
    id: someString,
    label: someString,
    from: date,
    to: date,
    granularity: fc.constantFrom(...GRANULARITIES),
    mod: fc.constantFrom(...TIMEX_MODS),
    ongoing: fc.boolean(),
    date: fc.constantFrom('agree', 'disagree', 'undated'),
    dates: fc.array(storyDate, { maxLength: 2 }),
    value: someString,
    articles: fc.integer({ min: 1, max: 3 }),
    background: fc.boolean(),
    actors: fc.array(someString, { maxLength: 2 }),
    mentions: fc.array(mention, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['id', 'label', 'date', 'articles', 'actors', 'mentions'] },
);
const storyList = fc.record(
  {
    version: fc.constant(1),
    story: fc.oneof(someString, fc.integer()),
    articles: fc.tuple(article('a'), article('b'), article('c')),
    events: fc.array(event, { maxLength: 3 }),
  },
  { requiredKeys: ['version', 'articles', 'events'] },
);

const edit = jsonEdit(fc.oneof(junk, date, offset));

/** Skips that the schema cannot see: they compare one field with another, or with the list of articles. */
const schemaBlind = (s: SkippedStoryEvent) => s.problem !== 'date';

test('the story validator and the schema accept and reject the same generated lists', () => {
  let accepted = 0;
  let rejected = 0;
  let blind = 0;
  fc.assert(
    fc.property(
      storyList,
      fc.oneof(fc.constant([]), fc.array(edit, { minLength: 1, maxLength: 3 })),
      (generated, edits) => {
        const list = structuredClone(generated) as unknown as Json;
        for (const e of edits) applyEdit(list, e);
        const result = validateStoryEventList(list);
        const bySchema = storySchemaAccepts(list);
        // Two articles with one id: fatal for the validator, which the schema cannot see.
        if (!result.ok && /repeats an earlier article's id/.test(result.message)) {
          blind++;
          return;
        }
        if (result.ok && result.skipped.some(schemaBlind) && result.skipped.every(schemaBlind)) blind++;
        const byValidator = result.ok && result.skipped.every(schemaBlind);
        assert.equal(
          byValidator,
          bySchema,
          `${JSON.stringify(list)}\nvalidator: ${JSON.stringify(result.ok ? result.skipped : result)}\nschema: ${storySchemaErrors(list).join('; ')}`,
        );
        if (bySchema) accepted++;
        else rejected++;
        // What the element draws is always a valid StoryEventList.
        if (result.ok) assert.deepEqual(storySchemaErrors(result.list), []);
      },
    ),
    { seed: 20240306, numRuns: 3000 },
  );
  // Both sides were exercised, and what only the validator sees.
  assert.ok(
    accepted > 300 && rejected > 300 && blind > 30,
    `${accepted} accepted, ${rejected} rejected, ${blind} blind`,
  );
});

test('extractStory() output passes the validator whole', () => {
  const list = extractStory(STORY_ARTICLES, { story: 'bridge' });
  const result = validateStoryEventList(list);
  assert.ok(result.ok);
  assert.equal(result.list, list);
  assert.deepEqual(result.skipped, []);
});

test('what the schema cannot see is skipped with a reason; a repeated article id is fatal', () => {
  const list = extractStory(STORY_ARTICLES);
  const broken = structuredClone(list);
  broken.events[0].to = broken.events[0].from;
  broken.events[1].mentions[0].article = 'nobody';
  delete broken.events[2].to;
  const start = broken.events[3].mentions[0].timex.start;
  broken.events[3].mentions[0].timex.end = start - 1;
  assert.ok(storySchemaAccepts(broken), 'the schema cannot tell');
  const result = validateStoryEventList(broken);
  assert.ok(result.ok);
  assert.deepEqual(
    result.skipped.map((s) => [s.id, s.problem, s.field, s.reason]),
    [
      ['s1', 'interval', 'to', 'equals from: the interval is empty'],
      ['s2', 'article', 'mentions[0].article', 'names an article the story does not list'],
      ['s3', 'interval', 'to', 'is missing while from is given'],
      ['s4', 'offsets', 'mentions[0].timex', `start ${start} is after end ${start - 1}`],
    ],
  );
  assert.deepEqual(
    result.list.events.map((e) => e.id),
    ['s5'],
  );
  const twice = structuredClone(list);
  twice.articles[2].id = twice.articles[0].id;
  const fatal = validateStoryEventList(twice);
  assert.ok(!fatal.ok && fatal.field === 'articles[2].id', JSON.stringify(fatal));
});

test('messages name the field, as the EventList validator does', () => {
  const list = extractStory(STORY_ARTICLES);
  const cases: [(l: Record<string, unknown> & typeof list) => void, string, RegExp][] = [
    [(l) => ((l as { version: number }).version = 2), 'version', /version should be 1/],
    [(l) => ((l as unknown as Obj).extra = 1), 'extra', /does not define: "extra"/],
    [
      (l) => delete (l.articles[1] as Partial<(typeof l.articles)[1]>).publishedFrom,
      'articles[1].publishedFrom',
      /is missing/,
    ],
    [(l) => ((l.articles[0] as unknown as Obj).published = '2024-13-01'), 'articles[0].published', /ISO date/],
    [
      (l) => ((l.events[2].mentions[1].timex as unknown as Obj).type = 'DAY'),
      'events[2].mentions[1].timex.type',
      /one of DATE/,
    ],
    [(l) => (l.events[0].mentions = []), 'events[0].mentions', /at least one mention/],
    [(l) => ((l.events[0] as unknown as Obj).articles = 0), 'events[0].articles', /whole number ≥ 1/],
  ];
  for (const [change, field, message] of cases) {
    const broken = structuredClone(list) as Record<string, unknown> & typeof list;
    change(broken);
    const result = validateStoryEventList(broken);
    assert.ok(!result.ok, field);
    assert.equal(result.field, field);
    assert.match(result.message, message);
    assert.ok(!storySchemaAccepts(broken), `the schema rejects it too: ${field}`);
  }
  assert.deepEqual(validateStoryEventList(null), {
    ok: false,
    field: '',
    message: 'The story list should be an object, got null',
  });
});
