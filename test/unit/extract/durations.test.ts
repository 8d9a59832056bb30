// Unplaced phrases placed by their clause: rolling periods, present-perfect durations, "the year ended
// X", the first months of a year, "recently" (publication Monday 17 October 2016 unless said).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, type TimelineEvent } from '../../../src/extract/index.js';
import { placeUnplaced } from '../../../src/extract/durations.js';
import type { Timex } from '../../../src/extract/types.js';

const PUBLISHED = '2016-10-17';

/** The event of the timex whose text is `phrase`, or undefined. */
function eventOf(text: string, phrase: string, published = PUBLISHED): TimelineEvent | undefined {
  const list = extract(text, { published });
  const timex = list.timexes.find((t) => t.text === phrase);
  assert.ok(timex, `a timex "${phrase}" in ${JSON.stringify(list.timexes.map((t) => t.text))}`);
  return list.events.find((e) => e.timex === timex.id);
}

test('a present-perfect duration is the stretch up to publication, still going on', () => {
  const e = eventOf('Talks have gone on for three weeks.', 'three weeks');
  assert.ok(e);
  assert.deepEqual(
    [e.from, e.to, e.granularity, e.ongoing, e.mod],
    ['2016-09-27', '2016-10-18', 'week', true, undefined],
  );
  // ("on" is the verb's particle, no preposition of "for three weeks")
  assert.equal(e.label, 'Talks have gone on');
  assert.match(e.why!, /present perfect/);
});

test("negative: a penalty's term in a present perfect starts with the sentence, no stretch up to publication", () => {
  assert.equal(
    eventOf('A care worker has been jailed for two years and eight months.', 'two years and eight months'),
    undefined,
  );
  assert.equal(eventOf('He has been banned from driving for three years.', 'three years'), undefined);
});

test('a rolling period ends at publication; a vague one is three units, approximate', () => {
  const months = eventOf('Prices have risen sharply in recent months.', 'recent months');
  assert.ok(months);
  assert.deepEqual([months.from, months.to, months.mod], ['2016-07-18', '2016-10-18', 'APPROX']);
  const hours = eventOf('In the last 24 hours, the river rose by a metre.', 'the last 24 hours');
  assert.ok(hours);
  assert.deepEqual([hours.from, hours.to, hours.granularity], ['2016-10-17T00:00', '2016-10-18T00:00', 'hour']);
  assert.equal(hours.label, 'The river rose by a metre');
});

test('a rolling period ahead starts after publication', () => {
  const e = eventOf('The bank is expected to cut rates in coming weeks.', 'coming weeks');
  assert.ok(e);
  assert.deepEqual([e.from, e.to, e.mod], ['2016-10-18', '2016-11-08', 'APPROX']);
});

test('"the year ended Sept. 30" ends with that date', () => {
  const e = eventOf('For the year ended Sept. 30, the bakery earned $2 million.', 'the year');
  assert.ok(e);
  assert.deepEqual([e.from, e.to, e.granularity], ['2015-10-01', '2016-10-01', 'year']);
  assert.equal(e.label, 'The bakery earned $2 million');
});

test('the date that ends a period is its end, not an event of its own: one event for "the 12 months to September"', () => {
  for (const [text, phrase, from, to] of [
    ['Prices rose 4% in the 12 months to September.', 'the 12 months', '2015-10-01', '2016-10-01'],
    ['In the year to June, exports fell.', 'the year', '2015-07-01', '2016-07-01'],
    ['For the year ended Sept. 30, the bakery earned $2 million.', 'the year', '2015-10-01', '2016-10-01'],
  ] as const) {
    const list = extract(text, { published: PUBLISHED });
    assert.deepEqual(
      list.events.map((e) => [e.from, e.to]),
      [[from, to]],
      text,
    );
    assert.equal(list.timexes.find((t) => t.id === list.events[0]!.timex)!.text, phrase);
  }
  // "the year to June" is a year-long period, as "the year ended" is; "the year to come" is no such thing
  assert.equal(extract('In the year to June, exports fell.', { published: PUBLISHED }).timexes[0]!.value, 'P1Y');
  assert.notEqual(
    extract('The year to come will be hard, he said in June.', { published: PUBLISHED }).timexes[0]?.value,
    'P1Y',
  );
});

test('the day a named period ended on is its end, no event of its own: "the quarter ended Sept. 30"', () => {
  const list = extract('Net income for the quarter ended Sept. 30 was $84 million.', { published: '2016-10-25' });
  assert.deepEqual(
    list.events.map((e) => [e.from, e.to]),
    [['2016-07-01', '2016-10-01']],
  );
  // negative: a day outside the period is an event of its own; and "this year through Oct. 11" stays one range
  const other = extract('Profit rose in the third quarter, ending a slump, and fell on Oct. 19.', {
    published: '2016-10-25',
  });
  assert.equal(other.events.length, 2);
  const range = extract('The index has gained 4% this year through Oct. 11.', { published: '2016-10-25' });
  assert.deepEqual(
    range.events.map((e) => [e.from, e.to]),
    [['2016-01-01', '2016-10-12']],
  );
});

