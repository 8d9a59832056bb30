// "The same happening": pairs of sentences written for these tests, each in an article of its own.
// Two reports of one happening must merge; near misses (same day, another act; same act, another day;
// same act and day, other participants) must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../../../../src/extract/index.js';

type Side = [text: string, published: string | null];

/** The events of a two-article story that both articles report. */
function merged([textA, publishedA]: Side, [textB, publishedB]: Side) {
  const list = extractStory([
    { id: 'a', text: textA, ...(publishedA && { published: publishedA }) },
    { id: 'b', text: textB, ...(publishedB && { published: publishedB }) },
  ]);
  return list.events.filter((e) => e.articles === 2);
}

const sameHappening: [string, Side, Side][] = [
  [
    'same day, other words, passive and active',
    ['Police arrested the mayor of Springfield on Monday on bribery charges.', '2021-03-09'],
    ['The mayor of Springfield was arrested Monday after a bribery inquiry, police said.', '2021-03-09'],
  ],
  [
    'undated articles, the same weekday, "earthquake" and "quake"',
    ['A magnitude 6.2 earthquake struck northern Chile on Tuesday, damaging hundreds of homes.', null],
    ['The quake that hit northern Chile on Tuesday damaged hundreds of homes, officials said.', null],
  ],
  [
    'a verb and its noun: "to buy" and "the acquisition"',
    ['Acme Corp agreed on Friday to buy the chipmaker Widget Inc for $2 billion.', '2021-06-05'],
    ['The acquisition of Widget Inc by Acme Corp for $2 billion was announced Friday.', '2021-06-05'],
  ],
  [
    'one dated, one not: "Friday" fits the placed day',
    ['The actor Jon Smith died on Friday at his home in Paris, his family said.', '2021-05-08'],
    ['Jon Smith, the actor, died at his home in Paris on Friday after a long illness.', null],
  ],
  [
    'a day and the week that holds it',
    ['Rail workers in Portugal began a national strike on Monday, halting most trains.', '2022-11-08'],
    ['A national strike by rail workers halted most trains in Portugal this week.', '2022-11-10'],
  ],
];

const nearMisses: [string, Side, Side][] = [
  [
    'same day, same people, another act',
    ['Police arrested the mayor of Springfield on Monday.', '2021-03-09'],
    ['The mayor of Springfield opened a new bridge on Monday.', '2021-03-09'],
  ],
  [
    'same act, another day (dated)',
    ['Police arrested the mayor of Springfield on Monday.', '2021-03-09'],
    ['Police arrested the mayor of Springfield on Thursday.', '2021-03-12'],
  ],
  [
    'same act, another day (undated weekdays)',
    ['Police arrested the mayor of Springfield on Monday.', null],
    ['Police arrested the mayor of Springfield on Thursday.', null],
  ],
  [
    'same act and day, other participants',
    ['Police arrested the mayor of Springfield on Monday.', '2021-03-09'],
    ['Police arrested the governor of Ohio on Monday.', '2021-03-09'],
  ],
  [
    'the next day, told as a repeat',
    ['Stock markets in Asia fell sharply on Monday, led by Tokyo.', '2021-03-09'],
    ['Stock markets in Asia continued to fall sharply on Tuesday, led by Tokyo.', '2021-03-09'],
  ],
  [
    'same place and day, another act',
    ['Storms flooded the city of Leeds on Sunday, closing schools.', '2022-02-21'],
    ['The city of Leeds elected a new mayor on Sunday.', '2022-02-21'],
  ],
  [
    'same year only, another act',
    ['Acme Corp bought the chipmaker Widget Inc in 2019.', '2021-06-05'],
    ['Acme Corp moved its headquarters to Denver in 2019.', '2021-06-05'],
  ],
  [
    'a date that only describes a thing, and an ongoing state',
    ['Engineers inspected the 1931 bridge over the Kessel river.', '2024-03-06'],
    ['The bridge over the Kessel river has been closed since 1931.', '2024-03-06'],
  ],
];

for (const [name, a, b] of sameHappening) {
  test(`same happening: ${name}`, () => {
    const events = merged(a, b);
    assert.equal(events.length, 1, JSON.stringify(extractStory([{ id: 'a', text: a[0] }]).events.map((e) => e.label)));
    assert.deepEqual(
      events[0]!.mentions.map((m) => m.article),
      ['a', 'b'],
    );
  });
}

for (const [name, a, b] of nearMisses) {
  test(`near miss stays apart: ${name}`, () => {
    assert.deepEqual(
      merged(a, b).map((e) => e.label),
      [],
    );
  });
}

test('two dates a day apart for one strongly matched happening: the event says they disagree', () => {
  const events = merged(
    ['The actor Jon Smith died on Thursday at his home in Paris, his family said.', '2021-05-07'],
    ['The actor Jon Smith died at his home in Paris on Friday, his family said.', '2021-05-08'],
  );
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, 'disagree');
  assert.deepEqual(
    events[0]!.dates!.map((d) => [d.from, d.articles]),
    [
      ['2021-05-06', ['a']],
      ['2021-05-07', ['b']],
    ],
  );
});
