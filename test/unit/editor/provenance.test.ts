// Provenance in the EventList (version 2): the element's validator reads it, and rejects what it cannot be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateEventList } from '../../../src/timeline/validation-messages.js';
import { article } from './helpers.js';

function withProvenance(provenance: unknown) {
  const list = structuredClone(article()) as unknown as { events: Record<string, unknown>[] };
  list.events[1]!.provenance = provenance;
  return validateEventList(list);
}

test('valid provenance is read, in version 1 and 2 lists alike', () => {
  for (const provenance of [
    { origin: 'extracted' },
    { origin: 'edited', fields: ['label', 'from', 'to'] },
    { origin: 'edited', merged: ['e4', 'e5'] },
    { origin: 'added' },
  ]) {
    const result = withProvenance(provenance);
    assert.ok(result.ok, JSON.stringify(provenance));
    assert.deepEqual(result.list.events[1]!.provenance, provenance);
  }
  const v1 = { ...structuredClone(article()), version: 1 };
  assert.ok(validateEventList(v1).ok, 'a version 1 list without provenance');
});

test('wrong provenance names its field', () => {
  const cases: [unknown, string, RegExp][] = [
    ['edited', 'events[1].provenance', /should be an object/],
    [{}, 'events[1].provenance.origin', /is missing/],
    [{ origin: 'guessed' }, 'events[1].provenance.origin', /one of extracted, edited, added/],
    [{ origin: 'edited', fields: 'label' }, 'events[1].provenance.fields', /an array/],
    [{ origin: 'edited', fields: ['label', 'colour'] }, 'events[1].provenance.fields[1]', /one of label, from/],
    [{ origin: 'edited', merged: [3] }, 'events[1].provenance.merged[0]', /a string/],
  ];
  for (const [provenance, field, message] of cases) {
    const result = withProvenance(provenance);
    assert.ok(!result.ok, JSON.stringify(provenance));
    assert.equal(result.field, field);
    assert.match(result.message, message);
  }
});
