import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, splitSentences, type Timex } from '../../../src/extract/index.js';
import { buildEvents, nextDay } from '../../../src/extract/events.js';

/** A timex over the first occurrence of `phrase` at or after `from` in `text`. */
function timexes(text: string, specs: [string, Partial<Timex>][]): Timex[] {
  let pos = 0;
  return specs.map(([phrase, fields], i) => {
    const start = text.indexOf(phrase, pos);
    assert.ok(start >= 0, phrase);
    pos = start + phrase.length;
    return { id: `t${i + 1}`, text: phrase, start, end: pos, type: 'DATE', value: 'X', why: 'test', ...fields };
  });
}

function events(text: string, specs: [string, Partial<Timex>][], published: string | null = '2016-10-17') {
  return buildEvents(timexes(text, specs), {
    text,
    sentences: splitSentences(text),
    published,
    isCommonWord: () => false,
  });
}

const day = (from: string, to: string): Partial<Timex> => ({ from, to, granularity: 'day' });

test('one event per placeable timex; references, sets and open durations are not events', () => {
  const text =
    'Troops left on Monday. They are now home. Patrols run every week. It took three weeks. Talks end in 2016.';
  const list = events(text, [
    ['Monday', day('2016-10-17', '2016-10-18')],
    ['now', { value: 'PRESENT_REF', from: '2016-10-17', to: '2016-10-18' }],
    ['every week', { type: 'SET', value: 'P1W', from: '2016-10-17', to: '2016-10-24' }],
    ['three weeks', { type: 'DURATION', value: 'P3W' }],
    ['2016', { from: '2016-01-01', to: '2017-01-01', granularity: 'year' }],
  ]);
  assert.deepEqual(
    list.map((e) => [e.id, e.timex, e.from, e.to, e.granularity]),
    [
      ['e1', 't1', '2016-10-17', '2016-10-18', 'day'],
      ['e2', 't5', '2016-01-01', '2017-01-01', 'year'],
    ],
  );
  assert.equal(list[0]!.sentence.text, 'Troops left on Monday.');
  assert.equal(list[0]!.label, 'Troops left on Monday'); // under four words, the phrase stays
});

test('"since X" runs to the end of the publication day and is ongoing', () => {
  const text =
    'Saudi Arabia, which has showered Egypt with aid since President Sisi took power in mid-2013, backs rebels.';
  const [e] = events(text, [['mid-2013', { from: '2013-05-01', to: '2013-09-01', granularity: 'month', mod: 'MID' }]]);
  assert.equal(e!.from, '2013-05-01');
  assert.equal(e!.to, '2016-10-18');
  assert.equal(e!.ongoing, true);
  assert.equal(e!.mod, 'MID');
  assert.equal(e!.label, 'Saudi Arabia has showered Egypt with aid since President Sisi took power');
});

test('"since" a clock time, in a story that gives its time, runs to the minute of publication', () => {
  const text = 'Engineers have restored supplies to 25,000 customers since 5am.';
  const at = (published: string) => extract(text, { published }).events.map((e) => [e.from, e.to, e.ongoing]);
  assert.deepEqual(at('2026-12-07T08:40:00Z'), [['2026-12-07T05:00', '2026-12-07T08:40', true]]);
  // negative: a story dated by its day alone runs to the end of that day, as before
  assert.deepEqual(at('2026-12-07'), [['2026-12-07T05:00', '2026-12-08T00:00', true]]);
});

test('"since" without a publication date stays ongoing on the phrase’s own interval', () => {
  const [e] = events(
    'Prices have risen since 2013.',
    [['2013', { from: '2013-01-01', to: '2014-01-01', granularity: 'year' }]],
    null,
  );
  assert.equal(e!.ongoing, true);
  assert.equal(e!.to, '2014-01-01');
});

test('"since" across a comma or far away does not govern the phrase', () => {
  const text = 'Since the war, the town was rebuilt in 2013.';
  const [e] = events(text, [['2013', { from: '2013-01-01', to: '2014-01-01', granularity: 'year' }]]);
  assert.equal(e!.ongoing, undefined);
  assert.equal(e!.to, '2014-01-01');
});

test('ongoing finer than a day ends at midnight after publication, in date-time form', () => {
  const [e] = events('Crowds have gathered since 9 a.m.', [
    ['9 a.m.', { from: '2016-10-17T09:00', to: '2016-10-17T10:00', granularity: 'hour' }],
  ]);
  assert.equal(e!.to, '2016-10-18T00:00');
});

test('"from X to Y" and "between X and Y" make one event', () => {
  const text = 'The show ran from March to May. Talks were held between 2001 and 2003. He spoke on Monday and Tuesday.';
  const list = events(text, [
    ['March', { from: '2016-03-01', to: '2016-04-01', granularity: 'month' }],
    ['May', { from: '2016-05-01', to: '2016-06-01', granularity: 'month' }],
    ['2001', { from: '2001-01-01', to: '2002-01-01', granularity: 'year' }],
    ['2003', { from: '2003-01-01', to: '2004-01-01', granularity: 'year' }],
    ['Monday', day('2016-10-17', '2016-10-18')],
    ['Tuesday', day('2016-10-18', '2016-10-19')],
  ]);
  assert.deepEqual(
    list.map((e) => [e.timex, e.from, e.to]),
    [
      ['t1', '2016-03-01', '2016-06-01'],
      ['t3', '2001-01-01', '2004-01-01'],
      ['t5', '2016-10-17', '2016-10-18'],
      ['t6', '2016-10-18', '2016-10-19'],
    ],
  );
  assert.equal(list[0]!.label, 'The show ran from March to May');
  assert.equal(list[1]!.label, 'Talks were held between 2001 and 2003');
});

