import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertPlaced } from './helpers.js';

// Published Sunday 10 March 2024, 19:00 UTC.
const SUNDAY_EVENING = '2024-03-10T19:00:00Z';

test('a range a past verb issued or announced is the one under way, not last week', () => {
  const warning = 'The weather office issued a flood alert from 5pm on Sunday until 11am on Monday.';
  assertPlaced(warning, '5pm on Sunday', '2024-03-10T17:00', undefined, undefined, SUNDAY_EVENING);
  assertPlaced(warning, '11am on Monday', '2024-03-11T11:00', undefined, undefined, SUNDAY_EVENING);
  // in the passive, and with two weekdays
  const passive = 'An amber alert has been issued from 9pm Sunday to 6am Monday.';
  assertPlaced(passive, '9pm Sunday', '2024-03-10T21:00', undefined, undefined, SUNDAY_EVENING);
  assertPlaced(passive, '6am Monday', '2024-03-11T06:00', undefined, undefined, SUNDAY_EVENING);
  const curfew = 'The mayor imposed an overnight curfew between Saturday and Tuesday.';
  assertPlaced(curfew, 'Saturday', '2024-03-09', undefined, undefined, SUNDAY_EVENING);
  assertPlaced(curfew, 'Tuesday', '2024-03-12', undefined, undefined, SUNDAY_EVENING);
  // days of a month and months: the declaring is past, the emergency's range the nearest one
  const emergency = 'The province declared a state of emergency from March 2 to March 24.';
  assertPlaced(emergency, 'March 2', '2024-03-02', undefined, undefined, SUNDAY_EVENING);
  assertPlaced(emergency, 'March 24', '2024-03-24', undefined, undefined, SUNDAY_EVENING);
  const closures = 'The council announced lane closures from March 18 to March 22.';
  assertPlaced(closures, 'March 18', '2024-03-18', undefined, undefined, SUNDAY_EVENING);
  const ban = 'The water board declared a hosepipe ban from February to May.';
  assertPlaced(ban, 'February', '2024-02', undefined, undefined, SUNDAY_EVENING);
  assertPlaced(ban, 'May', '2024-05', undefined, undefined, SUNDAY_EVENING);
});

test('negative: a range the past verb itself lasted, or told by another verb, lies before publication', () => {
  // told on a Sunday: the strike that lasted until Sunday is last week's
  const strike = 'The stoppage lasted from 6pm on Sunday until 10am on Monday.';
  assertPlaced(strike, '6pm on Sunday', '2024-03-03T18:00', undefined, undefined, SUNDAY_EVENING);
  assertPlaced(strike, '10am on Monday', '2024-03-04T10:00', undefined, undefined, SUNDAY_EVENING);
  // an announcing verb in an earlier clause does not reach the range
  const other = 'The union announced a deal; the strike ran from Saturday to Monday.';
  assertPlaced(other, 'Saturday', '2024-03-02', undefined, undefined, SUNDAY_EVENING);
  // nor one whose object has a verb of its own
  const relative = 'Police issued a statement that was read from Saturday to Monday.';
  assertPlaced(relative, 'Saturday', '2024-03-02', undefined, undefined, SUNDAY_EVENING);
  assertPlaced('The fair ran from March 2 to March 24.', 'March 2', '2023-03-02', undefined, undefined, SUNDAY_EVENING);
  assertPlaced('Storms were named between February and May.', 'May', '2023-05', undefined, undefined, SUNDAY_EVENING);
});

test('a day a warning, an order or a ban was issued for is the one nearest publication', () => {
  // told on Sunday evening: tomorrow, not last Monday
  assertPlaced(
    'The weather office issued a frost warning for Monday.',
    'Monday',
    '2024-03-11',
    undefined,
    undefined,
    SUNDAY_EVENING,
  );
  assertPlaced(
    'Police imposed a dispersal order for Saturday.',
    'Saturday',
    '2024-03-09',
    undefined,
    undefined,
    SUNDAY_EVENING,
  );
  // told on Wednesday: the Monday just gone
  assertPlaced(
    'The weather office issued a frost warning for Monday.',
    'Monday',
    '2024-03-11',
    undefined,
    undefined,
    '2024-03-13',
  );
});

test('negative: the day of the issuing itself, or a possessive, stays in the past', () => {
  assertPlaced(
    'The weather office issued a frost warning on Monday.',
    'Monday',
    '2024-03-04',
    undefined,
    undefined,
    SUNDAY_EVENING,
  );
  assertPlaced(
    'The court ordered a retrial for Monday’s defendant.',
    'Monday',
    '2024-03-04',
    undefined,
    undefined,
    SUNDAY_EVENING,
  );
});

test('the event of an issued range runs to its closing end, past publication', () => {
  const text = 'The weather office issued a flood alert from 5pm on Sunday until 11am on Monday.';
  const [event] = extract(text, { published: SUNDAY_EVENING }).events;
  assert.equal(event?.from, '2024-03-10T17:00');
  assert.equal(event?.to, '2024-03-11T11:00');
});

test('an issued range opens on the weekday nearest publication, ahead or gone by', () => {
  // told on Wednesday 13 March 2024: the coming Thursday night, not last week's
  const WED = '2024-03-13T10:00:00Z';
  const warning = 'The weather office has issued a wind warning from 6pm on Thursday until 9am on Friday.';
  const t = assertPlaced(warning, '6pm on Thursday', '2024-03-14T18:00', undefined, undefined, WED);
  assert.match(t.why, /issued/);
  assertPlaced(warning, '9am on Friday', '2024-03-15T09:00', undefined, undefined, WED);
  assertPlaced('Police imposed a curfew from Friday to Sunday.', 'Friday', '2024-03-15', undefined, undefined, WED);
  // told on Saturday: the Thursday just gone
  assertPlaced(warning, '6pm on Thursday', '2024-03-14T18:00', undefined, undefined, '2024-03-16T10:00:00Z');
  // negative: a range the past verb itself lasted stays before publication
  const storm = 'The storm lasted from 6pm on Thursday until 9am on Friday.';
  assertPlaced(storm, '6pm on Thursday', '2024-03-07T18:00', undefined, undefined, WED);
});

test('the object of a warning may name the places it covers, joined by "and" after a name', () => {
  // told on Wednesday 20 November 2024 at 11:00
  const pub = '2024-11-20T11:00:00Z';
  const wales =
    'The Met Office has issued an amber warning for wind covering much of Wales and south-west England from 6pm on ' +
    'Wednesday until 9am on Thursday.';
  assertPlaced(wales, '6pm on Wednesday', '2024-11-20T18:00', undefined, undefined, pub);
  assertPlaced(wales, '9am on Thursday', '2024-11-21T09:00', undefined, undefined, pub);
  const devon = 'Forecasters issued a warning for Devon and Cornwall from 6pm on Wednesday until 9am on Thursday.';
  assertPlaced(devon, '6pm on Wednesday', '2024-11-20T18:00', undefined, undefined, pub);
  // negative: an "and" after a word that is no name opens another clause, whose range is its own
  const closed = 'Police issued a warning and closed schools from Monday to Wednesday.';
  assertPlaced(closed, 'Monday', '2024-11-18', undefined, undefined, pub);
  assert.match(extract(closed, { published: pub }).timexes[0]!.why, /^past tense/);
});
