import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { timexOf } from './helpers.js';

// Published Tuesday 27 Feb 2024.
const PUB = '2024-02-27';

test('a date set aside by "instead of", "in place of", ", not" keeps its value and makes no event', () => {
  for (const [text, phrase, value] of [
    ['The vote will now be held on Thursday instead of Tuesday.', 'Tuesday', '2024-02-27'],
    ['The plant will open in 2026, not 2025 as planned.', '2025', '2025'],
    ['Instead of Friday, the match will be played on Saturday.', 'Friday', '2024-03-01'],
    ['The fair moves to May in place of the usual April dates.', 'April', '2024-04'],
  ] as const) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.value, value, text);
    assert.equal(t.from, undefined, `${text}: ${t.why}`);
    assert.match(t.why, /set aside/, text);
  }
  // "rather than" compares, as every "than" does: no event either
  const rather = timexOf('Offices will close at 7 p.m. rather than 10 p.m. from next week.', '10 p.m.', PUB);
  assert.equal(rather.from, undefined, rather.why);
  // one event, on the date the story tells
  const events = extract('The vote will now be held on Thursday instead of Tuesday.', { published: PUB }).events;
  assert.deepEqual(
    events.map((e) => [e.from, e.to]),
    [['2024-02-29', '2024-03-01']],
  );
});

test('negative: "not" with no comma, and "instead" that sets no date aside, leave the date an event', () => {
  const notYet = timexOf('The plant did not open in 2025 as planned.', '2025', PUB);
  assert.equal(notYet.from, '2025-01-01', notYet.why);
  const instead = timexOf('She stayed home instead, and on Friday she flew to Rome.', 'Friday', PUB);
  assert.equal(instead.from, '2024-02-23', instead.why);
});
