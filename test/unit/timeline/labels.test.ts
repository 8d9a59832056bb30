import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ELLIPSIS, estimateTextWidth, truncateLabel } from '../../../src/timeline/layout/labels.js';

const measure = estimateTextWidth(12);

test('a label that fits is unchanged; one that does not is cut with an ellipsis and fits', () => {
  assert.equal(truncateLabel('Kerry hosts talks', 500, measure), 'Kerry hosts talks');
  const cut = truncateLabel('Kerry hosts talks in Lausanne that fail to agree', 80, measure);
  assert.ok(cut.endsWith(ELLIPSIS) && measure(cut) <= 80 && cut.length > 3, cut);
  assert.equal(truncateLabel('Kerry', 2, measure), '');
});

test('never splits a surrogate pair, always fits (property)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 0, max: 400 }), (text, width) => {
      const cut = truncateLabel(text, width, measure);
      assert.ok(cut === '' || measure(cut) <= width || cut === text);
      assert.ok(!/[\uD800-\uDBFF]$/.test(cut.replace(ELLIPSIS, '')));
    }),
    { seed: 42, numRuns: 300 },
  );
});

test('text with spaces is cut after a whole word (the visible words start the accessible name)', () => {
  const text = 'Kerry hosts talks in Lausanne that fail to agree';
  for (const width of [40, 60, 80, 120, 200]) {
    const cut = truncateLabel(text, width, measure);
    if (!cut) continue;
    const words = cut.slice(0, -1).split(' ');
    assert.deepEqual(words, text.split(' ').slice(0, words.length), cut);
    assert.ok(measure(cut) <= width);
  }
  // A first word too long for the room: nothing rather than a part of a word.
  assert.equal(truncateLabel('Internationalisation talks', measure('Intern') + measure(ELLIPSIS), measure), '');
  // Without spaces (e.g. Chinese), cut between characters.
  assert.ok(truncateLabel('叙利亚安全负责人访问开罗', 60, measure).endsWith(ELLIPSIS));
});
