import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexes, timexOf } from './helpers.js';

test('last/this/next month, week, year and quarter have their own granularity', () => {
  const t = assertPlaced('The ceasefire collapsed last month.', 'last month', '2016-09', '2016-09-01', '2016-10-01');
  assert.equal(t.granularity, 'month');
  assertPlaced('Egypt voted this month.', 'this month', '2016-10', '2016-10-01', '2016-11-01');
  assertPlaced('It was his third visit this year.', 'this year', '2016', '2016-01-01', '2017-01-01');
  assertPlaced('Talks resume next year.', 'next year', '2017');
  assertPlaced('Prices rose last week.', 'last week', '2016-W41', '2016-10-10', '2016-10-17');
  assertPlaced('He will travel next week.', 'next week', '2016-W43', '2016-10-24', '2016-10-31');
  assertPlaced('Sales fell this quarter.', 'this quarter', '2016-Q4', '2016-10-01', '2017-01-01');
  assertPlaced('Sales fell last quarter.', 'last quarter', '2016-Q3');
  // ("over the past week" is the seven days up to publication: rolling-past.test.ts)
  assertPlaced('Prices rose in the last week.', 'the last week', '2016-W41');
});

test('mods: earlier this month (START, up to publication), late last year (END)', () => {
  const early = assertPlaced(
    'The plan was announced earlier this month.',
    'earlier this month',
    '2016-10',
    '2016-10-01',
    '2016-10-17',
  );
  assert.equal(early.mod, 'START');
  const late = assertPlaced('Talks stalled late last year.', 'late last year', '2015', '2015-09-01', '2016-01-01');
  assert.equal(late.mod, 'END');
  const end = assertPlaced('It must be done by the end of this week.', 'the end of this week', '2016-W42');
  assert.equal(end.mod, 'END');
});

test('N units ago and a decade ago', () => {
  assertPlaced('He left three days ago.', 'three days ago', '2016-10-14');
  assertPlaced('They met two months ago.', 'two months ago', '2016-08', '2016-08-01', '2016-09-01');
  assertPlaced('It opened five years ago.', 'five years ago', '2011', '2011-01-01', '2012-01-01');
  assertPlaced('The war began a decade ago.', 'a decade ago', '2006');
  const vague = timexOf('It started several years ago.', 'several years ago');
  assert.equal(vague.value, 'PAST_REF');
  assert.equal(vague.from, undefined);
});

test('weekend: the last one in past tense, the coming one in future tense', () => {
  assertPlaced('Officials met over the weekend.', 'the weekend', '2016-W41-WE', '2016-10-15', '2016-10-17');
  assertPlaced('They will meet this weekend.', 'this weekend', '2016-W42-WE');
});

test('today, yesterday, tomorrow, tonight, last night', () => {
  assertPlaced('He said today that it ended.', 'today', '2016-10-17');
  assertPlaced('It ended yesterday.', 'yesterday', '2016-10-16');
  assertPlaced('It ends tomorrow.', 'tomorrow', '2016-10-18');
  assert.equal(timexOf('Shelling resumed last night.', 'last night').value, '2016-10-16TNI');
  assert.equal(timexOf('He speaks tonight.', 'tonight').value, '2016-10-17TNI');
  const t = timexOf('Markets fell late yesterday.', 'late yesterday');
  assert.equal(t.mod, 'END');
});

test('"the year after she took office" is counted from an event, not the publication year', () => {
  // published 2016-10-17: "the year" was 2016, a false event
  const list = timexes('She began diverting funds in 2012, the year after she took office.');
  assert.deepEqual(
    list.map((t) => t.text),
    ['2012'],
  );
  // negative: a bare "the year" of results stays the publication's, and "the year before" stays anchored
  assert.equal(timexOf('Sales rose 5% for the year.', 'the year').value, '2016');
});

test('"week-end" with a hyphen is the weekend', () => {
  // published Monday 17 October 2016
  assertPlaced('Crowds thinned over the week-end.', 'the week-end', '2016-W41-WE', '2016-10-15', '2016-10-17');
  assertPlaced('The festival opens next week-end.', 'next week-end', '2016-W43-WE', '2016-10-29', '2016-10-31');
  assertPlaced('The market is held on the last week-end of November.', 'the last week-end of November', '2016-W47-WE');
});

test('"a couple of days ago" is about two days back, as "a couple of weeks" is two weeks', () => {
  const t = timexOf('The ferry sank a couple of days ago.', 'a couple of days ago');
  assert.equal(t.value, '2016-10-15');
  assert.equal(t.mod, 'APPROX');
  assert.equal(timexOf('talks began a couple of weeks ago', 'a couple of weeks ago').value, '2016-10-03');
  // negative: "a few" stays vague
  assert.equal(timexOf('It started a few years ago.', 'a few years ago').value, 'PAST_REF');
});

test('an edge of "the month" told after a date is that date\'s month ("until the end of the month")', () => {
  // published Wednesday 25 February 2026
  const pub = '2026-02-25';
  assertPlaced(
    'The strike began on March 3 and lasted until the end of the month.',
    'the end of the month',
    '2025-03',
    '2025-03-21',
    '2025-04-01',
    pub,
  );
  assertPlaced(
    'Forecasters expect a dry start to March, but rain is likely late in the month.',
    'late in the month',
    '2026-03',
    '2026-03-21',
    '2026-04-01',
    pub,
  );
  assertPlaced(
    'The bakery opened in June 2019 and by the end of the year it had ten staff.',
    'the end of the year',
    '2019',
    '2019-09-01',
    '2020-01-01',
    pub,
  );
  // told in the past, the story goes on into the next sentence: the month, year or decade of the date told before
  assertPlaced(
    'Rents rose in January. The end of the month was calm.',
    'The end of the month',
    '2026-01',
    undefined,
    undefined,
    pub,
  );
  assertPlaced(
    'The firm was sold on March 3, 2019. Later in the month its chief resigned.',
    'Later in the month',
    '2019-03',
    '2019-03-21',
    '2019-04-01',
    pub,
  );
  assertPlaced(
    'She opened her first shop in 2001.\n\nBy the end of the decade she owned six.',
    'the end of the decade',
    '200',
    '2007-01-01',
    '2010-01-01',
    pub,
  );
  // negative: another sentence told in the future, a "since" stretch, or a month gone by told in the future keep
  // publication's
  assertPlaced(
    'Rents rose in January. The end of the month will be calm.',
    'The end of the month',
    '2026-02',
    undefined,
    undefined,
    pub,
  );
  assertPlaced(
    'Rents have risen since March, and will rise again at the end of the month.',
    'the end of the month',
    '2026-02',
    undefined,
    undefined,
    pub,
  );
  assertPlaced(
    'Sales fell in December, but a recovery is expected by the end of the year.',
    'the end of the year',
    '2026',
    undefined,
    undefined,
    pub,
  );
});

test('far into a long story, "the end of the month" after a date in its sentence is still that date\'s month', () => {
  const pub = '2026-02-25';
  const before = 'The council met again to argue about the bus lanes and the new car parks. '.repeat(30);
  const text = `${before}\n\nThe strike began on March 3 and lasted until the end of the month.`;
  assertPlaced(text, 'the end of the month', '2025-03', '2025-03-21', '2025-04-01', pub);
  // negative: the date in the sentence before does not carry over
  assertPlaced(
    `${before}\n\nThe strike began on March 3. Rents rose until the end of the month.`,
    'the end of the month',
    '2026-02',
    undefined,
    undefined,
    pub,
  );
});
