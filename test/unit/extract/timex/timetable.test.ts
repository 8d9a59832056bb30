import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { timexes } from './helpers.js';

// Published Wednesday 20 November 2024.
const PUB = '2024-11-20';
const values = (text: string) => timexes(text, PUB).map((t) => [t.text, t.value, t.from ?? null]);

test('a range of clock times beside a range of weekdays is a timetable: every such day, no place on the axis', () => {
  assert.deepEqual(values('The office is open 9am to 5pm, Monday to Friday.'), [
    ['9am', 'XXXX-XX-XXT09:00', null],
    ['5pm', 'XXXX-XX-XXT17:00', null],
    ['Monday', 'XXXX-WXX-1', null],
    ['Friday', 'XXXX-WXX-5', null],
  ]);
  // the times first with no comma (read alone, "8 p.m. Monday" was one evening and the range ran backwards), the days
  // first, dashes
  assert.deepEqual(values('Meters will operate from 8 a.m. to 8 p.m. Monday through Saturday.'), [
    ['8 a.m.', 'XXXX-XX-XXT08:00', null],
    ['8 p.m.', 'XXXX-XX-XXT20:00', null],
    ['Monday', 'XXXX-WXX-1', null],
    ['Saturday', 'XXXX-WXX-6', null],
  ]);
  assert.deepEqual(
    values('Meters will operate Monday through Saturday from 8 a.m. to 8 p.m.').map((v) => v[1]),
    ['XXXX-WXX-1', 'XXXX-WXX-6', 'XXXX-XX-XXT08:00', 'XXXX-XX-XXT20:00'],
  );
  assert.deepEqual(
    values('The tip is open 8am-4pm, Monday-Saturday.').map((v) => v[1]),
    ['XXXX-XX-XXT08:00', 'XXXX-XX-XXT16:00', 'XXXX-WXX-1', 'XXXX-WXX-6'],
  );
  const [monday] = timexes('The office is open 9am to 5pm, Monday to Friday.', PUB).filter((t) => t.text === 'Monday');
  assert.equal(monday!.type, 'SET');
  assert.match(monday!.why, /timetable/);
  assert.equal(extract('The office is open 9am to 5pm, Monday to Friday.', { published: PUB }).events.length, 0);
});

test('negative: a range of days with a time at each end is one stretch; a range of times on one day is that day', () => {
  const strike = timexes('The strike runs from 6am Monday to 6pm Friday.', PUB);
  assert.deepEqual(
    strike.map((t) => [t.text, t.value]),
    [
      ['6am Monday', '2024-11-25T06:00'],
      ['6pm Friday', '2024-11-29T18:00'],
    ],
  );
  const polls = timexes('Polls are open from 7am to 10pm on Thursday.', PUB);
  assert.equal(polls.at(-1)!.value, '2024-11-21T22:00');
  // two days joined by "and" are two days
  assert.equal(
    timexes('The office is open 9am to 5pm on Monday and Tuesday.', PUB).some((t) => t.value.startsWith('XXXX')),
    false,
  );
});
