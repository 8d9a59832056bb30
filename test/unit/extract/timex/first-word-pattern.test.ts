/**
 * A first-word pattern (first-word-pattern.ts) only skips work: it finds what its plain pattern finds, from any
 * position, on the tense refiner's verb cues and on patterns made for the test; and it reads an alternative's
 * first words only from shapes it knows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { FirstWordPattern, firstWords } from '../../../../src/extract/timex/first-word-pattern.js';
import { CUE } from '../../../../src/extract/timex/refiners/tense-refiner.js';

/** Every match from `from` on, as the plain pattern finds them and as the pattern does. */
function assertSameMatches(pattern: FirstWordPattern, text: string, from = 0): void {
  const plain: string[] = [];
  const gated: string[] = [];
  pattern.plain.lastIndex = from;
  for (let m = pattern.plain.exec(text); m; m = pattern.plain.exec(text)) plain.push(JSON.stringify([m.index, ...m]));
  for (let m = pattern.exec(text, from); m; m = pattern.exec(text, m.index + m[0].length))
    gated.push(JSON.stringify([m.index, ...m]));
  assert.deepEqual(gated, plain, JSON.stringify(text.slice(from, from + 120)));
}

const CUE_SENTENCES = [
  'The talks were expected to resume on Monday, officials said, but the envoy is due to arrive later.',
  'He has planned a visit and she has been told; they have scheduled it. It was to open in May.',
  "We'll see. They can't come, he won't go, you wo n't know, it ca n't be. She cannot stay; he may have left.",
  'The firm expects to report, intends to sell, aims to grow, hopes to win and vows to fight on.',
  'Prices fell due to the storm; the bill falls due Friday; the payment is due diligence. It is due Monday.',
  'The leaders meet Monday; the panel convenes in March; talks resume Thursday; the Jets play Sunday.',
  'The festival runs Sept. 28-Oct. 2; polls close at 8 p.m.; the museum closes on Monday; voters head to polls.',
  'He forecast a rise; she put it off; it cost more. They forecast rain. The vote was set for Friday.',
  'Troops killed, died, fled and arose; the group said it had been attacked; has been; have grown, has shown.',
  'Expected, scheduled, slated, planned: the plan is to be held Friday, to be announced, takes effect soon.',
  'WILL THE BOARD MEET? The Board Said It Would. Is it? ARE they? Has she? Upcoming, effective, payable.',
  "I'm flying to Paris; we're meeting Friday; she is leaving and they are playing. I’m flying, you’re calling.",
  "unwas rewas wasn’t was5 was_ _was 5was seed need wedded bed ed aged alleged it’ll it'll 'll x'll.",
];

test('every verb cue has first words the pattern can read: the cues are gated', () => {
  // (one alternative of unknown first words, "’m flying", had the scan try every cue at every word, and the tests
  // below compare the plain pattern with itself)
  assert.ok(CUE.gated);
});

test('the verb cues are found as the plain pattern finds them, on the articles of events/', () => {
  const dir = new URL('../../../../../events/', import.meta.url);
  const articles = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  assert.ok(articles.length >= 3);
  for (const name of articles) assertSameMatches(CUE, readFileSync(new URL(name, dir), 'utf8'));
});

test('the verb cues are found as the plain pattern finds them, in any casing and from any position', () => {
  const text = CUE_SENTENCES.join(' ');
  for (const t of [text, text.toLowerCase(), text.toUpperCase()])
    for (let from = 0; from < t.length; from += 7) assertSameMatches(CUE, t, from);
  assertSameMatches(CUE, 'said');
  assertSameMatches(CUE, 'x said');
  assertSameMatches(CUE, "'ll");
  assertSameMatches(CUE, '');
});

test('the verb cues are found as the plain pattern finds them, on random text of their words', () => {
  const words = CUE_SENTENCES.join(' ').split(/\s+/);
  const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '-', "'", '’', '\n', '  ', '', '5');
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), separator), { maxLength: 40 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
  fc.assert(
    fc.property(text, fc.nat(200), (t, from) => assertSameMatches(CUE, t, Math.min(from, t.length))),
    { numRuns: 400 },
  );
});

test('first words are read from letters, optional letters, groups, look-arounds and what ends a word', () => {
  const words = (source: string) => {
    const first = firstWords(source);
    return first && 'words' in first ? [...first.words].sort() : first;
  };
  assert.deepEqual(words('plans?\\s+to'), ['plan', 'plans']);
  assert.deepEqual(words('(?:is|are)\\s+(?:likely|due)\\s+to'), ['are', 'is']);
  assert.deepEqual(words("can't"), ['can']);
  assert.deepEqual(words("'ll"), ["'"]);
  assert.deepEqual(words('(?<=\\bhe\\s)(?:put|let)(?!\\s+down)'), ['let', 'put']);
  assert.deepEqual(words('has\\s+\\w+(?:ed|en)'), ['has']);
  assert.deepEqual(words('re(?:open)?s'), ['reopens', 'res']);
  assert.deepEqual(firstWords('[a-z]{3,}ed'), { minLength: 5, ending: 'ed' });
});

test('negative: a shape it does not know gives no first words, and the pattern then tries every word', () => {
  assert.equal(firstWords('\\w+ed'), null);
  assert.equal(firstWords('[a-c]x'), null);
  assert.equal(firstWords('a+b'), null);
  assert.equal(firstWords('ab\\s*cd'), null);
  assert.equal(firstWords('(?:ab)*'), null);
  const pattern = new FirstWordPattern(['will|\\w+ly', 'was'], 'i');
  assertSameMatches(pattern, 'It will likely rain; it was quickly over. Wasn’t it?');
});

test('patterns made for the test find what their plain patterns find', () => {
  const pattern = new FirstWordPattern(['go(?:es|ne)?\\s+on|ab(?=c)cd', "[a-z]{2,}ing|'s", 'x'], 'i');
  const text = "It goes on; gone on, go on, goes. abcd, abcde, Singing, ing, king's X x. xx going";
  for (let from = 0; from < text.length; from++) assertSameMatches(pattern, text, from);
  // case-sensitive: capitals are other letters
  const cased = new FirstWordPattern(['Ab|ab\\s+c', 'A'], '');
  for (const t of ['Ab ab c AB a A', 'ab Ab A'])
    for (let from = 0; from < t.length; from++) assertSameMatches(cased, t, from);
});
