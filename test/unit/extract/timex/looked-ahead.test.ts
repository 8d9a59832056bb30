import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';

// Published Tuesday 3 December 2024 (Black Friday was 29 November) and Saturday 7 December 2024.
const TUE = '2024-12-03';
const SAT = '2024-12-07';

test('what a past clause waited for is the nearest one, on either side of publication', () => {
  // Black Friday four days before publication, not next year's
  const friday = timexOf('Shoppers waited for bargains ahead of Black Friday, the chain said.', 'Black Friday', TUE);
  assert.equal(friday.value, '2024-11-29');
  assert.match(friday.why, /looked ahead to in a past clause/);
  // a weekday waited for is the coming one: market reports tell the day's trading in the past tense
  assert.equal(
    timexOf('Stocks slipped as traders braced for the rate decision on Wednesday.', 'Wednesday', '2024-12-05').value,
    '2024-12-11',
  );
  // a month, the nearest: the figures awaited in a story of early February are January's, in one of December too
  assert.equal(timexOf('Investors awaited inflation figures for January.', 'January', '2025-02-04').value, '2025-01');
  assert.equal(timexOf('Investors awaited inflation figures for January.', 'January', '2024-12-10').value, '2025-01');
  // negative: a waiting told in the present looks ahead, and a past verb alone looks back
  assert.equal(timexOf("Traders await Friday's payrolls report.", 'Friday', SAT).value, '2024-12-13');
  assert.equal(timexOf('Shoppers crowded the stores on Black Friday.', 'Black Friday', TUE).value, '2024-11-29');
  assert.equal(
    timexOf('Shoppers crowded the stores on Black Friday.', 'Black Friday', '2024-11-20').value,
    '2023-11-24',
  );
});

test('what a past verb hoped or aimed to do by a date is the nearest one', () => {
  const christmas = timexOf('Leaders said they hoped to finish before the Christmas recess.', 'Christmas', SAT);
  assert.equal(christmas.value, '2024-12-25');
  assert.match(christmas.why, /looked ahead to/);
  assert.equal(
    timexOf('Negotiators aimed to agree a text by the end of January.', 'the end of January', '2025-01-20').value,
    '2025-01',
  );
  // (a weekday stays by tense: "had aimed to agree by Friday", told on a Saturday, has passed)
  assert.equal(
    timexOf('Negotiators had aimed to agree a text by Friday but talks broke down.', 'Friday', SAT).value,
    '2024-12-06',
  );
  // negative: what was done before a date is past
  assert.equal(timexOf('The choir performed before the Christmas recess.', 'Christmas', SAT).value, '2023-12-25');
});

test('"could" and a verb looks ahead; "could be" and "could have" do not', () => {
  assert.equal(timexOf('The striker could make his debut on Saturday.', 'Saturday', TUE).value, '2024-12-07');
  assert.equal(timexOf('In lower case: he could start on saturday.', 'saturday', TUE).value, '2024-12-07');
  // negatives
  assert.equal(timexOf('Survivors could be seen on the roof on Saturday.', 'Saturday', TUE).value, '2024-11-30');
  assert.equal(timexOf('He could have scored on Saturday.', 'Saturday', TUE).value, '2024-11-30');
  assert.equal(timexOf('Officials could not be reached on Saturday.', 'Saturday', TUE).value, '2024-11-30');
});

