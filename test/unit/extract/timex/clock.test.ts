import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes, timexOf } from './helpers.js';

// Published Thursday 14 June 2018 at 9:20 in the morning, two hours ahead of UTC.
const AT = '2018-06-14T09:20:00+02:00';

test('"N hours/minutes ago" and "in N hours" count from the publication time', () => {
  const t = assertPlaced(
    'The ferry sank two hours ago.',
    'two hours ago',
    '2018-06-14T07:20',
    '2018-06-14T07:20',
    '2018-06-14T07:21',
    AT,
  );
  assert.equal(t.type, 'TIME');
  assert.match(t.why, /publication time/);
  assertPlaced('Rescuers arrived 45 minutes ago.', '45 minutes ago', '2018-06-14T08:35', undefined, undefined, AT);
  assertPlaced(
    'The polls close three hours from now.',
    'three hours from now',
    '2018-06-14T12:20',
    undefined,
    undefined,
    AT,
  );
});

test('a bare clock time is before or after publication by tense', () => {
  assertPlaced(
    'The fire started at 11 p.m., the brigade said.',
    '11 p.m.',
    '2018-06-13T23:00',
    undefined,
    undefined,
    AT,
  );
  assertPlaced('The fire started at 3 a.m., the brigade said.', '3 a.m.', '2018-06-14T03:00', undefined, undefined, AT);
  assertPlaced('The minister will land at 8 a.m.', '8 a.m.', '2018-06-15T08:00', undefined, undefined, AT);
  assertPlaced('The minister will land at 6 p.m.', '6 p.m.', '2018-06-14T18:00', undefined, undefined, AT);
});

test('parts of the publication day: "this morning" ends at publication when told in the past', () => {
  const t = assertPlaced(
    'Ministers met this morning.',
    'this morning',
    '2018-06-14TMO',
    '2018-06-14T06:00',
    '2018-06-14T09:20',
    AT,
  );
  assert.equal(t.granularity, 'partOfDay');
  assertPlaced('He speaks tonight.', 'tonight', '2018-06-14TNI', '2018-06-14T20:00', undefined, AT);
  // told at 1:40 a.m., a night of fighting "tonight" is the night under way
  assertPlaced(
    'Shelling hit the port tonight.',
    'tonight',
    '2018-06-13TNI',
    undefined,
    undefined,
    '2018-06-14T01:40+02:00',
  );
});

test('"the last half hour", "the past 24 hours" end at the publication time', () => {
  assertPlaced(
    'Shares fell sharply in the last half hour.',
    'the last half hour',
    'PT30M',
    '2018-06-14T08:50',
    '2018-06-14T09:20',
    AT,
  );
  assertPlaced(
    'Forty flights left over the past 24 hours.',
    'the past 24 hours',
    'PT24H',
    '2018-06-13T09:20',
    '2018-06-14T09:20',
    AT,
  );
});

test("zones keep their offset in the value; from/to are on the article's clock", () => {
  // 18:00 UTC is 20:00 on the clock of an article two hours ahead of UTC
  assertPlaced(
    'The probe launched at 18:00 UTC.',
    '18:00 UTC',
    '2018-06-13T18:00Z',
    '2018-06-13T20:00',
    '2018-06-13T20:01',
    AT,
  );
  assertPlaced(
    'Trading halted at 3 p.m. EST on Tuesday.',
    '3 p.m. EST on Tuesday',
    '2018-06-12T15:00-05:00',
    '2018-06-12T22:00',
    undefined,
    AT,
  );
  // "ET" follows US daylight saving time: EDT in June, EST in January
  assertPlaced(
    'Voting will end at 8 p.m. ET on Friday.',
    '8 p.m. ET on Friday',
    '2018-06-15T20:00-04:00',
    undefined,
    undefined,
    AT,
  );
  assertPlaced(
    'Voting ended at 8 p.m. ET on Jan. 9, 2018.',
    '8 p.m. ET on Jan. 9, 2018',
    '2018-01-09T20:00-05:00',
    undefined,
    undefined,
    AT,
  );
  assertPlaced(
    'The jet landed at 6:15 p.m. (GMT+8) on Tuesday.',
    '6:15 p.m. (GMT+8) on Tuesday',
    '2018-06-12T18:15+08:00',
    undefined,
    undefined,
    AT,
  );
});

