import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('a bare hour before tonight / this morning / tomorrow morning is one TIME on that part of day', () => {
  assertPlaced(
    'The show starts at 8 tonight.',
    '8 tonight',
    '2019-03-22T20:00',
    '2019-03-22T20:00',
    '2019-03-22T21:00',
    PUB,
  );
  assertPlaced('We fly at 9 tomorrow morning.', '9 tomorrow morning', '2019-03-23T09:00', undefined, undefined, PUB);
  assertPlaced('He spoke at 10 this morning.', '10 this morning', '2019-03-22T10:00', undefined, undefined, PUB);
  assertPlaced(
    'The vote closes at eight this evening.',
    'eight this evening',
    '2019-03-22T20:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Talks will begin at 7 on Sunday evening.',
    '7 on Sunday evening',
    '2019-03-24T19:00',
    undefined,
    undefined,
    PUB,
  );
});

test('the end of a range before a part of day', () => {
  assertPlaced('Roads close from 8 to 11 tonight.', '11 tonight', '2019-03-22T23:00', undefined, undefined, PUB);
});

test('a bare hour after a part of day and "at"', () => {
  assertPlaced('The show is tonight at 11.', 'tonight at 11', '2019-03-22T23:00', '2019-03-22T23:00', undefined, PUB);
  assertPlaced(
    'The gala opens Saturday evening at 7.',
    'Saturday evening at 7',
    '2019-03-23T19:00',
    undefined,
    undefined,
    PUB,
  );
  // midnight tonight, and the small hours of a night are the morning after
  assertPlaced('It ends tonight at 12.', 'tonight at 12', '2019-03-22T24:00', undefined, undefined, PUB);
  assertPlaced(
    'Shells fell last night at 2 a.m.',
    'last night at 2 a.m.',
    '2019-03-22T02:00',
    undefined,
    undefined,
    PUB,
  );
});