test('"from Thursday into the weekend" is one event; "into" alone joins no range', () => {
  const list = events('Rain is expected from Thursday into the weekend. The talks ran into Monday.', [
    ['Thursday', day('2016-10-20', '2016-10-21')],
    ['the weekend', { from: '2016-10-22', to: '2016-10-24', granularity: 'week' }],
    ['Monday', day('2016-10-17', '2016-10-18')],
  ]);
  assert.deepEqual(
    list.map((e) => [e.timex, e.from, e.to]),
    [
      ['t1', '2016-10-20', '2016-10-24'],
      ['t3', '2016-10-17', '2016-10-18'],
    ],
  );
});

test('a duration with from/to is an event ("now in its sixth year")', () => {
  const text = 'Talks failed to end the conflict, now in its sixth year.';
  const [e] = events(text, [
    [
      'now in its sixth year',
      { type: 'DURATION', value: 'P6Y', from: '2011-01-01', to: '2017-01-01', granularity: 'year' },
    ],
  ]);
  assert.equal(e!.from, '2011-01-01');
  assert.equal(e!.label, 'The conflict, now in its sixth year');
});

test('a phrase outside any sentence span still gets an event', () => {
  const [e] = events('2016', [['2016', { from: '2016-01-01', to: '2017-01-01', granularity: 'year' }]]);
  assert.equal(e!.sentence.text, '2016');
  assert.ok(e!.label.length > 0);
});

test('timexes inside the excluded dateline are not events', () => {
  const text = 'CAIRO, Oct 17 (Reuters) - Talks ended on Monday.';
  const list = buildEvents(
    timexes(text, [
      ['Oct 17', day('2016-10-17', '2016-10-18')],
      ['Monday', day('2016-10-17', '2016-10-18')],
    ]),
    {
      text,
      sentences: splitSentences(text),
      published: '2016-10-17',
      excluded: { start: 0, end: 25 },
      isCommonWord: () => false,
    },
  );
  assert.deepEqual(
    list.map((e) => e.timex),
    ['t2'],
  );
});

test('nextDay rolls months, years and leap days in UTC', () => {
  assert.equal(nextDay('2016-10-17'), '2016-10-18');
  assert.equal(nextDay('2016-02-28'), '2016-02-29');
  assert.equal(nextDay('2015-12-31'), '2016-01-01');
  assert.equal(nextDay('0099-12-31'), '0100-01-01');
  assert.equal(nextDay('2016-10-17T14:30'), '2016-10-18');
});

test('labels and actors in a long sentence with many dates stay bounded', () => {
  const text = Array.from({ length: 2000 }, (_, i) => `the army moved on day ${i}`).join(' and ');
  const specs: [string, Partial<Timex>][] = Array.from({ length: 200 }, (_, i) => [
    `day ${i} `,
    day('2016-10-17', '2016-10-18'),
  ]);
  const list = events(text, specs);
  assert.equal(list.length, 200);
  for (const e of list) assert.ok(e.label.split(' ').length <= 14, e.label);
});

test('a past event inside the current period ends at publication; the timex keeps its value', () => {
  const text = 'The mayor visited the plant this month. The plant will reopen this month.';
  const month = { value: '2016-10', from: '2016-10-01', to: '2016-11-01', granularity: 'month' as const };
  const list = events(text, [
    ['this month', month],
    ['this month', month],
  ]);
  assert.deepEqual(
    list.map((e) => [e.from, e.to]),
    [
      ['2016-10-01', '2016-10-18'],
      ['2016-10-17', '2016-11-01'],
    ],
  );
  assert.match(list[0]!.why!, /past tense, so by publication/);
  assert.match(list[1]!.why!, /future tense, so from publication/);
});

test('a duration measuring the verb of a placed event gives that event its length', () => {
  const text = 'A five-day strike began on Monday.';
  const list = events(text, [
    ['five-day', { type: 'DURATION', value: 'P5D' }],
    ['Monday', day('2016-10-10', '2016-10-11')],
  ]);
  assert.deepEqual(
    list.map((e) => [e.timex, e.from, e.to]),
    [['t2', '2016-10-10', '2016-10-15']],
  );
  assert.match(list[0]!.why!, /lasting 5 days/);
  // negative: a length after "after", "following" or "before" is of what came before or after the event
  for (const sentence of [
    'After a two-week delay, the launch is now set for March 30.',
    'Following a three-day hearing, the verdict is due on March 30.',
  ]) {
    const [launch] = extract(sentence, { published: '2022-02-10' }).events;
    assert.deepEqual([launch!.from, launch!.to], ['2022-03-30', '2022-03-31'], sentence);
  }
  // a time's event lasts the length to the minute: "for 48 hours from midnight on Friday"
  const timed = events('Drivers will walk out for 48 hours from midnight on Friday.', [
    ['48 hours', { type: 'DURATION', value: 'PT48H' }],
    ['midnight on Friday', { type: 'TIME', from: '2024-07-27T00:00', to: '2024-07-27T00:01', granularity: 'minute' }],
  ]);
  assert.deepEqual([timed[0]!.from, timed[0]!.to], ['2024-07-27T00:00', '2024-07-29T00:00']);
  assert.match(timed[0]!.why!, /lasting 48 hours/);
  const minutes = events('Police shut the bridge for 90 minutes at 3pm on Monday.', [
    ['90 minutes', { type: 'DURATION', value: 'PT90M' }],
    ['3pm on Monday', { type: 'TIME', from: '2024-07-22T15:00', to: '2024-07-22T16:00', granularity: 'hour' }],
  ]);
  assert.equal(minutes[0]!.to, '2024-07-22T16:30');
  // counted by the calendar: two decades from 1962 end with 1981, not 7,300 days on
  const years = events('Founded in 1962, the firm grew for two decades.', [
    ['1962', { from: '1962-01-01', to: '1963-01-01', granularity: 'year' }],
    ['two decades', { type: 'DURATION', value: 'P20Y' }],
  ]);
  assert.deepEqual([years[0]!.from, years[0]!.to], ['1962-01-01', '1982-01-01']);
  assert.match(years[0]!.why!, /lasting 20 years/);
  // negative: a duration of another verb leaves the event as it is
  const other = events('The strike began on Monday and the talks took five days.', [
    ['Monday', day('2016-10-10', '2016-10-11')],
    ['five days', { type: 'DURATION', value: 'P5D' }],
  ]);
  assert.deepEqual([other[0]!.from, other[0]!.to], ['2016-10-10', '2016-10-11']);
  // negative: a range has its end written; a length of the same verb does not move it
  const ranged = extract('He was jailed for six years for rigging rates between 2006 and 2010.', {
    published: '2016-11-03',
  }).events;
  assert.deepEqual(
    ranged.map((e) => [e.from, e.to]),
    [['2006-01-01', '2011-01-01']],
  );
  // hours that make whole days count as days: a 48-hour walkout from Tuesday ends with Wednesday
  const hours = events('Drivers will walk out for 48 hours on Tuesday.', [
    ['48 hours', { type: 'DURATION', value: 'PT48H' }],
    ['Tuesday', day('2016-10-18', '2016-10-19')],
  ]);
  assert.deepEqual([hours[0]!.from, hours[0]!.to], ['2016-10-18', '2016-10-20']);
  assert.match(hours[0]!.why!, /lasting 48 hours/);
});

