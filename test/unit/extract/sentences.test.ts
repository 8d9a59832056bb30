import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/extract/index.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

test('abbreviations, titles, initials and decimals do not end sentences', () => {
  assert.deepEqual(
    texts('Mr. Smith met Gen. Jones on Jan. 5 in the U.S. capital. It rained 3.5 cm. John F. Kennedy spoke.'),
    ['Mr. Smith met Gen. Jones on Jan. 5 in the U.S. capital.', 'It rained 3.5 cm.', 'John F. Kennedy spoke.'],
  );
  assert.deepEqual(texts('The U.N. Security Council met. The U.S. President spoke at 3 p.m. Monday.'), [
    'The U.N. Security Council met.',
    'The U.S. President spoke at 3 p.m. Monday.',
  ]);
});

test('a dotted acronym ends a sentence when a typical opener follows', () => {
  assert.deepEqual(texts('Sanctions hit the U.S. The move angered Moscow.'), [
    'Sanctions hit the U.S.',
    'The move angered Moscow.',
  ]);
  assert.deepEqual(texts('Shares of Apple Inc. rose. Apple Inc. The company said so.'), [
    'Shares of Apple Inc. rose.',
    'Apple Inc.',
    'The company said so.',
  ]);
});

test('closing quotes stay with their sentence; a question inside a quote does not split', () => {
  assert.deepEqual(texts('“We agreed,” SANA said. “It is over.” He left. «C’est fini.» Next.'), [
    '“We agreed,” SANA said.',
    '“It is over.”',
    'He left.',
    '«C’est fini.»',
    'Next.',
  ]);
  assert.deepEqual(texts('“Why now?” he asked. She did not answer!'), ['“Why now?” he asked.', 'She did not answer!']);
});

test('ellipses split only before a new sentence', () => {
  assert.deepEqual(texts('He paused... and went on. Then… Silence.'), [
    'He paused... and went on.',
    'Then…',
    'Silence.',
  ]);
});

test('headlines, section lines and datelines without full stops', () => {
  const text =
    'World News\n\nSyrian security chief makes public Cairo visit - SANA\n\nCAIRO (Reuters) - Syria’s chief met officials on Monday. SANA said so.';
  assert.deepEqual(texts(text), [
    'World News',
    'Syrian security chief makes public Cairo visit - SANA',
    'CAIRO (Reuters) -',
    'Syria’s chief met officials on Monday.',
    'SANA said so.',
  ]);
  assert.deepEqual(texts('CAIRO, Oct. 17 (Reuters) - Talks ended.'), ['CAIRO, Oct. 17 (Reuters) -', 'Talks ended.']);
});

test('hard-wrapped lines continue the sentence; CRLF and lone CR are line breaks', () => {
  assert.deepEqual(texts('The minister said\nthat talks would\ncontinue. Next one.'), [
    'The minister said\nthat talks would\ncontinue.',
    'Next one.',
  ]);
  assert.deepEqual(texts('Headline\r\n\r\nBody one.\rBody two.'), ['Headline', 'Body one.', 'Body two.']);
});

test('spans index the text and are trimmed', () => {
  const text = '  \n Hello there.   How are you?  \n\n';
  for (const s of splitSentences(text)) {
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.equal(s.text, s.text.trim());
  }
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\t '), []);
});

test('a 100,000-character sentence without a full stop is one span', () => {
  const text = 'word '.repeat(20_000).trim();
  const spans = splitSentences(text);
  assert.equal(spans.length, 1);
  assert.equal(spans[0]!.end, text.length);
});

test('CJK full stops split without spaces', () => {
  assert.deepEqual(texts('今天下雨。明天晴天。'), ['今天下雨。', '明天晴天。']);
});