test('a time with minutes and no a.m./p.m. takes the half of the day its part is in', () => {
  assertPlaced('Doors open at 8:30 tonight.', '8:30 tonight', '2019-03-22T20:30', undefined, undefined, PUB);
  assertPlaced(
    'He called this morning at 9:15.',
    'this morning at 9:15',
    '2019-03-22T09:15',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: a number before a part of day without "at" is a count, and a bare hour alone is no time', () => {
  assertNone('Gunmen killed 10 this morning.', '10 this');
  assertNone('The death toll rose to 10 this morning.', '10 this');
  assertNone('There were 8 tonight.', '8 tonight');
  assertNone('The show starts at 8.', '8');
});

test('a bare hour after a day and "at" is a clock time on that day, as written', () => {
  assertPlaced('The board meets Tuesday at 9.', 'Tuesday at 9', '2019-03-26T09:00', undefined, undefined, PUB);
  assertPlaced('Voting closes on April 2 at 8.', 'April 2 at 8', '2019-04-02T08:00', undefined, undefined, PUB);
  assertPlaced(
    'The ferry leaves tomorrow at 6.30.',
    'tomorrow at 6.30',
    '2019-03-23T06:30',
    '2019-03-23T06:30',
    undefined,
    PUB,
  );
  assertPlaced(
    'the summit opens on 25th march at ten, officials said.',
    '25th march at ten',
    '2019-03-25T10:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('THE BOARD MEETS TUESDAY AT 9.', 'TUESDAY AT 9', '2019-03-26T09:00', undefined, undefined, PUB);
  // the opening end of a range ("through", "till")
  assertPlaced(
    'The hearing runs tomorrow at 10 through Tuesday at 11.',
    'tomorrow at 10',
    '2019-03-23T10:00',
    undefined,
    undefined,
    PUB,
  );
});

test('a bare hour after a day with its year and "at"', () => {
  assertPlaced(
    'The verdict will be read on April 2, 2019 at 10.',
    'April 2, 2019 at 10',
    '2019-04-02T10:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Polls open on 4 April 2019 at 7.', '4 April 2019 at 7', '2019-04-04T07:00', undefined, undefined, PUB);
  // negative: an age or a figure after the year stays out
  assertNone('The poet died on May 5, 1990 at 8.', 'May 5, 1990 at 8', PUB);
  assertNone('Inflation stood on March 1, 2019 at 8 percent.', 'March 1, 2019 at 8', PUB);
});

test('negative: after a day, "at" and a number that is an age or a figure', () => {
  assertNone('The singer died Sunday at 9.', 'Sunday at 9', PUB);
  assertNone('Inflation stood Friday at 8 percent.', 'Friday at 8', PUB);
  assertNone('Shares closed Monday at 7,500.', 'Monday at 7', PUB);
});

test('a bare hour after a part of day and "after", "before" or a range takes that half of the day', () => {
  assertPlaced(
    'Police arrived on Wednesday evening after 10.',
    '10',
    '2019-03-20T22:00',
    '2019-03-20T22:00',
    undefined,
    PUB,
  );
  assertPlaced('The fire started on Wednesday night before 11.', '11', '2019-03-20T23:00', undefined, undefined, PUB);
  assertPlaced('Guests mingled in the evening between 7 and 9.', '7', '2019-03-22T19:00', undefined, undefined, PUB);
  assertPlaced('Guests mingled in the evening between 7 and 9.', '9', '2019-03-22T21:00', undefined, undefined, PUB);
  assertPlaced('Lessons run on Monday morning from 9 to 11.', '11', '2019-03-18T11:00', undefined, undefined, PUB);
  assertPlaced(
    'Police arrived on Wednesday evening at about 10.',
    'Wednesday evening at about 10',
    '2019-03-20T22:00',
    undefined,
    undefined,
    PUB,
  );
});

/** No timex is `phrase` itself ("10" may still be inside "10 years"). */
function assertNotTimex(text: string, phrase: string): void {
  const all = timexes(text, PUB).map((t) => t.text);
  assert.ok(!all.includes(phrase), `"${phrase}" should not be a timex: ${JSON.stringify(all)}`);
}

test('negative: after a part of day, a number that counts something, or the small hours of a night', () => {
  assertNotTimex('She moved here this morning after 10 years abroad.', '10');
  assertNotTimex('The team won this evening by 3 goals.', '3');
  assertNotTimex('The league ran in the evening from 2 to 4 divisions.', '2');
  assertNotTimex('The league ran in the evening from 2 to 4 divisions.', '4');
  assertNotTimex('Scouts met in the evening from 2 to 4.', '2');
  // the night's small hours fall on the next day: left to a written a.m.
  assertNotTimex('Shots rang out on Wednesday night after 2, police said.', '2');
});

test('the opening hour of a range closed by an hour "in the evening" or "at night"', () => {
  assertPlaced('Polls stay open between 7 and 9 in the evening.', '7', '2019-03-22T19:00', undefined, undefined, PUB);
  assertPlaced('Trains are halted from 10 to 11 at night.', '10', '2019-03-22T22:00', undefined, undefined, PUB);
  assertPlaced('Trains are halted from 5 to 7 in the morning.', '5', '2019-03-22T05:00', undefined, undefined, PUB);
});

test('negative: a score before "in the evening", and hours a part of day cannot hold', () => {
  assertNotTimex('The hosts won 3 to 1 in the evening.', '3');
  assertNone('The hosts won 3 to 1 in the evening.', '1 in the evening', PUB);
  assertNone('The vote closed at 9 in the afternoon.', '9 in the afternoon', PUB);
});

test('a bare hour a meeting or vote is set for, before tonight / this evening, is that clock time', () => {
  assertPlaced(
    'The vote is scheduled for 8 this evening.',
    '8 this evening',
    '2019-03-22T20:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The address is set for nine tonight.', 'nine tonight', '2019-03-22T21:00', undefined, undefined, PUB);
  assertPlaced(
    'A session was called for 7 tomorrow morning.',
    '7 tomorrow morning',
    '2019-03-23T07:00',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: "for" a number without a verb of setting is a count or a length, no hour', () => {
  assertNone('A table was booked for 8 tonight.', '8 tonight', PUB);
  assertNone('He was jailed for 10 this morning.', '10 this', PUB);
});

test('a range of bare hours after a day is a range of clock times on that day: "Thursday between 8 and 12"', () => {
  // Published Friday 22 March 2019: Thursday the 28th is the coming one
  const office = 'The office will be open Thursday between 8 and 12.';
  assertPlaced(office, '8', '2019-03-28T08:00', undefined, undefined, PUB);
  assertPlaced(office, '12', '2019-03-28T12:00', undefined, undefined, PUB);
  // an opening hour of 1 to 5 is the afternoon's, as "Friday at 3" is; the closing hour follows the opening one
  const shop = 'The shop opens on Saturday from 10 to 4.';
  assertPlaced(shop, '10', '2019-03-23T10:00', undefined, undefined, PUB);
  assertPlaced(shop, '4', '2019-03-23T16:00', undefined, undefined, PUB);
  const roads = 'Roads will close tomorrow between 2 and 5.';
  assertPlaced(roads, '2', '2019-03-23T14:00', undefined, undefined, PUB);
  assertPlaced(roads, '5', '2019-03-23T17:00', undefined, undefined, PUB);
});

test('negative: a range of figures after a day is no clock time', () => {
  assertNone('Prices rose between 8 and 12 percent on Thursday.', '8', PUB);
  assertNone('On Thursday, between 8 and 12 people were hurt.', '12', PUB);
  assertNone('Thursday between 8 and 12 percent of voters stayed home.', '12', PUB);
  // after a verb of change, the numbers are figures: no clock times
  for (const text of [
    'Turnout rose on Thursday from 40 to 52.',
    'Unemployment fell on Friday from 9 to 7.',
    'The rate was cut on Tuesday from 8 to 6.',
    'The party moved on Sunday between 9 and 12.',
  ])
    assert.equal(timexes(text, PUB).filter((t) => t.type === 'TIME').length, 0, text);
});