test('what a past clause told or asked someone to do on a day is the nearest such day', () => {
  // published Thursday 23 January 2025 (and Saturday 25 January)
  const THU = '2025-01-23';
  for (const [text, phrase, value] of [
    ['Millions of people have been told to stay at home on Friday.', 'Friday', '2025-01-24'],
    ['Voters were urged to turn out on Saturday.', 'Saturday', '2025-01-25'],
    ['The firm asked staff to return to the office on Saturday.', 'Saturday', '2025-01-25'],
    ['He was ordered to appear before magistrates on Jan. 30.', 'Jan. 30', '2025-01-30'],
    ['RESIDENTS WERE TOLD TO LEAVE ON FRIDAY.', 'FRIDAY', '2025-01-24'],
  ] as const) {
    const t = timexOf(text, phrase, THU);
    assert.equal(t.value, value, text);
    assert.match(t.why, /looked ahead to/, text);
  }
  // the nearest either side: told on the Saturday after, the Friday just gone
  assert.equal(
    timexOf('Residents were first told to leave on Friday morning.', 'Friday morning', '2025-01-25').value,
    '2025-01-24TMO',
  );
  // a month too: the nearest March, not last year's
  assert.equal(timexOf('Staff were told to expect cuts in March.', 'March', THU).value, '2025-03');
  // negatives: what was told on a day, or to whom
  assert.equal(timexOf('He told the story to reporters on Friday.', 'Friday', THU).value, '2025-01-17');
  assert.equal(timexOf('The envoy was summoned to the ministry on Monday.', 'Monday', THU).value, '2025-01-20');
});

test('a plan told in the past perfect ("had been due to strike on Saturday") falls on the nearest such day', () => {
  // published Thursday 28 November 2024
  const THU = '2024-11-28';
  for (const [text, phrase, value] of [
    ['Guards had been due to walk out on Saturday and Sunday.', 'Saturday', '2024-11-30'],
    ['The hearing had been scheduled for Monday.', 'Monday', '2024-11-25'],
    ['The launch had been expected to take place in March.', 'March', '2025-03'],
  ] as const) {
    const t = timexOf(text, phrase, THU);
    assert.equal(t.value, value, text);
    assert.match(t.why, /nearest/, text);
  }
  // negatives: a past perfect that is no plan stays in the past
  assert.equal(timexOf('Guards had been on strike on Saturday.', 'Saturday', THU).value, '2024-11-23');
  assert.equal(timexOf('The hearing had been adjourned on Monday.', 'Monday', THU).value, '2024-11-25');
});

test('"the next" thing "for" a date lies ahead', () => {
  assert.equal(
    timexOf('Markets had priced in the next cut for the June 17 meeting.', 'June 17', '2025-03-19').value,
    '2025-06-17',
  );
  // negative: "for" a date with no "next" keeps the past tense
  assert.equal(
    timexOf('Markets had priced in a cut for the June 17 meeting.', 'June 17', '2025-03-19').value,
    '2024-06-17',
  );
});

test('a warning looks ahead: the season warned of is the coming one, a headline in the present too', () => {
  const APRIL = '2024-04-12';
  assert.equal(timexOf('Health officials warn of summer spread', 'summer', APRIL).value, '2024-SU');
  assert.equal(timexOf('Forecasters warn of a cold winter, the agency says.', 'winter', APRIL).value, '2024-WI');
  assert.equal(timexOf('Unions warn of Friday’s rail strike.', 'Friday', APRIL).value, '2024-04-12');
});

test('negative: a date after "in" or "on" may tell when the warning came; without a warning, the season gone by', () => {
  const OCTOBER = '2024-10-08';
  assert.equal(timexOf('Officials warned of flooding in March.', 'March', OCTOBER).value, '2024-03');
  assert.equal(timexOf('Hospitals were full in the summer.', 'the summer', OCTOBER).value, '2024-SU');
});

test('what a past clause promised comes after the promise: the nearest such date', () => {
  // (Wednesday 10 April 2024)
  const PUB = '2024-04-10';
  const review = 'The mayor said the plan was costly and promised a review in June.';
  assert.equal(timexOf(review, 'June', PUB).value, '2024-06');
  assert.equal(timexOf('The minister pledged a decision in June.', 'June', PUB).value, '2024-06');
  assert.equal(timexOf('The union vowed fresh strikes on Friday.', 'Friday', PUB).value, '2024-04-12');
  // nearest, on either side: a month just gone
  assert.equal(timexOf('The board promised an audit in March.', 'March', PUB).value, '2024-03');
  // negative: the date of the promise itself, a promise to do, and no promise
  assert.equal(timexOf('The firm agreed a review in June.', 'June', PUB).value, '2023-06');
});

