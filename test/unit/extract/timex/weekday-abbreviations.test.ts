import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('lower case: an abbreviated weekday with its dot after "on" is the weekday', () => {
  assertPlaced('the deal closed on wed. with little fanfare.', 'wed.', '2019-03-20', undefined, undefined, PUB);
  assertPlaced('the museum will reopen on sat. after repairs.', 'sat.', '2019-03-23', undefined, undefined, PUB);
  assertPlaced(
    'the mayor spoke at 3 pm on sun. before leaving.',
    '3 pm on sun.',
    '2019-03-17T15:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('shares fell on thu., traders said.', 'thu.', '2019-03-21', undefined, undefined, PUB);
});

test('negative: the words, and an abbreviation that ends a sentence in ordinary prose', () => {
  assertNone('The plants depend on sun. Water is scarce.', 'sun.', PUB);
  assertNone('The cat sat. on the mat it slept.', 'sat.', PUB);
  assertNone('they plan to wed. soon after, they moved.', 'wed.', PUB);
  assertNone('the sun. it rose over the bay.', 'sun.', PUB);
});

test('an abbreviation without its dot right before a clock time is the weekday in any case: "tues 3pm", "THU AT 8 GMT"', () => {
  // published Tuesday 12 February 2013
  const pub = '2013-02-12';
  assertPlaced('the meeting will be held thurs 3pm', 'thurs 3pm', '2013-02-14T15:00', undefined, undefined, pub);
  assertPlaced('THE LAUNCH IS THU AT 8 GMT', 'THU AT 8 GMT', '2013-02-14T08:00Z', undefined, undefined, pub);
  // negative: after "the" it is a word, and without a clock time a lower-case "sat" is the verb
  assertNone('the sun 5 pm glare was blinding', 'sun', pub);
  assertNone('we sat 3 hours in traffic', 'sat', pub);
});

test('an abbreviation that is no word, after "next", "last", "this"… or before "this week", is the weekday in any case', () => {
  assertPlaced('the recount ends next thurs, officials said', 'next thurs', '2019-03-28', undefined, undefined, PUB);
  assertPlaced('POLLS CLOSED LAST MON IN THE NORTH', 'LAST MON', '2019-03-18', undefined, undefined, PUB);
  assertPlaced('the ferry resumed this past tues', 'this past tues', '2019-03-19', undefined, undefined, PUB);
  assertPlaced('the panel meets fri next week', 'fri next week', '2019-03-29', undefined, undefined, PUB);
  assertPlaced('Talks resume next Mon in Geneva.', 'next Mon', '2019-03-25', undefined, undefined, PUB);
  // with its dot, a word ("wed.", "sat.") is the weekday after a modifier that looks ahead
  assertPlaced('the council votes next wed. on the budget', 'next wed.', '2019-03-27', undefined, undefined, PUB);
  assertPlaced('FANS QUEUE FOR THE COMING SAT. FINAL', 'COMING SAT.', '2019-03-23', undefined, undefined, PUB);
});

test('"wed", "sat", "sun" without a dot after "next" or "last", where the phrase ends, are the weekday in any case', () => {
  assertPlaced('sat nav blamed for crash last wed', 'last wed', '2019-03-20', undefined, undefined, PUB);
  assertPlaced('BRIDGE CLOSED LAST SAT', 'LAST SAT', '2019-03-16', undefined, undefined, PUB);
  // (as "next Saturday" is, told on a Friday)
  assertPlaced('meet next sat at the pub', 'next sat', '2019-03-23', undefined, undefined, PUB);
  assertPlaced('they met last sun night', 'last sun night', '2019-03-17TNI', undefined, undefined, PUB);
  // after "this" as after "last"; after "on" before a part of the day; "see you" is no subject of "wed"
  assertPlaced('party this sat!', 'this sat', '2019-03-23', undefined, undefined, PUB);
  assertPlaced("i'll be back on sun night", 'sun night', '2019-03-24TNI', undefined, undefined, PUB);
  assertPlaced('see you next wed', 'next wed', '2019-03-27', undefined, undefined, PUB);
});

test('negative: "sat", "sun", "wed" as words after a modifier (a subject, a modal, an article before it, or more of the clause after), and "last sat." at a sentence end', () => {
  assertNone('the judge who last sat in 2009 retired', 'last sat', PUB);
  assertNone('the crops wilted under this sun for weeks', 'this sun', PUB);
  assertNone('the crops wilted under this sun in the desert', 'this sun', PUB);
  assertNone('he sat on the bench all afternoon', 'sat', PUB);
  assertNone('the couple will next wed in the spring', 'next wed', PUB);
  assertNone('That is the chair where he last sat.', 'last sat.', PUB);
  assertNone('the judge last sat on the bench in 2009', 'last sat', PUB);
  assertNone('it was the last sun of the summer', 'last sun', PUB);
  assertNone('the pair will next wed, in june', 'next wed', PUB);
});

test('an abbreviation that is no word, after a preposition of time or joined to another, is the weekday in any case', () => {
  // (Friday 22 March 2019)
  assertPlaced('the pool stays shut till thurs, the council said', 'thurs', '2019-03-28', undefined, undefined, PUB);
  assertPlaced('the pool reopens on tues!', 'tues', '2019-03-26', undefined, undefined, PUB);
  assertPlaced('Forms must be in by Fri at noon.', 'Fri at noon', '2019-03-22T12:00', undefined, undefined, PUB);
  const open = 'is the pool open on mon or tues?';
  assertPlaced(open, 'mon', '2019-03-25', undefined, undefined, PUB);
  assertPlaced(open, 'tues', '2019-03-26', undefined, undefined, PUB);
  assertPlaced('gym closed from mon-thurs, staff said', 'thurs', '2019-03-21', undefined, undefined, PUB);
  // negative: a name after "to" or "and", a word after it that goes on with the noun
  assertNone('Refugees fled to Mon, Kayin and Shan states.', 'Mon', PUB);
  assertNone('Refugees from Karen and Mon, Shan and Kachin states fled.', 'Mon', PUB);
  assertNone('The talks on Mon state autonomy stalled.', 'Mon', PUB);
});

test('"weds" is one too, and "to" after a verb that moves a date: "moved to thurs", "postponed to Mon"', () => {
  // (Friday 22 March 2019)
  assertPlaced('the meeting got moved to thurs', 'thurs', '2019-03-28', undefined, undefined, PUB);
  assertPlaced('Kick-off has been postponed to Mon, the club said.', 'Mon', '2019-03-25', undefined, undefined, PUB);
  assertPlaced("i'll be back at my desk on weds!", 'weds', '2019-03-27', undefined, undefined, PUB);
  assertPlaced('the gym is shut till weds', 'weds', '2019-03-27', undefined, undefined, PUB);
  // negative: "weds" the verb, "to" after a verb of going
  assertNone('Actor weds co-star in secret ceremony.', 'weds', PUB);
  assertNone('Refugees fled to Mon, Kayin and Shan states.', 'Mon', PUB);
});

test('an abbreviation before a part of the day is the weekday in any case: "thurs morning", "fri night", "wed afternoon"', () => {
  // (told on Friday 22 March 2019: in the past, the days before it)
  assertPlaced('the party on tues night was wild.', 'tues night', '2019-03-19TNI', undefined, undefined, PUB);
  assertPlaced(
    'We landed thurs morning after a long delay.',
    'thurs morning',
    '2019-03-21TMO',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'the match was sat afternoon, in the rain.',
    'sat afternoon',
    '2019-03-16TAF',
    undefined,
    undefined,
    PUB,
  );
  // negative: "sat", "sun" as words after a subject or an article
  assertNone('They sat night after night by the phone.', 'sat night', PUB);
  assertNone('The sun morning glare blinded drivers.', 'sun morning', PUB);
});

test('a first person and a verb of going or starting in the present before a weekday make a plan: "we fly out thurs morning"', () => {
  assertPlaced('we fly out thurs morning.', 'thurs morning', '2019-03-28TMO', undefined, undefined, PUB);
  assertPlaced('I start my new job on Monday.', 'Monday', '2019-03-25', undefined, undefined, PUB);
  assertPlaced('They play Arsenal on Saturday.', 'Saturday', '2019-03-23', undefined, undefined, PUB);
  assertPlaced('see u wed afternoon!', 'wed afternoon', '2019-03-27TAF', undefined, undefined, PUB);
  // negative: a present of saying, and a past
  assertPlaced(
    'We express our gratitude for their bravery on Monday.',
    'Monday',
    '2019-03-18',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('They beat Arsenal on Saturday.', 'Saturday', '2019-03-16', undefined, undefined, PUB);
});
