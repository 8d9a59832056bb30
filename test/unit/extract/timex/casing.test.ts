import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, timexOf, timexes } from './helpers.js';

// Published Thursday 18 April 2019.
const PUB = '2019-04-18';

test('lower case: weekdays, months, holidays and relative periods', () => {
  assertPlaced('we spoke to him on monday about it', 'monday', '2019-04-15', undefined, undefined, PUB);
  assertPlaced('prices fell last january', 'last january', '2019-01', undefined, undefined, PUB);
  assertPlaced('the plant opened in october 2015', 'october 2015', '2015-10', undefined, undefined, PUB);
  assertPlaced('they shut down in february', 'february', '2019-02', undefined, undefined, PUB);
  assertPlaced('we closed over christmas', 'christmas', '2018-12-25', undefined, undefined, PUB);
  assertPlaced('rates rose last week', 'last week', '2019-W15', undefined, undefined, PUB);
  assertPlaced('the vote is on may 5', 'may 5', '2019-05-05', undefined, undefined, PUB);
  assertPlaced('it happened in march of 2017', 'march of 2017', '2017-03', undefined, undefined, PUB);
});

test('lower case: a sentence is read on its own, not with the one before it', () => {
  // the clause of "the 2nd qtr" is its own sentence, told in the past: not "this qtr is" before it
  assertPlaced('this qtr is weak. in the 2nd qtr sales fell.', 'the 2nd qtr', '2019-Q2', undefined, undefined, PUB);
  assertPlaced('we will meet soon. on friday talks ended.', 'friday', '2019-04-12', undefined, undefined, PUB);
});

test('lower case: in a text written in lower case, a preposition of time makes "march" and "may" the month', () => {
  const text =
    'the vote is on thursday. last year the same bill failed by two votes in march. prices have risen since may.';
  assert.equal(timexOf(text, 'march', PUB).value, '2018-03');
  assert.equal(timexOf(text, 'may', PUB).value, '2018-05');
  // negative: in ordinary prose a lower-case "march" or "may" stays a word
  assertNone('Protesters will march in may. They may march in march.', 'may', PUB);
  assertNone('Protesters will march in may. They may march in march.', 'march', PUB);
});

test('capitals: headlines and all-caps transcripts', () => {
  assertPlaced('TALKS COLLAPSED ON MONDAY', 'MONDAY', '2019-04-15', undefined, undefined, PUB);
  assertPlaced('RALLY SET FOR MARCH 3', 'MARCH 3', '2019-03-03', undefined, undefined, PUB);
  assertPlaced('PROFITS FELL LAST WEEK', 'LAST WEEK', '2019-W15', undefined, undefined, PUB);
  assertPlaced('SHOPS SHUT ON THANKSGIVING', 'THANKSGIVING', '2018-11-22', undefined, undefined, PUB);
  assertPlaced('SALES ROSE IN JANUARY', 'JANUARY', '2019-01', undefined, undefined, PUB);
});

test('ambiguous words count only with date context', () => {
  // "may" the modal, "march" the verb, "august" the adjective, "sun"/"sat" the words
  assertNone('we may see rain, the mayor said', 'may');
  assertNone('in may the plan changes', 'may');
  assertNone('WORKERS MAY STRIKE', 'MAY');
  assertNone('thousands march on the capital', 'march');
  assertNone('the last march was peaceful', 'march');
  assertNone('an august institution', 'august');
  assertNone('he sat. then he left', 'sat');
  assertNone('the sun. it rose', 'sun');
  assertNone('protesters met jan and oct', 'jan');
  assert.equal(timexOf('the rally is on march 3', 'march 3', PUB).value, '2019-03-03');
  assert.equal(timexOf('it was hot last august', 'last august', PUB).value, '2018-08');
  assert.equal(timexOf('markets fell on sat., march 2', 'sat., march 2', PUB).value, '2019-03-02');
});