test('a local time with its GMT equivalent and a day is one time', () => {
  const t = timexOf(
    'The quake struck at 4:05 p.m. (1305 GMT) Wednesday, officials said.',
    '4:05 p.m. (1305 GMT) Wednesday',
    AT,
  );
  assert.equal(t.value, '2018-06-13T16:05+03:00');
  assert.equal(t.type, 'TIME');
});

test('a time at the end of a line is not on the day that opens the next one', () => {
  const text = 'Updated 5:40 p.m. ET\nEarly Friday morning, the actress checked into rehab.';
  assert.deepEqual(
    timexes(text, '2013-05-03').map((t) => t.text),
    ['5:40 p.m. ET', 'Early Friday morning'],
  );
  // negative: on one line the time and the day are one phrase
  assert.deepEqual(
    timexes('The actress checked in at 1:30 a.m. Friday.', '2013-05-03').map((t) => t.text),
    ['1:30 a.m. Friday'],
  );
});

test('negative: a date alone keeps clock phrases on the publication day', () => {
  assertPlaced(
    'The ferry sank two hours ago.',
    'two hours ago',
    '2018-06-14',
    '2018-06-14',
    '2018-06-15',
    '2018-06-14',
  );
  assertPlaced(
    'The fire started at 11 p.m., the brigade said.',
    '11 p.m.',
    '2018-06-14T23:00',
    undefined,
    undefined,
    '2018-06-14',
  );
  assertPlaced(
    'Ministers met this morning.',
    'this morning',
    '2018-06-14TMO',
    '2018-06-14T06:00',
    '2018-06-14T12:00',
    '2018-06-14',
  );
  assertPlaced(
    'The probe launched at 18:00 UTC.',
    '18:00 UTC',
    '2018-06-14T18:00Z',
    '2018-06-14T18:00',
    undefined,
    '2018-06-14',
  );
});

test('negative: a lower-case word after a time is no zone; vague amounts stay vague', () => {
  const t = timexOf('They met at 3 pm et al. agreed.', '3 pm', AT);
  assert.equal(t.value, '2018-06-13T15:00');
  assert.equal(timexOf('The ferry sank a few hours ago.', 'a few hours ago', AT).value, 'PAST_REF');
});

test('an hour without a.m. or p.m. on the publication day is the afternoon one when the tense rules out the morning', () => {
  // published at 15:20 UTC
  const AFTERNOON = '2024-01-05T15:20:00Z';
  assertPlaced(
    'It is 3:15 now and the water is still rising.',
    '3:15',
    '2024-01-05T15:15',
    undefined,
    undefined,
    AFTERNOON,
  );
  assertPlaced(
    'The plane will land at 4:30, officials said.',
    '4:30',
    '2024-01-05T16:30',
    undefined,
    undefined,
    AFTERNOON,
  );
  // negative: told in the past, the morning's stands; a later hour ahead is the next morning's, as before
  assertPlaced('Police arrived at 9:30, witnesses said.', '9:30', '2024-01-05T09:30', undefined, undefined, AFTERNOON);
  assertPlaced('The talks will resume at 9:30.', '9:30', '2024-01-06T09:30', undefined, undefined, AFTERNOON);
  // negative: in the morning, "it is 9:15 now" is the morning's
  assertPlaced('It is 9:15 now and the queue is long.', '9:15', '2018-06-14T09:15', undefined, undefined, AT);
  // negative: without a publication time nothing changes
  assertPlaced(
    'It is 3:15 now and the water is still rising.',
    '3:15',
    '2024-01-05T03:15',
    undefined,
    undefined,
    '2024-01-05',
  );
});
