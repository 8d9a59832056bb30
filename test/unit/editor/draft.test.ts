// The draft model: every action, undo/redo, provenance, and the corrected list's validity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addEvent,
  addedFromProposal,
  applyEdits,
  canRedo,
  canUndo,
  createDraft,
  deleteEvent,
  discard,
  EditError,
  hideEvent,
  mergeEvents,
  proposeFromSelection,
  readDate,
  redo,
  restoreEvent,
  setDate,
  setEdges,
  setGranularity,
  setLabel,
  undo,
  unmerge,
  type DateReading,
  type Draft,
} from '../../../src/editor/index.js';
import { validateEventList } from '../../../src/timeline/validation-messages.js';
import { schemaErrors } from '../helpers/event-list-schema.js';
import { ARTICLE, article, idOf } from './helpers.js';

const fresh = () => createDraft(article()).draft;
const shown = (draft: Draft) => draft.view.list.events;
const byId = (draft: Draft, id: string) => draft.view.events.find((e) => e.id === id)!;
const reading = (phrase: string): DateReading => {
  const result = readDate(phrase, '2016-10-17');
  assert.ok(result.ok, `“${phrase}” should read`);
  return result.reading;
};

/** Every corrected list is a valid EventList: the JSON Schema and the element's validator agree. */
function assertValid(draft: Draft): void {
  assert.deepEqual(schemaErrors(draft.view.list), []);
  const result = validateEventList(JSON.parse(JSON.stringify(draft.view.list)));
  assert.ok(result.ok, result.ok ? '' : result.message);
  assert.deepEqual(result.skipped, []);
}

test('a draft without edits is the extraction, each event marked extracted', () => {
  const base = article();
  const draft = createDraft(base).draft;
  assert.equal(draft.view.list.version, 2);
  assert.deepEqual(
    shown(draft).map(({ provenance, ...event }) => {
      assert.deepEqual(provenance, { origin: 'extracted' });
      return event;
    }),
    base.events,
  );
  assert.deepEqual(draft.view.list.timexes, base.timexes);
  assert.ok(!canUndo(draft) && !canRedo(draft));
  assertValid(draft);
});

test('edit a label: the label and its provenance change, and nothing else', () => {
  const draft = fresh();
  const id = idOf(draft.base, 'last month');
  const next = setLabel(draft, id, '  Officials   met in Geneva\nto plan talks ');
  const event = byId(next, id).event;
  assert.equal(event.label, 'Officials met in Geneva to plan talks');
  assert.deepEqual(event.provenance, { origin: 'edited', fields: ['label'] });
  assert.equal(event.why, 'The label was written by hand.');
  for (const other of shown(next).filter((e) => e.id !== id))
    assert.deepEqual(other.provenance, { origin: 'extracted' }, other.id);
  assert.throws(() => setLabel(draft, id, '   '), EditError);
  assert.throws(() => setLabel(draft, id, 'x'.repeat(301)), /300 characters/);
  assert.throws(() => setLabel(draft, 'e99', 'x'), /no event e99/);
  // written back as extracted: the event is extracted again
  const back = setLabel(next, id, draft.base.events.find((e) => e.id === id)!.label);
  assert.deepEqual(byId(back, id).event.provenance, { origin: 'extracted' });
  assertValid(next);
});

test('read a date: phrases, dates, ranges, "since", and what cannot be read', () => {
  const mid = reading('mid-2013');
  assert.deepEqual(
    [mid.value, mid.from, mid.to, mid.granularity, mid.mod],
    ['2013', '2013-05-01', '2013-09-01', 'year', 'MID'],
  );
  const before = reading('the Saturday before');
  assert.deepEqual([before.matched, before.from, before.to], ['Saturday', '2016-10-15', '2016-10-16']);
  assert.match(before.why, /Saturday before Mon 17 Oct 2016/);
  assert.equal(reading('15 June 2013').from, '2013-06-15');
  const range = reading('from 2001 to 2003');
  assert.deepEqual([range.from, range.to, range.granularity], ['2001-01-01', '2004-01-01', 'year']);
  const since = reading('since March');
  assert.deepEqual([since.from, since.to, since.ongoing], ['2016-03-01', '2016-10-18', true]);
  for (const phrase of ['', '   ', 'the talks', 'every Monday', 'x'.repeat(201)]) {
    const result = readDate(phrase, '2016-10-17');
    assert.equal(result.ok, false, phrase);
    assert.ok(!result.ok && result.message.length > 10);
  }
  const unplaced = readDate('Saturday', null);
  assert.ok(!unplaced.ok && /publication date/.test(unplaced.message));
  assert.equal(readDate('15 June 2013', null).ok, true);
});