test('a future told in the past ("were likely to", "would" after a past verb) names the nearest holiday', () => {
  // (Wednesday 10 January 2024: Christmas 2023 is 16 days back)
  const PUB = '2024-01-10';
  assert.equal(
    timexOf('Officials said travel delays were likely to worsen over Christmas.', 'Christmas', PUB).value,
    '2023-12-25',
  );
  assert.equal(timexOf('The firm said sales would peak at Christmas.', 'Christmas', PUB).value, '2023-12-25');
  // negative: told in the present, the one ahead
  assert.equal(timexOf('Delays are likely to worsen over Christmas.', 'Christmas', PUB).value, '2024-12-25');
});

test('"is likely" and "is possible" look ahead as "is likely to" does', () => {
  // published Sunday 8 December 2024: the nearest Saturday was yesterday; and Wednesday 4 December, halfway between
  // two weekends
  assert.equal(timexOf('Snow is possible on Saturday.', 'Saturday', '2024-12-08').value, '2024-12-14');
  assert.equal(
    timexOf('Forecasters said heavy rain is likely over the weekend.', 'the weekend', '2024-12-04').value,
    '2024-W49-WE',
  );
  assert.equal(timexOf('Delays are still likely on Saturday.', 'Saturday', '2024-12-08').value, '2024-12-14');
  // negatives: in the past, and a past verb nearer the day
  assert.equal(timexOf('Snow was possible on Saturday.', 'Saturday', '2024-12-08').value, '2024-12-07');
  assert.equal(timexOf('It is possible that the ship sank on Saturday.', 'Saturday', '2024-12-08').value, '2024-12-07');
});

test('"travel to" in the present is a fixture ahead; "travel" the noun is no verb', () => {
  // published Sunday 8 December 2024
  const tuesday = timexOf(
    'United lost at home on Saturday. They travel to Barnet on Tuesday night.',
    'Tuesday night',
    '2024-12-08',
  );
  assert.equal(tuesday.value, '2024-12-10TNI');
  assert.match(tuesday.why, /future tense/);
  assert.equal(timexOf('Travel on Tuesday was disrupted by snow.', 'Tuesday', '2024-12-08').value, '2024-12-03');
});

test('"would have" and a participle that is also a base form ("spread", "cost", "hurt") is what did not happen, past', () => {
  // published Tuesday 10 December 2024
  assert.equal(
    timexOf('Without the crews the fire would have spread on Saturday.', 'Saturday', '2024-12-10').value,
    '2024-12-07',
  );
  assert.equal(timexOf('The delay would have cost millions in March.', 'March', '2024-12-10').value, '2024-03');
  // negative: "would" and a base verb looks ahead
  assert.equal(
    timexOf('The fire would spread on Saturday without the crews.', 'Saturday', '2024-12-10').value,
    '2024-12-14',
  );
});

test('what a past clause called off "for" a day is the nearest such day, and so is a day joined to it', () => {
  // published Monday 9 December 2024
  const MON = '2024-12-09';
  const text = 'Airlines canceled more than 1,200 flights for Tuesday evening and Wednesday morning.';
  const tuesday = timexOf(text, 'Tuesday evening', MON);
  assert.equal(tuesday.value, '2024-12-10TEV');
  assert.match(tuesday.why, /calling off/);
  assert.equal(timexOf(text, 'Wednesday morning', MON).value, '2024-12-11TMO');
  assert.equal(timexOf('The school called off classes for Friday.', 'Friday', '2024-12-11').value, '2024-12-13');
  // (told after the day, the day gone by)
  assert.equal(timexOf('The school called off classes for Friday.', 'Friday', MON).value, '2024-12-06');
  // negatives: "for" a reason, and a day joined to one read by its own past
  assert.equal(
    timexOf('Organisers cancelled the race for safety reasons on Saturday.', 'Saturday', MON).value,
    '2024-12-07',
  );
  assert.equal(timexOf('Police arrived on Friday and Saturday.', 'Saturday', MON).value, '2024-12-07');
});

