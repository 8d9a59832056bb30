// "on Saturday 8 March, kick-off 3pm": a clock time after a day, with only a short noun phrase between, is the time
// of the day's event: one event, on that day, to the minute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';

const spans = (text: string, published: string) =>
  extract(text, { published }).events.map((e) => [e.from, e.to, e.granularity]);

test("a clock time after a day and a noun is the time of the day's event", () => {
  assert.deepEqual(
    spans('City host Albion on Wednesday 8 January, kick-off 7.30pm, at the old stadium.', '2025-02-20'),
    [['2025-01-08T19:30', '2025-01-08T19:31', 'minute']],
  );
  // with "at" before the clock time
  assert.deepEqual(spans('The derby is on Sunday 6 April, kick-off at 4pm.', '2025-03-20'), [
    ['2025-04-06T16:00', '2025-04-06T17:00', 'hour'],
  ]);
  // the day in the subject, the clock time after "is at"
  assert.deepEqual(spans('Kick-off on Saturday is at 3pm.', '2025-03-10'), [
    ['2025-03-15T15:00', '2025-03-15T16:00', 'hour'],
  ]);
});

test('the label keeps the event, without the noun of the clock time', () => {
  const [event] = extract('City host Albion on Wednesday 8 January, kick-off 7.30pm, at the old stadium.', {
    published: '2025-02-20',
  }).events;
  assert.ok(!event!.label.includes('kick-off'), event!.label);
  assert.ok(event!.label.startsWith('City host Albion'), event!.label);
});

test('negative: a clause between the day and the clock time keeps two events', () => {
  // "doors open at 7pm" has a verb: an event of its own
  assert.equal(
    extract('The gig is on Friday 14 March, doors open at 7pm.', { published: '2025-03-10' }).events.length,
    2,
  );
  assert.equal(
    extract('Talks resume on Monday 17 March, and at 9am the unions meet.', { published: '2025-03-10' }).events.length,
    2,
  );
  // a verb's "-s" form alone between them is a clause too; a clock time with a day of its own is on its own day
  const voting = (text: string) => spans(text, '2026-10-29T15:00:00-04:00');
  assert.deepEqual(voting('Early voting began on Monday, ends at 5 p.m.'), [
    ['2026-10-26', '2026-10-27', 'day'],
    ['2026-10-29T17:00', '2026-10-29T18:00', 'hour'],
  ]);
  assert.deepEqual(voting('Early voting, which began two weeks ago, ends at 5 p.m. on Saturday.'), [
    ['2026-10-15', '2026-10-16', 'day'],
    ['2026-10-31T17:00', '2026-10-31T18:00', 'hour'],
  ]);
});

test("a listing's line, 'Sat Jan 24: Rovers v City (12.30pm)', is one event at its time, labelled by what happens", () => {
  const text = 'Fixtures:\nSat Jan 24: Rovers v City (12.30pm, live on TV)\nTue Jan 27: Town v County (7.45pm)\n';
  const list = extract(text, { published: '2026-01-12' }).events;
  assert.deepEqual(
    list.map((e) => [e.from, e.to]),
    [
      ['2026-01-24T12:30', '2026-01-24T12:31'],
      ['2026-01-27T19:45', '2026-01-27T19:46'],
    ],
  );
  assert.ok(list[1]!.label.includes('Town v County'), list[1]!.label);
  // negative: a clock time in brackets after a sentence of its own, or a day inside a line, keeps two events
  assert.equal(
    extract('The final is on Saturday. Tickets (from 9am) sell fast.', { published: '2026-01-12' }).events.length,
    2,
  );
  assert.equal(
    extract('The vote was on Saturday: the mayor said the parade (10am) was off.', { published: '2026-01-12' }).events
      .length,
    2,
  );
});

test('a day and the range of clock times after it are one event, the range on that day', () => {
  // told on Friday 22 March 2019
  assert.deepEqual(spans('The road will be closed on Saturday between 10am and 4pm.', '2019-03-22'), [
    ['2019-03-23T10:00', '2019-03-23T16:00', 'hour'],
  ]);
  assert.deepEqual(spans('On Saturday, between 10am and 4pm, the bridge will be shut to traffic.', '2019-03-22'), [
    ['2019-03-23T10:00', '2019-03-23T16:00', 'hour'],
  ]);
  assert.deepEqual(spans('The appeal hearing is on Thursday from 9:30 to 11am.', '2019-03-22'), [
    ['2019-03-28T09:30', '2019-03-28T11:00', 'minute'],
  ]);
  // negative: a range of clock times on other days leaves the day its own event
  assert.deepEqual(spans('The shop shut on Friday between 9pm on Saturday and 6am on Sunday.', '2019-03-22').length, 2);
});

test('in capitals, a day, a noun and a clock time are one event too: "ON SATURDAY, MAY 17, KICK-OFF 3PM"', () => {
  const text = 'CITY WILL FACE UNITED AT WEMBLEY ON SATURDAY, MAY 17, KICK-OFF 3PM.';
  assert.deepEqual(spans(text, '2025-04-23'), [['2025-05-17T15:00', '2025-05-17T16:00', 'hour']]);
  // negative: a clause between keeps two events, in capitals as in ordinary case
  assert.equal(extract('THE MARKET OPENS ON FRIDAY, ENDS AT 5PM.', { published: '2025-04-23' }).events.length, 2);
});

test("a listing's entries run on in one line: 'Fixtures: Sat 18th v Leeds (3pm), Tue 21st v Hull (7.45pm)'", () => {
  // told on Tuesday 14 May 2019
  const list = extract('Fixtures: Sat 18th v Leeds (3pm), Tue 21st v Hull (7.45pm).', {
    published: '2019-05-14',
  }).events;
  assert.deepEqual(
    list.map((e) => [e.from, e.to]),
    [
      ['2019-05-18T15:00', '2019-05-18T16:00'],
      ['2019-05-21T19:45', '2019-05-21T19:46'],
    ],
  );
  // each entry is labelled alone
  assert.ok(list[0]!.label.includes('Leeds') && !list[0]!.label.includes('Hull'), list[0]!.label);
  assert.ok(list[1]!.label.includes('Hull') && !list[1]!.label.includes('Leeds'), list[1]!.label);
  // negative: a day inside a clause, with a clock time in brackets further on, keeps two events
  assert.equal(
    extract('The club said on Saturday it would host Leeds (3pm) next month.', { published: '2019-05-14' }).events
      .length,
    3,
  );
});
