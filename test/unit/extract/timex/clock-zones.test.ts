import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('a zone makes a bare hour a clock time after "at"', () => {
  assertPlaced('The launch is at 8 GMT.', '8 GMT', '2019-03-22T08:00Z', '2019-03-22T08:00', '2019-03-22T09:00', PUB);
  // (told on Friday: a present "is" gives a day ahead, the coming Thursday)
  assertPlaced('The launch is Thu at 8 GMT.', 'Thu at 8 GMT', '2019-03-28T08:00Z', undefined, undefined, PUB);
  // "opens": told of what is to come, the next Monday
  assertPlaced('Trading opens Mon 09:30 EST.', 'Mon 09:30 EST', '2019-03-25T09:30-05:00', undefined, undefined, PUB);
});

test('zones in lower case count right after a clock time', () => {
  assertPlaced('The launch is at 8 gmt.', '8 gmt', '2019-03-22T08:00Z', undefined, undefined, PUB);
  assertPlaced('It was at 9:30 est.', '9:30 est', '2019-03-22T09:30-05:00', undefined, undefined, PUB);
  assertPlaced('It was at 10 pm pst.', '10 pm pst', '2019-03-22T22:00-08:00', undefined, undefined, PUB);
  assertPlaced('It was at 10 pm EDT.', '10 pm EDT', '2019-03-22T22:00-04:00', undefined, undefined, PUB);
  // an offset right after GMT, even with a stray space after it
  assertPlaced('Posted 6:07 PM GMT+01: 00', '6:07 PM GMT+01', '2019-03-22T18:07+01:00', undefined, undefined, PUB);
});

test('"et", "pt" in lower case are zones where the phrase of the time ends after them', () => {
  assertPlaced(
    'Markets opened at 9:30 am et after the holiday.',
    '9:30 am et',
    '2019-03-22T09:30-04:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'the game starts at 8 pm et on friday.',
    '8 pm et on friday',
    '2019-03-22T20:00-04:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The launch is set for 10 am pt.', '10 am pt', '2019-03-22T10:00-07:00', undefined, undefined, PUB);
  // at a line's end, as in a post without stops
  assertPlaced('the embargo lifts 9am et\nmore soon', '9am et', '2019-03-22T09:00-04:00', undefined, undefined, PUB);
  // before a bracket or a dash
  assert.equal(timexOf('polls close at 9 pm et (6 pm pt) tonight.', '9 pm et', PUB).value, '2019-03-22T21:00-04:00');
  assert.equal(timexOf('polls close at 9 pm et - then the count', '9 pm et', PUB).value, '2019-03-22T21:00-04:00');
  // negative: a name goes on after "mt"
  assertPlaced('We set off at 6 am mt kenya time.', '6 am', '2019-03-22T06:00', undefined, undefined, PUB);
});

test('negative: "est" alone, words that are zones in capitals, a weekday abbreviation before no time', () => {
  assertNone('Quid est veritas?', 'est');
  assertNone('Il est 8 heures.', 'est');
  assertNone('The ruling came at 3 pm et al. said.', 'et');
  assertPlaced('We met at 3 pm west of the city.', '3 pm', '2019-03-22T15:00', undefined, undefined, PUB);
  assertNone('Thu Nguyen said 8 people died.', 'Thu');
  assertNone('Rates rose 8 EST analysts said.', '8 EST');
});

test('a city\'s clock keeps its offset, summer time too: "3 p.m. Athens time", "9:30 a.m. New York time"', () => {
  const at = '2024-05-16T11:42:00-04:00';
  assert.equal(
    timexOf('A briefing is expected at 3 p.m. Athens time.', '3 p.m. Athens time', at).value,
    '2024-05-17T15:00+03:00',
  );
  assert.equal(
    timexOf('Markets open at 9:30 a.m. New York time.', '9:30 a.m. New York time', at).value,
    '2024-05-17T09:30-04:00',
  );
  // winter: Paris is an hour ahead of UTC
  assert.equal(
    timexOf('Voting ends at 8 p.m. Paris time on 1 December.', '8 p.m. Paris time on 1 December', at).value,
    '2024-12-01T20:00+01:00',
  );
  // negative: "time" after a name that is no city we know keeps the time on the article's clock
  assert.equal(timexOf('The shop opens at 9 a.m. Shop time is short.', '9 a.m.', at).value, '2024-05-17T09:00');
});

