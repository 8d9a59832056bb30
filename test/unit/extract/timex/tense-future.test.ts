import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

test('a stretch that runs, lasts or will last until a month points forward', () => {
  // in a story of March, and in one of August
  for (const [pub, june] of [
    ['2021-03-04', '2021-06'],
    ['2021-08-19', '2022-06'],
  ] as const) {
    assertPlaced('The trial runs through June.', 'June', june, undefined, undefined, pub);
    assertPlaced('The contract runs to June.', 'June', june, undefined, undefined, pub);
    assertPlaced('The offer continues to June.', 'June', june, undefined, undefined, pub);
    assertPlaced('The programme will last until June.', 'June', june, undefined, undefined, pub);
    assertPlaced('The exhibition is open until June.', 'June', june, undefined, undefined, pub);
  }
});

test('negative: a past stretch up to a month stays in the past', () => {
  assertPlaced('Sales fell through June.', 'June', '2021-06', undefined, undefined, '2021-08-19');
  assertPlaced(
    'The fund has fallen 2% this year through June, Lipper says.',
    'June',
    '2021-06',
    undefined,
    undefined,
    '2021-08-19',
  );
});

test('"might", "can", "is likely to" and "head to the polls" point forward', () => {
  // published Wednesday 19 October 2016
  const WED = '2016-10-19';
  assertPlaced('The bank might raise rates on Thursday.', 'Thursday', '2016-10-20', undefined, undefined, WED);
  assertPlaced('Fans can buy tickets from Friday.', 'Friday', '2016-10-21', undefined, undefined, WED);
  assertPlaced('The strike is likely to begin on Monday.', 'Monday', '2016-10-24', undefined, undefined, WED);
  assertPlaced('Voters head to the polls on Sunday.', 'Sunday', '2016-10-23', undefined, undefined, WED);
  // negative: their past forms, and "head" as a noun, keep the past
  assertPlaced('The bank might have raised rates on Monday.', 'Monday', '2016-10-17', undefined, undefined, WED);
  assertPlaced('Fans could not buy tickets on Monday.', 'Monday', '2016-10-17', undefined, undefined, WED);
  assertPlaced('The head of the bank resigned on Monday.', 'Monday', '2016-10-17', undefined, undefined, WED);
});

test('a phrase inside a relative clause is told by that clause\'s verb; "reopens", "ends" are scheduled', () => {
  const WED = '2016-10-19';
  assertPlaced(
    'The minister, who will step down in May, spoke on Monday.',
    'May',
    '2017-05',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'The minister, who stepped down in May, will speak on Monday.',
    'May',
    '2016-05',
    undefined,
    undefined,
    WED,
  );
  assertPlaced('The museum reopens in May after a long refit.', 'May', '2017-05', undefined, undefined, WED);
  assertPlaced('The exhibition ends in January.', 'January', '2017-01', undefined, undefined, WED);
  // negative: outside the relative clause the main verb still decides
  assertPlaced(
    'The minister, who will step down in May, spoke on Monday.',
    'Monday',
    '2016-10-17',
    undefined,
    undefined,
    WED,
  );
});

test('a relative clause before the phrase, closed before the main verb, is no cue for it', () => {
  // published Wednesday 19 October 2016: the budget raises taxes from next April
  assertPlaced(
    'The budget, which was unveiled on Oct. 3, raises income tax from April.',
    'April',
    '2017-04',
    undefined,
    undefined,
    '2016-10-19',
  );
  // negative: a list that goes on after the comma is still the relative clause's ("retired as … in March")
  assertPlaced(
    'She replaces Tom Reyes, who retired as owner, manager and head coach in March.',
    'March',
    '2016-03',
    undefined,
    undefined,
    '2016-10-19',
  );
});

