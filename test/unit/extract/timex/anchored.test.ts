import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, MONDAY, timexes, timexOf } from './helpers.js';

test('"the previous day" and "two days earlier" count from the last date mentioned', () => {
  const text =
    'Rebels took the town on Oct. 5. The previous day, shelling had stopped. Two days earlier, talks failed.';
  const prev = timexOf(text, 'The previous day');
  assert.equal(prev.value, '2016-10-04');
  assert.equal(prev.anchor, 't1');
  const earlier = timexOf(text, 'Two days earlier');
  assert.equal(earlier.value, '2016-10-02');
  assert.equal(earlier.anchor, 't2', 'the narrative moved to the previous day');
});

test('"a week later" and "the following year"', () => {
  const text = 'The law passed in March 2014. A week later, protests began. The following year, it was repealed.';
  const later = timexOf(text, 'A week later');
  assert.equal(later.value, '2014-03', 'counting days from a month only tells the month');
  const next = timexOf(text, 'The following year');
  assert.equal(next.value, '2015');
  assert.ok(next.anchor);
  const day = timexOf('The vote was held on June 3, 2015. A week later, results came.', 'A week later');
  assert.equal(day.value, '2015-06-10');
});

test('without an earlier date, anchored phrases count from publication', () => {
  const t = timexOf('A day earlier, the border closed.', 'A day earlier');
  assert.equal(t.value, '2016-10-16');
  assert.equal(t.anchor, undefined);
});

test('"a week after the halt" is a duration: the relation belongs to the event', () => {
  const t = timexOf('The vote came a week after a halt to shipments.', 'a week');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P1W');
});

test('business comparisons: "a year earlier" after a quarter is that quarter a year before', () => {
  const text = 'Profit rose in the third quarter to $5 million from $4 million a year earlier.';
  assert.equal(timexOf(text, 'the third quarter').value, '2016-Q3');
  assert.equal(timexOf(text, 'a year earlier').value, '2015-Q3');
  const same = 'Sales rose in September compared with the same period last year.';
  assert.equal(timexOf(same, 'the same period last year').value, '2015-09');
});

test('"a week after X" places X: a week before the narrative date, inside its period when they overlap', () => {
  const seed = timexOf(
    'Egypt voted this month for the resolution. The move came a week after a halt to shipments.',
    'a week',
  );
  assert.deepEqual(
    [seed.type, seed.value, seed.from, seed.to, seed.anchor],
    ['DURATION', 'P1W', '2016-10-01', '2016-10-11', 't1'],
  );
  const day = timexOf(
    'The vote was held on June 10, 2015. It came two weeks after the collapse of talks.',
    'two weeks',
  );
  assert.deepEqual([day.from, day.to], ['2015-05-27', '2015-05-28']);
  const free = timexOf('He waited for a week.', 'a week');
  assert.equal(free.from, undefined, 'no relation, no placement');
});

test('"in the morning" after a day the story placed is that day\'s morning; alone it is no date', () => {
  const t = timexOf('Hopes were dashed on Friday. Dealers had bought in the morning.', 'the morning');
  assert.equal(t.value, '2016-10-14TMO');
  assert.equal(t.anchor, 't1');
  assertNone('Most people exercise in the morning.', 'morning');
  assert.equal(timexOf('Prices fell on Oct. 3. Later that day, shares rallied.', 'Later that day').value, '2016-10-03');
  assert.equal(
    timexOf('Growth will slow in the first two quarters of 2017.', 'the first two quarters of 2017').value,
    '2017-H1',
  );
});

test('"the late afternoon", "by mid-afternoon", "at lunchtime" after a day the story placed are that day\'s; alone, the publication day\'s or none', () => {
  // published Monday 17 Oct 2016
  const late = timexOf('Hopes were dashed on Friday. In the late afternoon, dealers sold.', 'the late afternoon');
  assert.deepEqual([late.value, late.mod, late.from], ['2016-10-14TAF', 'END', '2016-10-14T12:00']);
  const early = timexOf(
    'A player was held on Sunday. He was pulled over in the early-morning hours.',
    'the early-morning hours',
  );
  assert.deepEqual([early.value, early.mod], ['2016-10-16TMO', 'START']);
  const mid = timexOf('Hopes were dashed on Friday. By mid-afternoon, dealers had sold.', 'mid-afternoon');
  assert.deepEqual([mid.value, mid.mod], ['2016-10-14TAF', 'MID']);
  assert.equal(timexOf('Talks ended on Friday. Ministers met again at lunchtime.', 'lunchtime').value, '2016-10-14TMI');
  // alone: "by mid-afternoon" is the publication day's, as before; "in the early morning" is no date (habit)
  assert.equal(timexOf('By mid-afternoon, dealers had sold.', 'mid-afternoon').value, '2016-10-17TAF');
  assertNone('Most people exercise in the early morning.', 'morning');
});

