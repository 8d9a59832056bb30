import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced, MONDAY, timexes, timexOf } from './helpers.js';

// Published Monday 17 Oct 2016.
test('past tense: the most recent weekday on or before publication', () => {
  assertPlaced('The agency said on Monday that talks failed.', 'Monday', '2016-10-17', '2016-10-17', '2016-10-18');
  assertPlaced('Talks convened on Saturday failed.', 'Saturday', '2016-10-15');
  assertPlaced('He arrived Tuesday and left.', 'Tuesday', '2016-10-11');
});

test('future tense: the next weekday on or after publication', () => {
  assertPlaced('The ministers will meet on Thursday.', 'Thursday', '2016-10-20');
  assertPlaced('The vote is expected Friday.', 'Friday', '2016-10-21');
  assertPlaced('The court plans to rule on Monday.', 'Monday', '2016-10-17');
});

test('last, next, this and the previous weekday', () => {
  assertPlaced('It rained last Monday.', 'last Monday', '2016-10-10');
  assertPlaced('They meet next Monday.', 'next Monday', '2016-10-24');
  assertPlaced('They meet this Friday.', 'this Friday', '2016-10-21');
  const t = assertPlaced(
    'The attack came on Oct. 5. The previous Sunday, troops had moved.',
    'The previous Sunday',
    '2016-10-02',
  );
  assert.equal(t.anchor, 't1');
});

test('a part of day makes a TIME with partOfDay granularity', () => {
  const t = assertPlaced(
    'Talks on Saturday evening failed.',
    'Saturday evening',
    '2016-10-15TEV',
    '2016-10-15T18:00',
    '2016-10-15T22:00',
  );
  assert.equal(t.type, 'TIME');
  assert.equal(t.granularity, 'partOfDay');
});

test('why names the rule in words', () => {
  const t = timexOf('Talks convened on Saturday failed.', 'Saturday');
  assert.match(t.why, /past tense: the Saturday before Mon 17 Oct 2016/);
});

test('plural weekdays recur (SET)', () => {
  const t = timexOf('The market is closed on Sundays.', 'Sundays');
  assert.equal(t.type, 'SET');
  assert.equal(t.value, 'XXXX-WXX-7');
  assert.equal(t.from, undefined);
});

test('"Patch Tuesday", "Giving Tuesday": named days, not the nearest weekday', () => {
  assert.deepEqual(
    timexes('Microsoft released the fixes on Patch Tuesday.').map((t) => t.text),
    [],
  );
  assert.deepEqual(
    timexes('Donors gave $2 million on Giving Tuesday.').map((t) => t.text),
    [],
  );
  assert.deepEqual(
    timexes('PATCH TUESDAY BRINGS 47 FIXES').map((t) => t.text),
    [],
  );
});

test('negative: a patch released on a Tuesday, and the Patch Tuesday of last week, are that Tuesday', () => {
  // "a patch Tuesday": the noun, then the weekday
  assertPlaced('Microsoft released a patch Tuesday.', 'Tuesday', '2016-10-11');
  assertPlaced('It fixed 13 bugs on Patch Tuesday last week.', 'Tuesday last week', '2016-10-11');
});

test('"on a Friday" is some Friday, not the nearest one; a weekday before its noun stays a date', () => {
  assert.equal(timexOf('He was born on a Monday.', 'Monday').value, 'XXXX-WXX-1');
  assert.equal(timexOf('The attack happened on a Sunday morning in June.', 'Sunday morning').value, 'XXXX-WXX-7TMO');
  assert.equal(timexOf('They pulled it off at 3 a.m. on a Friday.', '3 a.m. on a Friday').value, 'XXXX-WXX-5T03:00');
  assert.equal(extract('He was born on a Monday.', { published: MONDAY }).events.length, 0);
  // negative: "a Monday evening vigil", "on a Tuesday visit": the weekday dates the thing
  assert.equal(timexOf('They held a Monday evening vigil.', 'Monday evening').value, '2016-10-17TEV');
  assert.equal(timexOf('They met on a Tuesday visit to Paris.', 'Tuesday').value, '2016-10-11');
});

test('"on a Sunday next year" is some Sunday of that year: no date of its own', () => {
  assert.equal(timexOf('Hanukkah begins on a Sunday next year.', 'Sunday').value, 'XXXX-WXX-7');
  assert.equal(timexOf('Her birthday falls on a Friday next month.', 'Friday').value, 'XXXX-WXX-5');
  // negative: "a Tuesday next week" names its week, one day
  assert.equal(timexOf('The vote is on a Tuesday next week.', 'Tuesday next week').value, '2016-10-25');
});

test('"June 1 (a Monday)", "March 3, a Tuesday,": a weekday set beside a date names its weekday, no date of its own', () => {
  const due = extract('The notes will be due on Nov. 2 (a Wednesday).', { published: MONDAY });
  assert.equal(timexOf('The notes will be due on Nov. 2 (a Wednesday).', 'Wednesday').value, 'XXXX-WXX-3');
  assert.deepEqual(
    due.events.map((e) => e.from),
    ['2016-11-02'],
  );
  assert.equal(timexOf('The vote is on Nov. 1, a Tuesday, in the capital.', 'Tuesday').value, 'XXXX-WXX-2');
  // negative: a weekday with no "a" before it is a date, and so is one after "a" with its own noun
  assert.equal(timexOf('The bridge closes on Friday, a day early.', 'Friday').value, '2016-10-21');
  assert.equal(timexOf('The march ended on Nov. 1 (a Tuesday vigil followed).', 'Tuesday').value, '2016-10-11');
});

