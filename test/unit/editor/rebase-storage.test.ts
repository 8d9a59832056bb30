// Re-extraction after the text changes (edits kept or dropped, with reasons), and drafts kept in a storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addEvent,
  addedFromProposal,
  createDraft,
  deleteEvent,
  discardEdits,
  draftKey,
  loadEdits,
  mergeEvents,
  proposeFromSelection,
  readDate,
  rebase,
  saveEdits,
  setDate,
  setLabel,
  undo,
  type Draft,
} from '../../../src/editor/index.js';
import { ARTICLE, FakeStorage, PUBLISHED, SENTENCES, article, idOf } from './helpers.js';

const reading = (phrase: string) => {
  const result = readDate(phrase, PUBLISHED);
  assert.ok(result.ok);
  return result.reading;
};

/** Edits on several sentences: labels, a date, a deletion, an added event with a label of its own, a merge. */
function edited(): Draft {
  let draft = createDraft(article()).draft;
  const base = draft.base;
  draft = setLabel(draft, idOf(base, 'Monday'), 'Talks collapsed');
  draft = setLabel(draft, idOf(base, 'last month'), 'Officials met in Geneva');
  draft = setDate(draft, idOf(base, 'mid-2013'), reading('2012'));
  draft = deleteEvent(draft, idOf(base, 'March'));
  const at = ARTICLE.indexOf('Rebels');
  const result = proposeFromSelection(base, at, ARTICLE.indexOf(', witnesses'));
  assert.ok(result.ok);
  const added = addEvent(draft, addedFromProposal(result.proposal, 'Rebels shelled Aleppo', reading('Sunday')));
  draft = setLabel(added.draft, added.id, 'Rebels shelled Aleppo again');
  draft = mergeEvents(draft, idOf(base, 'next week'), idOf(base, 'last month'));
  return draft;
}

const labels = (draft: Draft) => draft.view.list.events.map((e) => e.label);

test('re-extraction of the same text keeps every edit', () => {
  const draft = edited();
  const { draft: again, dropped } = rebase(draft, article());
  assert.deepEqual(dropped, []);
  assert.deepEqual(again.view, draft.view);
  assert.deepEqual(again.edits, draft.edits);
});

test('text added between sentences and after them: every edit follows its sentence', () => {
  const draft = edited();
  const text = ARTICLE.replace(SENTENCES[1]!, `${SENTENCES[1]} The envoy was not there.`).concat(
    ' More reports are expected on Tuesday.',
  );
  const { draft: moved, dropped } = rebase(draft, article(text));
  assert.deepEqual(dropped, []);
  assert.deepEqual(labels(moved).slice(0, labels(draft).length), labels(draft));
  const added = moved.view.events.find((e) => e.id === 'a1')!;
  assert.equal(added.event.sentence.start, text.indexOf('Rebels'));
  assert.equal(added.event.label, 'Rebels shelled Aleppo again');
  const addEdit = moved.edits.find((e) => e.type === 'add')!;
  assert.equal(addEdit.type === 'add' && addEdit.event.sentenceStart, text.indexOf('Rebels'), 'the log is updated');
  // the new sentence brings an event of its own, untouched
  assert.equal(moved.view.list.events.at(-1)!.provenance!.origin, 'extracted');
});

test('a changed sentence drops its edits, and the edits that need them, with reasons', () => {
  const draft = edited();
  const text = ARTICLE.replace(SENTENCES[1]!, 'Officials met in Vienna last month to prepare the talks.').replace(
    SENTENCES[5]!,
    'Rebels shelled the city.',
  );
  const { draft: next, dropped } = rebase(draft, article(text));
  assert.deepEqual(
    dropped.map((d) => [d.edit.type, d.reason]),
    [
      ['label', 'its sentence is no longer in the article'],
      ['add', 'its sentence is no longer in the article'],
      ['label', 'the event it changes is gone'],
      ['merge', 'its sentence is no longer in the article'],
    ],
  );
  assert.match(
    dropped[0]!.description,
    /^Label “Officials met in Geneva” of the event of “last month” in “Officials met in Geneva/,
  );
  assert.match(dropped[2]!.description, /the added event “Rebels shelled Aleppo”/);
  // the others stay
  assert.equal(next.edits.length, draft.edits.length - 4);
  assert.ok(labels(next).includes('Talks collapsed'));
  assert.equal(next.view.events.find((e) => e.ref && 'phrase' in e.ref && e.ref.phrase === 'March')!.status, 'deleted');
  assert.ok(next.view.list.events.some((e) => e.from === '2012-01-01'));
  assert.equal(next.undone.length, 0);
});