test('a zone in parentheses after a clock time is its zone: "9 a.m. (BST)", "8 p.m. (EST)"', () => {
  assertPlaced(
    'The minister will speak at 9 a.m. (CET) on Monday.',
    '9 a.m. (CET) on Monday',
    '2019-03-25T09:00+01:00',
    '2019-03-25T09:00',
    '2019-03-25T10:00',
    PUB,
  );
  assertPlaced('Polls closed at 8 p.m. (est).', '8 p.m. (est)', '2019-03-22T20:00-05:00', undefined, undefined, PUB);
  // negative: a word in parentheses is no zone, and stays out of the span
  assertPlaced('He left at 3 p.m. (et al. say).', '3 p.m.', '2019-03-22T15:00', undefined, undefined, PUB);
  assertPlaced('He left at 3 p.m. (West Wing).', '3 p.m.', '2019-03-22T15:00', undefined, undefined, PUB);
});

test('zones in words: "8 p.m. Eastern time", "Pacific Standard Time", "3pm UK time"', () => {
  // 22 March 2019 is in US daylight saving time and before European summer time
  assertPlaced(
    'Polls close at 8 p.m. Eastern time.',
    '8 p.m. Eastern time',
    '2019-03-22T20:00-04:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The launch was at 6:15 p.m. Pacific Standard Time.',
    '6:15 p.m. Pacific Standard Time',
    '2019-03-22T18:15-08:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Kick-off is at 3pm UK time on Saturday.',
    '3pm UK time on Saturday',
    '2019-03-23T15:00Z',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'It ended at 7 p.m. central time.',
    '7 p.m. central time',
    '2019-03-22T19:00-05:00',
    undefined,
    undefined,
    PUB,
  );
  // negative: "Eastern" and "time" apart are no zone
  assertPlaced('He left at 3 p.m. Eastern officials said.', '3 p.m.', '2019-03-22T15:00', undefined, undefined, PUB);
});

test('a US zone\'s name alone where the time\'s phrase ends: "at 9 a.m. Eastern on Friday", "8 p.m. Pacific."', () => {
  assertPlaced(
    'Pre-orders open on Friday at 9 a.m. Eastern.',
    'Friday at 9 a.m. Eastern',
    '2019-03-22T09:00-04:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The game starts at 8 p.m. Pacific on Sunday.',
    '8 p.m. Pacific on Sunday',
    '2019-03-24T20:00-07:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The show airs at 9 p.m. Central, the network said.',
    '9 p.m. Central',
    '2019-03-22T21:00-05:00',
    undefined,
    undefined,
    PUB,
  );
  // negative: a name or a region that goes on after the word
  assertPlaced('We met at 9:30 Central Park.', '9:30', '2019-03-22T09:30', undefined, undefined, PUB);
  assertPlaced('At 8 p.m. eastern Kentucky was dark.', '8 p.m.', '2019-03-22T20:00', undefined, undefined, PUB);
});

test('a zone in words set off by commas after a time is its zone', () => {
  assertPlaced(
    'Voting opens at 11 a.m., Eastern Time, on March 3, 2025.',
    '11 a.m., Eastern Time, on March 3, 2025',
    '2025-03-03T11:00-05:00',
    undefined,
    undefined,
    PUB,
  );
  // negative: a zone's words that go on with the sentence ("Pacific time was") are no zone of the time
  assertPlaced(
    'The call began at 9 a.m., Pacific time was not given.',
    '9 a.m.',
    '2019-03-22T09:00',
    undefined,
    undefined,
    PUB,
  );
});

