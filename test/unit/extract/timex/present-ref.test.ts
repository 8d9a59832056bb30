import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, MONDAY, timexOf } from './helpers.js';

test('now, currently, recently, these days, the past, the future', () => {
  const cases: Array<[string, string, string]> = [
    ['Both countries now face terrorism.', 'now', 'PRESENT_REF'],
    ['He is currently in Cairo.', 'currently', 'PRESENT_REF'],
    ['She recently moved.', 'recently', 'PAST_REF'],
    ['Few people read papers these days.', 'these days', 'PRESENT_REF'],
    ['It happened in the past.', 'the past', 'PAST_REF'],
    ['Prices may rise in the future.', 'the future', 'FUTURE_REF'],
  ];
  for (const [text, phrase, value] of cases) {
    const t = timexOf(text, phrase);
    assert.equal(t.value, value, phrase);
    assert.equal(t.type, 'DATE');
    assert.equal(t.from, undefined, `${phrase} is not placed on the axis`);
    assert.equal(t.to, undefined);
  }
});

test('compounds with now are not references to the present', () => {
  assertNone('The now-cancelled deal was unpopular.', 'now');
});

test('"today\'s" before a noun of an age is the present in general, not the publication day', () => {
  assert.equal(timexOf("The risks of today's world are new.", 'today').value, 'PRESENT_REF');
  assert.equal(timexOf("Today's youth read less than their parents.", 'Today').value, 'PRESENT_REF');
  assert.equal(timexOf("It suits today's fast-changing economy.", 'today').value, 'PRESENT_REF');
  assert.equal(extract("The risks of today's world are new.", { published: MONDAY }).events.length, 0);
  // negative: a day's own business stays the day
  assert.equal(timexOf("Today's vote was close.", 'Today').value, MONDAY);
  assert.equal(timexOf("Today's Senate session ended early.", 'Today').value, MONDAY);
  assert.equal(timexOf('Prices fell today.', 'today').value, MONDAY);
});

test('"as recently as 2015": the date after it is the timex, "recently" is its yardstick', () => {
  assertNone('He gave evidence to the committee as recently as 2015.', 'recently');
  assert.equal(timexOf('He gave evidence to the committee as recently as 2015.', '2015').value, '2015');
  assertNone('The ferry ran as recently as last summer.', 'recently');
  // negative: "recently" alone, and "as" on one side only, stay the past in general
  assert.equal(timexOf('As recently reported, the ferry stopped.', 'recently').value, 'PAST_REF');
  assert.equal(timexOf('The mill was sold recently as a going concern.', 'recently').value, 'PAST_REF');
});

test('"the present day", "the present time" and "to this day" are one reference to the present', () => {
  for (const [text, phrase] of [
    ['Since 2010 to the present day the population has doubled.', 'the present day'],
    ['The feud has run on to the present day.', 'the present day'],
    ['At the present time nobody has been charged.', 'the present time'],
    ['TO THIS DAY THE CASE IS UNSOLVED.', 'THIS DAY'],
    ['the mill stands empty to this day, neighbours say.', 'this day'],
    ['Until this day the family has had no answer.', 'this day'],
  ] as const) {
    const t = timexOf(text, phrase);
    assert.equal(t.value, 'PRESENT_REF', phrase);
    assert.equal(t.from, undefined);
  }
  const [event] = extract('Since 2010 to the present day the population has doubled.', { published: MONDAY }).events;
  assert.equal(event?.label, 'The population has doubled');
  // negative: "this day" is a day elsewhere, an adjective keeps its noun, "the present" alone stays as it was
  assertNone('On this day in 1945 the war ended.', 'this day');
  assertNone('This day will be remembered.', 'This day');
  assertNone("He came to this day's hearing.", 'this day');
  assertNone('The present-day border runs along the river.', 'present');
  assert.equal(timexOf('The town has grown from 1900 to the present.', 'the present').value, 'PRESENT_REF');
});