test('"go on sale", "airs" and "goes into effect" are scheduled in the simple present', () => {
  // published Thursday 23 January 2025
  assertPlaced(
    'Tickets go on sale Friday at 9 a.m.',
    'Friday at 9 a.m.',
    '2025-01-24T09:00',
    undefined,
    undefined,
    '2025-01-23',
  );
  assertPlaced('tickets go on sale friday i think', 'friday', '2025-01-24', undefined, undefined, '2025-01-23');
  assertPlaced('The documentary airs Sunday on BBC Two.', 'Sunday', '2025-01-26', undefined, undefined, '2025-01-23');
  assertPlaced('The ban goes into effect on Monday.', 'Monday', '2025-01-27', undefined, undefined, '2025-01-23');
  // a return to a place, and a plan with a participle of its own ("to be made", not only "-ed")
  assertPlaced(
    'City return to league action on Wednesday.',
    'Wednesday',
    '2025-01-29',
    undefined,
    undefined,
    '2025-01-23',
  );
  assertPlaced('He returns to court on Monday.', 'Monday', '2025-01-27', undefined, undefined, '2025-01-23');
  assertPlaced(
    'The draw is to be made on Monday night.',
    'Monday night',
    '2025-01-27TNI',
    undefined,
    undefined,
    '2025-01-23',
  );
  // negatives: told in the past, or "go" that is not scheduled, or "the return" as a noun
  assertPlaced(
    'The return to school on Monday went smoothly.',
    'Monday',
    '2025-01-20',
    undefined,
    undefined,
    '2025-01-23',
  );
  assertPlaced('Tickets went on sale on Friday.', 'Friday', '2025-01-17', undefined, undefined, '2025-01-23');
  assertPlaced('Tickets did not go on sale on Friday.', 'Friday', '2025-01-17', undefined, undefined, '2025-01-23');
});

test('"to be held", "to be named" are a plan; after an ordinal they count what has happened', () => {
  // published Monday 7 December 2026
  const PUB = '2026-12-07';
  assertPlaced('The summit is to be held in March.', 'March', '2027-03', undefined, undefined, PUB);
  assertPlaced('The winner is to be named in October.', 'October', '2027-10', undefined, undefined, PUB);
  // negative: the ordinal's count is of the past, so the month is the one just gone
  for (const text of [
    'The storm is the fourth to be named this season, after Storm Gerrit in late October.',
    'She is the first woman to be elected mayor since her party won in October.',
    'It is the 3rd case to be confirmed, after one in October.',
  ])
    assertPlaced(
      text,
      text.includes('late October') ? 'late October' : 'October',
      '2026-10',
      undefined,
      undefined,
      PUB,
    );
});

