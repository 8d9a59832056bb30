import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxLanesNote, openingRange } from '../../../src/timeline/attribute-notes.js';
import {
  EVENTS_LEFT_OUT,
  PHRASES_UNMARKED,
  skippedNote,
  validateEventList,
} from '../../../src/timeline/validation-messages.js';
import { eventList } from './helpers.js';

const number = (n: number) => n.toLocaleString('en-GB');

test('the skipped-events note counts each reason the validator gave and quotes the first item', () => {
  const list = eventList([
    { id: 'ok', from: '2016-10-17', to: '2016-10-18' },
    { id: 'empty', from: '2016-10-17', to: '2016-10-17' },
    { id: 'month13', from: '2016-13-45', to: '2016-13-46' },
    { id: 'reversed', from: '2016-10-18', to: '2016-10-17' },
  ]);
  list.events[0].sentence = { start: 5, end: 4000, text: 'x' };
  const result = validateEventList(list);
  assert.ok(result.ok);
  assert.equal(
    skippedNote(result.skipped, EVENTS_LEFT_OUT, number),
    '4 events were left out: 1 with a span outside the article text, 2 with from not before to, 1 with a date that is not a real day (first: ok, sentence end 4000 is beyond the article text (18 characters)).',
  );
  assert.equal(
    skippedNote(result.skipped.slice(1, 2), EVENTS_LEFT_OUT, number),
    '1 event was left out: 1 with from not before to (first: empty, to "2016-10-17" equals from: the interval is empty).',
  );
  assert.equal(skippedNote([], EVENTS_LEFT_OUT, number), '');
});

test('time phrases that cannot be marked get their own sentence', () => {
  const list = eventList([{ from: '2016-10-17', to: '2016-10-18' }]);
  list.timexes[0] = { ...list.timexes[0], start: 9, end: 3 };
  const result = validateEventList(list);
  assert.ok(result.ok);
  assert.equal(
    skippedNote(result.skippedTimexes, PHRASES_UNMARKED, number),
    '1 time phrase was not marked in the cards: 1 with a span outside the article text (first: t1, start 9 is after end 3).',
  );
});

test('max-lanes: a whole number of at least 1, else a note saying how many lanes are used', () => {
  for (const fine of [1, 3, 8, 40]) assert.equal(maxLanesNote(fine), null);
  assert.deepEqual(maxLanesNote(-5), {
    field: 'max-lanes',
    message: 'max-lanes is -5, not a whole number of at least 1: 1 lane is used.',
  });
  assert.match(maxLanesNote(2.5)!.message, /^max-lanes is 2.5, .*: 2 lanes are used\.$/);
  assert.match(maxLanesNote(NaN)!.message, /^max-lanes is NaN, .*: 1 lane is used\.$/);
  assert.match(maxLanesNote(0)!.message, /: 1 lane is used\.$/);
});

test('range-from/range-to: two different dates are a window (either order); anything else a note', () => {
  const from = Date.UTC(2016, 9, 1);
  const to = Date.UTC(2016, 9, 20, 14, 30);
  assert.deepEqual(openingRange(null, null, 'its story'), { range: null, note: null });
  assert.deepEqual(openingRange('2016-10-01', '2016-10-20T14:30', 'its story'), { range: [from, to], note: null });
  assert.deepEqual(openingRange('2016-10-20T14:30', '2016-10-01', 'its story').range, [to, from]);
  const cases: [string | null, string | null, string][] = [
    ['NaN', '2016-10-20', 'range-from'],
    ['2016-10-01', 'soon', 'range-to'],
    ['2016-10-01', null, 'range-to'],
    [null, '2016-10-20', 'range-from'],
    ['2016-10-01', '2016-10-01T00:00', 'range-to'],
    ['2016-02-30', '2016-10-01', 'range-from'],
  ];
  for (const [rangeFrom, rangeTo, field] of cases) {
    const { range, note } = openingRange(rangeFrom, rangeTo, 'every event');
    assert.equal(range, null, `${rangeFrom} ${rangeTo}`);
    assert.equal(note?.field, field, `${rangeFrom} ${rangeTo}`);
    assert.match(
      note!.message,
      /are no window \(two different dates are needed.*\): the timeline opens on every event instead\.$/,
    );
  }
  assert.match(
    openingRange('NaN', null, 'its story').note!.message,
    /^range-from "NaN" and range-to missing are no window/,
  );
});
