// A month alone before a noun tells that noun's time ("the Fed's July meeting", "August inflation data"): the clause's
// tense does not push it a year away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { timexOf } from './helpers.js';

// Published Wednesday 27 September 2023, 14:45 in New York.
const PUB = '2023-09-27T14:45:00-04:00';

test('a month after a determiner or a possessive and before its noun is the nearest one, whatever the clause ahead', () => {
  const text = "Investors are awaiting minutes of the Fed's July meeting, due at 2 p.m. on Thursday.";
  assert.equal(timexOf(text, 'July', PUB).value, '2023-07');
  assert.match(timexOf(text, 'July', PUB).why!, /tells the time of the noun after it/);
  assert.equal(timexOf('Analysts expect the December meeting to bring a cut.', 'December', PUB).value, '2023-12');
  // a past clause keeps its past: "its March results" in September
  assert.equal(timexOf('The company reported its March results late.', 'March', PUB).value, '2023-03');
});

test('"since the October lows": a month before a noun after "since" has gone by, and the stretch runs from it', () => {
  assert.equal(timexOf('The market has had a terrific run since the October lows.', 'October', PUB).value, '2022-10');
  const [run] = extract('The index has rallied 20% since the October low.', { published: PUB }).events;
  assert.deepEqual([run!.from, run!.ongoing], ['2022-10-01', true]);
});

test('figures of a month lean to the latest one begun: "August inflation data", "the July jobs report"', () => {
  const text = 'Investors are awaiting minutes of the meeting, due on Thursday, and August inflation data on Friday.';
  assert.equal(timexOf(text, 'August', PUB).value, '2023-08');
  assert.equal(timexOf('Traders will study the July jobs report.', 'July', PUB).value, '2023-07');
  // a weak lean: figures of a month still ahead, when it is near, are of that month
  assert.equal(
    timexOf('December data, due in January, will show whether the cut worked.', 'December', PUB).value,
    '2023-12',
  );
});

test('negative: a month after a preposition, a month with a day or a year, a futures month, "it\'s"', () => {
  assert.equal(timexOf('The plant will reopen in July after repairs.', 'July', PUB).value, '2024-07');
  assert.equal(timexOf('The July 4 parade will go ahead.', 'July 4', PUB).value, '2024-07-04');
  assert.equal(timexOf('Brent crude for November delivery rose.', 'November', PUB).value, '2023-11');
  assert.equal(timexOf('The vote will be held in the March session of 2024.', 'March', PUB).value, '2024-03');
});
