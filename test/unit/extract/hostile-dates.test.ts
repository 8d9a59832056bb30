// Dates at the edges of the calendar (issue 17): years 0–99, counts too large for a date, years beyond
// 9999, empty intervals. Whatever the input, every output is an EventList by the JSON Schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract } from '../../../src/extract/index.js';
import { schemaErrors } from '../helpers/event-list-schema.js';

/** The ISO day `n` days after `iso` (years 0–99 kept as they are: setUTCFullYear, not Date.UTC). */
function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + n);
  const pad = (v: number, w = 2) => String(v).padStart(w, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Weekday of an ISO day: 0 = Sunday … 6 = Saturday. */
function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCDay();
}

const valid = (text: string, published?: string) => {
  const list = extract(text, published === undefined ? {} : { published });
  assert.deepEqual(schemaErrors(list), [], `${text} (${published})`);
  return list;
};

test('years 0–99 stay years 0–99: a weekday in a story of 15 June 50', () => {
  const published = '0050-06-15';
  const list = valid('Talks failed on Monday. They will resume on Friday.', published);
  const monday = addDays(published, -((weekday(published) + 6) % 7 || 7));
  assert.equal(weekday(monday), 1);
  assert.deepEqual(
    list.events.map((e) => [e.from, e.to]),
    [
      [monday, addDays(monday, 1)],
      [list.events[1]!.from, addDays(list.events[1]!.from, 1)],
    ],
  );
  assert.ok(list.events[1]!.from > published && list.events[1]!.from.startsWith('0050-06'), list.events[1]!.from);
  assert.equal(weekday(list.events[1]!.from), 5);
  assert.equal(list.timexes[0]!.value, monday);
});

test('years 0–99: months and years around the first century', () => {
  const list = valid('Prices rose last month and fell last year.', '0001-01-15');
  assert.deepEqual(
    list.timexes.map((t) => [t.value, t.from, t.to]),
    [
      ['0000-12', '0000-12-01', '0001-01-01'],
      ['0000', '0000-01-01', '0001-01-01'],
    ],
  );
});

test('a count too large for a date yields no NaN and no event', () => {
  const list = valid('It happened 99999999999999999999 days ago, and 1e400 weeks later.', '2016-10-17');
  for (const t of list.timexes) assert.doesNotMatch(JSON.stringify(t), /NaN/);
  assert.deepEqual(list.events, []);
});

test('years beyond 0000–9999 are timexes with no place on the axis, never events', () => {
  for (const [text, published] of [
    ['It happened 9999999 years ago.', '2016-10-17'],
    ['Talks resumed 3000 years ago.', '0050-06-15'],
    ['Talks will resume next year.', '9999-12-31'],
    ['Prices have risen since 2010.', '9999-12-31'],
    ['Prices have risen since June.', '9999-12-31'],
    ['Talks failed on Monday and resume tomorrow.', '9999-12-31'],
  ] as const) {
    const list = valid(text, published);
    for (const t of list.timexes)
      if (t.from !== undefined)
        assert.ok(t.from >= '0000' && t.to! <= '9999-12-31T23:59', `${text}: ${t.from}–${t.to}`);
    for (const e of list.events) assert.ok(e.to <= '9999-12-31T23:59', `${text}: ${e.to}`);
  }
});

test('at the end of the axis an event keeps its own interval rather than end after 9999', () => {
  // "ends at publication" would be 10000-01-01: the move is not made, the event keeps its timex's days
  const list = valid('Talks failed on Monday. Prices have risen since June.', '9999-12-31');
  assert.deepEqual(
    list.events.map((e) => [e.from, e.to]),
    [
      ['9999-12-27', '9999-12-28'],
      ['9999-06-01', '9999-07-01'],
    ],
  );
  // a day earlier, the end of the publication day fits on the axis
  const before = valid('Prices have risen since June.', '9999-12-30');
  assert.deepEqual(
    before.events.map((e) => [e.from, e.to]),
    [['9999-06-01', '9999-12-31']],
  );
});

test('"the past 0 years" is not an empty interval', () => {
  for (const text of ['Prices rose over the past 0 years.', 'Rain fell in the last 0 days and the past 0 months.']) {
    const list = valid(text, '2016-10-17');
    for (const t of list.timexes) assert.ok(t.from === undefined || t.from < t.to!, `${t.text}: ${t.from}–${t.to}`);
    assert.deepEqual(list.events, []);
  }
});

/** Published dates over the whole range a list can carry, edges included. */
const published = fc.oneof(
  fc.constantFrom('0000-01-01', '0000-02-29', '0050-06-15', '0099-12-31', '0100-03-01', '1900-02-28', '9999-12-31'),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const PHRASES = [
  'on Monday',
  'last month',
  'next year',
  'since mid-2013',
  'the past 0 years',
  'the 1990s',
  'in 45',
  '99999999999999999999 days ago',
  '9999999 years ago',
  'in 9999999 years',
  'a week later',
  'the year 12345',
  'Saturday evening',
  'from March to May',
  'tomorrow',
  'three centuries ago',
  'in the 2090s',
  'Q4',
  'this week',
  '2016-10-17',
  '10/17/2016',
  'this winter',
  'on Christmas',
  'two decades from now',
  ' and ',
  '. ',
  ', ',
];
// prettier-ignore
const text = fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 6 })), { maxLength: 14 }).map((p) => p.join(' '));

test('every output matches the schema, over the whole range of publication dates', () => {
  fc.assert(
    fc.property(text, fc.option(published, { nil: undefined }), (t, p) => {
      valid(t, p);
    }),
    { seed: 1702, numRuns: 400 },
  );
});