test('"by mid-morning", "until late evening": morning and evening with their edge after a preposition, as afternoon', () => {
  // told on Monday 25 March 2019 at 07:30
  const pub = '2019-03-25T07:30:00Z';
  const t = timexOf('Rain will clear by mid-morning, forecasters said.', 'mid-morning', pub);
  assert.deepEqual([t.value, t.mod, t.from, t.to], ['2019-03-25TMO', 'MID', '2019-03-25T07:30', '2019-03-25T12:00']);
  assert.equal(timexOf('Sunny spells are expected by late evening.', 'late evening', pub).value, '2019-03-25TEV');
  // told in the past, a part of the day still ahead of publication is the day before's ("cleared by" is no passive)
  assert.equal(
    timexOf('The rain had stopped by early evening, police said.', 'early evening', pub).value,
    '2019-03-24TEV',
  );
  assert.equal(timexOf('Rain cleared by mid-afternoon.', 'mid-afternoon', pub).value, '2019-03-24TAF');
  // with "on" and its day: one phrase, that day's part
  const friday = timexOf('The rain stopped by early evening on Friday.', 'early evening on Friday', pub);
  assert.deepEqual([friday.value, friday.mod], ['2019-03-22TEV', 'START']);
  // negative: no edge, no preposition, or an agent after "by"
  assertNone('Most people exercise in the morning.', 'morning', pub);
  assertNone('It was a late evening for all of them.', 'evening', pub);
  assert.equal(timexOf('He was stopped by police on Monday.', 'Monday', pub).value, '2019-03-25');
});

test('"the day" stays on the day the story is about when a month is named in between; far away it is publication', () => {
  const text =
    'Stocks rose on Friday. A report released the same day said employers shed jobs in March. ' +
    'The index gained 39 points, ending the day at 8,017.';
  const day = timexOf(text, 'the day');
  assert.equal(day.value, '2016-10-14', 'Friday, not the publication day');
  assert.equal(day.anchor, timexOf(text, 'the same day').id, 'the last day the story placed');
  // negative: a day named many paragraphs back is background; the day is the publication day
  const far = `He was born on May 3, 1950. ${'He studied law in the 1970s and wrote books. '.repeat(25)}Shares ended the day lower.`;
  assert.equal(timexOf(far, 'the day').value, '2016-10-17');
  // negative: a month alone gives "the day" nothing to stay on
  assert.equal(timexOf('Jobs were lost in March. Shares ended the day lower.', 'the day').value, '2016-10-17');
});

test('a date ahead anchors what the story tells of it in the future tense', () => {
  // Published Wednesday 12 October 2016: the meeting is next Monday, its previous day the Sunday before it
  const published = '2016-10-12';
  const text =
    'The leaders will meet on Monday. The previous day, ministers will prepare the agenda. ' +
    'The summit opens on Friday. Two days later, the leaders will sign the accord.';
  assert.equal(timexOf(text, 'Monday', published).value, '2016-10-17');
  assert.equal(timexOf(text, 'The previous day', published).value, '2016-10-16');
  assert.equal(timexOf(text, 'Friday', published).value, '2016-10-14');
  assert.equal(timexOf(text, 'Two days later', published).value, '2016-10-16');
});

test('"the same period of 2023" is the story\'s period in the year written, one timex', () => {
  const text = 'Fourth-quarter revenue fell 12% from the same period of 2023.';
  const published = '2025-03-14';
  const t = timexOf(text, 'the same period of 2023', published);
  assert.equal(t.value, '2023-Q4');
  assert.equal(
    timexOf('Sales rose in March from the corresponding month in 2019.', 'the corresponding month in 2019', published)
      .value,
    '2019-03',
  );
  // negative: "the same period" alone is the story's period
  assert.equal(
    timexOf('Revenue fell in the fourth quarter. Costs rose in the same period.', 'the same period', published).value,
    '2024-Q4',
  );
});

test('"three days later than planned" is the delay of a date, not a date three days on', () => {
  // right after the date it qualifies: that date's value, and no second event
  const text = 'The ferry docks on Nov. 11, four days later than first planned.';
  const delay = timexOf(text, 'four days later', '2016-11-05');
  assert.equal(delay.value, '2016-11-11');
  assert.equal(delay.from, undefined);
  assert.deepEqual(
    extract(text, { published: '2016-11-05' }).events.map((e) => e.from),
    ['2016-11-11'],
  );
  // alone: the length of the delay
  const alone = timexOf('The launch came two weeks later than expected.', 'two weeks later', '2016-11-05');
  assert.equal(alone.type, 'DURATION');
  assert.equal(alone.value, 'P2W');
  assert.equal(alone.from, undefined);
  // negative: without "than" the offset counts on from the story's date
  assert.equal(
    timexOf('The trial opened on Nov. 1. Three days later, it was halted.', 'Three days later', '2016-11-05').value,
    '2016-11-04',
  );
});

