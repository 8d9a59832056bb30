import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes } from './helpers.js';

// Published Saturday 4 August 2018, 14:00.
const PUB = '2018-08-04T14:00';

test('a clock time before "on the" and a day of the month is one time on that day', () => {
  // told in the past: the latest 14th on or before publication, and the time is on it, not on publication day
  const sank = 'The ferry sank at 2:15 a.m. on the 14th, the coastguard said.';
  assertPlaced(sank, '2:15 a.m. on the 14th', '2018-07-14T02:15', '2018-07-14T02:15', '2018-07-14T02:16', PUB);
  const hearing = 'The hearing will open at 10 a.m. on the 21st.';
  assertPlaced(hearing, '10 a.m. on the 21st', '2018-08-21T10:00', undefined, undefined, PUB);
  // the day first, the time after it
  const called = 'Police were called on the 3rd at 9:30 p.m. after a neighbour heard shouting.';
  assertPlaced(called, 'the 3rd at 9:30 p.m.', '2018-08-03T21:30', undefined, undefined, PUB);
});

test('"on the" before a day written with its month after it: "13:14 on the 23 of October 2020"', () => {
  const landed = 'The probe touched down at 13:14 on the 23 of October 2020.';
  assertPlaced(landed, '13:14 on the 23 of October 2020', '2020-10-23T13:14', undefined, undefined, PUB);
  const lower = 'the probe touched down at 13:14 on the 23 of october 2020.';
  assertPlaced(lower, '13:14 on the 23 of october 2020', '2020-10-23T13:14', undefined, undefined, PUB);
  const upper = 'THE PROBE TOUCHED DOWN AT 13:14 ON THE 23 OF OCTOBER 2020.';
  assertPlaced(upper, '13:14 ON THE 23 OF OCTOBER 2020', '2020-10-23T13:14', undefined, undefined, PUB);
});

test('negative: a floor, a sentence break or another noun after "on the" keeps the time alone', () => {
  assert.deepEqual(
    timexes('The fire started at 3 p.m. on the 5th floor of the tower.', PUB).map((t) => t.text),
    ['3 p.m.'],
  );
  const two = timexes('Doors open at 7 p.m. The 14th edition of the fair runs all week.', PUB).map((t) => t.text);
  assert.ok(!two.some((t) => t.includes('14th')), JSON.stringify(two));
  assert.deepEqual(
    timexes('The train left at 6:40 a.m. on the first day of the strike.', PUB).map((t) => t.text),
    ['6:40 a.m.'],
  );
});

test('with no publication date, a clock time on a day of a month keeps its time in the value', () => {
  const t = timexes('The match ended at 9:40 p.m. on May 29.', null);
  assert.deepEqual(
    t.map((x) => [x.text, x.value]),
    [['9:40 p.m. on May 29', 'XXXX-05-29T21:40']],
  );
  // negative: a weekday with no date stays some such weekday at that time, as before
  assert.deepEqual(
    timexes('The match ended at 9:40 p.m. on a Friday.', null).map((x) => x.value),
    ['XXXX-WXX-5T21:40'],
  );
});

test('a clock time closing a relative aside is not one phrase with the day after the comma, but on that day', () => {
  // (Saturday 4 August 2018, 14:00; the Thursday before is 2 August)
  const text = 'Police, who arrived at 9pm, on Thursday arrested two men.';
  assertPlaced(text, '9pm', '2018-08-02T21:00', undefined, undefined, PUB);
  assertPlaced(text, 'Thursday', '2018-08-02', undefined, undefined, PUB);
  // negative: no aside, one phrase across the comma
  assertPlaced(
    'Police arrived at 9pm, on Thursday, and arrested two men.',
    '9pm, on Thursday',
    '2018-08-02T21:00',
    undefined,
    undefined,
    PUB,
  );
});