test('negative: title-case names and titles are not dates', () => {
  assertNone('Theresa May said the plan may work.', 'May');
  assertNone('Baker spoke on "This Week" on ABC.', 'This Week');
  // another calendar's new year is its own day (holidays.test.ts), never January 1
  assert.deepEqual(
    timexes('Chinese New Year parades drew crowds.', PUB).map((t) => [t.text, t.value]),
    [['Chinese New Year', '2019-02-05']],
  );
});

test('a title-case headline: "Talks Resume Early Next Week", "Vote Set For March As Parties Clash"', () => {
  const FRI = '2019-03-22';
  assert.equal(timexOf('Talks Resume Early Next Week', 'Early Next Week', FRI).value, '2019-W13');
  assert.equal(timexOf('Second Storm Hits Coast This Week', 'This Week', FRI).value, '2019-W12');
  assert.equal(timexOf('Vote Set For March As Parties Clash', 'March', FRI).value, '2019-03');
  assert.equal(timexOf('The vote is scheduled for May.', 'May', FRI).value, '2019-05');
  // negative: a programme's name in prose, a minister, a holiday's name
  assertNone('Baker spoke on ABC\'s "This Week" program.', 'This Week', FRI);
  assertNone('Support for May collapsed.', 'May', FRI);
  assertNone('Theresa May Set For Talks As Parties Clash', 'May', FRI);
  assertNone('In May Day Parade, Crowds Gather', 'May', FRI);
});

test('a preposition of time and a past verb after it make "march" the month without capitals', () => {
  const lower = 'a similar bill in march passed with two days to spare. the house vote is on friday.';
  assert.equal(timexOf(lower, 'march', PUB).value, '2019-03');
  assert.equal(timexOf(lower.toUpperCase(), 'MARCH', PUB).value, '2019-03');
  // negative: the verb after "may" is no past form ("those who chip in may help")
  assertNone('those who chip in may help. the vote is on friday.', 'may', PUB);
});

test('capitals: a limit before a date makes a past verb a weak guide, as in ordinary case', () => {
  // "funded through" (a participle, then a limit): the nearest Dec. 20, as in ordinary case
  const text = 'The bill keeps the government funded through Dec. 20 at current levels.';
  assert.equal(timexOf(text, 'Dec. 20', '2019-12-07').value, '2019-12-20');
  assert.equal(timexOf(text.toUpperCase(), 'DEC. 20', '2019-12-07').value, '2019-12-20');
  // negative: a past verb with no limit before the date
  assert.equal(timexOf('THE BILL PASSED ON DEC. 20', 'DEC. 20', '2019-12-07').value, '2018-12-20');
});