test('"The attack came three days after …" counts from the story\'s lead event, not from the last date told', () => {
  const text =
    'A gunman opened fire at a mall on Saturday afternoon. He appeared in court on Monday. ' +
    'The attack came three days after the council cut funding for youth clubs.';
  const t = timexOf(text, 'three days', '2024-10-22');
  assert.deepEqual([t.from, t.to, t.anchor], ['2024-10-16', '2024-10-17', 't1']);
  // a plural subject: "The figures come …"
  const plural = timexOf(
    'The bank posted its results on Tuesday and expects a better spring. The figures come two weeks after a rival cut its outlook.',
    'two weeks',
    '2024-10-23',
  );
  assert.deepEqual([plural.from, plural.to], ['2024-10-08', '2024-10-09']);
  // after the event told again, any clause follows "after", and in capitals too
  for (const text of [
    'The firm unveiled a phone on Tuesday. The launch comes a year after sales of its last model slumped.',
    'THE FIRM UNVEILED A PHONE ON TUESDAY. THE LAUNCH COMES A YEAR AFTER SALES OF ITS LAST MODEL SLUMPED.',
  ]) {
    const year = timexOf(text, text === text.toUpperCase() ? 'A YEAR' : 'a year', '2024-09-10');
    assert.deepEqual([year.from, year.to], ['2023-09-10', '2023-09-11'], text);
  }
  // negative: without the event told again, a bare noun after "after" is no clause to count back from
  assert.equal(timexOf('He rested for a year after surgery.', 'a year', '2024-09-10').from, undefined);
  // negative: a clause that is no restatement of the event counts from the last date, as before
  const last = timexOf(
    'A gunman opened fire at a mall on Saturday. He appeared in court on Monday, three days after his arrest.',
    'three days',
    '2024-10-22',
  );
  assert.deepEqual([last.from, last.to], ['2024-10-18', '2024-10-19']);
  // negative: what follows "after" carries its own date: no count
  const dated = timexOf(
    'The trial opened on Monday. He fled three days after a summons was served on March 4, 2003.',
    'three days',
    '2024-10-22',
  );
  assert.equal(dated.from, undefined);
});

test('"two days after three ministers quit" counts back from a night the story placed, to its day', () => {
  const t = timexOf(
    'The premier survived a vote on Wednesday night, two days after three ministers quit.',
    'two days',
    '2024-11-14',
  );
  assert.deepEqual([t.from, t.to], ['2024-11-11', '2024-11-12']);
});

test('"three hours later" after a clock time counts from that time, to the minute, into the next day', () => {
  const text = 'The quake struck at 11:32 p.m. on Thursday. The warnings were lifted about three hours later.';
  const t = timexOf(text, 'about three hours later', '2024-12-06');
  assert.deepEqual([t.type, t.value, t.mod, t.from], ['TIME', '2024-12-06T02:32', 'APPROX', '2024-12-06T02:32']);
  // negative: after a day, hours later stay on that day
  assert.equal(
    timexOf(
      'The quake struck on Thursday. Three hours later, the warnings were lifted.',
      'Three hours later',
      '2024-12-06',
    ).value,
    '2024-12-05',
  );
});

test('"a week on Saturday", "a fortnight today", "a week tomorrow": weeks after the day', () => {
  const TUE = '2023-11-21';
  assertPlaced('Rovers host the leaders a week on Saturday.', 'a week', 'P1W', '2023-12-02', '2023-12-03', TUE);
  assertPlaced('The verdict is due a fortnight today.', 'a fortnight today', '2023-12-05', undefined, undefined, TUE);
  assertPlaced('Talks resume a week tomorrow.', 'a week tomorrow', '2023-11-29', undefined, undefined, TUE);
  // negative: a length before a noun, a length of days before a weekday
  assertPlaced('They worked a week on the project.', 'a week', 'P1W', undefined, undefined, TUE);
  // a participle nearer than the clause's verb ("the assisted dying bill") does not make the day a past one
  assertPlaced(
    'MPs will vote on the assisted dying bill a week on Saturday, after the Commons agreed on Monday to extend the debate.',
    'a week',
    'P1W',
    '2023-12-02',
    '2023-12-03',
    TUE,
  );
  assert.equal(timexOf('They spent three days Monday to Wednesday in talks.', 'three days', TUE).from, undefined);
});