test('re-date by a phrase: the event and its timex take the reading', () => {
  const draft = fresh();
  const id = idOf(draft.base, 'last month');
  const next = setDate(draft, id, reading('mid-2013'));
  const event = byId(next, id).event;
  assert.deepEqual([event.from, event.to, event.granularity, event.mod], ['2013-05-01', '2013-09-01', 'year', 'MID']);
  assert.deepEqual(event.provenance, { origin: 'edited', fields: ['from', 'to', 'granularity', 'mod'] });
  const timex = next.view.list.timexes.find((t) => t.id === event.timex)!;
  assert.equal(timex.text, 'last month', 'the timex keeps its words');
  assert.deepEqual([timex.value, timex.from, timex.mod], ['2013', '2013-05-01', 'MID']);
  assert.match(timex.why, /set by hand: “mid-2013”/);
  assert.deepEqual(draft.base.timexes.find((t) => t.id === event.timex)!.value, '2016-09', 'the base is not changed');
  // "since": an ongoing interval
  const ongoing = byId(setDate(draft, id, reading('since March')), id).event;
  assert.deepEqual([ongoing.from, ongoing.to, ongoing.ongoing], ['2016-03-01', '2016-10-18', true]);
  assertValid(next);
});

test('change granularity: the unit holding the start, with its value', () => {
  const draft = fresh();
  const id = idOf(draft.base, 'Monday'); // 17 October 2016
  const cases: [Parameters<typeof setGranularity>[2], string, string, string][] = [
    ['month', '2016-10-01', '2016-11-01', '2016-10'],
    ['week', '2016-10-17', '2016-10-24', '2016-W42'],
    ['quarter', '2016-10-01', '2017-01-01', '2016-Q4'],
    ['half', '2016-07-01', '2017-01-01', '2016-H2'],
    ['season', '2016-09-01', '2016-12-01', '2016-FA'],
    ['year', '2016-01-01', '2017-01-01', '2016'],
    ['decade', '2010-01-01', '2020-01-01', '201'],
    ['century', '2000-01-01', '2100-01-01', '20'],
    ['hour', '2016-10-17T12:00', '2016-10-17T13:00', '2016-10-17T12:00'],
    ['partOfDay', '2016-10-17T12:00', '2016-10-17T18:00', '2016-10-17TAF'],
  ];
  for (const [granularity, from, to, value] of cases) {
    const next = setGranularity(draft, id, granularity);
    const event = byId(next, id).event;
    assert.deepEqual([event.granularity, event.from, event.to], [granularity, from, to], granularity);
    assert.equal(next.view.list.timexes.find((t) => t.id === event.timex)!.value, value, granularity);
    assertValid(next);
  }
  // back to a day: the first day of the month
  const month = setGranularity(draft, id, 'month');
  const day = byId(setGranularity(month, id, 'day'), id).event;
  assert.deepEqual([day.from, day.to], ['2016-10-01', '2016-10-02']);
  assert.throws(() => setGranularity(draft, id, 'fortnight' as 'day'), EditError);
});

test('vague edges: a mod set and cleared', () => {
  const draft = fresh();
  const id = idOf(draft.base, 'mid-2013');
  const exact = setEdges(draft, id, null);
  assert.equal(byId(exact, id).event.mod, undefined);
  assert.deepEqual(byId(exact, id).event.provenance, { origin: 'edited', fields: ['mod'] });
  const early = setEdges(exact, id, 'START');
  assert.equal(byId(early, id).event.mod, 'START');
  assert.throws(() => setEdges(draft, id, 'SOMETIMES' as 'START'), EditError);
  assertValid(early);
});

test('hide, delete and restore', () => {
  const draft = fresh();
  const id = idOf(draft.base, 'next week');
  const hidden = hideEvent(draft, id);
  assert.equal(byId(hidden, id).status, 'hidden');
  assert.ok(!shown(hidden).some((e) => e.id === id));
  assert.equal(shown(hidden).length, draft.base.events.length - 1);
  const deleted = deleteEvent(hidden, id);
  assert.equal(byId(deleted, id).status, 'deleted');
  assert.throws(() => hideEvent(deleted, id), /cannot hide an event that is deleted/);
  assert.throws(() => setLabel(deleted, id, 'x'), /cannot relabel an event that is deleted/);
  const restored = restoreEvent(deleted, id);
  assert.equal(byId(restored, id).status, 'shown');
  assert.deepEqual(shown(restored), shown(draft));
  assert.throws(() => restoreEvent(draft, id), /cannot restore an event that is shown/);
  assertValid(deleted);
});

