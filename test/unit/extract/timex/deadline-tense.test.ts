import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Monday 17 Oct 2016.
test('a date something was put off to lies ahead, whatever the tense of the verb', () => {
  assertPlaced(
    'Officials postponed until Tuesday morning any ruling on the permit.',
    'Tuesday morning',
    '2016-10-18TMO',
  );
  assertPlaced('The exchange extended its deadline until 9 a.m. Wednesday.', '9 a.m. Wednesday', '2016-10-19T09:00');
  assertPlaced('The court adjourned the hearing to Friday.', 'Friday', '2016-10-21');
  assertPlaced('The vote was moved to Thursday.', 'Thursday', '2016-10-20');
  assertPlaced('Kick-off was brought forward to 3pm on Saturday.', '3pm on Saturday', '2016-10-22T15:00');
  // negative: "moved to" a place, then a date
  assertPlaced('The family moved to Leeds on Thursday.', 'Thursday', '2016-10-13');
});

test('a headline\'s present ("delays launch to spring") and "to no earlier than" put a date off too', () => {
  // published Thursday 5 December 2024: spring and April 2024 are over
  assertPlaced('NASA delays Artemis launch to spring', 'spring', '2025-SP', undefined, undefined, '2024-12-05');
  assertPlaced(
    'NASA said on Thursday it had pushed back the launch of its Artemis II mission to no earlier than April.',
    'April',
    '2025-04',
    undefined,
    undefined,
    '2024-12-05',
  );
  assertPlaced('The club postpones the final until Saturday.', 'Saturday', '2016-10-22');
  // negative: "delay" the noun before a possessive date names what was held up, not a date it was put off to
  assertPlaced("The delay to Friday's vote angered MPs.", 'Friday', '2016-10-14');
});

test('a date of a time or a sitting something was put off to lies ahead: "until the end of the session in March"', () => {
  // told in October 2016: read alone, March was March 2016, before the vote was put off
  assertPlaced('The vote was postponed until the end of the session in March.', 'March', '2017-03');
  assertPlaced('The hearing was adjourned until a later date in January.', 'January', '2017-01');
  assertPlaced('The launch was pushed back to after the election in May.', 'May', '2017-05');
  assertPlaced(
    'Talks were delayed until the start of the new parliamentary session in February.',
    'February',
    '2017-02',
  );
  // negative: what was held, or a place or thing something was moved or extended to, keeps the past
  assertPlaced('The vote was held in March.', 'March', '2016-03');
  assertPlaced('The ban was extended to the whole country in March.', 'March', '2016-03');
  assertPlaced('The company moved to its new headquarters in March.', 'March', '2016-03');
  assertPlaced('The vote was postponed in March.', 'March', '2016-03');
});

test('a deadline after "until" in a past-tense clause is the next one', () => {
  const t = assertPlaced('The regulator gave the lender until Friday to reply.', 'Friday', '2016-10-21');
  assert.match(t.why, /deadline/);
  assertPlaced('The port was told to stay shut until Thursday, a spokesman said.', 'Thursday', '2016-10-20');
});

test('negative: plain past, "last", a past perfect state and a future clause keep their reading', () => {
  assertPlaced('The minister flew to Paris on Tuesday.', 'Tuesday', '2016-10-11');
  assertPlaced('The rebels held the bridge until last Friday.', 'last Friday', '2016-10-14');
  assertPlaced('Until Thursday, the police had not named anyone.', 'Thursday', '2016-10-13');
  // a past state that ended then: "stayed shut" is over
  assertPlaced('The port stayed shut until Thursday, a spokesman said.', 'Thursday', '2016-10-13');
  assertPlaced('The shops will stay open until Saturday.', 'Saturday', '2016-10-22');
});

test('a participle before "by" is passive, not the verb of the clause', () => {
  // "will" governs the month; "untouched" (before "by") must not make it past
  const t = timexOf('The airline will fly to towns untouched by rivals by March.', 'March');
  assert.equal(t.value, '2017-03', t.why);
});

test('a participle after a verb of state describes: the verb of state or its modal gives the tense', () => {
  // published Monday 17 Oct 2016: "closed" is no past verb in "will stay closed"
  assertPlaced('Schools will stay closed on Friday.', 'Friday', '2016-10-21');
  assertPlaced('The bridge will remain shut on Saturday for repairs.', 'Saturday', '2016-10-22');
  assertPlaced('The museum remains closed on Thursday.', 'Thursday', '2016-10-20');
  // negative: a verb of state in the past keeps the past
  assertPlaced('The museum stayed closed on Thursday.', 'Thursday', '2016-10-13');
  assertPlaced('The couple got married on Saturday.', 'Saturday', '2016-10-15');
});