test('zones named in words, in any case: "British Summer Time", "central european time", "Greenwich Mean Time"', () => {
  // published in summer: the name says the offset, whatever the date
  const JUNE = '2019-06-14';
  assertPlaced(
    'Kick-off is at 10am british summer time.',
    '10am british summer time',
    '2019-06-14T10:00+01:00',
    undefined,
    undefined,
    JUNE,
  );
  assertPlaced(
    'Kick-off is at 10am British Summer Time.',
    '10am British Summer Time',
    '2019-06-14T10:00+01:00',
    undefined,
    undefined,
    JUNE,
  );
  assertPlaced(
    'The vote closes at 6pm Central European Summer Time.',
    '6pm Central European Summer Time',
    '2019-06-14T18:00+02:00',
    undefined,
    undefined,
    JUNE,
  );
  assertPlaced(
    'The vote closes at 6pm central european time.',
    '6pm central european time',
    '2019-06-14T18:00+01:00',
    undefined,
    undefined,
    JUNE,
  );
  assertPlaced(
    'Trading opens at 8am Greenwich Mean Time.',
    '8am Greenwich Mean Time',
    '2019-06-14T08:00Z',
    undefined,
    undefined,
    JUNE,
  );
  // negative: "summer" of the zone is no season, and the name alone is no time
  const kickOff = timexes('Kick-off is at 10am british summer time.', JUNE);
  assert.deepEqual(
    kickOff.map((t) => t.text),
    ['10am british summer time'],
  );
  assertNone('Clocks go back when British Summer Time ends.', 'Summer', JUNE);
});

test('the same time in GMT with its day, or after the local time\'s day, is one time: "(0030 GMT Friday)"', () => {
  // told on Thursday 21 March 2019 at noon in New York
  const pub = '2019-03-21T12:00:00-04:00';
  const one = (text: string) => timexes(text, pub).map((t) => [t.text, t.value]);
  assert.deepEqual(one('The speech is due at 8:30 p.m. (0030 GMT Friday).'), [
    ['8:30 p.m. (0030 GMT Friday)', '2019-03-21T20:30-04:00'],
  ]);
  assert.deepEqual(one('The speech is due at 8:30 p.m. ET (0030 GMT Friday).'), [
    ['8:30 p.m. ET (0030 GMT Friday)', '2019-03-21T20:30-04:00'],
  ]);
  assert.deepEqual(one('The quake struck at 11:47 p.m. local time Tuesday (1447 GMT).'), [
    ['11:47 p.m. local time Tuesday (1447 GMT)', '2019-03-19T23:47+09:00'],
  ]);
  assert.equal(
    extract('The quake struck at 11:47 p.m. local time Tuesday (1447 GMT).', { published: pub }).events.length,
    1,
  );
  // negative: a time in parentheses that is no GMT equivalent stays its own
  assert.deepEqual(
    one('The first quake struck at 11:47 p.m. Tuesday (another hit at 2 a.m.).').map(([text]) => text),
    ['11:47 p.m. Tuesday', '2 a.m.'],
  );
});

test('an hour and its minutes with a stop, before a zone, are a clock time: "11.30 BST", "06.45 UTC tomorrow"', () => {
  assertPlaced('The race starts at 11.30 BST.', '11.30 BST', '2019-03-22T11:30+01:00', undefined, undefined, PUB);
  assertPlaced(
    'Flights resume at 06.45 UTC tomorrow.',
    '06.45 UTC tomorrow',
    '2019-03-23T06:45Z',
    undefined,
    undefined,
    PUB,
  );
  // negative: a price, and a stop with no zone after it (a rate, a score)
  assertNone('Shares closed at $11.30 GMT.', '11.30', PUB);
  assertNone('The rate was 11.30 in March.', '11.30', PUB);
});