test('a market story: the next meeting, a chance of a cut, and a report investors will watch lie ahead', () => {
  // published Wednesday 31 July 2024
  const JUL = '2024-07-31';
  assert.equal(
    timexOf(
      'Powell told reporters that a cut "could be on the table" at the next meeting, on Sept. 17-18, if inflation keeps easing.',
      'Sept. 17',
      JUL,
    ).value,
    '2024-09-17',
  );
  // "ago" after the month ends a phrase of its own; the chance is of a cut ahead
  const text =
    "Traders now see a 90% chance of a quarter-point cut in September, up from 65% a week ago, according to CME's tool.";
  assert.equal(timexOf(text, 'September', JUL).value, '2024-09');
  assert.equal(timexOf("Investors will watch Friday's jobs report.", 'Friday', JUL).value, '2024-08-02');
  // told in the past, a chance is of the nearest such month; what was watched was seen, not waited for
  assert.equal(timexOf('Traders saw a 60% chance of a cut in June.', 'June', JUL).value, '2024-06');
  assert.equal(timexOf("Fans watched Sunday's final in the square.", 'Sunday', '2024-08-05').value, '2024-08-04');
  // negative: "ago" before the phrase still tells its past; a possessive day of a past clause is past
  assert.equal(timexOf('Two years ago, in September, the bank cut rates.', 'September', JUL).value, '2023-09');
  assert.equal(timexOf("Investors cheered Friday's jobs report.", 'Friday', JUL).value, '2024-07-26');
});

test('what a signal points to ("Fed signals cut in September") lies ahead; "penciled in for October" near publication', () => {
  // published Wednesday 4 December 2024: September 2024 is nearer, but a signal points ahead
  assert.equal(timexOf('Fed signals cut in September', 'September', '2024-12-04').value, '2025-09');
  assert.equal(timexOf('RATES HELD AS FED SIGNALS CUT IN SEPTEMBER', 'SEPTEMBER', '2024-12-04').value, '2025-09');
  assert.equal(
    timexOf('The minister hinted at an election in the spring.', 'the spring', '2024-12-04').value,
    '2025-SP',
  );
  // told in June 2013, a hearing penciled in for October is the coming one
  assert.equal(
    timexOf('A three day trial hearing was penciled in for October.', 'October', '2013-06-12').value,
    '2013-10',
  );
  // negative: what a past signal happened on is past
  assert.equal(timexOf('The referee signalled a penalty on Saturday.', 'Saturday', '2024-12-04').value, '2024-11-30');
});

test('a plan told of a thing in a past clause ("a walkout due to begin on Friday was called off") falls on the nearest such day', () => {
  // published Wednesday 29 December 2027
  const WED = '2027-12-29';
  for (const [text, phrase, value] of [
    ["A walkout, due to begin on New Year's Eve, was called off late last night.", "New Year's Eve", '2027-12-31'],
    ['A walkout due to begin on Friday was called off last night.', 'Friday', '2027-12-31'],
    ['A vote due to take place in March was postponed.', 'March', '2028-03'],
  ] as const) {
    const t = timexOf(text, phrase, WED);
    assert.equal(t.value, value, text);
    assert.match(t.why, /nearest/, text);
  }
  // negatives: a verb's own plan ("was due to", "which was due to") keeps its future; a past with no plan, its past
  assert.equal(timexOf('He was due to fly home on Friday.', 'Friday', WED).value, '2027-12-31');
  assert.match(timexOf('The walkout, which was due to begin on Friday, was called off.', 'Friday', WED).why, /future/);
  assert.equal(timexOf('The strike was called off and workers returned on Friday.', 'Friday', WED).value, '2027-12-24');
  // a cause, not a plan: "due to low light"
  assert.equal(timexOf('Rescuers could not reach him, due to low light on Friday.', 'Friday', WED).value, '2027-12-24');
});
