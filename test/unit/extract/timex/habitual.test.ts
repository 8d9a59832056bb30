import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced, MONDAY, timexes, timexOf } from './helpers.js';

const NOV = '2023-11-02';

/** The value and whether the phrase is placed on the axis. */
function read(text: string, phrase: string): [string, boolean] {
  const t = timexOf(text, phrase, NOV);
  return [t.value, t.from !== undefined];
}

test('a period named in a clause of what usually happens is any such period, not placed', () => {
  assert.deepEqual(read('Sales usually peak in December.', 'December'), ['XXXX-12', false]);
  assert.deepEqual(read('The festival is traditionally held in the spring.', 'the spring'), ['XXXX-SP', false]);
  assert.deepEqual(read('The board normally meets on Tuesday.', 'Tuesday'), ['XXXX-WXX-2', false]);
  assert.deepEqual(read('Prices tend to fall in early January.', 'early January'), ['XXXX-01', false]);
  assert.deepEqual(read('Auctions are usually held in the second and fourth quarters.', 'fourth quarters'), [
    'XXXX-Q4',
    false,
  ]);
  assert.match(timexOf('Sales usually peak in December.', 'December', NOV).why, /any December/);
});

test('a period named with a yearly round ("annually", "every year") is any such period, and those listed with it', () => {
  assert.deepEqual(read('Rates are reviewed annually in March.', 'March'), ['XXXX-03', false]);
  assert.deepEqual(read('Rates are reviewed in March every year.', 'March'), ['XXXX-03', false]);
  const list = 'The index is rebalanced quarterly in March, June, September and December.';
  for (const [month, value] of [
    ['March', 'XXXX-03'],
    ['June', 'XXXX-06'],
    ['December', 'XXXX-12'],
  ] as const)
    assert.deepEqual(read(list, month), [value, false], month);
  assert.deepEqual(read('Prices usually peak in December and January.', 'January'), ['XXXX-01', false]);
  // negative: a past clause, and a round told in another clause, name one March
  assert.deepEqual(read('Rates rose in March, as they do every year.', 'March'), ['2023-03', true]);
});

test('a clause of what usually happens makes no event', () => {
  const { events } = extract('Hotel prices typically climb in August. The hotel closed in March.', { published: NOV });
  assert.deepEqual(
    events.map((e) => e.from),
    ['2023-03-01'],
  );
});

test('negative: one named period, a break after the cue, a past verb, a far verb', () => {
  // the phrase counts from now or names its year
  assert.deepEqual(read('Sales usually peak in December, but this December they fell.', 'this December'), [
    '2023-12',
    true,
  ]);
  assert.deepEqual(read('Sales usually peak in December 2023.', 'December 2023'), ['2023-12', true]);
  // the cue's reach stops at a comma and at another clause
  assert.deepEqual(read('The ministry usually publishes figures early, and waited until May.', 'May'), [
    '2023-05',
    true,
  ]);
  // a past clause tells of one time
  assert.deepEqual(read('He generally agreed with the plan announced in June.', 'June'), ['2023-06', true]);
  // the cue belongs to another verb further back
  assert.deepEqual(read('She usually agrees with the plan the board announced in June.', 'June'), ['2023-06', true]);
});

test('a clock time of what usually happens is that time on any day', () => {
  assert.deepEqual(read('The shop usually opens at 9 a.m.', '9 a.m.'), ['XXXX-XX-XXT09:00', false]);
  assert.deepEqual(read('They meet every second Thursday, usually at 7pm.', '7pm'), ['XXXX-XX-XXT19:00', false]);
  // negative: a clock time on a day the story names
  assert.deepEqual(read('The shop opened at 9 a.m. on Monday.', '9 a.m. on Monday'), ['2023-10-30T09:00', true]);
});

test('a clock time of every day is a SET, not one day: "open 8am to 8pm every day", "at 9 a.m. daily"', () => {
  const open = timexes('The library is open 8am to 8pm every day.');
  const opening = open.find((t) => t.text === '8am')!;
  assert.equal(opening.type, 'SET');
  assert.equal(opening.value, 'XXXX-XX-XXT08:00');
  assert.equal(opening.from, undefined);
  assert.equal(open.find((t) => t.text === '8pm')!.value, 'XXXX-XX-XXT20:00');
  assert.equal(timexOf('The ferry leaves at 6:15 each morning.', '6:15').value, 'XXXX-XX-XXT06:15');
  assert.equal(timexOf('The cafe serves breakfast 7 a.m. until noon every day.', 'noon').type, 'SET');
  // set off by commas: "open late, until 8pm, every day" (read alone, 8pm was on the weekend the sentence before placed)
  const late = 'The tip was closed over the weekend. Recycling centres will open late, until 8pm, every day next week.';
  assert.equal(timexOf(late, '8pm').value, 'XXXX-XX-XXT20:00');
  // no event is drawn for either end
  assert.equal(extract('The library is open 8am to 8pm every day.', { published: MONDAY }).events.length, 0);
});