test('"will hold a 48-hour strike from 6am on Saturday": the length of the noun the date opens lasts from it', () => {
  // told on Tuesday 10 February 2026
  const spans = (text: string) =>
    extract(text, { published: '2026-02-10T19:00:00Z' }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(spans('The union will hold a 48-hour strike from 6am on Saturday.'), [
    ['2026-02-14T06:00', '2026-02-16T06:00'],
  ]);
  assert.deepEqual(spans('Staff will stage a five-day walkout starting on Monday.'), [['2026-02-16', '2026-02-21']]);
  // negative: a length of a noun the date does not open leaves the verb's event as it is
  assert.deepEqual(spans('He will visit the site of a 12-day siege on Saturday.'), [['2026-02-14', '2026-02-15']]);
  assert.deepEqual(spans('She wrote about a two-week strike from her home on Saturday.'), [
    ['2026-02-07', '2026-02-08'],
  ]);
});

test('"began on Monday and lasted three days": the length of the verb joined to the dated one lasts from the date', () => {
  // told on Friday 13 February 2026 at 10:35
  const spans = (text: string) =>
    extract(text, { published: '2026-02-13T10:35:00Z' }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(spans('The strike began on Monday and lasted three days.'), [['2026-02-09', '2026-02-12']]);
  assert.deepEqual(spans('The march set off at noon on Tuesday and went on for more than five hours.'), [
    ['2026-02-10T12:00', '2026-02-10T17:00'],
  ]);
  // said ahead, the length runs past publication
  assert.deepEqual(spans('The talks opened on Monday and will run for two weeks.'), [['2026-02-09', '2026-02-23']]);
  // negative: a length of another subject's verb ("and the outage lasted"), or no "and" joining the two
  assert.deepEqual(spans('The storm hit on Monday and the outage lasted three days.'), [['2026-02-09', '2026-02-10']]);
  assert.deepEqual(spans('The storm hit on Monday; power cuts lasted three days.'), [['2026-02-09', '2026-02-10']]);
});

test('"for 48 hours from Tuesday" is a stretch that starts on Tuesday, not a date two days after it', () => {
  const list = extract('Drivers will walk out for 48 hours from next Tuesday, the union said.', {
    published: '2023-03-09',
  });
  assert.deepEqual(
    list.events.map((e) => [e.from, e.to]),
    [['2023-03-14', '2023-03-16']],
  );
  // negative: without "for" the length counts from the day ("a week after Christmas" is New Year's Day)
  const offset = extract('The shop reopened a week after Christmas.', { published: '2023-03-09' });
  assert.deepEqual(
    offset.events.map((e) => [e.from, e.to]),
    [['2023-01-01', '2023-01-02']],
  );
});

test('"will last 48 hours from 6am", "the five years from April 2027": stretches that start on the date', () => {
  const PUB = '2026-12-02';
  const spans = (text: string) => extract(text, { published: PUB }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(spans('The strike will last 48 hours from 6am on Thursday.'), [
    ['2026-12-03T06:00', '2026-12-05T06:00'],
  ]);
  assert.deepEqual(spans('The plan covers the five years from April 2027.'), [['2027-04-01', '2032-04-01']]);
  assert.deepEqual(spans('The strike will last three days from Monday.'), [['2026-12-07', '2026-12-10']]);
  // negative: "the three months to October" is the period October ends, not three months from it
  assert.deepEqual(spans('Revenue in the three months to October fell 9%.'), [['2026-08-01', '2026-11-01']]);
  // and a length with no "the" nor a verb of lasting counts from the day
  assert.deepEqual(spans('The bridge will reopen two weeks from Monday.'), [['2026-12-21', '2026-12-22']]);
});

test('every event says why; a descriptive date makes a background event', () => {
  const text = 'The council will replace the 1930s steel span. Talks collapsed on Sunday.';
  const list = events(text, [
    ['1930s', { value: '193', from: '1930-01-01', to: '1940-01-01', granularity: 'decade' }],
    ['Sunday', day('2016-10-16', '2016-10-17')],
  ]);
  assert.deepEqual(
    list.map((e) => [e.label, e.background ?? false]),
    [
      ['The 1930s steel span', true],
      ['Talks collapsed on Sunday', false],
    ],
  );
  for (const e of list) assert.match(e.why!, /^“(?:1930s|Sunday)” .+\.$/);
});

test('"since" after an ordinal or superlative counts back to an event; nothing goes on from it', () => {
  const text = 'The first ferry since the strike began on Monday reached the islands.';
  const [e] = events(text, [['Monday', { from: '2016-10-17', to: '2016-10-18', granularity: 'day' }]]);
  assert.equal(e!.ongoing, undefined);
  assert.equal(e!.to, '2016-10-18');
  assert.equal(e!.label, 'The strike began');
  const [biggest] = events('Shares posted their biggest gain since 2009.', [
    ['2009', { from: '2009-01-01', to: '2010-01-01', granularity: 'year' }],
  ]);
  assert.equal(biggest!.ongoing, undefined);
  // negative: "under arrest since Monday" goes on
  const [arrest] = events('He has been under arrest since Monday.', [
    ['Monday', { from: '2016-10-17', to: '2016-10-18', granularity: 'day' }],
  ]);
  assert.equal(arrest!.ongoing, true);
});

test('an event dated twice in one sentence is one event', () => {
  const { events } = extract('Mr. Smith died Saturday, July 24, 2004, at his home. The vote followed on Monday.', {
    published: '2004-08-01',
  });
  assert.deepEqual(
    events.map((e) => [e.id, e.from, e.label]),
    [
      ['e1', '2004-07-24', 'Mr. Smith died at his home'],
      ['e2', '2004-07-26', 'The vote followed on Monday'],
    ],
  );
  // negative: two phrases of one sentence that date different events stay two
  assert.equal(extract('Talks began on Monday and ended on Friday.', { published: '2004-08-01' }).events.length, 2);
});

test('an event dated by a day and, apart, by a finer time of that day is one event, at the finer time', () => {
  const published = '2009-02-02T09:00';
  const dated = (text: string) => extract(text, { published }).events.map((e) => [e.from, e.to, e.label]);
  assert.deepEqual(dated('Sunday, for the second time in a month, a player was arrested at 3am near the stadium.'), [
    ['2009-02-01T03:00', '2009-02-01T04:00', 'A player was arrested near the stadium'],
  ]);
  // a week and a day of it (told on Saturday 31 January)
  assert.deepEqual(
    extract('This week, for the first time, the band played live on Thursday.', { published: '2009-01-31' }).events.map(
      (e) => [e.from, e.to],
    ),
    [['2009-01-29', '2009-01-30']],
  );
  // negative: a stretch and a day in it stay two ("over the last four months … Friday")
  assert.equal(
    dated('Over the past four months the economy has been adding jobs, and on Friday it added more.').length,
    2,
  );
  // negative: a year and a quarter of it are as often two events of the same words
  assert.equal(dated('The firm lost $4 billion in the fourth quarter and $8 billion in 2008.').length, 2);
});

test('a sentence in capitals gets its labels from the sentence in lower case, in sentence case', () => {
  const list = extract('THE PREMIER RESIGNED ON MONDAY. THE ELECTION WILL BE HELD ON JUNE 3, OFFICIALS SAID.', {
    published: '2025-01-15',
  });
  assert.deepEqual(
    list.events.map((e) => e.label),
    ['The premier resigned', 'The election will be held'],
  );
  // the sentence itself is kept as written
  assert.equal(list.events[0]!.sentence.text, 'THE PREMIER RESIGNED ON MONDAY.');
  // negative: a sentence with lower-case letters is read as written
  assert.equal(
    extract('The Premier resigned on Monday.', { published: '2025-01-15' }).events[0]!.label,
    'The Premier resigned',
  );
});

test('a date said twice, "today (Nov. 3)", is one event; "the same year" that opens a clause keeps its own', () => {
  const once = extract('The report was released today (Nov. 3), officials said.', { published: '2022-11-04' });
  assert.deepEqual(
    once.events.map((e) => [e.from, e.label]),
    [['2022-11-03', 'The report was released']],
  );
  const two = extract('The hall was built in 1935, the same year the first settlers arrived.', {
    published: '2022-11-04',
  });
  assert.equal(two.events.length, 2);
});

test('"from 2011 until his dismissal in March 2018" is one range, closed by the event that ends it', () => {
  const list = extract('Alan Price, 58, led the trust from 2011 until his dismissal in March 2018.', {
    published: '2022-11-03',
  });
  assert.deepEqual(
    list.events.map((e) => [e.from, e.to, e.label]),
    [['2011-01-01', '2018-04-01', 'Alan Price led the trust']],
  );
  // negative: a clause, not an event noun, between the dates: two events
  const two = extract('He joined the board in 2011 until it was sold, and resigned in March 2018.', {
    published: '2022-11-03',
  });
  assert.equal(two.events.length, 2);
});

test('what a past verb said would happen is not cut at publication: "said revenue for the fourth quarter would be"', () => {
  const ahead = extract('The company said revenue for the fourth quarter would be about $3.2 billion.', {
    published: '2022-10-26',
  });
  assert.deepEqual(
    ahead.events.map((e) => [e.from, e.to]),
    [['2022-10-01', '2023-01-01']],
  );
  // negative: what it said happened in the quarter under way ended by publication
  const past = extract('The company said revenue in the fourth quarter rose 4%.', { published: '2022-10-26' });
  assert.deepEqual(
    past.events.map((e) => [e.from, e.to]),
    [['2022-10-01', '2022-10-27']],
  );
});

test('a day after "the week to", "the week ended" ends a week: the event is the seven days', () => {
  const deaths = events('There were 140 excess deaths in the week to 14 July.', [
    ['14 July', day('2024-07-14', '2024-07-15')],
  ]);
  assert.deepEqual([deaths[0]!.from, deaths[0]!.to], ['2024-07-08', '2024-07-15']);
  const claims = events('Jobless claims rose in the week ended Saturday.', [
    ['Saturday', day('2024-07-13', '2024-07-14')],
  ]);
  assert.equal(claims[0]!.from, '2024-07-07');
  // negative: a day a week is counted from is its own day
  const after = events('Talks resumed in the week after 14 July.', [['14 July', day('2024-07-14', '2024-07-15')]]);
  assert.equal(after[0]!.from, '2024-07-14');
});

test('a day after "the run-up to", "the days leading up to", "the weeks before" ends the stretch that leads to it', () => {
  const run = events('Sales rose in the run-up to Christmas.', [['Christmas', day('2023-12-25', '2023-12-26')]]);
  assert.deepEqual([run[0]!.from, run[0]!.to], ['2023-11-27', '2023-12-25']);
  assert.match(run[0]!.why!, /28 days leading up to Christmas/);
  const days = events('Turnout fell in the days leading up to the vote on Friday.', [
    ['Friday', day('2024-07-12', '2024-07-13')],
  ]);
  assert.deepEqual([days[0]!.from, days[0]!.to], ['2024-07-05', '2024-07-12']);
  // the run-up's words go with the phrase: "leading" is no verb of the label
  assert.match(days[0]!.label, /^Turnout fell/);
  const weeks = events('Prices climbed in the weeks before Christmas.', [
    ['Christmas', day('2023-12-25', '2023-12-26')],
  ]);
  assert.equal(weeks[0]!.from, '2023-11-27');
  // negative: "up to" a day with no run-up, and the days after one
  const upTo = events('He ran up to Christmas.', [['Christmas', day('2023-12-25', '2023-12-26')]]);
  assert.deepEqual([upTo[0]!.from, upTo[0]!.to], ['2023-12-25', '2023-12-26']);
  const after = events('Prices fell in the days after Christmas.', [['Christmas', day('2023-12-25', '2023-12-26')]]);
  assert.equal(after[0]!.from, '2023-12-25');
});

test('a range of years after "since" opens a stretch that runs up to now', () => {
  const text = 'Income tax thresholds have not risen since 2021-22, officials said.';
  const events = extract(text, { published: '2024-10-27' }).events;
  assert.deepEqual(
    events.map((e) => [e.from, e.to, e.ongoing]),
    [['2021-01-01', '2024-10-28', true]],
  );
  // negative: without "since", the range is both years
  assert.deepEqual(
    extract('Borrowing in 2021-22 was high.', { published: '2024-10-27' }).events.map((e) => [e.from, e.to]),
    [['2021-01-01', '2023-01-01']],
  );
});

test('a length in millennia or decades measures the event it dates', () => {
  const events = extract('The dynasty ruled for a millennium from 1020.', { published: '2024-01-10' }).events;
  assert.deepEqual(
    events.map((e) => [e.from, e.to]),
    [['1020-01-01', '2020-01-01']],
  );
  assert.match(events[0]!.why!, /lasting 1 millennium/);
});

test('a state that lasts until a date runs from publication to that date; what happens then does not', () => {
  // told on Wednesday 12 March 2025
  const published = '2025-03-12';
  const span = (text: string) => extract(text, { published }).events.map((e) => [e.label, e.from, e.to]);
  const [closed] = extract('The bridge will stay closed until Friday, the council said.', { published }).events;
  assert.deepEqual([closed!.from, closed!.to], ['2025-03-12', '2025-03-15']);
  assert.match(closed!.why!, /until then, from publication/);
  assert.deepEqual(span('Fares are frozen till the end of June.')[0]!.slice(1), ['2025-03-12', '2025-07-01']);
  // "through" a date, as "until" it
  assert.deepEqual(span('Schools will stay shut through Friday, the governor said.')[0]!.slice(1), [
    '2025-03-12',
    '2025-03-15',
  ]);
  assert.deepEqual(span('The discount runs through June.')[0]!.slice(1), ['2025-03-12', '2025-07-01']);
  // "through" or "until" the end of a period, or an event, that the date places
  assert.deepEqual(span('Output stays flat through the end of its fiscal year in June.')[0]!.slice(1), [
    '2025-03-12',
    '2025-07-01',
  ]);
  assert.deepEqual(span('The offer is valid until the close of business on Friday.')[0]!.slice(1), [
    '2025-03-12',
    '2025-03-15',
  ]);
  assert.deepEqual(span('The coach will stay on until his retirement in May.')[0]!.slice(1), [
    '2025-03-12',
    '2025-06-01',
  ]);
  // a modal or no verb at all ("could be without power", a headline's "IN FORCE"): the label gives no tense
  assert.deepEqual(span('Thousands could be without power until Friday.')[0]!.slice(1), ['2025-03-12', '2025-03-15']);
  assert.deepEqual(
    extract('STORM WARNING IN FORCE UNTIL 9PM TONIGHT', { published: '2025-03-12T10:00:00Z' }).events.map((e) => [
      e.from,
      e.to,
    ]),
    [['2025-03-12T10:00', '2025-03-12T21:00']],
  );
  // a clock time of a later day ends a stretch even with no time of publication
  assert.deepEqual(span('A yellow warning remains in place until midnight on Friday.')[0]!.slice(1), [
    '2025-03-12T00:00',
    '2025-03-15T00:00',
  ]);
  // "until late on" a day, as "until" it
  assert.deepEqual(span('The talks would run until late on Friday, the ministry said.')[0]!.slice(1), [
    '2025-03-12',
    '2025-03-15',
  ]);
  // not a state: the date is when it happens
  for (const [text, from] of [
    ['The bridge will not reopen until Friday.', '2025-03-14'],
    ['The talks will not end until late on Friday.', '2025-03-14'],
    ['The judge spoke before postponing the testimony of the witness until Friday.', '2025-03-14'],
    ["The board won't decide until June.", '2025-06-01'],
    ['The vote has been postponed until Friday.', '2025-03-14'],
    ['Delivery will be delayed until Friday.', '2025-03-14'],
    ['The bridge stayed closed until March 3.', '2025-03-03'],
    ['The storm moved through Friday night.', '2025-03-07T20:00'],
    ['Fans will march through the city on Friday.', '2025-03-14'],
    ['The mine will not reopen until the end of the season in May.', '2025-05-01'],
    ['The plant stayed open through the end of its fiscal year in January.', '2025-01-01'],
  ] as const) {
    const [event] = extract(text, { published }).events;
    assert.equal(event?.from, from, text);
    assert.doesNotMatch(event!.why!, /until then/, text);
  }
});

test('a state that lasts until a clock time runs from the minute of publication, when the story gives it', () => {
  // told on Monday 7 December 2026 at 10:50
  const span = (text: string, published = '2026-12-07T10:50') =>
    extract(text, { published }).events.map((e) => [e.from, e.to]);
  // the clock time ends the stretch when it begins, as it ends a range
  assert.deepEqual(span('The motorway will stay shut until at least midday.'), [
    ['2026-12-07T10:50', '2026-12-07T12:00'],
  ]);
  assert.deepEqual(span('The shop stays open until 9pm tonight.'), [['2026-12-07T10:50', '2026-12-07T21:00']]);
  assert.deepEqual(span('The warning is in force until 6pm, forecasters said.', '2026-12-07T10:50-05:00'), [
    ['2026-12-07T10:50', '2026-12-07T18:00'],
  ]);
  // not what happens then
  assert.deepEqual(span('Police will not reopen the road until 4pm.'), [['2026-12-07T16:00', '2026-12-07T17:00']]);
  assert.deepEqual(span('The vote has been postponed until 3pm.'), [['2026-12-07T15:00', '2026-12-07T16:00']]);
  // a story dated by its day alone: no minute to start from, so the clock time alone
  assert.deepEqual(span('The motorway will stay shut until midday.', '2026-12-07'), [
    ['2026-12-07T12:00', '2026-12-07T12:01'],
  ]);
});

test('a state that lasts until a time on a day the story placed ahead runs from the date that placed it', () => {
  // told on Wednesday 20 November 2024 at 11:00
  const published = '2024-11-20T11:00:00Z';
  const spans = (text: string) => extract(text, { published }).events.map((e) => [e.label, e.from, e.to]);
  const [, bags] = spans('Collection starts on Thursday at 8am. Residents can pick up bags until 7pm.');
  assert.deepEqual(bags, ['Residents can pick up bags', '2024-11-21T08:00', '2024-11-21T19:00']);
  const [, shut] = spans('The road closes on Monday. It will stay shut until the following Friday.');
  assert.deepEqual(shut, ['It will stay shut', '2024-11-25', '2024-11-30']);
  // negative: a date the story placed before publication opens nothing; the stretch starts at publication
  const [, open] = spans('The shop opened at 9am today. It stays open until 7pm.');
  assert.deepEqual(open!.slice(1), ['2024-11-20T11:00', '2024-11-20T19:00']);
  // negative: a phrase that counts from no earlier date runs from publication
  assert.deepEqual(spans('The offer is valid until Friday.'), [['The offer is valid', '2024-11-20', '2024-11-23']]);
});

test('what would have held until a date, and did not, is no stretch from publication', () => {
  // told on Saturday 30 November 2024
  const published = '2024-11-30T03:00:00-05:00';
  const span = (text: string) => extract(text, { published }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(span('Johnson abandoned a plan that would have funded agencies until March.'), [
    ['2025-03-01', '2025-04-01'],
  ]);
  assert.deepEqual(span("The deal wouldn't have kept prices frozen until 2026 anyway."), [
    ['2026-01-01', '2027-01-01'],
  ]);
  // negative: what will, or was said would, hold until then is a stretch from publication
  assert.deepEqual(span('The plan will keep agencies funded until March.'), [['2024-11-30', '2025-04-01']]);
  assert.deepEqual(span('Officials said the bridge would stay closed until March.'), [['2024-11-30', '2025-04-01']]);
  assert.deepEqual(span('Staff may have to work until March.'), [['2024-11-30', '2025-04-01']]);
  assert.deepEqual(span('The firm said it would have staff on site until March.'), [['2024-11-30', '2025-04-01']]);
});

test('a state that goes on "into" a date runs from publication to that date, as "until" it does', () => {
  // told on Monday 14 December 2026
  const published = '2026-12-14';
  const span = (text: string) => extract(text, { published }).events.map((e) => [e.from, e.to]);
  const [disruption] = extract('Disruption is expected to continue into the morning of Friday Dec. 18.', {
    published,
  }).events;
  assert.deepEqual([disruption!.from, disruption!.to], ['2026-12-14T00:00', '2026-12-18T12:00']);
  assert.match(disruption!.why!, /until then, from publication/);
  assert.deepEqual(span('The cold snap will last into Wednesday.'), [['2026-12-14', '2026-12-17']]);
  assert.deepEqual(span('Talks will drag on into next week.'), [['2026-12-14', '2026-12-28']]);
  assert.deepEqual(span('Repairs are set to run well into the evening of Thursday Dec. 17.'), [
    ['2026-12-14T00:00', '2026-12-17T22:00'],
  ]);
  // not a state going on: what happens that day, or a past run
  for (const [text, from] of [
    ['Fans will stream into the stadium on Friday.', '2026-12-18'],
    ['The company ran into trouble on Friday.', '2026-12-11'],
    ['The strike continued into Friday.', '2026-12-11'],
    ['The firm will run into the deadline on Friday.', '2026-12-18'],
  ] as const) {
    const [event] = extract(text, { published }).events;
    assert.equal(event?.from, from, text);
    assert.doesNotMatch(event!.why!, /until then/, text);
  }
});

test('a modal of what may be before a verb of going on "into" a date: from publication, as "will"', () => {
  const published = '2026-12-14';
  const span = (text: string) => extract(text, { published }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(span('Talks could drag on into May.'), [['2026-12-14', '2027-06-01']]);
  assert.deepEqual(span('The dispute may well last into February.'), [['2026-12-14', '2027-03-01']]);
  assert.deepEqual(span('Disruption might continue into the spring.'), [['2026-12-14', '2027-06-01']]);
  // negative: what happens then, and a modal of the past, are not a stretch from publication
  assert.deepEqual(span('Talks could run into trouble in May.'), [['2027-05-01', '2027-06-01']]);
  assert.deepEqual(span('The firm could start building in May.'), [['2027-05-01', '2027-06-01']]);
  for (const text of ['Talks could have dragged on into May.', 'Talks dragged on into May.']) {
    const [event] = extract(text, { published }).events;
    assert.doesNotMatch(event!.why!, /until then/, text);
  }
});

test('two clock times joined by "to" are one span; a time moved to another is not', () => {
  // told on Monday 3 November 2025
  const published = '2025-11-03T09:00:00-05:00';
  const spans = (text: string) => extract(text, { published }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(spans('Polls will be open 7 a.m. to 8 p.m. Tuesday.'), [['2025-11-04T07:00', '2025-11-04T20:00']]);
  assert.deepEqual(spans('The library opens 3:30 to 6 PM on Wednesday.'), [['2025-11-05T15:30', '2025-11-05T18:00']]);
  // a time moved is no span: the time it was moved to, on the day (one event, dated by both)
  assert.deepEqual(spans('The kickoff on Saturday was moved 7 p.m. to 8 p.m.'), [
    ['2025-11-01T20:00', '2025-11-01T21:00'],
  ]);
});

test('two days written with their months and joined by "to" are one span, across months and years', () => {
  // told on Monday 3 November 2025
  const published = '2025-11-03';
  const spans = (text: string) => extract(text, { published }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(spans('The carnival runs Feb. 27 to March 2.'), [['2026-02-27', '2026-03-03']]);
  assert.deepEqual(spans('The market will open 30 December to 3 January.'), [['2025-12-30', '2026-01-04']]);
  assert.deepEqual(spans('The exhibition ran Aug. 30 until Sept. 4.'), [['2025-08-30', '2025-09-05']]);
  assert.deepEqual(spans('Roadworks ran Dec. 29, 2024 to Jan. 3, 2025.'), [['2024-12-29', '2025-01-04']]);
  // written with "from", "through" or a dash they already were
  assert.deepEqual(spans('Talks ran from Oct. 29 through Nov. 1.'), [['2025-10-29', '2025-11-02']]);
  // negative: a day and a month, a month and a bare number are no such pair; a date moved to another is no span
  assert.equal(spans('Sales rose in March to 40 units on April 3.').length, 2);
  // (the date moved to lies ahead, as after "moved the vote to")
  assert.deepEqual(spans('The board moved the vote Feb. 27 to March 6.'), [['2026-03-06', '2026-03-07']]);
});

test('a date or a time moved to another is one event on the new one, labelled with both', () => {
  // told on Monday 3 November 2025
  const published = '2025-11-03T09:00:00-05:00';
  const list = (text: string) => extract(text, { published }).events.map((e) => [e.label, e.from, e.to]);
  // (the date moved to lies ahead, as after "postponed the hearing to")
  assert.deepEqual(list('The derby was moved from Saturday to Sunday because of the storm.'), [
    ['The derby was moved from Saturday to Sunday', '2025-11-09', '2025-11-10'],
  ]);
  assert.deepEqual(list('The regulator postponed the hearing from March to June.'), [
    ['The regulator postponed the hearing from March to June', '2026-06-01', '2026-07-01'],
  ]);
  assert.deepEqual(list('Organisers moved the concert 7 p.m. to 9 p.m. on Friday.'), [
    ['Organisers moved the concert 7 p.m. to 9 p.m. on Friday', '2025-10-31T21:00', '2025-10-31T22:00'],
  ]);
  assert.deepEqual(
    list('The launch was brought forward from Friday to Thursday.').map((e) => e[0]),
    ['The launch was brought forward from Friday to Thursday'],
  );
  // negative: a stretch is no move, nor is a verb that puts something up for a stretch, nor one whose own "from … to"
  // came before the range
  assert.deepEqual(list('He moved from town to town from 1990 to 1995.')[0]!.slice(1), ['1990-01-01', '1996-01-01']);
  assert.deepEqual(list('The derby was played from Saturday to Sunday.')[0]!.slice(1), ['2025-11-01', '2025-11-03']);
  assert.deepEqual(list('Police will put up barriers from Dec. 4 to Dec. 6.')[0]!.slice(1), [
    '2025-12-04',
    '2025-12-07',
  ]);
});

test('two years after a verb that moves things or people are a stretch unless a scheduled thing is named', () => {
  const published = '2025-11-03';
  const spans = (text: string) => extract(text, { published }).events.map((e) => [e.from, e.to]);
  // a bare noun is no scheduled thing: he held jobs from 2001 to 2005
  assert.deepEqual(spans('He switched jobs twice from 2001 to 2005.'), [['2001-01-01', '2006-01-01']]);
  assert.deepEqual(spans('The mill shifted production from 2010 to 2014.'), [['2010-01-01', '2015-01-01']]);
  assert.deepEqual(spans('The agency moved offices from 1996 to 1999.'), [['1996-01-01', '2000-01-01']]);
  // negative: the passive, a thing named with a determiner, a possessive or a pronoun, or a verb that only moves
  // dates: the new year
  assert.deepEqual(spans('The census was moved from 2030 to 2031.'), [['2031-01-01', '2032-01-01']]);
  assert.deepEqual(spans('The league switched the final from 2026 to 2027.'), [['2027-01-01', '2028-01-01']]);
  assert.deepEqual(spans("The board moved the city's festival from 2026 to 2027."), [['2027-01-01', '2028-01-01']]);
  assert.deepEqual(spans('Officials moved it back from 2026 to 2027.'), [['2027-01-01', '2028-01-01']]);
  assert.deepEqual(spans('The court postponed hearings from 2026 to 2027.'), [['2027-01-01', '2028-01-01']]);
  // (days and clock times keep the move with a bare noun: "moved kickoff")
  assert.deepEqual(spans('Organisers moved kickoff from 7 p.m. to 8 p.m. on Friday.'), [
    ['2025-10-31T20:00', '2025-10-31T21:00'],
  ]);
});

test('"between now and" a date, "from now to" a date run from publication', () => {
  const published = '2025-03-12';
  const span = (text: string) => extract(text, { published }).events.map((e) => [e.from, e.to]);
  assert.deepEqual(span('Talks will go on between now and June.'), [['2025-03-12', '2025-07-01']]);
  assert.deepEqual(span('The offer runs from now until Friday.'), [['2025-03-12', '2025-03-15']]);
  // whatever the tense of the clause ("flooding" is a noun: the label has no verb to give one)
  assert.deepEqual(span('Officials expect more flooding between now and the end of the year.'), [
    ['2025-03-12', '2026-01-01'],
  ]);
  // a date alone is the date
  assert.deepEqual(span('Talks will resume in June.'), [['2025-06-01', '2025-07-01']]);
});

test('"from X to now", "between X and now", "from X to date" run from X up to publication, as "since X" does', () => {
  const published = '2025-03-12';
  const spans = (text: string) =>
    extract(text, { published }).events.map((e) => [e.label, e.from, e.to, e.ongoing ?? false]);
  assert.deepEqual(spans('From 2019 to now, the number of members in the club has doubled.'), [
    ['The number of members in the club has doubled', '2019-01-01', '2025-03-13', true],
  ]);
  assert.deepEqual(spans('House prices in the city have risen 30% between June and now.'), [
    ['House prices in the city have risen 30%', '2024-06-01', '2025-03-13', true],
  ]);
  assert.deepEqual(spans('The fund has paid out £4m from 2020 to date.'), [
    ['The fund has paid out £4m', '2020-01-01', '2025-03-13', true],
  ]);
  assert.deepEqual(spans('Factory output in the region has fallen from March 2021 until the present day.'), [
    ['Factory output in the region has fallen', '2021-03-01', '2025-03-13', true],
  ]);
  // negative: "to" that goes on to a word of its own, and "between X and date", are no range to now
  assert.deepEqual(
    spans('He sold the firm in 2019 to now-defunct rivals.').map((e) => e.slice(1)),
    [['2019-01-01', '2020-01-01', false]],
  );
  assert.deepEqual(
    spans('The team has won twice between 2019 and date night.').map((e) => e.slice(1, 3)),
    [['2019-01-01', '2020-01-01']],
  );
  assert.deepEqual(
    spans('The club has hosted a quiz from 2019 to date night.').map((e) => e.slice(1, 3)),
    [['2019-01-01', '2020-01-01']],
  );
});

test('a run that a date in the sentence opened lasts from that date: "opens on Jan. 14 and runs until the end of April"', () => {
  const published = '2026-12-06';
  const spans = (text: string) => extract(text, { published }).events.map((e) => [e.label, e.from, e.to]);
  assert.deepEqual(
    spans('A retrospective of her work opens at the city gallery on Jan. 14 and runs until the end of April.'),
    [
      ['A retrospective of her work opens at the city gallery', '2027-01-14', '2027-01-15'],
      ['A retrospective of her work runs', '2027-01-14', '2027-05-01'],
    ],
  );
  assert.deepEqual(spans('The strike started in June and lasted until October.')[1]!.slice(1), [
    '2026-06-01',
    '2026-11-01',
  ]);
  // the run's start is its opening, not publication as for a stretch "until" a date alone (and its why says one)
  const run = extract('The exhibition opens on Friday and runs until March 31.', { published }).events[1]!;
  assert.deepEqual([run.from, run.to], ['2026-12-11', '2027-04-01']);
  assert.doesNotMatch(run.why!, /from publication/);
  // a clock time ends the run when it begins
  assert.deepEqual(spans('The outage began at 7:30 a.m. on Friday and lasted until 1 p.m.')[1]!.slice(1), [
    '2026-12-04T07:30',
    '2026-12-04T13:00',
  ]);
  assert.deepEqual(spans('The bridge reopened at 9am on Friday and stayed open until 4:30pm.')[1]!.slice(1), [
    '2026-12-04T09:00',
    '2026-12-04T16:30',
  ]);
  // negative: no verb of opening, or no run after "and"
  assert.deepEqual(spans('Sales began in March and rose until June.')[1]!.slice(1), ['2026-06-01', '2026-07-01']);
  assert.deepEqual(spans('The shop opened in 2010 and closed in 2015.')[1]!.slice(1), ['2015-01-01', '2016-01-01']);
});

test('"til" and "from now til" run a stretch as "until" does: "Roadworks continue til the 20th"', () => {
  // published Wednesday 6 March 2024
  const published = '2024-03-06';
  for (const text of [
    'Roadworks continue til the 20th, the council said.',
    'Delays are expected from now til Friday.',
  ]) {
    const [event] = extract(text, { published }).events;
    assert.equal(event!.from, '2024-03-06', text);
    assert.ok(event!.to > '2024-03-07', `${text}: ${event!.to}`);
  }
  // negative: "til" in no stretch ("Til Schweiger")
  const [named] = extract('Til Schweiger arrived on Friday.', { published }).events;
  assert.deepEqual([named!.from, named!.to], ['2024-03-01', '2024-03-02']);
});
