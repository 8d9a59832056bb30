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

/** The cut as first written (binary search over every prefix, then back to a word end), as a reference. */
function referenceTruncate(text: string, maxWidth: number, measureText: (t: string) => number): string {
  if (measureText(text) <= maxWidth) return text;
  const chars = Array.from(text);
  const fits = (n: number) => measureText(chars.slice(0, n).join('').trimEnd() + ELLIPSIS) <= maxWidth;
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (/\s/.test(text)) while (lo > 0 && !/\s/.test(chars[lo] ?? ' ')) lo--;
  const prefix = chars.slice(0, lo).join('').trimEnd();
  return prefix ? prefix + ELLIPSIS : '';
}

test('cuts where a search over every prefix cuts, for any text and room (property)', () => {
  const words = fc.array(fc.constantFrom('Kerry', 'talks', 'in', 'Lausanne', '叙利亚', 'é', ' ', '  ', '😀'), {
    maxLength: 14,
  });
  fc.assert(
    fc.property(words, fc.integer({ min: 0, max: 400 }), (parts, width) => {
      const text = parts.join('');
      assert.equal(truncateLabel(text, width, measure), referenceTruncate(text, width, measure));
    }),
    { seed: 7, numRuns: 500 },
  );
});

test('a label shortened again to another room is not measured again', () => {
  const calls: string[] = [];
  const counting = (text: string) => (calls.push(text), measure(text));
  const text = 'Kerry hosts talks in Lausanne that fail to agree a strategy for Aleppo';
  for (const width of [200, 120, 80, 160, 100]) truncateLabel(text, width, counting);
  const firstPass = calls.length;
  calls.length = 0;
  for (const width of [200, 120, 80, 160, 100]) truncateLabel(text, width, counting);
  // Only the whole text is measured (does it fit?): every cut's width is known.
  assert.deepEqual(calls, Array(5).fill(text));
  assert.ok(firstPass > 5);
});
