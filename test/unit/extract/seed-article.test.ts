// The seed article resolves as ../shared/articles/README.md says, every phrase, with labels a reader
// would accept. Depends on the timex engine (src/extract/timex/) as much as on the event builder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract, type TimelineEvent, type Timex } from '../../../src/extract/index.js';

const root = new URL('../../../../', import.meta.url);
const text = readFileSync(new URL('events/reuters-2016-10-17-syria-egypt-mamlouk.txt', root), 'utf8');
const list = extract(text, {
  published: '2016-10-17',
  title: 'Syrian security chief makes public Cairo visit - SANA',
  source: 'Reuters',
});
const timexOf = (e: TimelineEvent): Timex => list.timexes.find((t) => t.id === e.timex)!;

interface Expected {
  /** What the timex's text contains (spans follow TimeML: "Monday", not "on Monday"). */
  phrase: string;
  check: (e: TimelineEvent, t: Timex) => void;
  /** Words the label must contain (a reader's "who did what"). */
  labelHas: string[];
  actorsHave?: string[];
}

/**
 * A past event inside the current period ("his third visit this year" in a story of 17 October) ends at
 * publication; its timex keeps the whole period.
 */
const byPublication =
  (from: string, timexTo: string, granularity: TimelineEvent['granularity']) => (e: TimelineEvent, t: Timex) => {
    assert.equal(t.from, from);
    assert.equal(t.to, timexTo);
    assert.equal(e.from, from);
    assert.equal(e.to, '2016-10-18');
    assert.equal(e.granularity, granularity);
    assert.equal(e.ongoing, undefined);
    assert.match(e.why ?? '', /past tense, so by publication/);
  };

const exactly = (from: string, to: string, granularity: TimelineEvent['granularity']) => (e: TimelineEvent) => {
  assert.equal(e.from, from);
  assert.equal(e.to, to);
  assert.equal(e.granularity, granularity);
  assert.equal(e.ongoing, undefined);
};

/** The README's table, in document order ("now" twice is not an event). */
const EXPECTED: Expected[] = [
  {
    phrase: 'Monday',
    check: exactly('2016-10-17', '2016-10-18', 'day'),
    // the phrase dates the report: who said it, and what (shortened to 14 words)
    labelHas: ['news agency said', 'security chief', 'met'],
    actorsHave: ['Cairo'],
  },
  { phrase: 'this year', check: byPublication('2016-01-01', '2017-01-01', 'year'), labelHas: ['Mamlouk', 'visit'] },
  {
    phrase: 'this month',
    check: byPublication('2016-10-01', '2016-11-01', 'month'),
    labelHas: ['Egypt', 'voted', 'resolution'],
    actorsHave: ['Egypt', 'U.N.', 'Syria'],
  },
  {
    phrase: 'a week',
    check: (e) => {
      // The halt came about a week before the vote: early October 2016.
      assert.ok(e.from >= '2016-09-26' && e.from < '2016-10-11', `from ${e.from}`);
      assert.ok(e.to > e.from && e.to <= '2016-10-17', `to ${e.to}`);
    },
    labelHas: ['halt', 'shipments'],
  },
  {
    phrase: 'last month',
    check: (e, t) => {
      assert.equal(t.from, '2016-09-01');
      assert.equal(t.to, '2016-10-01');
      // "…have been bombarding Aleppo since the collapse of a ceasefire last month": still going on.
      assert.equal(e.from, '2016-09-01');
      assert.equal(e.to, '2016-10-18');
      assert.equal(e.ongoing, true);
      assert.equal(e.granularity, 'month');
    },
    labelHas: ['bombarding', 'Aleppo'],
    actorsHave: ['Bashar al-Assad', 'Aleppo'],
  },
  {
    phrase: 'mid-2013',
    check: (e, t) => {
      assert.equal(t.value, '2013');
      assert.equal(t.mod, 'MID');
      assert.ok(e.from >= '2013-03-01' && e.from <= '2013-07-01', `from ${e.from}`);
      assert.equal(e.to, '2016-10-18');
      assert.equal(e.ongoing, true);
    },
    labelHas: ['Saudi Arabia', 'aid'],
    actorsHave: ['Saudi Arabia', 'Egypt', 'Abdel Fattah al-Sisi'],
  },
  {
    phrase: 'Saturday evening',
    check: (e, t) => {
      assert.equal(t.value, '2016-10-15TEV');
      assert.equal(t.type, 'TIME');
      assert.ok(e.from.startsWith('2016-10-15T'), `from ${e.from}`);
      assert.ok(e.to > e.from && e.to <= '2016-10-16T00:00', `to ${e.to}`);
      assert.equal(e.granularity, 'partOfDay');
    },
    labelHas: ['talks', 'failed'],
    actorsHave: ['John Kerry', 'Lausanne'],
  },
  {
    phrase: 'sixth year',
    check: (e, t) => {
      assert.equal(t.type, 'DURATION');
      assert.equal(t.value, 'P6Y');
      assert.ok(e.from.startsWith('2011'), `the conflict began in 2011, from ${e.from}`);
      assert.ok(e.to > '2016-10-17', `runs to the present, to ${e.to}`);
    },
    labelHas: ['conflict'],
  },
  { phrase: 'this year', check: byPublication('2016-01-01', '2017-01-01', 'year'), labelHas: ['ceasefire', 'plan'] },
];

