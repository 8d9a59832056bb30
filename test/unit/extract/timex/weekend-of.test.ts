import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Friday 5 April 2013.
const PUB = '2013-04-05';

test('"the weekend of Sept. 7, 2019" is the weekend of the week that holds the day, the whole phrase its span', () => {
  assertPlaced(
    'Fans packed the stadium the weekend of Sept. 7, 2019.',
    'the weekend of Sept. 7, 2019',
    '2019-W36-WE',
    '2019-09-07',
    '2019-09-09',
    PUB,
  );
  // a Friday's weekend is the one that follows it
  assertPlaced(
    'The regatta was held the weekend of Friday, July 12, 2019.',
    'the weekend of Friday, July 12, 2019',
    '2019-W28-WE',
    '2019-07-13',
    '2019-07-15',
    PUB,
  );
  // without a year, the day's year by tense: ahead in a future clause
  assertPlaced(
    'The fair will open the weekend of June 8.',
    'the weekend of June 8',
    '2013-W23-WE',
    '2013-06-08',
    '2013-06-10',
    PUB,
  );
});

test('"the weekend of Oct. 19-20", "the weekend of 19 and 20 October": both days written, one weekend', () => {
  assertPlaced(
    'Volunteers cleared the beach the weekend of Oct. 19-20, 2019.',
    'the weekend of Oct. 19-20, 2019',
    '2019-W42-WE',
    '2019-10-19',
    '2019-10-21',
    PUB,
  );
  assertPlaced(
    'Volunteers cleared the beach the weekend of 19 and 20 October 2019.',
    'the weekend of 19 and 20 October 2019',
    '2019-W42-WE',
    '2019-10-19',
    '2019-10-21',
    PUB,
  );
});

test("a holiday Monday's weekend is the one it closes", () => {
  // Monday 27 May 2019
  assertPlaced(
    'Traffic was heavy the weekend of May 27, 2019.',
    'the weekend of May 27, 2019',
    '2019-W21-WE',
    '2019-05-25',
    '2019-05-27',
    PUB,
  );
});

test('a weekday written with the date picks the year in which they agree', () => {
  // told in the past in April 2013: 27 May 2012 was a Sunday, 27 May 2013 is the Monday named
  assertPlaced(
    'Crowds filled the beach the weekend of Monday, May 27.',
    'the weekend of Monday, May 27',
    '2013-W21-WE',
    '2013-05-25',
    '2013-05-27',
    PUB,
  );
  // the same for a week: 4 March 2013 is a Monday
  assertPlaced(
    'The hearing was set for the week of Monday, March 4.',
    'the week of Monday, March 4',
    '2013-W10',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: no weekend of a date without one, nor across days that no weekend holds', () => {
  assertNone('She spent the weekend of the flood with her parents.', 'the weekend of the flood', PUB);
  assertNone('Sales ran the weekend of Oct. 2-25, 2019.', 'the weekend of', PUB);
  // "the week of" takes no second day
  assertNone('Sales ran the week of Oct. 21-22, 2019.', 'the week of', PUB);
});

test('"the weekends of May 4, May 11 and May 18": each day listed names its weekend', () => {
  const text = 'Volunteers will staff the stalls on the weekends of May 4, May 11 and May 18.';
  assertPlaced(text, 'the weekends of May 4', '2013-W18-WE', '2013-05-04', '2013-05-06', PUB);
  assertPlaced(text, 'May 11', '2013-W19-WE', '2013-05-11', '2013-05-13', PUB);
  assertPlaced(text, 'May 18', '2013-W20-WE', '2013-05-18', '2013-05-20', PUB);
  // weeks too; a Monday listed names the weekend it closes
  const weeks = 'Crews will close the road during the weeks of June 3 and June 10, and on June 30.';
  assertPlaced(weeks, 'June 10', '2013-W24', '2013-06-10', '2013-06-17', PUB);
  // the list ends with its "and": a day after it is read alone
  assertPlaced(weeks, 'June 30', '2013-06-30', '2013-06-30', '2013-07-01', PUB);
  assertPlaced(
    'The fair runs on the weekends of May 4 and Monday, May 27.',
    'Monday, May 27',
    '2013-W21-WE',
    '2013-05-25',
    '2013-05-27',
    PUB,
  );
  // one weekend: a day after it is not its list
  assertPlaced(
    'The fair opens the weekend of May 4, and the shop on May 11.',
    'May 11',
    '2013-05-11',
    '2013-05-11',
    '2013-05-12',
    PUB,
  );
});