test('"overnight Thursday" is the night into Thursday, "Sunday overnight" Sunday\'s night: one TIME', () => {
  // published Thursday 14 March 2013: a quake "overnight Thursday" struck in the small hours of that day
  const t = assertPlaced(
    'An earthquake rattled the coast overnight Thursday, waking residents.',
    'overnight Thursday',
    '2013-03-13TNI',
    '2013-03-13T20:00',
    '2013-03-14T06:00',
    '2013-03-14',
  );
  assert.equal(t.type, 'TIME');
  assertPlaced(
    'Snow fell overnight on Saturday.',
    'overnight on Saturday',
    '2013-03-08TNI',
    undefined,
    undefined,
    '2013-03-14',
  );
  assertPlaced(
    'Crews worked Sunday overnight.',
    'Sunday overnight',
    '2013-03-10TNI',
    undefined,
    undefined,
    '2013-03-14',
  );
  // negative: a night told apart from the weekday stays two phrases
  assert.deepEqual(
    timexes('Rain fell overnight. Thursday was dry.', '2013-03-14').map((x) => x.text),
    ['overnight', 'Thursday'],
  );
});

test('"this upcoming Monday", "the upcoming Friday": as "this coming", the one after publication', () => {
  // published Monday 28 February 2011
  const pub = '2011-02-28';
  assertPlaced(
    'The vote is set for this upcoming Monday.',
    'this upcoming Monday',
    '2011-03-07',
    undefined,
    undefined,
    pub,
  );
  assertPlaced(
    'Fans queue for the upcoming Saturday final.',
    'upcoming Saturday',
    '2011-03-05',
    undefined,
    undefined,
    pub,
  );
  assertPlaced('THE UPCOMING THURS SESSION WAS CUT', 'UPCOMING THURS', '2011-03-03', undefined, undefined, pub);
  // negative: "upcoming" before another word leaves the weekday to its clause
  assertPlaced('The upcoming talks opened on Monday.', 'Monday', '2011-02-28', undefined, undefined, pub);
});

test('"next week Thursday", "last week Tuesday": the week said before the weekday, as after it', () => {
  // published Monday 17 Oct 2016
  assertPlaced('The vote is next week Thursday.', 'next week Thursday', '2016-10-27');
  assertPlaced('Talks resumed last week Tuesday.', 'last week Tuesday', '2016-10-11');
  assertPlaced('The panel meets this week Friday.', 'this week Friday', '2016-10-21');
  // negative: a comma parts them; "next week" alone stays the week
  assert.equal(timexOf('Shares fell last week, Friday was calm.', 'last week').value, '2016-W41');
  assert.equal(timexOf('The vote is next week.', 'next week').value, '2016-W43');
});

test('"this Tuesday" told of what is to come, once this week\'s has gone by, is the coming one', () => {
  // published Thursday 20 Oct 2016
  const THU = '2016-10-20';
  assertPlaced('Parliament will vote this Tuesday.', 'this Tuesday', '2016-10-25', undefined, undefined, THU);
  // negative: told in the past, or not yet gone by, it is this week's
  assertPlaced('Parliament voted this Tuesday.', 'this Tuesday', '2016-10-18', undefined, undefined, THU);
  assertPlaced('Parliament will vote this Friday.', 'this Friday', '2016-10-21', undefined, undefined, THU);
  assertPlaced('Parliament will vote this Thursday.', 'this Thursday', '2016-10-20', undefined, undefined, THU);
});

test('"next week on Sunday at 4", "last week, on Tuesday": the week said before "on" and the weekday, one timex', () => {
  // told on Monday 17 October: Sunday of next week, not the coming Sunday
  const meet = assertPlaced('We meet next week on sunday at 4.', 'next week on sunday at 4', '2016-10-30T16:00');
  assert.equal(meet.type, 'TIME');
  assertPlaced('The vote is next week, on Thursday.', 'next week, on Thursday', '2016-10-27');
  assertPlaced('Last week on Tuesday the board met.', 'Last week on Tuesday', '2016-10-11');
  assertPlaced('The audit ends this week on Friday at 9 a.m.', 'this week on Friday at 9 a.m.', '2016-10-21T09:00');
});

test('negative: "on" that goes with the verb before a possessive day keeps the week and the day apart', () => {
  const text = 'The council will work next week on Sunday’s budget.';
  assertPlaced(text, 'next week', '2016-W43');
  assertPlaced(text, 'Sunday', '2016-10-16');
});

test('"Thursday of that week", "the Monday of the following week": a weekday in a week named from the date placed before', () => {
  // (published Mon 17 Oct 2016; Wed 7 Sept 2016 is placed first)
  const text =
    'The floods hit on Sept. 7. Rescue teams arrived on Thursday of that week, and the minister visited on the ' +
    'Monday of the following week. On the Saturday of the previous week, forecasters had warned of rain.';
  assertPlaced(text, 'Thursday of that week', '2016-09-08');
  assertPlaced(text, 'Monday of the following week', '2016-09-12');
  // (the date placed last before it is that Monday)
  assertPlaced(text, 'Saturday of the previous week', '2016-09-10');
  // a week placed is anchor enough: "last week … on Thursday of that week"
  assertPlaced(
    'Last week the council met twice. On Thursday of that week it voted.',
    'Thursday of that week',
    '2016-10-13',
  );
  // with no date before it, "the following week" is counted from publication, as it is alone
  assertPlaced('The board meets on the Monday of the following week.', 'Monday of the following week', '2016-10-24');
  // negative: with no date before it, "that week" adds nothing to the weekday; "the next week" after a verb of saying
  // is its own phrase
  assertPlaced('He was arrested on Thursday of that week.', 'Thursday of that week', '2016-10-13');
  assertPlaced('Analysts said on Monday the next week would be crucial.', 'Monday', '2016-10-17');
  assertPlaced('He said on Monday that week-long talks would start.', 'Monday', '2016-10-17');
});