test('a part of a repeating day and a clock time, or a bare hour after "at", are one SET with that time', () => {
  const cases: [string, string, string][] = [
    ['Talks are held every Monday night at 9.', 'every Monday night at 9', 'XXXX-WXX-1T21:00'],
    ['The club meets every Monday evening at 7 p.m.', 'every Monday evening at 7 p.m.', 'XXXX-WXX-1T19:00'],
    ['The market opens every Saturday morning at 8.', 'every Saturday morning at 8', 'XXXX-WXX-6T08:00'],
    ['The quiz runs each Thursday night at 8:30.', 'each Thursday night at 8:30', 'XXXX-WXX-4T20:30'],
    // a bare hour after a repeating day is read as after one day: as written, from 1 to 5 the afternoon's
    ['Services are held each Sunday at 10.', 'each Sunday at 10', 'XXXX-WXX-7T10:00'],
    ['Lessons start every Friday at 3.', 'every Friday at 3', 'XXXX-WXX-5T15:00'],
    // every day, and the plural of a weekday's part
    ['The club meets every day at 9.', 'every day at 9', 'XXXX-XX-XXT09:00'],
    ['They meet on Tuesday nights at 8.', 'Tuesday nights at 8', 'XXXX-WXX-2T20:00'],
  ];
  for (const [text, phrase, value] of cases) {
    const t = timexOf(text, phrase, MONDAY);
    assert.equal(t.type, 'SET', phrase);
    assert.equal(t.value, value, phrase);
  }
  assert.equal(extract('Talks are held every Monday night at 9.', { published: MONDAY }).events.length, 0);
});

test("negative: a night's small hour keeps the part, and a count after a repeating day is no hour", () => {
  // 2 a.m. of a Saturday night is a Sunday's: the set stays the night
  assert.equal(
    timexOf('The bar closes every Saturday night at 2.', 'every Saturday night at 2').value,
    'XXXX-WXX-6TNI',
  );
  assert.deepEqual(
    timexes('Attendance every Monday stood at 40 percent.', MONDAY).map((t) => [t.text, t.value]),
    [['every Monday', 'XXXX-WXX-1']],
  );
  assert.deepEqual(
    timexes('He ran every day at 5 km an hour.', MONDAY).map((t) => [t.text, t.value]),
    [['every day', 'P1D']],
  );
});

test("negative: a clock time of one day before a repeating phrase of another clause or verb stays that day's", () => {
  assertPlaced('The strike began at 6 a.m. and ran every day until Friday.', '6 a.m.', '2016-10-17T06:00');
  assertPlaced('The library opened at 8am. Every day it was full.', '8am', '2016-10-17T08:00');
});

test('a repeating day and its clock time are one SET: "each Monday at 4pm", "every day at 9 a.m."', () => {
  const meets = timexes('The club meets each Monday at 4pm.', MONDAY);
  assert.deepEqual(
    meets.map((t) => [t.text, t.type, t.value]),
    [['each Monday at 4pm', 'SET', 'XXXX-WXX-1T16:00']],
  );
  assert.equal(timexOf('Ferries sail Fridays at 6:45 a.m.', 'Fridays at 6:45 a.m.').value, 'XXXX-WXX-5T06:45');
  assert.equal(timexOf('Buses leave every day at 9 a.m.', 'every day at 9 a.m.').value, 'XXXX-XX-XXT09:00');
  assert.equal(timexOf('The desk opens daily at 10:30 GMT.', 'daily at 10:30 GMT').value, 'XXXX-XX-XXT10:30Z');
  // no event: a time of every such day is on no one day
  assert.equal(extract('The club meets every Thursday at 7 p.m.', { published: MONDAY }).events.length, 0);
  // negative: another repeating period keeps its own time apart, and a day's time in another clause is that day's
  assert.deepEqual(
    timexes('Trains leave every week at 4pm.', MONDAY).map((t) => t.text),
    ['every week', '4pm'],
  );
  assert.deepEqual(
    timexes('He trained every Monday. At 4pm he left.', MONDAY).map((t) => t.text),
    ['every Monday', '4pm'],
  );
});