test('a company "reports results" on a day in the simple present: a date of its calendar, ahead', () => {
  const PUB = '2016-09-20'; // a Tuesday
  assertPlaced(
    'Alphabet reports third-quarter results after the bell on Thursday.',
    'Thursday',
    '2016-09-22',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('TESLA REPORTS Q3 EARNINGS WEDNESDAY', 'WEDNESDAY', '2016-09-21', undefined, undefined, PUB);
  assertPlaced(
    'Banks report earnings next week, starting with JPMorgan on Friday.',
    'Friday',
    '2016-09-23',
    undefined,
    undefined,
    PUB,
  );
  // negatives: told in the past, and "reports" the noun
  assertPlaced('Alphabet reported results on Thursday.', 'Thursday', '2016-09-15', undefined, undefined, PUB);
  assertPlaced('Reports on Thursday showed results were weak.', 'Thursday', '2016-09-15', undefined, undefined, PUB);
  assertPlaced('The reports on Thursday were grim.', 'Thursday', '2016-09-15', undefined, undefined, PUB);
});

test('"schools reopen", "talks restart" on a day in the simple present are scheduled, as "reopens" is', () => {
  const PUB = '2019-03-22T10:35:00-04:00'; // a Friday
  assertPlaced(
    'Schools reopen on Monday after a week-long closure.',
    'Monday',
    '2019-03-25',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('SCHOOLS REOPEN MONDAY', 'MONDAY', '2019-03-25', undefined, undefined, PUB);
  assertPlaced('Talks restart on Tuesday.', 'Tuesday', '2019-03-26', undefined, undefined, PUB);
  // negatives: an infinitive, a negation, the past
  assertPlaced('The decision to reopen on Monday was criticised.', 'Monday', '2019-03-18', undefined, undefined, PUB);
  assertPlaced('Schools did not reopen on Monday.', 'Monday', '2019-03-18', undefined, undefined, PUB);
  assertPlaced('Schools reopened on Monday.', 'Monday', '2019-03-18', undefined, undefined, PUB);
});

test('a stretch "between now and" a date ends after publication, whatever the verb', () => {
  // published Wednesday 15 May 2024
  const WED = '2024-05-15';
  assertPlaced(
    'Forecasters see heavy rain between now and the weekend.',
    'the weekend',
    '2024-W20-WE',
    '2024-05-18',
    '2024-05-20',
    WED,
  );
  assertPlaced(
    'Between now and the weekend, the roads stay shut.',
    'the weekend',
    '2024-W20-WE',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'FORECASTERS SEE HEAVY RAIN BETWEEN NOW AND THE WEEKEND',
    'THE WEEKEND',
    '2024-W20-WE',
    undefined,
    undefined,
    WED,
  );
  assertPlaced('Analysts saw little change between now and March.', 'March', '2025-03', undefined, undefined, WED);
  assertPlaced('Crews will work from now until Sunday.', 'Sunday', '2024-05-19', undefined, undefined, WED);
  // negative: without "now" the weekend of a past clause is the one gone by
  assertPlaced('Forecasters saw heavy rain over the weekend.', 'the weekend', '2024-W19-WE', undefined, undefined, WED);
});

test('a clock time on a weekday in a sentence with no cue is the one nearest publication, as a timetable is', () => {
  // published Wednesday 15 May 2024
  const WED = '2024-05-15';
  assertPlaced(
    'Markets trade between 0900 and 1100 GMT on Friday.',
    '1100 GMT on Friday',
    '2024-05-17T11:00Z',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'Markets trade between 0900 and 1100 GMT on Friday.',
    '0900',
    '2024-05-17T09:00Z',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'Voting takes place between 7am and 10pm on Thursday.',
    '10pm on Thursday',
    '2024-05-16T22:00',
    undefined,
    undefined,
    WED,
  );
  // a verb that reads as a present and a past ("shut"), told on Monday: the Sunday just gone
  assertPlaced(
    'Polls shut at 10pm on Sunday.',
    '10pm on Sunday',
    '2024-05-19T22:00',
    undefined,
    undefined,
    '2024-05-20',
  );
  // negative: a past verb, in the clause or earlier in the sentence, and a headline tell the past
  assertPlaced(
    'Markets traded between 0900 and 1100 GMT on Friday.',
    '1100 GMT on Friday',
    '2024-05-10T11:00Z',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'The envoy forestalled further talks by issuing a demand that the army withdraw within a week, starting at noon Saturday.',
    'noon Saturday',
    '2024-05-11T12:00',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'MARKETS TUMBLE AT 3PM ON MONDAY\n\nShares fell.',
    '3PM ON MONDAY',
    '2024-05-13T15:00',
    undefined,
    undefined,
    WED,
  );
});

test('"til" and "\'til" in posts end a stretch that still runs, as "until" does', () => {
  // published Wednesday 12 March 2025
  const WED = '2025-03-12';
  assertPlaced(
    'the forecast says it stays like this til the weekend',
    'the weekend',
    '2025-W11-WE',
    undefined,
    undefined,
    WED,
  );
  assertPlaced("The road stays shut 'til Friday.", 'Friday', '2025-03-14', undefined, undefined, WED);
  // negative: a past state that ran "til" a day ended then
  assertPlaced('the road stayed shut til friday, then reopened', 'friday', '2025-03-07', undefined, undefined, WED);
});

test('a state of being closed on a weekday, and a progressive of running or striking, point forward', () => {
  // published Wednesday 12 March 2025
  const WED = '2025-03-12';
  assertPlaced('Markets are closed on Monday for a public holiday.', 'Monday', '2025-03-17', undefined, undefined, WED);
  assertPlaced('THE MUSEUM IS CLOSED ON MONDAY', 'MONDAY', '2025-03-17', undefined, undefined, WED);
  assertPlaced('anyone know if the 38 bus is running sunday?', 'sunday', '2025-03-16', undefined, undefined, WED);
  assertPlaced('Nurses are striking on Friday.', 'Friday', '2025-03-14', undefined, undefined, WED);
  // negative: told in the past, and a progressive of a state ("running late") that tells no plan
  assertPlaced('The office was closed on Monday.', 'Monday', '2025-03-10', undefined, undefined, WED);
  assertPlaced('Trains were running late on Monday.', 'Monday', '2025-03-10', undefined, undefined, WED);
});

test('a third-person verb in the simple present and "on" a weekday is a schedule', () => {
  // published Tuesday 16 September 2025
  const TUE = '2025-09-16';
  assertPlaced('The Fed decides on Wednesday.', 'Wednesday', '2025-09-17', undefined, undefined, TUE);
  assertPlaced('The minister votes on Thursday.', 'Thursday', '2025-09-18', undefined, undefined, TUE);
  // negative: a market's move in the present, and a noun after the day
  assertPlaced('The dollar falls on Monday as traders sell.', 'Monday', '2025-09-15', undefined, undefined, TUE);
  assertPlaced('The new rules on Monday were welcomed.', 'Monday', '2025-09-15', undefined, undefined, TUE);
});

test('"takes place", "were likely to" and a weekday\'s event that "kicks off" point forward', () => {
  // published Thursday 13 November 2025
  const THU = '2025-11-13';
  assertPlaced(
    'the cup draw takes place on monday evening at 7pm',
    'monday evening at 7pm',
    '2025-11-17T19:00',
    undefined,
    undefined,
    THU,
  );
  assertPlaced("sunday's derby kicks off at noon", 'sunday', '2025-11-16', undefined, undefined, THU);
  assertPlaced("SUNDAY'S FINAL TAKES PLACE AT WEMBLEY.", 'SUNDAY', '2025-11-16', undefined, undefined, THU);
  assertPlaced(
    'Officials warned that cases were likely to keep rising over Christmas.',
    'Christmas',
    '2025-12-25',
    undefined,
    undefined,
    THU,
  );
  // negative: a past, a negation, a possessive before a noun of the verb ("Thursday's play-in round") or of a past
  // event, and "was about to" told of the past
  assertPlaced('The ceremony took place on Monday.', 'Monday', '2025-11-10', undefined, undefined, THU);
  assertPlaced('The talks did not take place on Monday.', 'Monday', '2025-11-10', undefined, undefined, THU);
  assertPlaced(
    "The side, which had won Tuesday's play-off game, lost.",
    'Tuesday',
    '2025-11-11',
    undefined,
    undefined,
    THU,
  );
  assertPlaced("Monday's attack will be investigated by police.", 'Monday', '2025-11-10', undefined, undefined, THU);
  assertPlaced(
    'Police said he was arrested early on Wednesday morning as he was about to board a flight.',
    'Wednesday morning',
    '2025-11-12TMO',
    undefined,
    undefined,
    THU,
  );
});

test('a farewell looks ahead: "see you on Saturday", not "did not see you on Monday"', () => {
  // (Wednesday 20 March 2024)
  assertPlaced('See you all on Saturday!', 'Saturday', '2024-03-23', undefined, undefined, '2024-03-20');
  assertPlaced('see ya on thurs', 'thurs', '2024-03-21', undefined, undefined, '2024-03-20');
  assertPlaced('We did not see you on Monday.', 'Monday', '2024-03-18', undefined, undefined, '2024-03-20');
  assertPlaced("I didn't see you on Monday.", 'Monday', '2024-03-18', undefined, undefined, '2024-03-20');
  assertPlaced('It was good to see you on Monday.', 'Monday', '2024-03-18', undefined, undefined, '2024-03-20');
});

test('a day of the calendar that "falls on" a weekday lies ahead; a price that falls does not', () => {
  // (Wednesday 10 April 2024)
  assertPlaced('The bank holiday falls on Monday.', 'Monday', '2024-04-15', undefined, undefined, '2024-04-10');
  assertPlaced(
    'The deadline falls on Friday, officials said.',
    'Friday',
    '2024-04-12',
    undefined,
    undefined,
    '2024-04-10',
  );
  assertPlaced('Sterling falls on Monday', 'Monday', '2024-04-08', undefined, undefined, '2024-04-10');
});

test('a date a present "is" gives lies ahead: "The final is on 5 September", "Voting is in September"', () => {
  // told on 30 December 2014: the nearest 5 September is the one gone by, but what is over is told with "was"
  const pub = '2014-12-30';
  assertPlaced('The final is on 5 September.', '5 September', '2015-09-05', undefined, undefined, pub);
  assertPlaced('The final is 5 September.', '5 September', '2015-09-05', undefined, undefined, pub);
  assertPlaced('Voting is in September.', 'September', '2015-09', undefined, undefined, pub);
  assertPlaced('The vote is set for September 9.', 'September 9', '2015-09-09', undefined, undefined, pub);
  // the first day of a range that ends with it
  assertPlaced('The festival is on 3–5 September.', '5 September', '2015-09-05', undefined, undefined, pub);
  // negative: told in the past, or a habit, or not right after "is"
  assertPlaced('The final was on 5 September.', '5 September', '2014-09-05', undefined, undefined, pub);
  assertPlaced(
    'Sales are up from the level seen on 5 September.',
    '5 September',
    '2014-09-05',
    undefined,
    undefined,
    pub,
  );
});