test('a sentence whose time phrase changed: its event is gone, the sentence is not', () => {
  const draft = edited();
  const text = ARTICLE.replace('collapsed on Monday after', 'collapsed after');
  const { dropped } = rebase(draft, article(text));
  assert.deepEqual(
    dropped.map((d) => d.reason),
    ['its sentence is no longer in the article'],
    'the sentence changed with its phrase',
  );
  // the same sentence, another date read (a new publication date): edits stay, on the same words
  const redated = createDraft(article()).draft;
  const next = setLabel(redated, 'e1', 'Talks collapsed');
  const later = rebase(next, { ...article(), article: { ...article().article, published: '2016-10-20' } });
  assert.deepEqual(later.dropped, []);
});

test('a repeated sentence: each copy keeps its own edits', () => {
  const sentence = 'Talks failed on Monday.';
  const text = `${sentence} Aid resumed last month. ${sentence}`;
  let draft = createDraft(article(text)).draft;
  const [first, , third] = draft.base.events;
  draft = setLabel(draft, third!.id, 'The second failure');
  const { draft: next, dropped } = rebase(draft, article(`Officials spoke. ${text}`));
  assert.deepEqual(dropped, []);
  assert.deepEqual(
    next.view.list.events.filter((e) => e.sentence.text === sentence).map((e) => e.label),
    [first!.label, 'The second failure'],
  );
});

test('persistence: a draft saved, reloaded and replayed, per article', () => {
  const storage = new FakeStorage();
  const draft = undo(edited()); // one undone edit: redo survives a reload
  const key = draftKey(draft.base.article);
  assert.ok(saveEdits(storage, key, draft));
  const saved = loadEdits(storage, key);
  assert.ok(saved);
  const { draft: reloaded, dropped } = createDraft(article(), saved);
  assert.deepEqual(dropped, []);
  assert.deepEqual(reloaded.view, draft.view);
  assert.deepEqual(reloaded.undone, draft.undone);
  // stored as JSON: nothing but the log
  const raw = JSON.parse(storage.items.get(key)!);
  assert.deepEqual(Object.keys(raw).sort(), ['edits', 'format', 'undone', 'version']);
  // discarding forgets it; saving an empty draft removes the key
  discardEdits(storage, key);
  assert.equal(loadEdits(storage, key), null);
  saveEdits(storage, key, draft);
  saveEdits(storage, key, createDraft(article()).draft);
  assert.equal(storage.items.size, 0);
});

test('persistence: keys per article', () => {
  const base = { title: 'Talks collapse', published: PUBLISHED, text: ARTICLE };
  assert.equal(
    draftKey(base),
    draftKey({ ...base, text: `${ARTICLE} More.` }),
    'a titled article: its text may change',
  );
  assert.notEqual(draftKey(base), draftKey({ ...base, title: 'Other' }));
  assert.notEqual(draftKey(base), draftKey({ ...base, published: '2016-10-18' }));
  const untitled = { published: PUBLISHED, text: ARTICLE };
  assert.notEqual(draftKey(untitled), draftKey({ ...untitled, text: `${ARTICLE} More.` }));
  assert.notEqual(draftKey(untitled), draftKey(base));
  assert.match(draftKey(base), /^news-timeline-draft:[0-9a-z]+$/);
});

test('persistence: a reload on a changed text reports what was dropped', () => {
  const storage = new FakeStorage();
  const draft = edited();
  const key = draftKey(draft.base.article);
  saveEdits(storage, key, draft);
  const text = ARTICLE.replace(SENTENCES[0]!, 'CAIRO (Reuters) - Talks between the two governments ended on Monday.');
  const changed = article(text);
  assert.equal(draftKey(changed.article), key);
  const { draft: reloaded, dropped } = createDraft(changed, loadEdits(storage, key));
  assert.equal(dropped.length, 1);
  assert.match(dropped[0]!.description, /^Label “Talks collapsed” of the event of “Monday”/);
  assert.equal(reloaded.edits.length, draft.edits.length - 1);
});

test('persistence: broken, foreign or failing storage never throws', () => {
  const storage = new FakeStorage();
  const key = 'k';
  for (const raw of [
    '{',
    'null',
    '[]',
    '{"format":"other","version":1,"edits":[]}',
    '{"format":"news-timeline-draft","version":2,"edits":[]}',
  ]) {
    storage.items.set(key, raw);
    assert.equal(loadEdits(storage, key), null, raw);
  }
  // edits of the wrong shape are left out when loaded, and bad ones dropped when replayed
  storage.items.set(
    key,
    JSON.stringify({
      format: 'news-timeline-draft',
      version: 1,
      edits: [1, 'x', { type: 'label', event: { added: 'a5' }, label: 'x' }],
      undone: 'no',
    }),
  );
  const saved = loadEdits(storage, key)!;
  assert.equal(saved.edits.length, 1);
  assert.deepEqual(saved.undone, []);
  const { draft, dropped } = createDraft(article(), saved);
  assert.equal(dropped.length, 1);
  assert.equal(draft.edits.length, 0);

  storage.failWrites = true;
  assert.equal(saveEdits(storage, key, edited()), false);
  storage.failReads = true;
  assert.equal(loadEdits(storage, key), null);
});