test('"a month on", "two years on and …": later, counted from the last date told', () => {
  const text =
    'The dam failed in March 2021. A month on, the valley was still flooded. Two years on and farms are empty.';
  // (published in 2024, after all of it: counted on from a date, a present clause lies no later than publication)
  const month = timexOf(text, 'A month on', '2024-05-01');
  assert.equal(month.value, '2021-04');
  assert.equal(month.anchor, 't1');
  assert.equal(timexOf(text, 'Two years on', '2024-05-01').value, '2023-04');
  const day = timexOf('The bridge closed on June 3, 2015. A week on, it reopened.', 'A week on');
  assert.equal(day.value, '2015-06-10');
  // negative: a length of time "on" something, a shift pattern, a week on a day
  assertPlaced('She spent a week on the island in 2015.', 'a week', 'P1W');
  assertPlaced('Crews work four days on, three days off.', 'four days', 'P4D');
  assertPlaced('The crew worked two days on and three days off.', 'two days', 'P2D');
});

test('days counted from a year or a month tell the period their middle moves into', () => {
  // a fortnight before a quake in 1999 is in 1999 (counted from 1 January it was December 1998)
  const text =
    'The region was last hit by a quake this size in 1999. A smaller quake a fortnight earlier did little damage.';
  assert.equal(timexOf(text, 'a fortnight earlier').value, '1999');
  const month = 'The firm collapsed in March 2021. Auditors had raised questions four days earlier.';
  assert.equal(timexOf(month, 'four days earlier').value, '2021-03');
  // negative: a count as long as the period moves on to the next one
  assert.equal(timexOf('The plant opened in 2010. A year later it closed.', 'A year later').value, '2011');
});

test('hours counted on from the story count from its last time, past a month or a year between', () => {
  const text =
    'The decision was announced at 2 p.m. EDT on Wednesday. Rates have been unchanged since December. ' +
    'The chair holds a news conference half an hour later.';
  const later = timexOf(text, 'half an hour later', '2025-03-19T20:00:00Z');
  // in the zone of the time it counts from, and on the axis in UTC
  assert.equal(later.value, '2025-03-19T14:30-04:00');
  assert.equal(later.from, '2025-03-19T18:30');
  assert.match(later.why, /counted from the time in t\d \(2025-03-19T14:00-04:00\)/);
  // negative: days still count from the month just named ("a week later" than December is in December)
  const days = timexOf(
    'The bank cut rates in December 2024. A week later, markets rallied.',
    'A week later',
    '2025-03-19',
  );
  assert.equal(days.value, '2024-12');
});

test("a time counted from a zoned time keeps that zone whatever the article's clock, or with none", () => {
  const text = 'Polls closed at 9 p.m. ET on Tuesday. Two hours later the networks called the race.';
  // a date alone: the axis keeps the time as written
  const dateOnly = timexOf(text, 'Two hours later', '2024-11-06');
  assert.equal(dateOnly.value, '2024-11-05T23:00-05:00');
  assert.equal(dateOnly.from, '2024-11-05T23:00');
  // the article's clock east of the zone, and in the zone itself: the value is the zone's 11 p.m.
  const paris = timexOf(text, 'Two hours later', '2024-11-06T09:00:00+01:00');
  assert.equal(paris.value, '2024-11-05T23:00-05:00');
  assert.equal(paris.from, '2024-11-06T05:00');
  const newYork = timexOf(text, 'Two hours later', '2024-11-06T09:00:00-05:00');
  assert.equal(newYork.value, '2024-11-05T23:00-05:00');
  // earlier too: "an hour earlier" than 9 p.m. Pacific is 8 p.m. Pacific
  const west = timexOf(
    'The count ended at 9 p.m. PT on Tuesday. An hour earlier, turnout was reported.',
    'An hour earlier',
    '2024-11-06',
  );
  assert.equal(west.value, '2024-11-05T20:00-08:00');
  // negative: a time without a zone stays without one
  const plain = timexOf(
    'The vote closed at 9 p.m. on Tuesday. Two hours later, the count ended.',
    'Two hours later',
    '2024-11-06',
  );
  assert.equal(plain.value, '2024-11-05T23:00');
});

test('"that year" names the year last mentioned, though only as a point of comparison', () => {
  const PUB = '2024-06-15';
  const text =
    'It is the largest fire in the county since the 2018 Camp Fire, which burned for days in November of that year.';
  const november = timexOf(text, 'November of that year', PUB);
  assert.equal(november.value, '2018-11');
  assert.equal(november.anchor, 't1');
  assertPlaced(
    'Sales were the highest since 2012. That year, the firm was sold.',
    'That year',
    '2012',
    undefined,
    undefined,
    PUB,
  );
  // negative: "the following year" goes on from the story's own dates, not from a point of comparison
  assertPlaced(
    'The firm was sold in 2015. Its profit was the highest since 2009. The following year, it cut jobs.',
    'The following year',
    '2016',
    undefined,
    undefined,
    PUB,
  );
});

test('"next day" and "next morning" without "the", as British prose writes them, count from the last date', () => {
  assertPlaced('He was detained on Oct. 4 and released next day.', 'next day', '2016-10-05');
  assertPlaced('Troops left on Oct. 4. Next morning, the town was quiet.', 'Next morning', '2016-10-05TMO');
  // a modifier of a noun, and "next week", are not that
  assertNone('The firm offers next day delivery.', 'next day');
  const week = timexOf('The vote is next week.', 'next week');
  assert.equal(week.value, '2016-W43', 'counted from publication');
});

