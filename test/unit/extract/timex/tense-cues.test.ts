import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Wednesday 19 October 2016 (weekdays), and Friday 3 February 2017 (months).
const WED = '2016-10-19';
const FEB = '2017-02-03';

test('a past participle that says when something was set places a month and day in the past', () => {
  // the nearest July 20 would be this year's; the record was set on the one gone by
  const t = assertPlaced(
    'The index is within a point of its record high set on July 20.',
    'July 20',
    '2016-07-20',
    undefined,
    undefined,
    FEB,
  );
  assert.match(t.why, /past tense/);
  assertPlaced('The price is near the peak set in July.', 'July', '2016-07', undefined, undefined, FEB);
});

test('negative: "set" before the thing a date is set for is no past cue', () => {
  // the hearing lies ahead: the nearest July 20, this year's, not the latest one gone by
  assertPlaced('The judge set a hearing for July 20.', 'July 20', '2017-07-20', undefined, undefined, FEB);
});

test('a scheduled event in the simple present points forward', () => {
  assertPlaced('The two presidents meet Monday in Geneva.', 'Monday', '2016-10-24', undefined, undefined, WED);
  assertPlaced(
    'The envoy arrives Saturday for three days of talks.',
    'Saturday',
    '2016-10-22',
    undefined,
    undefined,
    WED,
  );
  assertPlaced('The panel convenes in March to hear the appeal.', 'March', '2017-03', undefined, undefined, FEB);
  // talks, games and trials: Tuesday 18 is the nearest, Thursday 20 the next one
  assertPlaced('Talks resume on Thursday in Geneva.', 'Thursday', '2016-10-20', undefined, undefined, WED);
  assertPlaced('The Jets play Sunday against the Patriots.', 'Sunday', '2016-10-23', undefined, undefined, WED);
  assertPlaced('The senator faces a vote on Tuesday.', 'Tuesday', '2016-10-25', undefined, undefined, WED);
  // both ends of a clock range: a period followed by a lower-case word ("a.m. to") ends no clause
  assertPlaced('Polls open from 7 a.m. to 8 p.m. Thursday.', '7 a.m.', '2016-10-20T07:00', undefined, undefined, WED);
  assertPlaced(
    'Polls open from 7 a.m. to 8 p.m. Thursday.',
    '8 p.m. Thursday',
    '2016-10-20T20:00',
    undefined,
    undefined,
    WED,
  );
});

test('a present verb of intent before an infinitive points ahead: "vows to strike Monday", "advances to play Saturday"', () => {
  assertPlaced('The union vows to strike on Monday.', 'Monday', '2016-10-24', undefined, undefined, WED);
  assertPlaced('The champion advances to play Saturday.', 'Saturday', '2016-10-22', undefined, undefined, WED);
  assertPlaced('Moscow threatens to cut gas supplies on Friday.', 'Friday', '2016-10-21', undefined, undefined, WED);
  // negative: the past forms report what was intended on a day gone by
  assertPlaced('The union vowed to strike on Monday.', 'Monday', '2016-10-17', undefined, undefined, WED);
  assertPlaced('Moscow threatened to cut gas supplies on Friday.', 'Friday', '2016-10-14', undefined, undefined, WED);
  assertPlaced('He is believed to have died Saturday.', 'Saturday', '2016-10-15', undefined, undefined, WED);
  // a passive infinitive looks ahead of the verb it hangs on: "preparing for the measures to be voted on Thursday"
  assertPlaced(
    'The government was preparing for the measures to be voted on Thursday.',
    'Thursday',
    '2016-10-20',
    undefined,
    undefined,
    WED,
  );
});

test('"due to" is a schedule before a verb and a cause before a noun', () => {
  assertPlaced('He is due to enter his plea in November.', 'November', '2016-11', undefined, undefined, WED);
  assertPlaced('The ship, due to arrive on Monday, waits offshore.', 'Monday', '2016-10-24', undefined, undefined, WED);
  // negative: a cause looks nowhere ahead
  assertPlaced(
    'Rescuers could not reach him due to low light levels on Saturday.',
    'Saturday',
    '2016-10-15',
    undefined,
    undefined,
    WED,
  );
});

test('negative: the same verbs after "to", "did not" or a determiner are not a present tense', () => {
  assertPlaced('The two presidents did not meet Monday.', 'Monday', '2016-10-17', undefined, undefined, WED);
  assertPlaced('Both sides refused to meet on Monday.', 'Monday', '2016-10-17', undefined, undefined, WED);
  assertPlaced('The two sides agreed to resume talks Tuesday.', 'Tuesday', '2016-10-18', undefined, undefined, WED);
  assertPlaced('Critics panned the play Sunday.', 'Sunday', '2016-10-16', undefined, undefined, WED);
  assertPlaced('The stores were open Sunday.', 'Sunday', '2016-10-16', undefined, undefined, WED);
});

