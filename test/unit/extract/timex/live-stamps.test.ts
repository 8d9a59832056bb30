import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';
import { extract } from '../../../../src/extract/index.js';

// Published Monday 9 December 2024 at 09:30 GMT.
const PUB = '2024-12-09T09:30:00Z';

const LIVE = [
  '09:15 GMT - Rescuers pulled two more people from the rubble, the agency says.',
  '',
  'The quake struck at 23:47 local time on Sunday.',
  '',
  '08:40 GMT - Aftershocks went on overnight. Schools will stay shut until Thursday.',
  '',
  '07:55 GMT: The toll has risen to 212.',
].join('\n');

test("a live report's entry stamps date their entries: the last such time before publication", () => {
  for (const stamp of ['09:15 GMT', '08:40 GMT', '07:55 GMT']) {
    const t = timexOf(LIVE, stamp, PUB);
    assert.equal(t.value, `2024-12-09T${stamp.slice(0, 5)}Z`, stamp);
    assert.match(t.why, /live report's entry stamp/);
  }
  // what an entry tells after its stamp is on that stamp's day ("overnight" into Monday)
  assert.equal(timexOf(LIVE, 'overnight', PUB).value, '2024-12-08TNI');
});

test('across midnight, an evening stamp under one of the small hours is the evening before', () => {
  const text = '00:40 - Power is back in the north.\n\n23:55 - The storm reached the coast.';
  assert.equal(timexOf(text, '00:40', '2024-12-09T02:00:00Z').value, '2024-12-09T00:40');
  assert.equal(timexOf(text, '23:55', '2024-12-09T02:00:00Z').value, '2024-12-08T23:55');
});

test('negative: a programme (rising times) and a single time opening a line are clock times in the story', () => {
  const programme = 'The summit opens on Thursday.\n\n10:30 - Opening speeches\n\n14:00 - Talks on trade';
  assert.equal(timexOf(programme, '14:00', PUB).value, '2024-12-12T14:00');
  const single = 'The quake struck on Sunday.\n\n08:40 GMT - Aftershocks went on.';
  assert.equal(timexOf(single, '08:40 GMT', PUB).value, '2024-12-08T08:40Z');
});

test('stamps in digits may stand alone on their line or run into their entry; each entry is an event', () => {
  const PUB_BST = '2024-10-06T14:20:00+01:00';
  const alone =
    'Live: the vote\n\n14:10\n\nThe minister has arrived.\n\n13:55\nCrowds are gathering, with a vote due at 3pm.';
  const run = '14:10 The minister has arrived.\n\n13:55 Crowds are gathering, and a vote is expected at 3pm.';
  for (const text of [alone, run]) {
    for (const stamp of ['14:10', '13:55']) {
      const t = timexOf(text, stamp, PUB_BST);
      assert.equal(t.value, `2024-10-06T${stamp}`, stamp);
      assert.match(t.why, /live report's entry stamp/);
    }
    const { events } = extract(text, { published: PUB_BST });
    const labels = new Map(events.map((e) => [e.from, e.label]));
    assert.equal(labels.get('2024-10-06T14:10'), 'The minister has arrived');
    // a later time of an entry is dated by its own words, without the stamp
    assert.doesNotMatch(labels.get('2024-10-06T15:00') ?? '', /13:55/);
  }
  // negative: one time with a word after it is a time of the story, and so is a time of day in the text
  const once = 'The council meets on Monday.\n\n10:30 Councillors will vote on the budget.';
  assert.equal(timexOf(once, '10:30', PUB).value, '2024-12-09T10:30');
});

test('stamps with "am" or "pm" run into their entry as British live pages print them ("10.02pm Polls have closed")', () => {
  const PUB_BST = '2016-06-23T22:40:00+01:00';
  const text = [
    'Election night live',
    '',
    '10.35pm Turnout is up, officials say. The first result is expected shortly after midnight.',
    '',
    '10.02PM Polls have now closed.',
    '',
    '9.41pm With 20 minutes of voting left, queues are reported.',
  ].join('\n');
  for (const [stamp, value] of [
    ['10.35pm', '2016-06-23T22:35'],
    ['10.02PM', '2016-06-23T22:02'],
    ['9.41pm', '2016-06-23T21:41'],
  ] as const) {
    const t = timexOf(text, stamp, PUB_BST);
    assert.equal(t.value, value, stamp);
    assert.match(t.why, /live report's entry stamp/);
  }
  // negative: rising times with "am" are a programme, read as times in the story
  const programme = 'The fair opens on Saturday.\n\n10.30am Gates open\n\n2.15pm Dog show';
  const show = timexOf(programme, '2.15pm', PUB_BST);
  assert.equal(show.value, '2016-06-25T14:15');
  assert.doesNotMatch(show.why, /entry stamp/);
});

test('a morning time told in the past after a late entry stamp is not a morning still to come', () => {
  // published just after midnight, Friday 5 July 2024 (BST)
  const text = [
    '23:58 Polls closed at 10pm. The first result is expected shortly after 11.30pm.',
    '',
    '22:30 Welcome to our coverage. Polling stations opened at 7am and voters queued in the rain for most of the day.',
  ].join('\n');
  const pub = '2024-07-05T00:05:00+01:00';
  assert.equal(timexOf(text, '7am', pub).value, '2024-07-04T07:00');
  assert.equal(timexOf(text, 'the day', pub).value, '2024-07-04');
  // negative: told in the past after an evening time with the morning gone by, the next morning stands
  const later = 'Fire broke out at 11 p.m. on Wednesday. By 6 a.m. crews had put it out.';
  assert.equal(timexOf(later, '6 a.m.', '2024-07-05T12:00:00Z').value, '2024-07-04T06:00');
});

// An election night told newest first; published Friday 5 July 2024 at 06:30 BST.
const ELECTION_PUB = '2024-07-05T06:30:00+01:00';
const ELECTION = [
  'Election night live: two hours ago the last polls in Scotland closed',
  '',
  '04:30 The prime minister arrived at his count. He is expected to speak within the hour.',
  '',
  '02:15 Labour said it had a good night. Two hours ago, the first result came in.',
  '',
  '01:00 Polls closed three hours ago. Turnout in 2019 was higher.',
].join('\n');

test("what an entry tells counts from the entry's stamp, not from publication", () => {
  const closed = timexOf(ELECTION, 'three hours ago', ELECTION_PUB);
  assert.equal(closed.from, '2024-07-04T22:00', 'three hours before 01:00 is 22:00 the evening before');
  assert.match(closed.why, /counted from the entry's stamp \(Fri 5 Jul 2024, 01:00\)/);
  assert.equal(timexOf(ELECTION, 'Two hours ago', ELECTION_PUB).from, '2024-07-05T00:15');
  const speech = timexOf(ELECTION, 'the hour', ELECTION_PUB);
  assert.deepEqual([speech.from, speech.to], ['2024-07-05T04:30', '2024-07-05T05:30']);
  // a year as written is no count from anything
  assert.equal(timexOf(ELECTION, '2019', ELECTION_PUB).value, '2019');
});

test("an entry told before midnight has that evening's day for its 'today'", () => {
  const text = '00:40 - Power is back in the north.\n\n23:55 - The storm reached the coast. Trains stopped today.';
  const today = timexOf(text, 'today', '2024-12-09T02:00:00Z');
  assert.equal(today.value, '2024-12-08');
});

test('negative: the headline above the first stamp, and a page with one stamp, count from publication', () => {
  // the headline is told at publication
  assert.equal(timexOf(ELECTION, 'two hours ago', ELECTION_PUB).from, '2024-07-05T04:30');
  // one time opening a line is no live report: its phrases count from publication
  const single = 'Count latest\n\n01:00 - Polls closed three hours ago.';
  assert.equal(timexOf(single, 'three hours ago', ELECTION_PUB).from, '2024-07-05T03:30');
});

test("an entry's stamp gives way to the time its sentence tells for the same event", () => {
  const text = [
    '09:20 Organisers said the elite race would start at 10am.',
    '',
    '09:05 The races started on time at 9am.',
  ].join('\n');
  const events = extract(text, { published: '2024-04-21T10:00:00+01:00' }).events;
  const started = events.filter((e) => e.label === 'The races started on time');
  assert.deepEqual(
    started.map((e) => e.from),
    ['2024-04-21T09:00'],
    'one event, at 9am, not a second one at its stamp (09:05)',
  );
  // negative: a report of what is to come keeps both: the saying at its stamp, the start at 10am
  assert.deepEqual(
    events.filter((e) => /race would start/i.test(e.label)).map((e) => e.from),
    ['2024-04-21T09:20', '2024-04-21T10:00'],
  );
});

test("an entry's stamp is no part of its own label: its time is on the axis", () => {
  const text = [
    'Arsenal v Chelsea: live',
    '',
    '21:42 GOAL! Saka curls one in.',
    '',
    '20:58 Half-time. Palmer levelled from the spot just before the break.',
    '',
    '19:45 Kick-off.',
  ].join('\n');
  const labels = extract(text, { published: '2024-12-04T21:55:00Z' }).events.map((e) => [e.from, e.label]);
  assert.deepEqual(labels, [
    ['2024-12-04T21:42', 'GOAL'],
    ['2024-12-04T20:58', 'Half-time'],
    ['2024-12-04T19:45', 'Kick-off'],
  ]);
  // negative: a clock time that opens a line of a page with no live entries keeps its place in the label
  const single = extract('Arsenal v Chelsea\n\n19:45 Kick-off.', { published: '2024-12-04T21:55:00Z' }).events;
  assert.equal(single.length, 1);
  assert.match(single[0]!.label, /Kick-off/);
});

test('a live report told in order is one when its last stamp is no later than publication, on its day', () => {
  const text = [
    '14:05 Police say the road will stay closed until at least 6pm.',
    '14:20 The mayor says the evacuation began at around 11am.',
    '14:42 Forecasters have issued an amber warning for wind from midnight tonight until 9am tomorrow.',
    '15:10 Trains will not run before Monday, the operator said in a statement.',
  ].join('\n');
  const at = '2024-03-14T15:30:00Z';
  for (const stamp of ['14:05', '14:20', '14:42', '15:10']) {
    const t = timexOf(text, stamp, at);
    assert.equal(t.value, `2024-03-14T${stamp}`, stamp);
    assert.match(t.why, /live report's entry stamp/, stamp);
  }
  // "tonight" in the 14:42 entry is told at 14:42
  assert.match(timexOf(text, 'midnight tonight', at).why, /the entry's stamp/);
  // negative: published before the last stamp, the times are a programme of the day, read as before
  const early = timexOf(text, '15:10', '2024-03-14T12:00:00Z');
  assert.doesNotMatch(early.why, /entry stamp/);
  // negative: a day the story placed before the times makes them that day's programme
  const fair = 'The fair opened on Saturday.\n\n10.30am Gates open\n\n2.15pm Dog show';
  assert.doesNotMatch(timexOf(fair, '2.15pm', '2024-03-11T18:00:00Z').why, /entry stamp/);
});