test('capitals: "CAN" and "MAY" before a verb are modals, and look ahead as in ordinary case', () => {
  // Thursday 18 April 2019: the coming Tuesday is 23 April
  assertPlaced('POWER MAY NOT BE RESTORED UNTIL TUESDAY.', 'TUESDAY', '2019-04-23', undefined, undefined, PUB);
  assertPlaced(
    'POWER WAS CUT LATE FRIDAY AND MAY NOT BE RESTORED UNTIL TUESDAY, THE UTILITY SAID.',
    'TUESDAY',
    '2019-04-23',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('FANS CAN BUY TICKETS ON SATURDAY.', 'SATURDAY', '2019-04-20', undefined, undefined, PUB);
  // negatives: "MAY" the month after a preposition, and a name's "MAY" before a past verb
  assertPlaced('PRICES ROSE IN MAY, DATA SHOW.', 'MAY', '2018-05', undefined, undefined, PUB);
  assertPlaced('HE MET MAY ON TUESDAY.', 'TUESDAY', '2019-04-16', undefined, undefined, PUB);
});

test('lower case: a text of one sentence with no capital letter reads as lower case', () => {
  assertPlaced('prices rose in march', 'march', '2019-03', undefined, undefined, PUB);
  assertPlaced("i'll be out since august", 'august', '2018-08', undefined, undefined, PUB);
  // the verbs stay words; "in may" is the month
  assert.deepEqual(
    timexes('they may march in may', PUB).map((t) => t.text),
    ['may'],
  );
  // negative: one capital letter makes it ordinary prose, where a lower-case month alone is no date
  assertNone('iPhone sales rose in march', 'march', PUB);
});

test('capitals read as ordinary case does: lists, comparisons, lengths from a date, ranges of lengths, abbreviations, conditionals', () => {
  const read = (text: string) => extract(text, { published: PUB }).events.map((e) => [e.from, e.to]);
  const values = (text: string) => timexes(text, PUB).map((t) => [t.value, t.from ?? null, t.to ?? null]);
  for (const text of [
    'Sales are usually strongest in the second and fourth quarters, the firm says.',
    'Prices were compared with a year earlier and fell.',
    'Workers will stage a 48-hour strike from 6am on Saturday.',
    'The remains were found six to nine years ago, police said.',
    'In January, a week after the Roe vs. Wade anniversary, a bomb killed a guard.',
    'Profit was $24 million, compared with a loss of $3 million last year.',
    'Output was nearly double the number at the same point in 2018.',
    'The hearing would be delayed if it was held in March.',
  ]) {
    const shouted = text.toUpperCase();
    assert.deepEqual(values(shouted), values(text), shouted);
    assert.deepEqual(read(shouted), read(text), shouted);
  }
});

test('posts and texts: "tmrw", "2moro", "tomoz" and "yday" are tomorrow and yesterday, in any case', () => {
  assertPlaced('anyone know if the 7.15 bus is running tmrw?', 'tmrw', '2019-04-19', undefined, undefined, PUB);
  assertPlaced('SEE U ALL 2MORO', '2MORO', '2019-04-19', undefined, undefined, PUB);
  assertPlaced('back at work tomoz, gutted', 'tomoz', '2019-04-19', undefined, undefined, PUB);
  assertPlaced('the match was yday and we lost', 'yday', '2019-04-17', undefined, undefined, PUB);
  const t = timexOf('Tmrw morning the roads will be icy.', 'Tmrw morning', PUB);
  assert.equal(t.value, '2019-04-19TMO');
  // negative: words that hold the letters are no days
  assertNone('The tomozaki report was read on the morrow of the vote.', 'tomoz', PUB);
  assertNone('The holyday fair ended.', 'yday', PUB);
});

test('posts and texts: "tmr" (in lower case), "tonite", "2nite" are tomorrow and tonight', () => {
  assertPlaced('going home tmr morning', 'tmr morning', '2019-04-19TMO', undefined, undefined, PUB);
  assertPlaced('party 2nite!!', '2nite', '2019-04-18TNI', undefined, undefined, PUB);
  assertPlaced('meet tonite at the pub', 'tonite', '2019-04-18TNI', undefined, undefined, PUB);
  // negative: "TMR" and "Tmr" abbreviate other things
  assertNone('The TMR test came back clear.', 'TMR', PUB);
  assertNone('Tmr Holdings reported results.', 'Tmr', PUB);
});

test('a date used as an adjective reads the same in capitals: "A JAN. 14 RETURN DATE" as "a Jan. 14 return date"', () => {
  // published Tuesday 20 Dec 2016: the adjective tells no past, so the nearest Jan. 14 (next year) in both cases
  const DEC = '2016-12-20';
  const lower = 'By setting a Jan. 14 return date, the court allowed the case to proceed.';
  assertPlaced(lower, 'Jan. 14', '2017-01-14', undefined, undefined, DEC);
  assertPlaced(lower.toUpperCase(), 'JAN. 14', '2017-01-14', undefined, undefined, DEC);
  assertPlaced('THE JAN. 14 HEARING WAS CANCELLED.', 'JAN. 14', '2017-01-14', undefined, undefined, DEC);
  // negative: a date the past verb governs stays the past one, in capitals too
  assertPlaced('THE COURT RULED ON JAN. 14 AND ADJOURNED.', 'JAN. 14', '2016-01-14', undefined, undefined, DEC);
  assertPlaced('ON JAN. 14 THE COURT ALLOWED THE CASE TO PROCEED.', 'JAN. 14', '2016-01-14', undefined, undefined, DEC);
});