test('"as planned" and a planned thing give no tense: the clause decides', () => {
  assertPlaced(
    'On Friday, when the minister cut short a hastily planned tour, the embassy reopened.',
    'Friday',
    '2016-10-14',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'The army let the assault begin as previously planned Saturday night.',
    'Saturday night',
    '2016-10-15TNI',
    undefined,
    undefined,
    WED,
  );
});

test('"planned to": a date after the infinitive is ahead, a date before the clause is in the past', () => {
  assertPlaced(
    'The inspectors planned to leave the capital on Thursday.',
    'Thursday',
    '2016-10-20',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'On Friday, the ministry planned to pay the first claims.',
    'Friday',
    '2016-10-14',
    undefined,
    undefined,
    WED,
  );
});

test('an attribution after the phrase does not make a future clause past', () => {
  assertPlaced(
    "The convoy will try to cross the border before dawn (5 a.m. Thursday),'' the colonel said.",
    '5 a.m. Thursday',
    '2016-10-20T05:00',
    undefined,
    undefined,
    WED,
  );
  // with no other cue, the attribution is no reason to look ahead either
  assertPlaced('The bridge reopened Friday, officials said.', 'Friday', '2016-10-14', undefined, undefined, WED);
  // other verbs of an attribution: "confirmed", "announced", "warned"
  assertPlaced(
    'The government will publish its devolution white paper before the summer recess, ministers confirmed on Tuesday.',
    'the summer',
    '2017-SU',
    undefined,
    undefined,
    WED,
  );
  assertPlaced(
    'The depot will stay closed through November, the firm announced.',
    'November',
    '2016-11',
    undefined,
    undefined,
    WED,
  );
  // negative: what is said after the verb is the date's clause ("confirmed the plant would close in March")
  assertPlaced(
    'Officials confirmed in March that the plant would close.',
    'March',
    '2016-03',
    undefined,
    undefined,
    WED,
  );
});

test('a verb of saying followed by what is said is the main verb: the phrase before it dates the saying', () => {
  // Published Wednesday 19 October 2016 (WED): "said the firm would shrink" tells when it was said, in the past
  assertPlaced(
    'At a briefing on June 1, the chief executive said the firm would shrink.',
    'June 1',
    '2016-06-01',
    undefined,
    undefined,
    WED,
  );
  // negative: an aside set off by commas is still an attribution ("within 14 days, she said, …" looks ahead)
  assertPlaced(
    'The vote will be held on June 1, officials said, and the count would follow.',
    'June 1',
    '2017-06-01',
    undefined,
    undefined,
    WED,
  );
});

test('a past verb and "by" an amount is a past verb, not a passive: "failed by two votes in March"', () => {
  assertPlaced('The same bill failed by two votes in March.', 'March', '2016-03', undefined, undefined, WED);
  assertPlaced('Exports increased by 5% in March.', 'March', '2016-03', undefined, undefined, WED);
  // negative: a passive participle with its agent is no cue of its own (the future verb decides)
  assertPlaced(
    'The plan, backed by the unions, will be voted on in March.',
    'March',
    '2017-03',
    undefined,
    undefined,
    WED,
  );
});

test('a past verb in a clause opened by "after", "when", "because" after the phrase does not date it', () => {
  // Published Saturday 4 October 2025: the election set for Nov. 9 lies ahead, whatever the premier lost
  const published = '2025-10-04';
  assertPlaced(
    'The commission set Nov. 9 as the date for a snap election, two weeks after the premier lost a vote.',
    'Nov. 9',
    '2025-11-09',
    undefined,
    undefined,
    published,
  );
  // negative: a phrase "after" opens and a comma closes leaves the main verb to date it
  assertPlaced(
    'In January, a week after the anniversary of the ruling, a bombing killed a guard.',
    'January',
    '2025-01',
    undefined,
    undefined,
    published,
  );
});

test('a future clause with no past verb places a month clearly ahead', () => {
  // told in March: December this year, not the December just gone
  assertPlaced(
    'A veteran pilot will be named commander of the station for a mission in December.',
    'December',
    '2017-12',
    undefined,
    undefined,
    '2017-03-04',
  );
  const t = timexOf('The plant is expected to reopen in January.', 'January', FEB);
  assert.equal(t.value, '2018-01');
});

test('negative: what figures are for, and a quarter reported on, stay behind', () => {
  assertPlaced(
    'The agency will publish its figures for January next week.',
    'January',
    '2017-01',
    undefined,
    undefined,
    FEB,
  );
  assertPlaced(
    'The bank will report fourth-quarter results on Tuesday.',
    'fourth-quarter',
    '2016-Q4',
    undefined,
    undefined,
    FEB,
  );
});