test('"the first nine months" are those of the latest year in which they were over', () => {
  const e = eventOf('In the first nine months, the mill sold 9,000 tonnes.', 'the first nine months');
  assert.ok(e);
  assert.deepEqual([e.from, e.to], ['2016-01-01', '2016-10-01']);
  const spring = eventOf(
    'In the first nine months, the mill sold 9,000 tonnes.',
    'the first nine months',
    '2016-05-02',
  );
  assert.ok(spring);
  assert.deepEqual([spring.from, spring.to], ['2015-01-01', '2015-10-01']);
});

test('"recently" is the month before publication, approximate', () => {
  const e = eventOf('The mill recently cut its workforce by a third.', 'recently');
  assert.ok(e);
  assert.deepEqual([e.from, e.to, e.mod], ['2016-09-18', '2016-10-18', 'APPROX']);
  assert.equal(e.label, 'The mill cut its workforce by a third');
});

test('negative: "now", "until recently", a bare duration and a past-tense "for" have no place', () => {
  assert.equal(eventOf('Prices are now rising.', 'now'), undefined);
  assert.equal(eventOf('Until recently, the mill had 400 workers.', 'recently'), undefined);
  assert.equal(eventOf('The trip took three weeks.', 'three weeks'), undefined);
  assert.equal(eventOf('He spent six days at sea.', 'six days'), undefined);
  assert.equal(eventOf('The vote came two weeks after the storm.', 'two weeks'), undefined);
});

test('placeUnplaced without a publication date places nothing', () => {
  const t: Timex = { id: 't1', text: 'recent months', start: 0, end: 13, type: 'DURATION', value: 'PXM', why: '' };
  assert.equal(placeUnplaced(t, { text: 'recent months', published: null, tense: 'perfect', next: undefined }), null);
});

test('"the recent sale" is an event before publication; "recent history" is none', () => {
  const sale = eventOf('Shares rose after the recent sale of the mill.', 'recent');
  assert.ok(sale);
  assert.deepEqual([sale.from, sale.to, sale.mod], ['2016-09-18', '2016-10-18', 'APPROX']);
  assert.equal(eventOf('It was the worst flood in recent memory.', 'recent'), undefined);
});

test('a quarter or year that "ended" on a named day is the months up to it: a company\'s fiscal period', () => {
  const published = '2016-10-25';
  const cases: [string, string, string][] = [
    // fiscal: the fourth quarter ended in September, not the calendar's October to December
    ['The grocer said profit for its fiscal fourth quarter ended Sept. 30 rose 9%.', '2016-07-01', '2016-10-01'],
    ['Sales in the quarter ended Aug. 31 slipped 2%.', '2016-06-01', '2016-09-01'],
    // one that ends on a day other than a month's last is a 52-53 week fiscal calendar's: 13 weeks
    ['The chain lost money in the first quarter, which ended on May 28.', '2016-02-28', '2016-05-29'],
    ['Apple said its fiscal fourth quarter, which ended Sept. 24, was a record.', '2016-06-26', '2016-09-25'],
    ['Profit for fiscal 2016, which ended June 30, was a record.', '2015-07-01', '2016-07-01'],
    // one that ends ahead: "which ends in late January" (a month's end closes it)
    ['For the fourth quarter, which ends in late January, it expects sales of $2bn.', '2016-11-01', '2017-02-01'],
  ];
  for (const [text, from, to] of cases) {
    const list = extract(text, { published });
    assert.deepEqual(
      list.events.map((e) => [e.from, e.to]),
      [[from, to]],
      text,
    );
    assert.match(list.events[0]!.why ?? '', /ending/, text);
  }
  // negative: "through" a month counts within the year named; a quarter beside an unrelated day keeps its months
  const through = extract('Sales in 2016 through March rose 4%.', { published });
  assert.deepEqual(
    through.events.map((e) => [e.from, e.to]),
    [['2016-01-01', '2016-04-01']],
  );
  const apart = extract('Profit rose in the third quarter, and the board met on Oct. 19.', { published });
  assert.deepEqual(
    apart.events.map((e) => [e.from, e.to]),
    [
      ['2016-07-01', '2016-10-01'],
      ['2016-10-19', '2016-10-20'],
    ],
  );
});