test('add an event from a selection without a time phrase: the author dates it', () => {
  const draft = fresh();
  const start = ARTICLE.indexOf('Rebels shelled');
  const end = ARTICLE.indexOf(', witnesses');
  const result = proposeFromSelection(draft.base, start - 1, end); // a space before: trimmed
  assert.ok(result.ok);
  const { proposal } = result;
  assert.equal(proposal.start, start);
  assert.equal(proposal.text, 'Rebels shelled the northern city of Aleppo');
  assert.equal(proposal.label, 'Rebels shelled the northern city of Aleppo');
  assert.equal(proposal.reading, undefined);
  assert.match(proposal.message, /type its date/);
  assert.ok(proposal.sentence.text.startsWith('Rebels shelled') && proposal.sentence.text.endsWith('air strikes.'));

  const { draft: next, id } = addEvent(draft, addedFromProposal(proposal, proposal.label, reading('Saturday')));
  assert.equal(id, 'a1');
  const event = byId(next, id).event;
  assert.deepEqual(event.provenance, { origin: 'added' });
  assert.deepEqual([event.from, event.to, event.timex], ['2016-10-15', '2016-10-16', '']);
  assert.ok(event.actors.includes('Aleppo'));
  assert.match(event.why!, /the date “Saturday”/);
  assert.equal(shown(next).at(-1)!.id, 'a1', 'in document order: the last sentence');
  assertValid(next);
  assert.ok(!proposeFromSelection(draft.base, 5, 5).ok);
  const long = createDraft(article(`${'Words go on and on. '.repeat(150)}Talks ended on Monday.`)).draft;
  assert.match((proposeFromSelection(long.base, 0, 2500) as { message: string }).message, /2000 characters/);
});

test('add from a selection holding a time phrase: its reading, its timex, a label from the clause', () => {
  const draft = fresh();
  // only the phrase: the label comes from its sentence's clause
  const at = ARTICLE.indexOf('last month');
  const result = proposeFromSelection(draft.base, at, at + 'last month'.length);
  assert.ok(result.ok);
  const { proposal } = result;
  assert.equal(proposal.phrase!.text, 'last month');
  assert.deepEqual([proposal.reading!.from, proposal.reading!.to], ['2016-09-01', '2016-10-01']);
  assert.equal(proposal.label, 'Officials met in Geneva to prepare the talks');
  const { draft: next, id } = addEvent(
    draft,
    addedFromProposal(proposal, 'Officials prepared the talks', proposal.reading!),
  );
  const timex = draft.base.timexes.find((t) => t.text === 'last month')!;
  assert.equal(byId(next, id).event.timex, timex.id, 'the extraction’s timex');
  assert.equal(byId(next, id).event.label, 'Officials prepared the talks');
  // dated by hand instead: no timex
  const typed = addEvent(draft, addedFromProposal(proposal, 'x y z', reading('2015')));
  assert.equal(byId(typed.draft, typed.id).event.timex, '');
  assertValid(next);
});

test('add from a phrase extraction missed: read in its sentence, a new timex', () => {
  // the extraction without the "next week" phrase (as if the engine had missed it)
  const base = article();
  const missed = base.timexes.find((t) => t.text === 'next week')!;
  const list = {
    ...base,
    timexes: base.timexes.filter((t) => t !== missed),
    events: base.events.filter((e) => e.timex !== missed.id),
  };
  const draft = createDraft(list).draft;
  const start = ARTICLE.indexOf('Aid convoys');
  const result = proposeFromSelection(list, start, ARTICLE.indexOf(', the United'));
  assert.ok(result.ok);
  assert.equal(result.proposal.phrase!.text, 'next week');
  assert.equal(result.proposal.reading!.value, '2016-W43');
  assert.equal(result.proposal.label, 'Aid convoys will resume');
  const { draft: next, id } = addEvent(
    draft,
    addedFromProposal(result.proposal, result.proposal.label, result.proposal.reading!),
  );
  const event = byId(next, id).event;
  const timex = next.view.list.timexes.find((t) => t.id === event.timex)!;
  assert.deepEqual([timex.text, timex.start, timex.value], ['next week', missed.start, '2016-W43']);
  assert.ok(!base.timexes.some((t) => t.id === timex.id && t.text !== 'next week'));
  assert.deepEqual(
    next.view.list.timexes.map((t) => t.start),
    [...next.view.list.timexes.map((t) => t.start)].sort((a, b) => a - b),
    'timexes in document order',
  );
  assertValid(next);
});