test('after a modal or "do", a past form\'s twin is the base verb: the modal gives the tense', () => {
  // "hit", "cut", "set" read as past verbs made these last week's days
  assertPlaced('The storm will hit the coast on Friday.', 'Friday', '2016-10-21', undefined, undefined, WED);
  assertPlaced('The firm could cut 500 jobs in March.', 'March', '2017-03', undefined, undefined, FEB);
  assertPlaced("The union won't set a date before Monday.", 'Monday', '2016-10-24', undefined, undefined, WED);
  // negative: the past forms alone, and "did", keep the past
  assertPlaced('The storm hit the coast on Friday.', 'Friday', '2016-10-14', undefined, undefined, WED);
  assertPlaced('The firm did not cut jobs in January.', 'January', '2017-01', undefined, undefined, FEB);
});

test('"tonight" told in the small hours: the night under way when it is told in the past, the coming one ahead', () => {
  const at = '2016-10-19T04:30:00-04:00';
  assertPlaced('The storm will hit tonight.', 'tonight', '2016-10-19TNI', undefined, undefined, at);
  assertPlaced('The storm hit the coast tonight.', 'tonight', '2016-10-18TNI', undefined, undefined, at);
});

test('after "he", "she", "it", a past form\'s twin is the past: "the $3.40 it forecast in July"', () => {
  assertPlaced(
    'The company expects $3.10 a share, down from the $3.40 it forecast in July.',
    'July',
    '2016-07',
    undefined,
    undefined,
    WED,
  );
  // negative: after a plural subject the present reads as well; no cue, so the default (past) stays
  assertPlaced('She put the house up for sale in June.', 'June', '2016-06', undefined, undefined, WED);
});

test('a verb right after "and" or "but" opens the next predicate: the verb before the phrase gives its tense', () => {
  // "urged" is the second predicate; "would publish" tells when Friday is
  assertPlaced(
    'The operator said it would publish a timetable by Friday and urged calm.',
    'Friday',
    '2016-10-21',
    undefined,
    undefined,
    WED,
  );
  // and after "but"
  assertPlaced(
    'Forecasters expect the rain to ease by Sunday evening but warned of flooding.',
    'Sunday evening',
    '2016-10-23TEV',
    undefined,
    undefined,
    WED,
  );
  // and after a comma and "but", with the future far before the phrase ("would begin to recover on …")
  assertPlaced(
    'Operators said services would begin to recover on Sunday morning, but warned of disruption.',
    'Sunday morning',
    '2016-10-23TMO',
    undefined,
    undefined,
    WED,
  );
  // negative: with no verb before the phrase, the verb after "and" still counts
  assertPlaced('Prices on Monday rose and then fell.', 'Monday', '2016-10-17', undefined, undefined, WED);
  assertPlaced('Prices on Monday, however, rose, and then fell.', 'Monday', '2016-10-17', undefined, undefined, WED);
});

test('a possessive date a future clause gets ready "for" lies ahead: "will be in the dugout for Saturday\'s game"', () => {
  assertPlaced(
    "The new manager will be in the dugout for Saturday's home game.",
    'Saturday',
    '2016-10-22',
    undefined,
    undefined,
    WED,
  );
  // negative: praised for a possessive date, in the past, looks back
  assertPlaced(
    "The keeper was praised for Saturday's clean sheet.",
    'Saturday',
    '2016-10-15',
    undefined,
    undefined,
    WED,
  );
});

test('a participle that describes a noun ("on exposed coasts") is a weaker cue than a verb about as near', () => {
  // "are expected" tells when the night is: the coming one, and Monday ahead
  const text = 'Gusts are expected on exposed coasts overnight, with snow on high ground by Monday morning.';
  assertPlaced(text, 'overnight', '2016-10-19TNI', undefined, undefined, WED);
  assertPlaced(text, 'Monday morning', '2016-10-24TMO', undefined, undefined, WED);
  // negative: with the verb far off, "the reported bombing on Tuesday" still tells of a past Tuesday
  assertPlaced(
    'The president said his country would not retaliate for the reported bombing of a border town on Tuesday.',
    'Tuesday',
    '2016-10-18',
    undefined,
    undefined,
    WED,
  );
});

test('a date used as an adjective is not clearly ahead in a future clause: "within two years of the March 29 notice"', () => {
  // told on 18 April: the notice of three weeks before, not next year's March 29
  assertPlaced(
    'Talks will end within two years of the March 29 notice.',
    'March 29',
    '2017-03-29',
    undefined,
    undefined,
    '2017-04-18',
  );
  // negative: a date that is no adjective keeps the clear future
  assertPlaced('Talks will end on March 29.', 'March 29', '2018-03-29', undefined, undefined, '2017-04-18');
});

