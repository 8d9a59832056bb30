import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Tuesday 30 December 2014.
const PUB = '2014-12-30';

test('"the past year", "over the last decade" are the 12 months and ten years up to publication', () => {
  const t = assertPlaced('Rents rose 8% over the past year.', 'the past year', 'P1Y', '2013-12-31', '2014-12-31', PUB);
  assert.equal(t.type, 'DURATION');
  assert.match(t.why, /up to publication/);
  assertPlaced('Crime fell over the last decade.', 'the last decade', 'P10Y', '2004-12-31', '2014-12-31', PUB);
  assertPlaced('Crime fell in the past decade.', 'the past decade', 'P10Y', '2004-12-31', '2014-12-31', PUB);
  assertPlaced('Crime fell during the last year.', 'the last year', 'P1Y', '2013-12-31', '2014-12-31', PUB);
  // a month and a week too, as "the past two weeks" are
  assertPlaced('Crime fell in the past week.', 'the past week', 'P1W', '2014-12-24', '2014-12-31', PUB);
  assertPlaced('Her lead has narrowed in the past month.', 'the past month', 'P1M', '2014-11-30', '2014-12-31', PUB);
  assertPlaced('Prices have risen over the last month.', 'the last month', 'P1M', '2014-11-30', '2014-12-31', PUB);
});

test('negative: "last year", "last week" and "in the last decade" are the calendar ones', () => {
  assertPlaced('Crime fell last year.', 'last year', '2013', '2013-01-01', '2014-01-01', PUB);
  assertPlaced('Crime fell in the last decade.', 'the last decade', '200', '2000-01-01', '2010-01-01', PUB);
  assert.equal(timexOf('Crime fell last week.', 'last week', PUB).value, '2014-W52');
  assert.equal(timexOf('Crime fell in the last week.', 'the last week', PUB).value, '2014-W52');
  assert.equal(timexOf('Crime fell last month.', 'last month', PUB).value, '2014-11');
  // nor is a quarter: "in the past quarter" is the last one a company reported
  assert.equal(timexOf('Sales were weak in the past quarter.', 'the past quarter', PUB).value, '2014-Q3');
});

test('negative: the verb "last" before a length is no "the last": "is expected to last three weeks"', () => {
  const SEP = '2024-09-05';
  const verb = timexOf('The trial could last three weeks.', 'three weeks', SEP);
  assert.equal(verb.value, 'P3W');
  assert.equal(verb.from, undefined);
  assertNone('The trial could last three weeks.', 'last three weeks', SEP);
  // a range of lengths after "to last" is no stretch up to publication either
  const r = extract('The trial is expected to last three to four weeks.', { published: SEP });
  assert.deepEqual(
    r.events.map((e) => [e.from, e.to]),
    [],
  );
  // "over the last three weeks" still ends at publication
  assert.equal(timexOf('Sales fell over the last three weeks.', 'the last three weeks', SEP).to, '2024-09-06');
});

test('"the last six months of 2023", "the first two weeks of March": a part of the period after "of", one event', () => {
  const FEB = '2024-02-13';
  const last = extract('Profit fell in the last six months of 2023.', { published: FEB });
  assert.deepEqual(
    last.events.map((e) => [e.from, e.to]),
    [['2023-07-01', '2024-01-01']],
  );
  const first = extract('The first two weeks of March were dry.', { published: FEB });
  assert.deepEqual(
    first.events.map((e) => [e.from, e.to]),
    [['2023-03-01', '2023-03-15']],
  );
  // the length stays a length; the period keeps its own value
  assert.equal(timexOf('Profit fell in the last six months of 2023.', 'the last six months', FEB).value, 'P6M');
  // negative: without "of", the last three months end at publication
  assert.equal(timexOf('Prices rose over the last three months.', 'the last three months', FEB).to, '2024-02-14');
});

test('"the next decade", "the coming decade": the ten years after publication, not the next calendar decade', () => {
  // published Thursday 29 February 2024
  assertPlaced(
    'Trials should confirm it over the next decade.',
    'the next decade',
    'P10Y',
    '2024-03-01',
    '2034-03-01',
    '2024-02-29',
  );
  assertPlaced(
    'Sales will double in the coming decade.',
    'the coming decade',
    'P10Y',
    '2024-03-01',
    '2034-03-01',
    '2024-02-29',
  );
  // negative: "next year" stays the calendar year
  assertPlaced('Sales will double next year.', 'next year', '2025', '2025-01-01', '2026-01-01', '2024-02-29');
});

test('"the past hour", "the last hour" and "the past day" are the stretch up to publication, to the minute when it has one', () => {
  const PUB_TIME = '2026-12-07T15:20:00Z';
  for (const [text, phrase] of [
    ['In the last hour, the river has risen another 30cm.', 'the last hour'],
    ['Over the past hour the water has kept rising.', 'the past hour'],
  ] as const) {
    const t = assertPlaced(text, phrase, 'PT1H', undefined, undefined, PUB_TIME);
    assert.deepEqual([t.from, t.to], ['2026-12-07T14:20', '2026-12-07T15:20'], text);
  }
  assert.equal(timexOf('Shares rose in the past day.', 'the past day').value, 'P1D');
  // negative: the idiom and a final day are no stretch
  assertNone('He changed his mind at the last minute.', 'the last minute');
  assertNone('On the last day of the trial, he spoke.', 'the last day');
  // "the last hour of talks": the end of another stretch, no stretch up to publication
  assert.equal(timexOf('The deal was saved in the last hour of talks.', 'the last hour', PUB_TIME).from, undefined);
});
