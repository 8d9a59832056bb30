import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexes, timexOf } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('a day of the month alone falls in the publication month by tense', () => {
  // future or present: the first one on or after publication
  assertPlaced(
    'The first instalment of the grant is due on the 15th.',
    'the 15th',
    '2019-04-15',
    '2019-04-15',
    '2019-04-16',
    PUB,
  );
  assertPlaced('The new timetable will apply from the 25th.', 'the 25th', '2019-03-25', undefined, undefined, PUB);
  // April has no 31st: the next month that has one
  assertPlaced('The rebate will be paid on the 31st.', 'the 31st', '2019-05-31', undefined, undefined, '2019-04-10');
  // a verb may follow
  assertPlaced('Registration until the 29th is free of charge.', 'the 29th', '2019-03-29', undefined, undefined, PUB);
  // past: the latest one on or before publication
  assertPlaced(
    'The ferry service was suspended on the 12th, the operator said.',
    'the 12th',
    '2019-03-12',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The bakery on Mill Lane shut its doors on the 28th.',
    'the 28th',
    '2019-02-28',
    undefined,
    undefined,
    PUB,
  );
});

test('the month the narrative is in wins over the publication month', () => {
  // a month just named
  assertPlaced(
    'In January the council approved the plan, and on the 9th it awarded the contract.',
    'the 9th',
    '2019-01-09',
    undefined,
    undefined,
    PUB,
  );
  // the day the story is on, the nearest such day to it, across a month's end
  assertPlaced(
    'The driver was stopped on Feb. 26 and charged on the 27th.',
    'the 27th',
    '2019-02-27',
    undefined,
    undefined,
    PUB,
  );
  const t = timexOf('The suspect was detained on Jan. 30 and released on the 2nd.', 'the 2nd', PUB);
  assert.equal(t.value, '2019-02-02', t.why);
  assert.ok(t.anchor, 'counted from the day the story is on');
});

test('what is told ahead, or a month named long before, counts from publication', () => {
  // the trial lies ahead: not the 15th after a birthday in 1970
  assertPlaced(
    'The defendant was born on May 4, 1970. His trial opens on the 15th.',
    'the 15th',
    '2019-04-15',
    undefined,
    undefined,
    PUB,
  );
  // a day long before publication gives its month only within its sentence
  assertPlaced(
    'The actor was born on Aug. 9, 1951, in Leeds. He spent forty years on stage. He died on the 17th.',
    'the 17th',
    '2019-03-17',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The liner left port on May 2, 1931, and ran aground on the 6th.',
    'the 6th',
    '1931-05-06',
    undefined,
    undefined,
    PUB,
  );
  // a month three sentences back is no longer the story's month
  assertPlaced(
    'The bakery opened in June 2004. It employs forty people and supplies cafés across the county. ' +
      'Its owners have added a second oven and a delivery van over the years. The last loaves were sold on the 16th.',
    'the 16th',
    '2019-03-16',
    undefined,
    undefined,
    PUB,
  );
});

test('the second day of a range or a pair', () => {
  assertPlaced('The walkout lasted from the 4th to the 8th.', 'the 8th', '2019-03-08', undefined, undefined, PUB);
  assertPlaced('Both tremors struck on the 11th and the 13th.', 'the 13th', '2019-03-13', undefined, undefined, PUB);
});

test('negative: an ordinal that is a rank, a floor or a century stays a word', () => {
  // an ordinal standing for a hole, a minute, a lap named earlier in the sentence
  assertNone('The leader bogeyed the 16th and found the water on the 18th.', 'the 18th', PUB);
  assertNone('The visitors scored in the 9th minute and again after the 27th.', 'the 27th', PUB);
  assertNone('She led from the 3rd lap until the 14th.', 'the 14th', PUB);
  assertNone('The club climbed from the 9th to the 4th spot in a month.', 'the 9th', PUB);
  // any month's first day
  assertNone('Landlords collect rent on the 1st of the month.', 'the 1st', PUB);
  assertNone('The relay team won the 2nd and the 4th heats.', 'the 4th', PUB);
  // the century is a timex of its own, never the 13th of a month
  assert.deepEqual(
    timexes('The cathedral dates from the 13th century.', PUB).map((t) => t.text),
    ['the 13th century'],
  );
  assertNone('A fire broke out on the 11th floor of the tower.', 'the 11th', PUB);
  assertNone('Repairs on the 2nd, 3rd and 4th floors are finished.', 'the 2nd', PUB);
  assertNone('The favourite finished 7th in the downhill.', '7th', PUB);
  assertNone('She moved up to the 4th after a strong round.', 'the 4th', PUB);
  assertNone('The 5th Infantry Regiment was sent on the 3rd Army’s orders.', 'the 3rd', PUB);
});

test('"take place on the 21st", "on the morning of the 21st": a day of the month', () => {
  // "place" was taken for a numbered place ("finished in third place")
  assertPlaced('The vote will take place on the 28th.', 'the 28th', '2019-03-28', undefined, undefined, PUB);
  assertPlaced('The raid took place on the morning of the 21st.', 'the 21st', '2019-03-21', undefined, undefined, PUB);
  assertPlaced(
    'Police said the fire began on the night of the 3rd.',
    'the 3rd',
    '2019-03-03',
    undefined,
    undefined,
    PUB,
  );
  // negative: a place in a race and the morning of a numbered thing stay words
  assertNone('She finished in third place on the 12th.', '12th', PUB);
  assertNone('On the morning of the 2nd day, troops moved.', '2nd', PUB);
});

test('a day put off "to the 21st", "now it\'s the 21st", and one followed by "but" or "so" is a date', () => {
  const WED = '2017-03-08T20:00:00Z';
  assertPlaced('The case was adjourned to the 14th.', 'the 14th', '2017-03-14', undefined, undefined, WED);
  assertPlaced(
    'The hearing was moved to the 21st at 10am.',
    'the 21st at 10am',
    '2017-03-21T10:00',
    undefined,
    undefined,
    WED,
  );
  const post = 'it was supposed to be on the 14th but now its the 21st at 10am';
  assertPlaced(post, 'the 14th', '2017-03-14', undefined, undefined, WED);
  assertPlaced(post, 'the 21st at 10am', '2017-03-21T10:00', undefined, undefined, WED);
  assertPlaced('The fair is on the 9th so book now.', 'the 9th', '2017-03-09', undefined, undefined, WED);
  // negative: a rank, a floor and a century after the same words stay words or a century
  assertNone('Sales rose to the 15th highest level.', '15th', WED);
  assertNone('He moved to the 3rd floor.', '3rd', WED);
  assert.equal(timexOf("It's the 21st century.", 'the 21st century', WED).value, '20');
});

test('a post\'s "til the 20th", and an adverb of its aside after the day', () => {
  assertPlaced('roadworks til the 20th apparently', 'the 20th', '2019-03-20', undefined, undefined, '2019-03-12');
  assertPlaced('Roadworks continue til the 20th.', 'the 20th', '2019-03-20', undefined, undefined, '2019-03-12');
  // negative: a noun after the ordinal
  assertNone('roadworks til the 20th floor apparently', 'the 20th', '2019-03-12');
});