test('a past form that is also a noun is no past cue: "a cut by March", "its output cut through December"', () => {
  const MON = '2023-09-18';
  assert.equal(
    timexOf('Saudi Arabia said it would extend its output cut through December.', 'December', MON).value,
    '2023-12',
  );
  assert.equal(timexOf('Traders see a 30% chance of a cut by March.', 'March', MON).value, '2024-03');
  // negative: the verb
  assert.equal(timexOf('The company cut 500 jobs in March.', 'March', MON).value, '2023-03');
});

test('a headline\'s bare noun "cut", "split" is no past cue: "signals cut in December", "hints at rate cut in March"', () => {
  const THU = '2017-10-26';
  assert.equal(timexOf('ECB holds rates, signals cut in December', 'December', THU).value, '2017-12');
  assert.equal(timexOf('FED HINTS AT RATE CUT IN MARCH', 'MARCH', THU).value, '2018-03');
  assert.equal(timexOf('Board mulls stock split in January', 'January', THU).value, '2018-01');
  // negative: the verb, after a subject; a plural before it may be its subject
  assert.equal(timexOf('The bank cut rates in March.', 'March', THU).value, '2017-03');
  assert.equal(timexOf('Rates cut in March have hurt savers.', 'March', THU).value, '2017-03');
  assert.equal(timexOf('Shares in Acme, which cut jobs in May, rose.', 'May', THU).value, '2017-05');
});

test('"the Fed" is the Federal Reserve, "due" with a date and "have to" point ahead', () => {
  const MON = '2023-09-18';
  assert.equal(timexOf('Fed decision due Wednesday.', 'Wednesday', MON).value, '2023-09-20');
  assert.equal(timexOf('FED DECISION DUE WEDNESDAY', 'WEDNESDAY', MON).value, '2023-09-20');
  assert.equal(timexOf('Applicants have to register by Friday.', 'Friday', MON).value, '2023-09-22');
  // negative: a debt that fell due, "due to" a cause, a past verb
  assert.equal(timexOf('The loan fell due in March.', 'March', MON).value, '2023-03');
  assert.equal(timexOf('The match was called off due to rain on Saturday.', 'Saturday', MON).value, '2023-09-16');
});

test('"nothing happened until May": what did not happen before a day that has passed is no deadline', () => {
  const THU = '2024-11-21';
  assert.equal(timexOf('Last January they promised it and nothing happened until May.', 'May', THU).value, '2024-05');
  assert.equal(timexOf('They did not leave until Friday.', 'Friday', THU).value, '2024-11-15');
  // negative: a deadline given
  assert.equal(timexOf('The court gave the bank until Friday to pay.', 'Friday', THU).value, '2024-11-22');
});

test('a deadline with "by" that no past verb has passed lies ahead; what is awaited lies ahead', () => {
  const MON = '2023-09-18';
  assert.equal(timexOf('Traders see a cut by March, down from 45% a week ago.', 'March', MON).value, '2024-03');
  assert.equal(
    timexOf('Stocks fell as investors braced for the decision on Wednesday.', 'Wednesday', MON).value,
    '2023-09-20',
  );
  assert.equal(timexOf("Investors awaited Friday's jobs report.", 'Friday', MON).value, '2023-09-22');
  // "ahead of" a day's thing: still to come, though the clause is past
  assert.equal(
    timexOf("Stocks edged lower as investors turned cautious ahead of Friday's jobs report.", 'Friday', MON).value,
    '2023-09-22',
  );
  // negative: a past verb before the deadline
  assert.equal(timexOf('The firm had repaid the loan by March.', 'March', MON).value, '2023-03');
  assert.equal(timexOf("Shares fell after Friday's jobs report.", 'Friday', MON).value, '2023-09-15');
  assert.equal(timexOf("Investors await Friday's jobs report.", 'Friday', MON).value, '2023-09-22');
  // in capitals too ("FRIDAY'S")
  assert.equal(timexOf("STOCKS EDGED LOWER AHEAD OF FRIDAY'S JOBS REPORT.", 'FRIDAY', MON).value, '2023-09-22');
  // ("ahead of the weekend" told of a past trading day is that day's weekend, read by tense)
  assert.equal(timexOf('Traders sold ahead of the weekend.', 'the weekend', MON).value, '2023-W37-WE');
});

test('what "is forecast" or "is projected" lies ahead', () => {
  const WED = '2023-11-01';
  assert.equal(timexOf('More rain is forecast over the weekend.', 'the weekend', WED).value, '2023-W44-WE');
  assert.equal(timexOf('Growth is projected to slow in the spring.', 'the spring', WED).value, '2024-SP');
  // negative: what "was forecast" is told in the past
  assert.equal(timexOf('Rain was forecast for Saturday.', 'Saturday', WED).value, '2023-10-28');
});