test("days or months counted from a year place nothing: the year is often the story's, not the event's", () => {
  // published Monday 17 Oct 2016
  const days = timexOf('In 2012, the county was not called until two days after the election.', 'two days');
  assert.deepEqual([days.value, days.from, days.to], ['P2D', undefined, undefined]);
  const months = timexOf('The firm was sold in 2009. Seven months after the sale, the plant shut.', 'Seven months');
  assert.equal(months.from, undefined, months.why);
  // negative: a year counted from a year, and days counted from a day, are placed
  // (the length opens its clause, after the year's: the sale two years after the closure told before)
  const years = timexOf('The plant shut in 2009. Two years after the closure, the site was sold.', 'Two years');
  assert.deepEqual([years.from, years.to], ['2011-01-01', '2012-01-01']);
  const day = timexOf('The vote was held on June 10, 2015. It came two days after the debate.', 'two days');
  assert.deepEqual([day.from, day.to], ['2015-06-08', '2015-06-09']);
});

test('"the following week" after a month only tells the month, as "a week later" does', () => {
  // a week after some day of March: March, not the week after the 1st
  const board = 'In March the board met. The following week it resigned.';
  assertPlaced(board, 'The following week', '2016-03', '2016-03-01', '2016-04-01');
  // the middle of the month moved by a week stays in December, not in the new year
  const winter = 'In December 2014 the plant shut. The following week the owners sold it.';
  assertPlaced(winter, 'The following week', '2014-12', '2014-12-01', '2015-01-01');
  // a month after some day of 1990: 1990, not February
  const firm = 'The firm was founded in 1990. The following month it hired its first staff.';
  assertPlaced(firm, 'The following month', '1990', '1990-01-01', '1991-01-01');
});

test('negative: "the following week" after a day or a week is the calendar week after it', () => {
  const day = 'On March 3 the board met. The following week it resigned.';
  assertPlaced(day, 'The following week', '2016-W10', '2016-03-07', '2016-03-14');
  const week = 'Last week the board met. The following week it resigned.';
  assertPlaced(week, 'The following week', '2016-W42', '2016-10-17', '2016-10-24');
  // a year after a month is the next year
  const year = 'In March 2015 the board met. The following year it resigned.';
  assertPlaced(year, 'The following year', '2016', '2016-01-01', '2017-01-01');
});

test('"the following day", "the next morning", "the previous week" after a month only tell the month', () => {
  const board = 'In March the board met. The following day it resigned.';
  assertPlaced(board, 'The following day', '2016-03', '2016-03-01', '2016-04-01');
  const morning = 'In March the board met. The next morning the chairman resigned.';
  assertPlaced(morning, 'The next morning', '2016-03', '2016-03-01', '2016-04-01');
  const before = 'In March the board met. The previous week it had been warned.';
  assertPlaced(before, 'The previous week', '2016-03', '2016-03-01', '2016-04-01');
  // negative: after a day, the day after it
  const day = 'On March 3 the board met. The following day it resigned.';
  assertPlaced(day, 'The following day', '2016-03-04', '2016-03-04', '2016-03-05');
});

test('"the same day" after a month is a day of that month the story does not give, not its first', () => {
  const charged = timexOf('He was arrested in March 2022 and charged the same day.', 'the same day');
  assert.deepEqual([charged.value, charged.from, charged.to], ['2022-03-XX', '2022-03-01', '2022-04-01']);
  const week = timexOf('Sales fell in 2023; the same week, the firm cut jobs.', 'the same week');
  assert.deepEqual([week.value, week.from, week.to], ['2023-WXX', '2023-01-01', '2024-01-01']);
  // negative: after a day it is that day; "the same month a year earlier" moves the month back
  assertPlaced('He was arrested on March 3, 2022 and charged the same day.', 'the same day', '2022-03-03');
  assert.equal(
    timexOf('Sales rose in March 2022, up from the same month a year earlier.', 'the same month a year earlier').value,
    '2021-03',
  );
});

test('hours counted from a day whose time is not told move it by whole days: "72 hours later" than Friday is Monday', () => {
  const PUB = '2024-12-10'; // a Tuesday
  const cases: Array<[string, string, string]> = [
    ['The climber went missing on Friday. He was found alive 72 hours later.', '72 hours later', '2024-12-09'],
    ['The climber went missing on Friday. HE WAS FOUND 48 HOURS LATER.', '48 HOURS LATER', '2024-12-08'],
    ['The ferry sank on Friday. Divers reached it some 30 hours later.', 'some 30 hours later', '2024-12-07'],
    ['The strike ended on Friday; talks had collapsed 36 hours earlier.', '36 hours earlier', '2024-12-05'],
  ];
  for (const [text, phrase, value] of cases) assert.equal(timexOf(text, phrase, PUB).value, value, text);
  // negative: half a day or less stays on the day; a clock time still counts to the minute
  assert.equal(
    timexOf('The ferry sank on Friday. Divers reached it 12 hours later.', '12 hours later', PUB).value,
    '2024-12-06',
  );
  assert.equal(
    timexOf('The ferry sank at 11 p.m. on Friday. Divers reached it 30 hours later.', '30 hours later', PUB).value,
    '2024-12-08T05:00',
  );
});