test('a text that writes its sentences in lower case ends them at . ! ? before a lower-case word', () => {
  assert.deepEqual(texts('we met on monday. last january was cold! was it?\nno it was not.'), [
    'we met on monday.',
    'last january was cold!',
    'was it?',
    'no it was not.',
  ]);
  // abbreviations and initials still do not end one
  assert.deepEqual(texts('the fair opens at 5 p.m. on friday. gen. smith and j. doe came. it rained.'), [
    'the fair opens at 5 p.m. on friday.',
    'gen. smith and j. doe came.',
    'it rained.',
  ]);
  // a single digit is a number, not an initial: it ends the sentence it closes
  assert.deepEqual(texts('the show ran to sept. 8. tickets sold out in hours.'), [
    'the show ran to sept. 8.',
    'tickets sold out in hours.',
  ]);
});

test('negative: in ordinary prose a lower-case word after a full stop goes on with the sentence', () => {
  assert.deepEqual(texts('U.S. officials met at 7 a.m. on Monday, approx. ten of them. It rained.'), [
    'U.S. officials met at 7 a.m. on Monday, approx. ten of them.',
    'It rained.',
  ]);
  // one lower-case start among sentences in capitals is a typo, not a lower-case text
  assert.deepEqual(texts('Talks ended. Both sides left. they will meet again. It rained.'), [
    'Talks ended.',
    'Both sides left. they will meet again.',
    'It rained.',
  ]);
});

test('a clock time with "a.m."/"p.m." ends a sentence before a capitalised word that is not its day or zone', () => {
  assert.deepEqual(texts('The index closed up 1% at 4 p.m. Analysts expect a rate cut.'), [
    'The index closed up 1% at 4 p.m.',
    'Analysts expect a rate cut.',
  ]);
  assert.deepEqual(texts('Rain is due between noon and 4 p.m. Winds will ease later.'), [
    'Rain is due between noon and 4 p.m.',
    'Winds will ease later.',
  ]);
  // negative: the day, the month or the zone of the time goes on with it
  for (const t of [
    'The vote closes at 8 p.m. Friday in most states.',
    'The launch is set for 9 a.m. EST on the pad.',
    'Talks start at 10 a.m. Moscow time in the capital.',
    'The polls close at 7 p.m. Eastern across the state.',
    'The match starts at 3 p.m. Oct. 5 at the stadium.',
    // the same time on another clock, in brackets
    'At 10:35 a.m. (0735 GMT), the vote began.',
    'Polls closed at 8 p.m. (0100 GMT Saturday) in the west.',
  ])
    assert.deepEqual(texts(t), [t]);
  // negative: a bracket that opens a sentence of its own after the time
  assert.deepEqual(texts('It ended at 4 p.m. (Officials declined to comment.)'), [
    'It ended at 4 p.m.',
    '(Officials declined to comment.)',
  ]);
});

test("a live page's stamp alone on its line opens the entry below it", () => {
  assert.deepEqual(texts('14:10\n\nThe minister has arrived.\n13:55 GMT\nCrowds gather.'), [
    '14:10\n\nThe minister has arrived.',
    '13:55 GMT\nCrowds gather.',
  ]);
  // negative: a line of words, or a time with words, ends at its line break as before
  assert.deepEqual(texts('Vote at 14:10\nThe minister has arrived.'), ['Vote at 14:10', 'The minister has arrived.']);
  assert.deepEqual(texts('The score: 2-1\n\n14:10'), ['The score: 2-1', '14:10']);
});

test('a month\'s abbreviation after a dash keeps its sentence: "Dec. 30-Jan. 2"', () => {
  assert.deepEqual(
    splitSentences('The fair ran Dec. 30-Jan. 2 in the old town. It was busy.').map((s) => s.text),
    ['The fair ran Dec. 30-Jan. 2 in the old town.', 'It was busy.'],
  );
  assert.deepEqual(
    splitSentences('The fair ran Dec. 30-Jan. 2. It was busy.').map((s) => s.text),
    ['The fair ran Dec. 30-Jan. 2.', 'It was busy.'],
  );
  // negative: a word joined by a dash that is no abbreviation still ends its sentence
  assert.deepEqual(
    splitSentences('He had an X-ray. It was clear.').map((s) => s.text),
    ['He had an X-ray.', 'It was clear.'],
  );
});