test('a schedule: "runs Sept. 28-Oct. 2", "polls close at 8 p.m.", a headline\'s "to" and verb', () => {
  const FRI = '2019-03-22';
  assert.equal(timexOf('The festival runs Sept. 28-Oct. 2 in the park.', 'Sept. 28', FRI).value, '2019-09-28');
  // the day written first, after "on" or "from": told in October, next year's
  const OCT = '2024-10-03';
  assert.equal(timexOf('The festival runs 12-16 September.', '16 September', OCT).value, '2025-09-16');
  assert.equal(timexOf('The show runs on 16 September.', '16 September', OCT).value, '2025-09-16');
  assert.equal(
    timexOf('The fair runs from the 3rd to the 5th of September.', 'the 5th of September', OCT).value,
    '2025-09-05',
  );
  // ("runs 12 miles": a length, no schedule)
  assert.equal(
    timexOf('The route runs 12 miles, a guide said on 16 September.', '16 September', OCT).value,
    '2024-09-16',
  );
  assert.equal(
    timexOf('The polls close at 8 p.m. EST on Tuesday.', '8 p.m. EST on Tuesday', FRI).value,
    '2019-03-26T20:00-05:00',
  );
  assert.equal(timexOf('The museum closes on Monday.', 'Monday', FRI).value, '2019-03-25');
  assert.equal(timexOf('Shops To Close Over Christmas And New Year', 'Christmas', FRI).value, '2019-12-25');
  // negative: "runs" a shop, an ordinal's infinitive, a participle after "getting", "beat" told of the past
  assert.equal(timexOf('Rovers beat Ashford on Saturday.', 'Saturday', FRI).value, '2019-03-16');
  assert.equal(timexOf('He was the second climber to die at the weekend.', 'the weekend', FRI).value, '2019-W11-WE');
  assert.equal(timexOf('Makers are going to start getting beat up in the spring.', 'the spring', FRI).value, '2019-SP');
});

test('"face" a fixture is scheduled ahead: "whose side face a trip to Rovers on Tuesday night"', () => {
  const SAT = '2023-12-16';
  assert.equal(
    timexOf('Brennan, whose side face a trip to Rovers on Tuesday night, was pleased.', 'Tuesday night', SAT).value,
    '2023-12-19TNI',
  );
  assert.equal(
    timexOf('The Saints face Seattle in a playoff game on Saturday.', 'Saturday', '2011-01-05').value,
    '2011-01-08',
  );
  // negative: "face" the noun
  assert.equal(timexOf('The statue lost its face on Tuesday.', 'Tuesday', SAT).value, '2023-12-12');
});

test('"will have" a thing looks ahead, a future perfect too; "would have won" is past', () => {
  const TUE = '2024-07-16T10:00:00+01:00';
  // "have" after "will" is no present of its own, and no past: the day the story placed before is not the time's
  assert.equal(
    timexOf('The council met on Monday. We will have more updates at 6pm.', '6pm', TUE).value,
    '2024-07-16T18:00',
  );
  assert.equal(timexOf('The plan would have a big impact in March.', 'March', TUE).value, '2025-03');
  assert.equal(timexOf('By Friday, crews will have repaired the line.', 'Friday', TUE).value, '2024-07-19');
  // negative: a past counterfactual
  assert.equal(timexOf('Without the penalty he would have won on Friday.', 'Friday', TUE).value, '2024-07-12');
});

test("a phrase inside a participle's aside is told by the participle, not by the main clause", () => {
  // published Thursday 29 February 2024
  const PUB = '2024-02-29';
  assertPlaced(
    'The plan, first announced in March, will be debated next week.',
    'March',
    '2023-03',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'The findings, presented at a conference in the spring, should be confirmed by trials.',
    'the spring',
    '2023-SP',
    undefined,
    undefined,
    PUB,
  );
  // a participle that looks ahead keeps its future; a phrase outside the aside is told by the main clause
  assertPlaced('The report, expected in March, will be debated.', 'March', '2024-03', undefined, undefined, PUB);
  assertPlaced(
    'The stadium, built in 1923, will be demolished in March.',
    'March',
    '2024-03',
    undefined,
    undefined,
    PUB,
  );
  // negative: "indeed" is no participle
  assertPlaced('The company, indeed in March, will list its shares.', 'March', '2024-03', undefined, undefined, PUB);
});

test('informal text without apostrophes: "its the", "theyre" are presents', () => {
  const MAY = '2024-05-15';
  assertPlaced(
    'was meant to be june, now its the 2nd weekend of august',
    'the 2nd weekend of august',
    '2024-W32-WE',
    undefined,
    undefined,
    MAY,
  );
  assertPlaced('theyre doing a reunion in august', 'august', '2024-08', undefined, undefined, MAY);
  // negative: the possessive before a noun is no verb ("its sales" tell no tense)
  assertPlaced('The firm said its sales fell in March.', 'March', '2024-03', undefined, undefined, MAY);
});