test('"48 hours ago" in a story dated without a time is two days back', () => {
  assertPlaced('The climber set off 48 hours ago.', '48 hours ago', '2016-10-15');
  assertPlaced('the ward closed 72 hrs ago, staff say', '72 hrs ago', '2016-10-14');
  // negative: a few hours ago is the publication day; with a publication time, the minute
  assertPlaced('The climber set off three hours ago.', 'three hours ago', '2016-10-17');
  assertPlaced(
    'The climber set off 48 hours ago.',
    '48 hours ago',
    '2016-10-15T09:30',
    undefined,
    undefined,
    '2016-10-17T09:30:00Z',
  );
});

test('an offset counted back inside an aside ("Drake, which won 18 hours earlier, lost") is not where the story goes', () => {
  const text =
    'The final was played on Saturday. The hosts, who had beaten Leeds just 18 hours earlier, lost 3-1. ' +
    'The second half was scrappy.';
  const aside = timexOf(text, '18 hours earlier', '2024-12-10');
  assert.equal(aside.value, '2024-12-06');
  assert.equal(timexOf(text, 'The second half', '2024-12-10').value, '2024-12-07');
  // negative: an offset in the main clause moves the story
  const main = 'The final was played on Saturday. Two days earlier, the hosts beat Leeds. The next day they trained.';
  assert.equal(timexOf(main, 'The next day', '2024-12-10').value, '2024-12-06');
});

test('"later" in a past clause with no date before it counts from a date the story does not give', () => {
  for (const [text, phrase, value] of [
    ['The body was found 48 hours later.', '48 hours later', 'XXXX-XX-XX'],
    ['two days later the ferry was towed to port', 'two days later', 'XXXX-XX-XX'],
    ['A YEAR LATER SHE WAS DEAD.', 'A YEAR LATER', 'XXXX'],
    ['The next day, the body was found.', 'The next day', 'XXXX-XX-XX'],
    ['The next morning police made an arrest.', 'The next morning', 'XXXX-XX-XXTMO'],
    ['The following week the club sacked its manager.', 'The following week', 'XXXX-WXX'],
    ['The next year, the company went bankrupt.', 'The next year', 'XXXX'],
    ['A week earlier the team will fly to Leeds.', 'A week earlier', 'XXXX-XX-XX'],
  ] as const) {
    const t = timexOf(text, phrase);
    assert.equal(t.value, value, text);
    assert.equal(t.from, undefined, `${text}: not on the axis`);
  }
  assert.equal(extract('The body was found 48 hours later.', { published: MONDAY }).events.length, 0);
  // negative: after a date told, from that date; ahead in a future clause, or back in a past one, from publication
  assert.equal(
    timexOf('The man vanished on Friday. The body was found two days later.', 'two days later').value,
    '2016-10-16',
  );
  assert.equal(timexOf('The team will return a week later.', 'a week later').value, '2016-10-24');
  assert.equal(timexOf('The club will play Leeds the following week.', 'the following week').value, '2016-W43');
  assert.equal(timexOf('Police were called the previous evening.', 'the previous evening').value, '2016-10-16TEV');
});

test('"the end of that year", "early that month", "the start of the following year": the edge of the named period', () => {
  const PUB = '2024-05-15';
  const text =
    'The plant opened in March 2015. By the end of that year, it employed 400 people. At the start of the following year it was sold.';
  const end = timexOf(text, 'the end of that year', PUB);
  assert.deepEqual([end.value, end.mod, end.from, end.to], ['2015', 'END', '2015-09-01', '2016-01-01']);
  const start = timexOf(text, 'the start of the following year', PUB);
  assert.deepEqual([start.value, start.mod, start.from, start.to], ['2016', 'START', '2016-01-01', '2016-05-01']);
  assertPlaced(
    'Talks began in June 2019. Early that month, a deal looked near.',
    'Early that month',
    '2019-06',
    '2019-06-01',
    '2019-06-11',
    PUB,
  );
  // one stretch with the date before it
  const [fell] = extract('Bus ridership fell 38% between March 2020 and the end of that year.', {
    published: PUB,
  }).events;
  assert.deepEqual([fell!.from, fell!.to], ['2020-03-01', '2021-01-01']);
  // negative: "later that year" is the year, as TimeML gives it
  assertPlaced(
    'The plant opened in March 2015. Later that year, it hired staff.',
    'Later that year',
    '2015',
    '2015-01-01',
    '2016-01-01',
    PUB,
  );
});

