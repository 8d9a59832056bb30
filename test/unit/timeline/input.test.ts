import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  articleOf,
  resolveInput,
  storyOf,
  NO_EXTRACTOR_MESSAGE,
  type InputSources,
} from '../../../src/timeline/input.js';
import { SourceError } from '../../../src/timeline/source-loader.js';
import * as words from '../../../src/timeline/validation-messages.js';
import { eventList } from './helpers.js';

const list = eventList([{ from: '2016-10-17', to: '2016-10-18' }]);
const none: InputSources = {
  data: null,
  src: null,
  load: null,
  article: null,
  canRead: true,
  extraction: null,
  children: [],
  canExtractStory: false,
  coverage: { value: null, error: null },
  storyExtractor: { value: null, error: null },
  words: { value: words, error: null },
};
const article = { text: 'On Monday' };

test('.data wins over src and text; nothing at all is "none"', () => {
  assert.equal(resolveInput(none).kind, 'none');
  const r = resolveInput({ ...none, data: list, src: 'x.json', article });
  assert.ok(r.kind === 'ready' && r.list === list);
});

test('an invalid list waits for the words of its problem (the loading state); without them, where the problem is', () => {
  const data = { ...list, events: [{ ...list.events[0], label: 42 }] };
  const worded = resolveInput({ ...none, data });
  assert.ok(worded.kind === 'error' && worded.errorKind === 'validation');
  assert.equal(worded.message, 'Invalid event list: events[0].label should be a string, got a number');
  assert.deepEqual(resolveInput({ ...none, data, words: { value: null, error: null } }), {
    kind: 'loading',
    what: 'events',
    needs: ['words'],
  });
  const plain = resolveInput({ ...none, data, words: { value: null, error: new Error('404') } });
  assert.ok(plain.kind === 'error' && plain.field === 'events[0].label');
  assert.equal(plain.message, 'Invalid event list: the problem is at events[0].label');
  // A good list does not wait for them.
  assert.equal(resolveInput({ ...none, data: list, words: { value: null, error: null } }).kind, 'ready');
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

test('the article: .text wins over a child article, whose own published and title win over the element’s', () => {
  const child = {
    text: 'Child text',
    published: '2016-10-17',
    title: 'Child title',
    id: null,
    source: null,
    url: null,
  };
  assert.equal(articleOf(null, null, '2016-10-17', 'T'), null);
  assert.deepEqual(articleOf(null, child, '2000-01-01', 'T'), {
    text: 'Child text',
    published: '2016-10-17',
    title: 'Child title',
  });
  assert.deepEqual(articleOf(null, { ...child, published: null, title: null }, '2000-01-01', 'T'), {
    text: 'Child text',
    published: '2000-01-01',
    title: 'T',
  });
  assert.deepEqual(articleOf('Own text', child, '2016-10-18', 'T'), {
    text: 'Own text',
    published: '2016-10-18',
    title: 'T',
  });
  assert.deepEqual(articleOf('', null, null, null), { text: '', published: undefined, title: undefined });
});

test('article text: loading while it is read, then validated; a missing extractor or a failed reading is an error', () => {
  assert.deepEqual(resolveInput({ ...none, article }), { kind: 'loading', what: 'article' });
  const controller = new AbortController();
  const done = Promise.resolve();
  assert.deepEqual(resolveInput({ ...none, article, extraction: { article, status: 'reading', controller, done } }), {
    kind: 'loading',
    what: 'article',
  });
  const read = resolveInput({ ...none, article, extraction: { article, status: 'done', list } });
  assert.ok(read.kind === 'ready' && read.list === list);
  const invalid = resolveInput({ ...none, article, extraction: { article, status: 'done', list: { version: 1 } } });
  assert.ok(invalid.kind === 'error' && invalid.errorKind === 'validation' && !invalid.retry);
  const missing = resolveInput({ ...none, article, canRead: false });
  assert.ok(missing.kind === 'error' && missing.message === NO_EXTRACTOR_MESSAGE);
  const failed = resolveInput({
    ...none,
    article,
    extraction: { article, status: 'error', message: 'The article could not be read: bad published date' },
  });
  assert.ok(failed.kind === 'error' && failed.errorKind === 'extraction' && /bad published date/.test(failed.message));
});

test('child articles: two or more make a story unless .text is given; the story waits for its modules', () => {
  const child = (text: string) => ({ text, published: '2016-10-17', title: null, id: null, source: null, url: null });
  const two = [child('A'), child('B')];
  assert.deepEqual(storyOf(null, [child('A')]), []);
  assert.deepEqual(storyOf('Own text', two), []);
  assert.equal(storyOf(null, two), two);
  const story = { ...none, children: two };
  const missing = resolveInput(story);
  assert.ok(missing.kind === 'error' && missing.message === NO_EXTRACTOR_MESSAGE);
  assert.deepEqual(resolveInput({ ...story, canExtractStory: true }), {
    kind: 'loading',
    what: 'articles',
    needs: ['storyExtractor', 'coverage'],
  });
  const failed = resolveInput({
    ...story,
    canExtractStory: true,
    storyExtractor: { value: null, error: new Error('news-timeline-extract-x.js: 404') },
  });
  assert.ok(failed.kind === 'error' && failed.retry && /news-timeline-extract-x\.js: 404/.test(failed.message));
});

test('child articles not read yet (their reading code loading): loading, or the error with Retry; .data and src win', () => {
  const one = { count: 1, error: null };
  assert.deepEqual(resolveInput({ ...none, unreadChildren: one }), {
    kind: 'loading',
    what: 'article',
    needs: ['reader'],
  });
  const story = resolveInput({ ...none, canExtractStory: true, unreadChildren: { count: 2, error: null } });
  assert.ok(story.kind === 'loading' && story.what === 'articles');
  const failed = resolveInput({ ...none, unreadChildren: { count: 1, error: new Error('no chunk') } });
  assert.ok(failed.kind === 'error' && failed.retry && failed.errorKind === 'extraction');
  assert.match(failed.message, /the extraction code could not be loaded \(no chunk\)/);
  // A build that cannot read them says so at once, without loading anything.
  const cannot = resolveInput({ ...none, canRead: false, unreadChildren: one });
  assert.ok(cannot.kind === 'error' && cannot.message === NO_EXTRACTOR_MESSAGE && !cannot.retry);
  const noStory = resolveInput({ ...none, unreadChildren: { count: 3, error: null } });
  assert.ok(noStory.kind === 'error' && noStory.message === NO_EXTRACTOR_MESSAGE);
  assert.equal(resolveInput({ ...none, data: list, unreadChildren: one }).kind, 'ready');
  assert.equal(resolveInput({ ...none, src: 'a.json', unreadChildren: one }).kind, 'loading');
});