test('"runs" before weekdays is a schedule: "the strike runs from Monday to Wednesday" lies ahead', () => {
  // told on Wednesday 19 October 2016: the coming Monday to Wednesday, not the days gone by
  assertPlaced('The strike runs from Monday to Wednesday.', 'Monday', '2016-10-24', undefined, undefined, WED);
  assertPlaced('The strike runs from Monday to Wednesday.', 'Wednesday', '2016-10-26', undefined, undefined, WED);
  assertPlaced('The festival runs Friday and Saturday.', 'Friday', '2016-10-21', undefined, undefined, WED);
  // negative: "runs" before what it runs is no schedule; the past form reports days gone by
  assertPlaced('She runs a bakery and opened it on Monday.', 'Monday', '2016-10-17', undefined, undefined, WED);
  assertPlaced('The strike ran from Monday to Wednesday.', 'Monday', '2016-10-17', undefined, undefined, WED);
});

test('"runs" before a clock time on a weekday is a schedule too: "the warning runs from noon Thursday"', () => {
  // told on Wednesday 19 October 2016
  const warning = 'A yellow warning runs from noon Thursday to midnight Friday.';
  assertPlaced(warning, 'noon Thursday', '2016-10-20T12:00', undefined, undefined, WED);
  assertPlaced('The closure runs from 8pm on Monday.', '8pm on Monday', '2016-10-24T20:00', undefined, undefined, WED);
  // negative: the past form reports days gone by; "runs" before what it runs is no schedule
  assertPlaced('The warning ran from noon Thursday.', 'noon Thursday', '2016-10-13T12:00', undefined, undefined, WED);
  assertPlaced(
    'She runs a bakery and opened at 8am on Monday.',
    '8am on Monday',
    '2016-10-17T08:00',
    undefined,
    undefined,
    WED,
  );
});

test('"is on Sunday" is a schedule, and "are expecting" looks ahead', () => {
  // told on Wednesday 19 October 2016
  assertPlaced('The final is on Sunday.', 'Sunday', '2016-10-23', undefined, undefined, WED);
  assertPlaced('Talks are on Monday and Tuesday.', 'Monday', '2016-10-24', undefined, undefined, WED);
  assertPlaced(
    'We are not expecting a recovery before the spring.',
    'the spring',
    '2017-SP',
    undefined,
    undefined,
    WED,
  );
  // negative: the past form reports the day gone by; "is on Sunday's vote" is no schedule of Sunday
  assertPlaced('The final was on Sunday.', 'Sunday', '2016-10-16', undefined, undefined, WED);
  assertPlaced("The focus is on Sunday's vote.", 'Sunday', '2016-10-16', undefined, undefined, WED);
});

test('a weekday beside a third-person verb in the simple present is a schedule: "On Tuesday it publishes"', () => {
  // told on Sunday 23 October 2016: the coming days
  const SUN = '2016-10-23';
  assertPlaced('On Tuesday it publishes its spending review.', 'Tuesday', '2016-10-25', undefined, undefined, SUN);
  assertPlaced('The finance minister votes Wednesday.', 'Wednesday', '2016-10-26', undefined, undefined, SUN);
  assertPlaced('Parliament debates the bill on Monday.', 'Monday', '2016-10-24', undefined, undefined, SUN);
  assertPlaced('The regulator publishes its ruling on Friday.', 'Friday', '2016-10-28', undefined, undefined, SUN);
  // negative: a verb of saying, a past verb, a habit, a noun that ends in "s"
  assert.match(timexOf('On Tuesday he says the plan works.', 'Tuesday', SUN).why, /present tense/);
  assertPlaced(
    'The council said on Tuesday it publishes a plan soon.',
    'Tuesday',
    '2016-10-18',
    undefined,
    undefined,
    SUN,
  );
  assert.equal(timexOf('He usually publishes on Tuesday.', 'Tuesday', SUN).value, 'XXXX-WXX-2');
  assertPlaced(
    'Under the new rules on Tuesday, shops close early.',
    'Tuesday',
    '2016-10-18',
    undefined,
    undefined,
    SUN,
  );
});

test('"until" after a past state or before the end of a life or post is no deadline: the date has passed', () => {
  // told on Wednesday 19 October 2016
  const v = (text: string, phrase: string) => timexOf(text, phrase, WED).value;
  assert.equal(v('The bridge stayed closed until Monday.', 'Monday'), '2016-10-17');
  assert.equal(v('The suspect remained in custody till Friday.', 'Friday'), '2016-10-14');
  assert.equal(v('The talks continued until Thursday.', 'Thursday'), '2016-10-13');
  assert.equal(v('The show ran until March.', 'March'), '2016-03');
  assert.equal(v('The strike went on until Monday.', 'Monday'), '2016-10-17');
  assert.equal(v('He kept an office in the building until his death on Tuesday.', 'Tuesday'), '2016-10-18');
  assert.equal(v('She served on the board until her retirement in June.', 'June'), '2016-06');
  // still deadlines, ahead: a span set by a past verb, a hearing still to come
  assert.equal(v('The judge gave the bank until Monday.', 'Monday'), '2016-10-24');
  assert.equal(v('The court adjourned the case until a hearing on Tuesday.', 'Tuesday'), '2016-10-25');
});

