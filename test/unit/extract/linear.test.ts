// Every input scales linearly (issue 17): the work extract() does on hostile inputs of 4n characters is
// about 4 times its work at n, counted by the work meter (built-ins that scan or copy), not timed.
// Timings on large inputs live in scripts/check-linear.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorsIn } from '../../../src/extract/actors.js';
import { extract, splitSentences } from '../../../src/extract/index.js';
import { textChunks } from '../../../src/extract/timex/chunks.js';
import { measureWork } from '../helpers/work-meter.js';

/** Hostile inputs of about `n` characters. */
const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length));
const INPUTS: Record<string, (n: number) => string> = {
  'weekday names in one sentence': repeat('Monday '),
  'month names in one sentence': repeat('March '),
  'dates in one sentence': repeat('on Monday and 5 May 2015 and since 2013 and '),
  'one sentence, no full stop': repeat('word '),
  'no spaces at all': repeat('x'),
  'capitalised words in one run': (n) =>
    Array.from({ length: Math.ceil(n / 6) }, (_, i) => `X${i.toString(36)}`).join(' '),
  'distinct names in one sentence': (n) =>
    Array.from({ length: Math.ceil(n / 9) }, (_, i) => `Ab${i.toString(36)} and`).join(' '),
  'titles and names': repeat('President Bashar al-Assad of Syria met U.N. envoy Staffan de Mistura, '),
  'abbreviations and acronyms': repeat('Mr. Smith of the U.S. met Gen. Lee on Jan. 5 at 3 p.m. in D.C. '),
  'line breaks only': repeat('a\n'),
  'closing quotes and ellipses': repeat('“Stop…” he said. ”Now!” » Then... '),
  years: repeat('1999 '),
  'a normal article, repeated': repeat(
    'CAIRO (Reuters) - Talks failed on Saturday evening, officials said on Monday. Aid has flowed since mid-2013. ',
  ),
};

const N = 6000;
/** Work at 4n over work at n: about 4 when linear, about 16 when quadratic. */
const MAX_GROWTH = 5.5;

for (const [name, make] of Object.entries(INPUTS)) {
  test(`linear work: ${name}`, () => {
    const work = (n: number) => measureWork(() => extract(make(n), { published: '2016-10-17' }));
    const small = work(N);
    const large = work(4 * N);
    const growth = large / small;
    assert.ok(
      growth <= MAX_GROWTH,
      `${name}: work ${small} at ${N} chars, ${large} at ${4 * N} (×${growth.toFixed(2)})`,
    );
  });
}

// The parts extraction runs over a whole sentence or text, at sizes where a quadratic term shows.
for (const [name, make] of Object.entries(INPUTS)) {
  test(`linear work of actor finding and sentence splitting: ${name}`, () => {
    for (const [part, fn] of [
      ['findActorsIn', (t: string) => findActorsIn(t, 0, t.length)],
      ['splitSentences', (t: string) => splitSentences(t)],
    ] as const) {
      const work = (n: number) => {
        const text = make(n);
        return measureWork(() => fn(text));
      };
      const growth = work(100_000) / work(25_000);
      assert.ok(growth <= MAX_GROWTH, `${part}, ${name}: ×${growth.toFixed(2)}`);
    }
  });
}

test('chunking a text without a sentence break reads each character a bounded number of times', () => {
  const work = (n: number) => measureWork(() => textChunks('word '.repeat(n / 5)));
  const growth = work(400_000) / work(100_000);
  assert.ok(growth <= MAX_GROWTH, `×${growth.toFixed(2)}`);
});
