import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ClauseEnds, clauseStartBefore, isClauseEnd } from '../../../../src/extract/timex/clause-bounds.js';
import { timexOf } from './helpers.js';

/** The first clause end in [from, to) read character by character, or `to` (what the tense refiner did). */
function firstEndByScan(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isClauseEnd(text, i)) return i;
  return to;
}

/** ClauseEnds gives what clause-bounds.ts gives at every offset, for both reaches the tense refiner uses. */
function assertSameBounds(text: string): void {
  const ends = new ClauseEnds(text);
  for (let at = 0; at <= text.length; at++) {
    for (const reach of [120, 300, 8]) {
      assert.equal(ends.startBefore(at, reach), clauseStartBefore(text, at, reach), `start before ${at}, ${reach}`);
      const to = Math.min(text.length, at + reach);
      assert.equal(ends.firstIn(at, to), firstEndByScan(text, at, to), `first end in [${at}, ${to})`);
    }
  }
}

test('clause ends: full stops, abbreviations, semicolons, line breaks', () => {
  assertSameBounds(
    'Mr. Smith met the envoy on Oct. 3 in the U.S. capital; talks failed. At 7 a.m. on Friday they resumed!\n' +
      'Did they agree? No. The vote is set for Jan. 5, officials said.',
  );
});

test('clause ends: a text written in lower case ends a sentence at a full stop before a lower-case word', () => {
  assertSameBounds('the vote is on thursday. last year the bill failed in march. prices rose at 5 p.m. on may 3.');
});

test('clause ends: none within reach gives -1 before, the reach after', () => {
  const text = `${'word '.repeat(40)}and more words without any mark at all`;
  const ends = new ClauseEnds(text);
  assert.equal(ends.startBefore(180, 120), -1);
  assert.equal(ends.startBefore(100, 120), 0); // the text's start is within reach
  assert.equal(ends.firstIn(10, 130), 130);
});

test('clause ends: agree with clause-bounds.ts on any text of words and marks', () => {
  const piece = fc.constantFrom('Mr.', 'word', 'U.S.', 'a.m.', 'Oct.', '3', '.', ';', '!', '?', '\n', ' ', 'The', 'x.');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => assertSameBounds(pieces.join(' '))),
    { numRuns: 200 },
  );
});

test('clause ends: titles and abbreviations in capitals end no clause ("ROE VS. WADE", "MR. SMITH")', () => {
  const text = 'A WEEK AFTER THE ROE VS. WADE RULING, MR. SMITH SAID NO. THE BOMB KILLED A GUARD.';
  const stopAfter = (word: string) => text.indexOf(word) + word.length - 1;
  assert.equal(isClauseEnd(text, stopAfter('VS.')), false);
  assert.equal(isClauseEnd(text, stopAfter('MR.')), false);
  // "NO." before a capital is "No." of a number only in its own casing; a "no." in lower case ends its sentence
  assert.equal(isClauseEnd('Voters said no. The count went on.', 14), true);
  assert.equal(isClauseEnd('He won the No. 1 spot.', 13), false);
  // read as a tense: the past verb after the abbreviation dates the month before it
  assert.equal(timexOf(text.replace('A WEEK', 'IN JANUARY, A WEEK'), 'JANUARY', '1998-10-25').value, '1998-01');
});