test('irregular participles count as past cues as "-ed" forms do: "guidance given in June"', () => {
  // told on Thursday 9 October 2025
  const pub = '2025-10-09';
  assert.equal(timexOf('It expects to meet the guidance given in June.', 'June', pub).value, '2025-06');
  assert.equal(timexOf('A decision taken in March was reversed.', 'March', pub).value, '2025-03');
  // the auxiliary decides: a future participle stays ahead
  assert.equal(timexOf('Guidance will be given in June.', 'June', pub).value, '2026-06');
});

test('a span an infinitive sets going runs on: "for the programme to run through June" lies ahead', () => {
  // told on Monday 18 March 2013
  const pub = '2013-03-18';
  assert.equal(
    timexOf('The firm picked three partners for the programme to run through June.', 'June', pub).value,
    '2013-06',
  );
  assert.equal(timexOf('The board extended the contract to run through June.', 'June', pub).value, '2013-06');
  // a plan told in the past may have ended: by tense
  assert.equal(timexOf('The trial was to run through June but ended early.', 'June', pub).value, '2012-06');
});

test('a day a present "is" names lies ahead, or is today', () => {
  // published Monday 17 October 2016: the nearest Friday was three days before
  const MON = '2016-10-17';
  assert.equal(timexOf('The deadline for bids is Friday.', 'Friday', MON).value, '2016-10-21');
  assert.equal(timexOf('Saturday is a public holiday in the region.', 'Saturday', '2016-10-18').value, '2016-10-22');
  assert.equal(timexOf('The deadline is Monday.', 'Monday', MON).value, '2016-10-17');
  // negative: told in the past, the day is gone by; a day that is no complement of "is" keeps its reading
  assert.equal(timexOf('The deadline was Friday.', 'Friday', MON).value, '2016-10-14');
  assert.equal(timexOf('Friday saw the biggest crowds, police said.', 'Friday', MON).value, '2016-10-14');
});

test('"go to the polls" in the present is an election ahead', () => {
  // published Thursday 29 October 2026
  const THU = '2026-10-29';
  assert.equal(timexOf('Voters in the state go to the polls on Tuesday.', 'Tuesday', THU).value, '2026-11-03');
  assert.equal(timexOf('Britain goes to the polls on Tuesday.', 'Tuesday', THU).value, '2026-11-03');
  // negative: told in the past, the vote is gone by
  assert.equal(timexOf('Voters went to the polls on Tuesday.', 'Tuesday', THU).value, '2026-10-27');
});

test('a past form in the "if" clause of a "would" is a hypothetical: the date it is told with lies ahead', () => {
  // published Wednesday 19 November 2025
  const WED = '2025-11-19';
  const strike = 'Union leaders said they would strike later in the month if the plan was not withdrawn by Christmas.';
  assert.equal(timexOf(strike, 'Christmas', WED).value, '2025-12-25');
  assert.deepEqual(
    [timexOf(strike, 'later in the month', WED).from, timexOf(strike, 'later in the month', WED).to],
    ['2025-11-20', '2025-12-01'],
  );
  // negative: an "if" clause with no "would" before it tells of the past, as a third conditional does
  assert.equal(timexOf('If the plan was withdrawn on Monday, nobody noticed.', 'Monday', WED).value, '2025-11-17');
  assert.equal(
    timexOf('He said the firm would have collapsed if it had not been rescued in March.', 'March', WED).value,
    '2025-03',
  );
});

test('a present progressive of going or meeting is an arrangement: the day lies ahead', () => {
  // published Tuesday 9 December 2025
  const TUE = '2025-12-09';
  assert.equal(timexOf('The team is flying to Paris on Monday.', 'Monday', TUE).value, '2025-12-15');
  assert.equal(timexOf("i'm calling the council on monday", 'monday', TUE).value, '2025-12-15');
  assert.equal(timexOf('The minister is visiting Kyiv on Monday, his office said.', 'Monday', TUE).value, '2025-12-15');
  // negative: other progressives, and the past progressive, keep their readings
  assert.equal(timexOf('Police are investigating an attack on Monday.', 'Monday', TUE).value, '2025-12-08');
  assert.equal(timexOf('Protesters were meeting on Monday.', 'Monday', TUE).value, '2025-12-08');
});

test("a date in a subordinate clause that opens the sentence is told by that clause's verb, not the main one", () => {
  // published Wednesday 18 November 2026
  const WED = '2026-11-18';
  assert.equal(
    timexOf('Since the brewer bought the mill in February, it has sold two farms.', 'February', WED).value,
    '2026-02',
  );
  assert.equal(timexOf('When the plant closed in May, workers were told to wait.', 'May', WED).value, '2026-05');
  // negative: a fronted clause with no verb of its own takes the main clause's tense
  assert.equal(timexOf('After the talks in May, the union will strike.', 'May', WED).value, '2027-05');
});