test('"A week on", "two years later" with no date before them, told in the present: the story\'s now', () => {
  // published Monday 17 Oct 2016
  assertPlaced('A week on, the town is still counting the cost.', 'A week on', MONDAY, '2016-10-17', '2016-10-18');
  assertPlaced('Two years later, the plant is thriving.', 'Two years later', '2016', '2016-01-01', '2017-01-01');
  assertPlaced('A month on and the roads are still shut.', 'A month on', '2016-10');
  // negative: a date before counts (as before), a past clause has no date to count from, a future one counts ahead
  assertPlaced('The storm hit on Oct. 8. A week on, residents are still without power.', 'A week on', '2016-10-15');
  assert.equal(timexOf('A month on, the coach left the club.', 'A month on').from, undefined);
  assertPlaced('A month on, the council will vote on a relief fund.', 'A month on', '2016-11');
});

test('"Seven months on", told in the present after a date it would count past publication from: the story\'s now', () => {
  // published Monday 17 Oct 2016; Thursday is 13 October, seven months after it is May 2017
  const text = 'Ministers spoke on Thursday. "Seven months on, we are still waiting," one MP said.';
  const t = assertPlaced(text, 'Seven months on', '2016-10', '2016-10-01', '2016-11-01');
  assert.match(t.why, /story's now/);
  assertPlaced('The mill shut on Oct. 3. Two years later the site is a park.', 'Two years later', '2016');
  // negative: a count that ends by publication, and one told of what is to come, count from the date
  assertPlaced('The storm hit on Oct. 8. A week on, residents are still without power.', 'A week on', '2016-10-15');
  assertPlaced('The merger closes on Oct. 20. A year later the firm will list.', 'A year later', '2017');
});

test('"two hours earlier this evening": "earlier" opens the phrase after it, the length stays a length', () => {
  const EVENING = '2024-11-05T22:42:00-05:00';
  const text = 'Voters in Arizona faced waits of up to two hours earlier this evening.';
  assertPlaced(text, 'up to two hours', 'PT2H', undefined, undefined, EVENING);
  assertPlaced(text, 'earlier this evening', '2024-11-05TEV', undefined, undefined, EVENING);
  assertPlaced(
    'Talks stalled for two weeks earlier this month.',
    'earlier this month',
    '2024-11',
    undefined,
    undefined,
    EVENING,
  );
  // negative: an offset that ends its clause, or before another phrase after a comma, still counts
  assertPlaced(
    'The first call came in at 9pm. Two hours later, police arrived.',
    'Two hours later',
    '2024-11-05T23:00',
    undefined,
    undefined,
    EVENING,
  );
  assertPlaced(
    'The bridge closed on June 3, 2015. Two days later, on June 5, it reopened.',
    'Two days later',
    '2015-06-05',
  );
});

test('a length that opens its clause counts from the date told before it: "He died in 2004. Four years after his death, she …"', () => {
  // published Tuesday 14 Nov 2023
  const pub = '2023-11-14';
  const after = timexOf('He died in 2004. Four years after his death, she closed the practice.', 'Four years', pub);
  assert.deepEqual([after.from, after.to], ['2008-01-01', '2009-01-01'], after.why);
  const before = timexOf('The war began in 1939. Two years before the war, he had moved to Paris.', 'Two years', pub);
  assert.deepEqual([before.from, before.to], ['1937-01-01', '1938-01-01'], before.why);
  const days = timexOf(
    'The mill closed on March 3, 2021. And three days after the closure, the owners sold the site.',
    'three days',
    pub,
  );
  assert.deepEqual([days.from, days.to], ['2021-03-06', '2021-03-07'], days.why);
  // negative: in the date's own clause, what follows "after" lies before the date
  const court = timexOf('He appeared in court on Monday, three days after his arrest.', 'three days', pub);
  assert.deepEqual([court.from, court.to], ['2023-11-10', '2023-11-11'], court.why);
  // negative: after the verb, the clause may tell the earlier date's event again ("The move … came a week after")
  const move = timexOf(
    'Egypt voted for the resolution on Oct. 8. The move was a sign of a rift and came a week after a halt to shipments.',
    'a week',
    pub,
  );
  assert.deepEqual([move.from, move.to], ['2023-10-01', '2023-10-02'], move.why);
  // negative: a clause told as done that would fall after publication tells the date's event again
  const fired = timexOf(
    'The club sacked its coach yesterday. Nearly three weeks after the season ended, the owner decided to act.',
    'Nearly three weeks',
    pub,
  );
  assert.deepEqual([fired.from, fired.to], ['2023-10-23', '2023-10-24'], fired.why);
});

test('a length before or after an event an earlier clause told with its date counts from that date: "two weeks before his arrest"', () => {
  // published Friday 16 June 2023
  const pub = '2023-06-16';
  const story =
    'Hale was arrested on Jan. 14, 2021. He was jailed on Thursday. Two weeks before his arrest, he had moved £40,000.';
  const before = timexOf(story, 'Two weeks', pub);
  assert.deepEqual([before.from, before.to, before.anchor], ['2020-12-31', '2021-01-01', 't1'], before.why);
  // "his death" is told by "died"; "the closure" by "closed"
  const death = timexOf(
    'Tom Ellis died in 2004. His widow kept drawing until 2019. A year after his death, she sold the firm.',
    'A year',
    pub,
  );
  assert.deepEqual([death.from, death.to], ['2005-01-01', '2006-01-01'], death.why);
  const closure = timexOf(
    'The mill closed on March 3, 2021. Workers protested on March 20. Three days after the closure, the owners sold it.',
    'Three days',
    pub,
  );
  assert.deepEqual([closure.from, closure.to], ['2021-03-06', '2021-03-07'], closure.why);
  // the clause of each date alone: 2014 tells a re-election, not "his election"
  const election = timexOf(
    'He was elected in 2010 and re-elected in 2014. Two years after his election, he faced a scandal.',
    'Two years',
    pub,
  );
  assert.deepEqual([election.from, election.to], ['2012-01-01', '2013-01-01'], election.why);
  // negative: a bare "-ing" form names another act of the kind, with its own object: the move told again is Wednesday's
  const move = timexOf(
    'Thomas was placed on injured reserve on Wednesday. The club made that move one day after placing Ivory on it.',
    'one day',
    pub,
  );
  assert.deepEqual([move.from, move.to], ['2023-06-13', '2023-06-14'], move.why);
  // counted from a month, the stretch two weeks before it, inside the month (not two weeks before Thursday)
  const coarse = timexOf(
    'Hale was arrested in January 2021. He was jailed on Thursday. Two weeks before his arrest, he had moved £40,000.',
    'Two weeks',
    pub,
  );
  assert.deepEqual([coarse.from, coarse.to], ['2021-01-01', '2021-01-18'], coarse.why);
});

test('"earlier in the day" told in the past is not a day after publication the story named', () => {
  // published Tuesday 16 September 2025, in the evening
  const text =
    'Stocks closed lower on Tuesday as investors awaited the Fed decision on Wednesday afternoon. Retail sales data, released earlier in the day, showed spending rose.';
  assertPlaced(text, 'earlier in the day', '2025-09-16', undefined, undefined, '2025-09-16T21:00:00Z');
  // negative: told in the future, the day ahead the story named
  const ahead = 'The Fed will decide on Wednesday. Earlier in the day, the bank will publish its minutes.';
  assertPlaced(ahead, 'Earlier in the day', '2025-09-17', undefined, undefined, '2025-09-16');
});

test('an age told after a year of birth moves the count on: "Born in 1932 … at the age of 17. Two years later"', () => {
  const born = 'Born in Leeds in 1932, she won a scholarship at the age of 17. Two years later she joined the office.';
  assert.equal(timexOf(born, 'Two years later').value, '1951');
  assert.equal(
    timexOf('She was born in 1950 and left school aged sixteen. Three years later she moved.', 'Three years later')
      .value,
    '1969',
  );
  // the age is no timex
  assert.deepEqual(
    timexes(born).map((t) => t.text),
    ['1932', 'Two years later'],
  );
  // negative: no birth before the year, or a date told after the age
  assert.equal(
    timexOf('The mill opened in 1932. At the age of 17, he joined. Two years later it closed.', 'Two years later')
      .value,
    '1934',
  );
  assert.equal(
    timexOf('Born in 1932, she married in 1955, aged 23. Two years later she left.', 'Two years later').value,
    '1957',
  );
});

test('"the following morning" told in the past is none after publication: the day after an earlier date of the story', () => {
  // published Tuesday 28 October 2025
  const text =
    'The army said it had struck militants late on Monday. Mediators were due to meet again later on Tuesday. ' +
    'A convoy of 600 aid trucks crossed into Gaza the following morning, the U.N. said.';
  const t = timexOf(text, 'the following morning', '2025-10-28');
  assert.equal(t.value, '2025-10-28TMO');
  // negative: told ahead, the morning after the last date; told in the past after a day before publication, that day's
  assert.equal(
    timexOf(
      'Mediators will meet on Tuesday. Aid will cross the following morning.',
      'the following morning',
      '2025-10-28',
    ).value,
    '2025-10-29TMO',
  );
  assert.equal(
    timexOf('Talks began on Sunday. Aid crossed the following morning.', 'the following morning', '2025-10-28').value,
    '2025-10-27TMO',
  );
});