test('the seed article has exactly the README’s events, in order', () => {
  const texts = list.events.map((e) => timexOf(e).text);
  assert.equal(texts.length, EXPECTED.length, `events of ${JSON.stringify(texts)}`);
  texts.forEach((t, i) =>
    assert.ok(t.includes(EXPECTED[i]!.phrase), `event ${i + 1}: "${t}" for "${EXPECTED[i]!.phrase}"`),
  );
});

/** Each expectation's event: the next one, in document order, whose timex holds the phrase. */
const matched: (TimelineEvent | undefined)[] = [];
let cursor = 0;
for (const expected of EXPECTED) {
  const at = list.events.findIndex((e, i) => i >= cursor && timexOf(e).text.includes(expected.phrase));
  matched.push(at >= 0 ? list.events[at] : undefined);
  if (at >= 0) cursor = at + 1;
}

for (const [i, expected] of EXPECTED.entries()) {
  test(`seed event ${i + 1}: "${expected.phrase}"`, () => {
    const e = matched[i];
    assert.ok(
      e,
      `an event for "${expected.phrase}" (events: ${JSON.stringify(list.events.map((x) => timexOf(x).text))})`,
    );
    const t = timexOf(e);
    assert.ok(t.text.includes(expected.phrase), `timex "${t.text}"`);
    expected.check(e, t);
    const words = e.label.split(' ').length;
    assert.ok(words >= 3 && words <= 14, `label of 3–14 words: "${e.label}"`);
    for (const w of expected.labelHas)
      assert.ok(e.label.toLowerCase().includes(w.toLowerCase()), `"${e.label}" has ${w}`);
    for (const a of expected.actorsHave ?? [])
      assert.ok(e.actors.includes(a), `actors ${JSON.stringify(e.actors)} have ${a}`);
  });
}

test('"now" (twice) is the present of the article, not an event', () => {
  const nows = list.timexes.filter((t) => t.text === 'now');
  assert.equal(nows.length, 2);
  for (const t of nows) {
    assert.equal(t.value, 'PRESENT_REF');
    assert.ok(!list.events.some((e) => e.timex === t.id));
  }
});

test('without a publication date only the absolute date is placed', () => {
  const undated = extract(text);
  assert.equal(undated.article.published, null);
  const placed = undated.events.map((e) => undated.timexes.find((t) => t.id === e.timex)!.text);
  assert.deepEqual(placed, ['mid-2013']);
});