test("a date in a subordinate clause that opens what is said is told by that clause's verb", () => {
  // published Wednesday 18 November 2026
  const WED = '2026-11-18';
  assert.equal(
    timexOf('The firm said that since it bought the mill in February, it has sold two farms.', 'February', WED).value,
    '2026-02',
  );
  assert.equal(timexOf('She said when the ferry sank in March, nobody came.', 'March', WED).value, '2026-03');
  assert.equal(
    timexOf('He told reporters that once the bridge reopens in March, traffic will ease.', 'March', WED).value,
    '2027-03',
  );
  // negative: a subordinate clause with no verb of its own takes the main clause's tense
  assert.equal(timexOf('He said that after the talks in May, the union will strike.', 'May', WED).value, '2027-05');
});

test('a date after "starting", "beginning" or "effective" lies ahead unless told in the past', () => {
  // published Thursday 16 October 2025
  const THU = '2025-10-16';
  assert.equal(timexOf('Sales tax rises starting Monday.', 'Monday', THU).value, '2025-10-20');
  assert.equal(timexOf('Starting Monday, schools reopen.', 'Monday', THU).value, '2025-10-20');
  assert.equal(timexOf('He is starting on Monday.', 'Monday', THU).value, '2025-10-20');
  // negative: a past verb keeps the past
  assert.equal(timexOf('The rule took effect starting Monday.', 'Monday', THU).value, '2025-10-13');
});

test('a date in a temporal clause with a verb in the simple present lies ahead, whatever the clause it hangs on', () => {
  for (const [text, phrase, value] of [
    ['Analysts expected a dividend cut when the company reports full-year results in April.', 'April', '2027-04'],
    ['The union said it would wait until the board meets in March.', 'March', '2027-03'],
    ['She said the shop would reopen once it gets a licence in May.', 'May', '2027-05'],
    // negative: a past verb in the temporal clause, and a plural noun where the verb would be
    ['Sales fell when prices rose in April.', 'April', '2026-04'],
    ['Profits rose when the price cuts ended in April.', 'April', '2026-04'],
    ['Demand collapsed when its rivals cut prices in April.', 'April', '2026-04'],
  ] as const)
    assertPlaced(text, phrase, value, undefined, undefined, '2026-12-01');
});

test('less common irregular past forms are past cues: "rang", "sang", "withdrew", "lit"', () => {
  // published Monday 17 Oct 2016
  assertPlaced('The bells rang on Christmas Eve.', 'Christmas Eve', '2015-12-24');
  assertPlaced('The choir sang on Tuesday.', 'Tuesday', '2016-10-11');
  assertPlaced('The company withdrew its offer on Thursday.', 'Thursday', '2016-10-13');
  assertPlaced('Fireworks lit up the sky on New Year’s Day.', 'New Year’s Day', '2016-01-01');
  // negative: a participle after a modal and "be" is no past ("will be laid to rest")
  assertPlaced('He will be laid to rest on Friday.', 'Friday', '2016-10-21');
});

test('"burst" is a past form, not after an article nor before "of"', () => {
  // published Wednesday 12 November 2025: the months of last winter, not of the coming one
  const NOV = '2025-11-12';
  assertPlaced(
    'The river burst its banks twice, in December and again in February.',
    'December',
    '2024-12',
    undefined,
    undefined,
    NOV,
  );
  assertPlaced('A water main burst on Monday.', 'Monday', '2025-11-10', undefined, undefined, NOV);
  // negative: after a modal, and the noun
  assertPlaced('Officials fear pipes will burst on Friday.', 'Friday', '2025-11-14', undefined, undefined, NOV);
  assertPlaced('A burst of rain is forecast on Friday.', 'Friday', '2025-11-14', undefined, undefined, NOV);
});

test('an attribution with its day and a comma after a date ("forecasters said Monday, with …") is no verb of the date', () => {
  // published Monday 9 December 2024
  const text =
    'A powerful winter storm will sweep across the Northeast late Tuesday into early Wednesday, forecasters said Monday, with up to 18 inches of snow expected.';
  assert.equal(timexOf(text, 'early Wednesday', '2024-12-09').value, '2024-12-11');
  assert.equal(timexOf(text, 'Monday', '2024-12-09').value, '2024-12-09');
  // negative: what was said right after the verb is a clause of its own, which the saying dates
  assert.equal(
    timexOf(
      'The storm hit the coast on Wednesday, officials said Monday the damage was severe.',
      'Wednesday',
      '2024-12-09',
    ).value,
    '2024-12-04',
  );
});
