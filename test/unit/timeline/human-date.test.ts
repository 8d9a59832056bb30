import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeDate, describeShortDate, describeWindow } from '../../../src/timeline/layout/human-date.js';
import type { DatedThing } from '../../../src/timeline/layout/human-date.js';
import { parseFloating } from '../../../src/timeline/layout/dates.js';

const thing = (from: string, to: string, rest: Omit<DatedThing, 'start' | 'end'>): DatedThing => ({
  start: parseFloating(from),
  end: parseFloating(to),
  ...rest,
});

test('dates written for people', () => {
  const cases: [DatedThing, string][] = [
    [thing('2016-10-01', '2016-11-01', { granularity: 'month' }), 'October 2016'],
    [
      thing('2016-10-15T18:00', '2016-10-15T22:00', { granularity: 'partOfDay', value: '2016-10-15TEV' }),
      'Saturday 15 October 2016, evening',
    ],
    [thing('2013-04-01', '2013-10-01', { granularity: 'year', mod: 'MID' }), 'mid-2013'],
    [thing('2013-04-01', '2016-10-17', { granularity: 'year', mod: 'MID', ongoing: true }), 'since mid-2013'],
    [thing('2016-10-17', '2016-10-18', { granularity: 'day' }), 'Monday 17 October 2016'],
    [thing('2016-10-15', '2016-10-18', { granularity: 'day' }), '15–17 October 2016'],
    [thing('2016-07-01', '2016-10-01', { granularity: 'quarter' }), 'Q3 2016'],
    [thing('2016-06-01', '2016-09-01', { granularity: 'season' }), 'summer 2016'],
    [thing('2013-01-01', '2014-01-01', { granularity: 'year', mod: 'START' }), 'early 2013'],
    [thing('2010-01-01', '2020-01-01', { granularity: 'decade' }), 'the 2010s'],
    [thing('2011-01-01', '2012-01-01', { granularity: 'year', mod: 'APPROX' }), 'around 2011'],
  ];
  for (const [input, expected] of cases) assert.equal(describeDate(input, 'en-GB').replace(/\u2009/g, ''), expected);
});

test('a part of the day is named from its TIMEX3 code: "Wednesday night" from 20:00 reads as night', () => {
  // Extraction draws TNI from 20:00 to 06:00 and TEV from 18:00 to 22:00: an hour table here called 20:00
  // "evening". The code in the value is the one source.
  const night = thing('2016-10-12T20:00', '2016-10-13T06:00', { granularity: 'partOfDay', value: '2016-10-12TNI' });
  assert.equal(describeDate(night, 'en-GB'), 'Wednesday 12 October 2016, night');
  const morning = thing('2016-10-12T06:00', '2016-10-12T12:00', { granularity: 'partOfDay', value: '2016-10-12TMO' });
  assert.equal(describeDate(morning, 'en-GB'), 'Wednesday 12 October 2016, morning');
  // No code (a list made by hand): the hours, not a guess.
  const hours = thing('2016-10-12T20:00', '2016-10-12T23:00', { granularity: 'partOfDay', value: '2016-10-12' });
  assert.equal(describeDate(hours, 'en-GB').replace(/\u2009/g, ''), 'Wednesday 12 October 2016, 20:00–23:00');
});

test('the calendar part follows lang', () => {
  assert.equal(describeDate(thing('2016-10-01', '2016-11-01', { granularity: 'month' }), 'de'), 'Oktober 2016');
  assert.equal(describeShortDate(parseFloating('2016-10-17'), 'en-GB'), '17 Oct 2016');
});

test('describeWindow names the days of the window, whatever the times within them', () => {
  const day = (iso: string) => Date.parse(`${iso}Z`);
  // Intl puts thin or no-break spaces around the dash: compare with plain spaces.
  const described = (from: string, to: string, lang: string) =>
    describeWindow(day(from), day(to), lang).replace(/\s/g, ' ');
  assert.equal(described('2016-09-12T00:00', '2016-11-03T00:00', 'en-GB'), '12 Sept – 3 Nov 2016');
  assert.equal(described('2016-09-12T13:45', '2016-11-03T23:10', 'en-GB'), '12 Sept – 3 Nov 2016');
  assert.equal(described('2016-10-17T06:00', '2016-10-17T18:00', 'en-GB'), '17 Oct 2016');
  assert.equal(described('1998-12-31T23:00', '2001-01-01T01:00', 'en-US'), 'Dec 31, 1998 – Jan 1, 2001');
});
