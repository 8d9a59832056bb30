import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Monday 11 March 2024.
const PUB = '2024-03-11';

test('a day of the month in words is a day, not the month', () => {
  const t = assertPlaced(
    'Fireworks are planned for the fourth of July.',
    'the fourth of July',
    '2024-07-04',
    '2024-07-04',
    '2024-07-05',
    PUB,
  );
  assert.equal(t.granularity, 'day');
  assertPlaced('The vote is set for May twenty-first.', 'May twenty-first', '2024-05-21', undefined, undefined, PUB);
  assertPlaced(
    'It opened on the second of June 2019.',
    'the second of June 2019',
    '2019-06-02',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The ship docked on the 3rd day of October.',
    'the 3rd day of October',
    '2023-10-03',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The fair closes March thirtieth.', 'March thirtieth', '2024-03-30', undefined, undefined, PUB);
  assertPlaced(
    'Rent is due the thirty-first of May.',
    'the thirty-first of May',
    '2024-05-31',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: ordinals that are not days of a month', () => {
  // a count of things, an ordinal before a noun, an impossible day
  assertNone('She was the second of three children.', 'second');
  assert.equal(timexOf('In January first-time buyers led.', 'January', PUB).value, '2024-01');
  assert.equal(timexOf('Sales in January first quarter rose.', 'January', PUB).value, '2024-01');
  assertNone('It was the thirty-second of May.', 'thirty-second');
});

test('"February the 15th": a month, "the" and a day in digits, as speech and transcripts give it', () => {
  assertPlaced(
    'The levee gave way on February the 15th, the engineers said.',
    'February the 15th',
    '2019-02-15',
    '2019-02-15',
    '2019-02-16',
    '2019-03-22',
  );
  assertPlaced(
    'Ballots were counted on October the 2nd, 2018.',
    'October the 2nd, 2018',
    '2018-10-02',
    undefined,
    undefined,
    '2019-03-22',
  );
  // an ordinal before a noun counts the noun: "the 2nd Division" in March
  assertNone('In March the 2nd Division crossed the river.', 'March the 2nd', '2019-03-22');
  assertNone('In April the 3rd battalion was withdrawn.', 'April the 3rd', '2019-03-22');
});

test('a day of the month alone in words, from the tenth on, after a preposition of time or "set for"', () => {
  const WED = '2024-03-13';
  assert.equal(timexOf('The vote is on the twenty-first.', 'the twenty-first', WED).value, '2024-03-21');
  assert.equal(timexOf('The hearing was set for the fifteenth.', 'the fifteenth', WED).value, '2024-03-15');
  assert.equal(timexOf('The hearing was set for the 21st.', 'the 21st', WED).value, '2024-03-21');
  // negatives: low ordinals are attempts and laps more often; a noun after; numbered things before
  assertNone('He won on the third, officials said.', 'the third', WED);
  assertNone('It was set for the twentieth time.', 'twentieth', WED);
  assertNone('She won the first set and lost on the twelfth.', 'twelfth', WED);
});

test('"the twenty-first century" is the century, not the first', () => {
  assert.equal(timexOf('Cities of the twenty-first century need trams.', 'the twenty-first century').value, '20');
  assert.equal(timexOf('Cities of the twenty first century need trams.', 'the twenty first century').value, '20');
});
