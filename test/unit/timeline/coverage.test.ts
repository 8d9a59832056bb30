// A story's coverage as the element draws it (src/timeline/coverage/coverage.ts): pure, tested in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../../../src/extract/index.js';
import { prepareCoverage, readCoverage, safeHref, sourceLetter } from '../../../src/timeline/coverage/coverage.js';
import { STORY_ARTICLES } from '../extract/story/articles.js';

test('sources are lettered like spreadsheet columns', () => {
  assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(sourceLetter), [
    'A',
    'B',
    'Z',
    'AA',
    'AB',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});

test('only absolute http(s) URLs become links', () => {
  assert.equal(safeHref('https://example.org/a b'), 'https://example.org/a%20b');
  assert.equal(safeHref(' http://EXAMPLE.org '), 'http://example.org/');
  for (const bad of [
    undefined,
    '',
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<b>',
    'vbscript:x',
    'file:///etc/passwd',
    '/relative/path',
    '//example.org/protocol-relative',
    'mailto:a@example.org',
  ])
    assert.equal(safeHref(bad), null, String(bad));
});

test('the placed events become the EventList drawn; each knows its sources, in the story order', () => {
  const list = extractStory(STORY_ARTICLES);
  const coverage = readCoverage(list);
  assert.deepEqual(
    coverage.sources.map((s) => [s.id, s.letter, s.colour, s.name, s.href]),
    [
      ['wire', 'A', 0, 'Bridge collapses in Norburg', 'https://example.org/wire/norburg-bridge'],
      ['gazette', 'B', 1, 'Inquiry after Kessel bridge falls', null],
      ['blog', 'C', 2, 'Article C', null],
      ['late', 'D', 3, 'Evening Post', null],
    ],
  );
  // s5 has no date (its article has none): not drawn, counted.
  assert.deepEqual(
    coverage.eventList.events.map((e) => e.id),
    ['s1', 's2', 's3', 's4'],
  );
  assert.equal(coverage.undated, 1);
  // The latest article's date is the timeline's "now".
  assert.equal(coverage.eventList.article.published, '2024-03-07');
  const collapse = coverage.byEvent.get('s3')!;
  assert.deepEqual(
    collapse.sources.map((s) => s.letter),
    ['A', 'B', 'C', 'D'],
  );
  // The event drawn carries its lead report's sentence and phrase.
  const drawn = coverage.eventList.events[2]!;
  const phrase = coverage.eventList.timexes.find((t) => t.id === drawn.timex)!;
  assert.ok(drawn.sentence.text.includes(phrase.text), `${drawn.sentence.text} / ${phrase.text}`);
  assert.equal(
    drawn.sentence.text.slice(phrase.start - drawn.sentence.start, phrase.end - drawn.sentence.start),
    phrase.text,
  );
});

test('hiding sources leaves out the events only they report; reports count every source', () => {
  const coverage = readCoverage(extractStory(STORY_ARTICLES));
  const all = prepareCoverage(coverage, new Set());
  assert.deepEqual(
    all.events.map((e) => [e.event.id, e.reports]),
    [
      ['s1', 1],
      ['s2', 1],
      ['s3', 4],
      ['s4', 2],
    ],
  );
  const noWire = prepareCoverage(coverage, new Set(['wire']));
  assert.deepEqual(
    noWire.events.map((e) => e.event.id),
    ['s2', 's3', 's4'],
  );
  const onlyLate = prepareCoverage(coverage, new Set(['wire', 'gazette', 'blog']));
  assert.deepEqual(
    onlyLate.events.map((e) => [e.event.id, e.reports]),
    [['s3', 4]],
  );
  assert.equal(prepareCoverage(coverage, new Set(['wire', 'gazette', 'blog', 'late'])).events.length, 0);
});
