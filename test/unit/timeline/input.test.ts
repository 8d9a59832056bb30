import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveInput, NO_EXTRACTOR_MESSAGE, type InputSources } from '../../../src/timeline/input.js';
import { SourceError } from '../../../src/timeline/source-loader.js';
import type { ExtractOptions } from '../../../src/extract/types.js';
import { eventList } from './helpers.js';

const list = eventList([{ from: '2016-10-17', to: '2016-10-18' }]);
const none: InputSources = {
  data: null,
  src: null,
  load: null,
  text: null,
  children: [],
  published: null,
  articleTitle: null,
  extractor: null,
  canExtractStory: false,
  coverage: { value: null, error: null },
  storyExtractor: { value: null, error: null },
};

test('.data wins over src and text; nothing at all is "none"', () => {
  assert.equal(resolveInput(none).kind, 'none');
  const r = resolveInput({ ...none, data: list, src: 'x.json', text: 'On Monday' });
  assert.ok(r.kind === 'ready' && r.list === list);
});

test('src: loading until its own answer arrives, then validated; errors keep their kind and offer retry', () => {
  assert.equal(resolveInput({ ...none, src: 'a.json' }).kind, 'loading');
  const stale = resolveInput({ ...none, src: 'b.json', load: { src: 'a.json', status: 'done', json: list } });
  assert.equal(stale.kind, 'loading');
  const done = resolveInput({ ...none, src: 'a.json', load: { src: 'a.json', status: 'done', json: list } });
  assert.equal(done.kind, 'ready');
  const bad = resolveInput({ ...none, src: 'a.json', load: { src: 'a.json', status: 'done', json: { version: 1 } } });
  assert.ok(bad.kind === 'error' && bad.field === 'article' && bad.retry && bad.errorKind === 'validation');
  const json = resolveInput({
    ...none,
    src: 'a.json',
    load: { src: 'a.json', status: 'error', error: new SourceError('json', 'a.json is not valid JSON') },
  });
  assert.ok(json.kind === 'error' && json.errorKind === 'json' && json.retry);
});

test('article text: extractor options, child attributes, missing or failing extractor', () => {
  const calls: [string, ExtractOptions][] = [];
  const extractor = (text: string, options: ExtractOptions) => (calls.push([text, options]), list);
  const child = {
    text: 'Child text',
    published: '2016-10-17',
    title: 'Child title',
    id: null,
    source: null,
    url: null,
  };
  const children = [child];
  assert.equal(resolveInput({ ...none, children, published: '2000-01-01', extractor }).kind, 'ready');
  assert.deepEqual(calls.pop(), ['Child text', { published: '2016-10-17', title: 'Child title' }]);
  resolveInput({ ...none, children, text: 'Own text', published: '2016-10-18', articleTitle: 'T', extractor });
  assert.deepEqual(calls.pop(), ['Own text', { published: '2016-10-18', title: 'T' }]);
  const missing = resolveInput({ ...none, text: 'x' });
  assert.ok(missing.kind === 'error' && missing.message === NO_EXTRACTOR_MESSAGE);
  const failing = resolveInput({
    ...none,
    text: 'x',
    extractor: () => {
      throw new Error('bad published date');
    },
  });
  assert.ok(failing.kind === 'error' && /could not be read: bad published date/.test(failing.message));
});