test('"most recently last November": the date that follows says when, no vague "recently" event beside it', () => {
  const list = extract('The old hospital has been flooded many times, most recently last November.', {
    published: '2025-03-13',
  });
  assert.deepEqual(
    list.events.map((e) => [e.from, e.to]),
    [['2024-11-01', '2024-12-01']],
  );
  // later in the same clause too: "most recently in a radio interview last month"
  const later = extract('She had ruled out a poll, most recently in a radio interview last month.', {
    published: '2025-03-13',
  });
  assert.deepEqual(
    later.events.map((e) => [e.from, e.to]),
    [['2025-02-01', '2025-03-01']],
  );
  // negative: "recently" alone is still the weeks before publication, and so is one whose clause ends first
  assert.equal(extract('The hospital was recently flooded.', { published: '2025-03-13' }).events.length, 1);
  assert.equal(
    extract('Its shares have slumped recently, closing flat on Friday.', { published: '2025-03-13' }).events.length,
    2,
  );
});

test('a range of lengths counted from a date is the stretch between its two ends', () => {
  const spans = (text: string) => extract(text, { published: PUBLISHED }).events.map((e) => [e.from, e.to]);
  // four and three days before Monday 17 October: 13 and 14 October
  assert.deepEqual(spans('The flood hit three or four days ago.'), [['2016-10-13', '2016-10-15']]);
  assert.deepEqual(spans('She sold the farm five or six years ago.'), [['2010-01-01', '2012-01-01']]);
  assert.deepEqual(spans('The mine shut two to three years ago.'), [['2013-01-01', '2015-01-01']]);
  assert.deepEqual(spans('The club folded 7-8 months ago.'), [['2016-02-01', '2016-04-01']]);
  assert.deepEqual(spans('Rebels took the town between two and three weeks ago.'), [['2016-09-26', '2016-10-04']]);
  // counted forward from the story's date
  assert.deepEqual(spans('The siege began on June 3. Aid arrived two or three days later.')[1], [
    '2016-06-05',
    '2016-06-07',
  ]);
  // negative: one length counted back is its own date; a count that runs backwards is no range
  assert.deepEqual(spans('The flood hit four days ago.'), [['2016-10-13', '2016-10-14']]);
  assert.deepEqual(spans('The flood hit four or three days ago.'), [['2016-10-14', '2016-10-15']]);
});

test('a range of lengths counted ahead of publication ("in two to three weeks") runs from its first end to its last', () => {
  const spans = (text: string) => extract(text, { published: PUBLISHED }).events.map((e) => [e.from, e.to]);
  // in three and in four days after Monday 17 October: 20 and 21 October, as "in three days" alone is the 20th
  assert.deepEqual(spans('The report will be out in three or four days.'), [['2016-10-20', '2016-10-22']]);
  assert.deepEqual(spans('The line will reopen in two to three weeks.'), [['2016-10-31', '2016-11-08']]);
  assert.deepEqual(spans('The ferry will return in 10-12 days.'), [['2016-10-27', '2016-10-30']]);
  assert.deepEqual(spans('Rates will rise in two to three years.'), [['2018-01-01', '2020-01-01']]);
  const labels = extract('The line will reopen in two to three weeks.', { published: PUBLISHED }).events;
  assert.equal(labels[0]!.label, 'The line will reopen');
  // (one length ahead is its day, as before)
  assert.deepEqual(spans('The line will reopen in three weeks.'), [['2016-11-07', '2016-11-08']]);
});

test('negative: a range of lengths told in the past, measuring a verb, of hours or within a window is not placed', () => {
  const count = (text: string) => extract(text, { published: PUBLISHED }).events.length;
  assert.equal(count('The line reopened in two to three weeks.'), 0);
  assert.equal(count('The repairs will take two to three weeks.'), 0);
  assert.equal(count('Results will come in two or three hours.'), 0);
  assert.equal(count('A ruling is expected within two to three weeks.'), 0);
  assert.equal(count('The vote will follow after two or three days of debate.'), 0);
});

test('"in the next hour" told on a day with no time has no place; with the time it is the hour after it', () => {
  assert.equal(eventOf('Results are expected in the next hour.', 'the next hour'), undefined);
  assert.equal(eventOf('Results are expected in the next two hours.', 'the next two hours'), undefined);
  const timed = eventOf('Results are expected in the next hour.', 'the next hour', '2016-10-17T09:00');
  assert.deepEqual([timed?.from, timed?.to], ['2016-10-17T09:00', '2016-10-17T10:00']);
  // negative: a day or more of hours ahead still starts after the publication day
  const days = eventOf('Results are expected over the next 48 hours.', 'the next 48 hours');
  assert.deepEqual([days?.from, days?.to], ['2016-10-18T00:00', '2016-10-20T00:00']);
});