test('a clock time before its repeating weekday is one SET too: "opens at 10:30am on Saturdays", "at 11am each Sunday"', () => {
  assert.equal(timexOf('The shop opens at 10:30am on Saturdays.', '10:30am on Saturdays').value, 'XXXX-WXX-6T10:30');
  assert.equal(timexOf('Services are held at 11am each Sunday.', '11am each Sunday').value, 'XXXX-WXX-7T11:00');
  assert.equal(
    timexOf('Mass is said at 9pm every Saturday night.', '9pm every Saturday night').value,
    'XXXX-WXX-6T21:00',
  );
  // no event on the timeline: the time is no one day's
  assert.equal(extract('The library opens at 9am on Saturdays.', { published: MONDAY }).events.length, 0);
  // negative: one Saturday stays that day's time
  assert.deepEqual(
    timexes('He was arrested at 3am on Saturday.', MONDAY).map((t) => [t.text, t.type]),
    [['3am on Saturday', 'TIME']],
  );
  // a clock time of another clause
  assert.deepEqual(
    timexes('The fire started at 4am. On Sundays the hall is empty.', MONDAY).map((t) => t.text),
    ['4am', 'Sundays'],
  );
});

test('a season or a month that leads the words of a rule is any such period: "Winter pressures usually peak"', () => {
  const PUB = '2017-01-12';
  for (const [text, phrase, value] of [
    ['Winter pressures usually peak in January.', 'Winter', 'XXXX-WI'],
    ['December is typically the busiest month for retailers.', 'December', 'XXXX-12'],
    ['SPRING FLOODS USUALLY HIT THE VALLEY IN APRIL.', 'SPRING', 'XXXX-SP'],
    ['Monday is usually the quietest day.', 'Monday', 'XXXX-WXX-1'],
  ] as const) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.value, value, text);
    assert.equal(t.from, undefined, text);
  }
  // negative: a cue after a comma or a conjunction is another clause's, and a phrase told in the past keeps its date
  assert.equal(timexOf('Winter came early, and trade usually slows.', 'Winter', PUB).from, '2016-12-01');
  assert.equal(timexOf('March was, as usual, wet.', 'March', PUB).value, '2016-03');
});

test('after a cue, a verb whose past is its present ("usually hit", "typically cut") tells a rule, not the past', () => {
  const PUB = '2017-01-12';
  assert.equal(timexOf('Floods usually hit the valley in April.', 'April', PUB).value, 'XXXX-04');
  assert.equal(timexOf('shops typically cut prices in january', 'january', PUB).value, 'XXXX-01');
  // negative: without a cue the same verb is past; a past verb after the cue stays past
  assert.equal(timexOf('The storm hit the valley in April.', 'April', PUB).value, '2016-04');
  assert.equal(timexOf('He generally agreed with the plan announced in June.', 'June', PUB).value, '2016-06');
});

test('clock times of a repeating day or part of the week are SETs: "on weekdays from 10am to 4pm"', () => {
  const open = timexes('The museum is open on weekdays from 10am to 4pm.');
  const days = open.find((t) => t.text === 'weekdays')!;
  assert.equal(days.type, 'SET');
  assert.equal(days.value, 'XXXX-WXX-WD');
  for (const [phrase, value] of [
    ['10am', 'XXXX-XX-XXT10:00'],
    ['4pm', 'XXXX-XX-XXT16:00'],
  ]) {
    const t = open.find((x) => x.text === phrase)!;
    assert.equal(t.type, 'SET', phrase);
    assert.equal(t.value, value, phrase);
    assert.equal(t.from, undefined);
  }
  assert.equal(timexOf('The helpline is staffed at weekends from 8am to noon.', 'weekends').value, 'XXXX-WXX-WE');
  assert.equal(timexOf('The helpline is staffed at weekends from 8am to noon.', 'noon').type, 'SET');
  assert.equal(timexOf('The market runs on Saturdays from 9am.', '9am').value, 'XXXX-XX-XXT09:00');
  assert.equal(timexOf('The bridge is shut from 10pm to 6am on weekdays.', '10pm').type, 'SET');
  assert.equal(timexOf('The bridge is shut from 10pm to 6am on weekdays.', '6am').type, 'SET');
  assert.equal(timexOf('Buses run every weekday.', 'every weekday').value, 'XXXX-WXX-WD');
  assert.equal(extract('The museum is open on weekdays from 10am to 4pm.', { published: MONDAY }).events.length, 0);
  // negative: a count of weekends, one day's times, a weekday of one week
  assert.equal(timexes('The show ran for two weekends.').filter((t) => t.type === 'SET').length, 0);
  assertPlaced('The road was closed from 10am to 4pm on Monday.', '10am', '2016-10-17T10:00');
  assertPlaced('The museum opens on Monday from 10am.', '10am', '2016-10-17T10:00');
});

test('a clock time "on bank holidays" is a time of every such day, not the publication day\'s', () => {
  assert.equal(timexOf('The clinic is open until 4pm on bank holidays.', '4pm').type, 'SET');
  assert.equal(timexOf('The shop closes at 6pm on public holidays.', '6pm').type, 'SET');
  // negative: one holiday, told in the past, is a day
  assert.equal(timexOf('The shop closed at 6pm on Christmas Eve.', '6pm on Christmas Eve').type, 'TIME');
});
