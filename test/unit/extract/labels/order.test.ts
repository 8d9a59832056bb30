// Labels are words of their sentence in the sentence's order (only the first letter's case may change),
// whatever the sentence is built of: asides, relative clauses, attributions, quotations, openers.
// Property-based over sentences built from parts, with a fixed seed so a failure reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract } from '../../../../src/extract/index.js';

const SUBJECTS = [
  'The council', 'Two senior officials', 'The new coach, a former striker,', 'The driver -- a man of 40 --',
  'Workers at the plant that closed in 2009', 'The search for the missing hikers', 'She', 'The bank',
  'Shares of the carmaker', 'Most of the money the city borrowed in the 1990s', 'Rebels loyal to the old regime',
  'The jobless rate for young men', 'The fare wars breaking out across the industry',
]; // prettier-ignore
const VERBS = [
  'approved', 'will vote on', 'has rejected', 'had been asked to review', 'voted to end', 'is expected to sign',
  'was scheduled to discuss', 'sold', 'plans to close', 'agreed to buy', 'fell to', 'would not comment on',
]; // prettier-ignore
const OBJECTS = [
  'the plan', 'a $42 million bond issue', 'its fourth-quarter results', 'the deal signed in March',
  'three of its stores', 'the offer', 'a new stadium for the city', 'the 1990s-era rules', '40 percent',
]; // prettier-ignore
const TIMES = [
  'on Monday', 'last week', 'in the late 1980s and early 1990s', 'for 12 years and 40 days', 'next year',
  'in recent months', 'in the weeks ahead', 'since 2010', 'two days ago', 'earlier this month', 'on Nov. 3',
  'in both 2015 and 2016', 'from March to May', 'this year', 'in its third quarter ended Sept. 30',
]; // prettier-ignore
const OPENERS = ['', '', 'On Tuesday, ', 'Nicknamed the "Fox" by some, ', 'In early trading, ', 'But ', 'Last year, '];
const ENDINGS = [
  '', '', ', officials said', ', the mayor said on Friday', ', according to the report', ' and hired 20 workers',
  ', which angered residents', ' after the storm hit', ' -- a first for the town --',
]; // prettier-ignore

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const sentence = fc
  .tuple(pick(OPENERS), pick(SUBJECTS), pick(VERBS), pick(OBJECTS), pick(TIMES), pick(ENDINGS), fc.boolean())
  .map(([opener, subject, verb, object, time, ending, quoted]) => {
    const clause = `${opener}${subject} ${verb} ${object} ${time}${ending}`;
    return quoted ? `"${clause}," a spokesman said Thursday.` : `${clause}.`;
  });

/** Lower case, without the marks around a word. */
const core = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '');
const wordsOf = (text: string) => text.split(/\s+/).map(core).filter(Boolean);

/** Whether `label` is `sentence`'s words in order, skipping some. */
function isSubsequence(label: string[], sentence: string[]): boolean {
  let j = 0;
  for (const w of label) {
    while (j < sentence.length && sentence[j] !== w) j++;
    if (j++ >= sentence.length) return false;
  }
  return true;
}

const AUXILIARIES = /^(?:was|were|had|has|have|is|are|will|would|did|does|can|could|should|may|might|must)$/i;

test('every label is words of its sentence in order, 14 words at most, never a verb without its subject', () => {
  fc.assert(
    fc.property(sentence, (text) => {
      for (const e of extract(text, { published: '2016-10-17' }).events) {
        const words = wordsOf(e.label);
        assert.ok(isSubsequence(words, wordsOf(text)), `“${e.label}” out of order in “${text}”`);
        assert.ok(words.length <= 14, `“${e.label}” is too long`);
        assert.doesNotMatch(words[0] ?? '', AUXILIARIES, `“${e.label}” has no subject (“${text}”)`);
      }
    }),
    { seed: 1017, numRuns: 400 },
  );
});

test('negative: the check finds words out of order', () => {
  assert.equal(
    isSubsequence(wordsOf('Officials said the dam broke'), wordsOf('The dam broke, officials said.')),
    false,
  );
  assert.equal(
    isSubsequence(wordsOf('The dam broke, officials said'), wordsOf('The dam broke, officials said.')),
    true,
  );
});