test('merge two events, then split only what was merged', () => {
  const draft = fresh();
  const into = idOf(draft.base, 'last month');
  const from = idOf(draft.base, 'next week');
  const merged = mergeEvents(draft, into, from);
  assert.equal(byId(merged, from).status, 'merged');
  assert.equal(byId(merged, from).mergedInto, into);
  assert.ok(!shown(merged).some((e) => e.id === from));
  const target = byId(merged, into);
  assert.deepEqual(target.merges, [{ merge: 'm1', event: from }]);
  assert.deepEqual(target.event.provenance, { origin: 'edited', fields: ['actors'], merged: [from] });
  assert.deepEqual(target.event.actors, ['Officials', 'Geneva', 'Aid', 'United Nations']);
  assert.throws(() => mergeEvents(draft, into, into), /itself/);
  assert.throws(() => setLabel(merged, from, 'x'), /merged into another/);
  assert.throws(() => unmerge(merged, 'm2'), /only merged events can be split/);
  assert.throws(() => unmerge(draft, 'm1'), /only merged events can be split/);
  const split = unmerge(merged, 'm1');
  assert.deepEqual(shown(split), shown(draft));
  assert.throws(() => unmerge(split, 'm1'), /only merged events can be split/);
  // a merge of a merge: the ids of everything inside
  const third = idOf(draft.base, 'mid-2013');
  const nested = mergeEvents(merged, third, into);
  assert.deepEqual(byId(nested, third).event.provenance!.merged, [into, from]);
  assertValid(nested);
});

test('undo and redo every step; a new step clears redo', () => {
  const steps: ((d: Draft) => Draft)[] = [
    (d) => setLabel(d, 'e1', 'Talks collapsed'),
    (d) => setDate(d, 'e2', reading('the Saturday before')),
    (d) => setGranularity(d, 'e1', 'month'),
    (d) => setEdges(d, 'e1', 'APPROX'),
    (d) => hideEvent(d, 'e3'),
    (d) => deleteEvent(d, 'e4'),
    (d) => restoreEvent(d, 'e4'),
    (d) => {
      const at = ARTICLE.indexOf('Rebels');
      const result = proposeFromSelection(d.base, at, at + 14);
      assert.ok(result.ok);
      return addEvent(d, addedFromProposal(result.proposal, 'Rebels shelled Aleppo', reading('Sunday'))).draft;
    },
    (d) => mergeEvents(d, 'e2', 'e5'),
    (d) => setLabel(d, 'a1', 'Rebels shelled the city'),
    (d) => unmerge(d, 'm1'),
  ];
  const history: Draft[] = [fresh()];
  for (const step of steps) history.push(step(history.at(-1)!));
  let draft = history.at(-1)!;
  for (let i = history.length - 2; i >= 0; i--) {
    draft = undo(draft);
    assert.deepEqual(draft.view, history[i]!.view, `undo to step ${i}`);
  }
  assert.ok(!canUndo(draft) && canRedo(draft));
  assert.equal(undo(draft), draft, 'nothing to undo');
  for (let i = 1; i < history.length; i++) {
    draft = redo(draft);
    assert.deepEqual(draft.view, history[i]!.view, `redo to step ${i}`);
  }
  assert.equal(redo(draft), draft, 'nothing to redo');
  const undone = undo(undo(draft));
  const branched = setLabel(undone, 'e1', 'Another label');
  assert.ok(!canRedo(branched));
  assert.deepEqual(discard(branched).view, history[0]!.view);
});

test('applyEdits checks what it is given: edits from storage may be anything', () => {
  const base = article();
  const bad: unknown[] = [
    null,
    { type: 'label' },
    { type: 'label', event: { sentence: 1 }, label: 'x' },
    { type: 'date', event: { added: 'a1' }, date: {} },
    { type: 'add', id: 'zz', event: {} },
    {
      type: 'add',
      id: 'a1',
      event: {
        sentence: 'Officials met in Geneva last month to prepare the talks.',
        sentenceStart: 0,
        start: 5,
        end: 2,
        label: 'x',
        date: {},
      },
    },
    { type: 'merge', id: 'm1', into: { added: 'a9' }, from: { added: 'a8' } },
    { type: 'explode' },
  ];
  for (const edit of bad) assert.throws(() => applyEdits(base, [edit as never]), EditError, JSON.stringify(edit));
});