test('"until at least" is a deadline like "until"', () => {
  assertPlaced('Schools will stay closed until at least Friday, officials said.', 'Friday', '2016-10-21');
  const t = assertPlaced('The regulator gave the lender until at least Friday to reply.', 'Friday', '2016-10-21');
  assert.match(t.why, /deadline/);
  // negative: a past stretch that ended keeps its past date
  assertPlaced('The road had stayed closed until at least Friday.', 'Friday', '2016-10-14');
});

test('"until a hearing on Nov. 14", "pending his trial in March": the date of what is awaited, the nearest one', () => {
  // published Monday 17 Oct 2016
  assertPlaced('He was remanded in custody until a hearing on Nov. 14.', 'Nov. 14', '2016-11-14');
  assertPlaced('The suspect was held pending his trial in March.', 'March', '2017-03');
  assertPlaced('The case was adjourned until the next hearing on Friday.', 'Friday', '2016-10-21');
  // negative: the nearest is the one gone by when it is nearer, and a plain past date stays
  assertPlaced('He was held until a hearing on Oct. 3.', 'Oct. 3', '2016-10-03');
  assertPlaced('He was remanded in custody at a hearing on Friday.', 'Friday', '2016-10-14');
});

test('negative: "until" that opens a clause with a past verb of its own is dated by that verb', () => {
  // published Monday 17 Oct 2016; before, March and Friday were read as deadlines ahead
  assertPlaced('Most kept the weight off until the trial ended in March.', 'March', '2016-03');
  assertPlaced('The firm kept the offer open until the deal collapsed on Friday.', 'Friday', '2016-10-14');
  // (a noun after "until", awaited, stays ahead)
  assertPlaced('He was remanded in custody until a hearing on Nov. 14.', 'Nov. 14', '2016-11-14');
});

test('a past state of being closed or open "until" a day is over: the day just gone', () => {
  // published Saturday 22 Oct 2016
  const SAT = '2016-10-22';
  assertPlaced(
    'The road was closed until 6pm on Friday after a lorry shed its load.',
    '6pm on Friday',
    '2016-10-21T18:00',
    undefined,
    undefined,
    SAT,
  );
  assertPlaced(
    'Police kept the area sealed until mid-evening on Friday.',
    'mid-evening on Friday',
    '2016-10-21TEV',
    undefined,
    undefined,
    SAT,
  );
  assertPlaced(
    'Officers kept the square cordoned off until Thursday.',
    'Thursday',
    '2016-10-20',
    undefined,
    undefined,
    SAT,
  );
  assertPlaced(
    'The station was closed to passengers until Thursday.',
    'Thursday',
    '2016-10-20',
    undefined,
    undefined,
    SAT,
  );
  assertPlaced('The shop stayed shut until Monday.', 'Monday', '2016-10-17', undefined, undefined, SAT);
  assertPlaced('The curfew was in force until Thursday.', 'Thursday', '2016-10-20', undefined, undefined, SAT);
  assertPlaced(
    'Police said they kept the area sealed until Friday.',
    'Friday',
    '2016-10-21',
    undefined,
    undefined,
    SAT,
  );
  // negative: a future or present state, an order or a sentence that runs on, a deadline given, a second predicate, a
  // state told after a verb of saying (its past may be the present said)
  assertPlaced('The bridge will be closed until Friday.', 'Friday', '2016-10-28', undefined, undefined, SAT);
  assertPlaced('The museum is closed until Friday.', 'Friday', '2016-10-28', undefined, undefined, SAT);
  assertPlaced('The suspect was remanded in custody until Friday.', 'Friday', '2016-10-28', undefined, undefined, SAT);
  assertPlaced('The judge gave the bank until Friday to reply.', 'Friday', '2016-10-28', undefined, undefined, SAT);
  assertPlaced(
    'The road was closed and will stay shut until Friday.',
    'Friday',
    '2016-10-28',
    undefined,
    undefined,
    SAT,
  );
  assertPlaced('Officials said the bridge was closed until Monday.', 'Monday', '2016-10-24', undefined, undefined, SAT);
});
