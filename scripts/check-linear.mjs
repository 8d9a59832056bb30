#!/usr/bin/env node
// Linearity check (issue 7): time per character of extract() and splitSentences() on hostile inputs
// at size N and 8N. Linear code keeps the ratio near 1; a quadratic path shows up as a ratio near 8.
// A benchmark, not a test: timings depend on the machine. Run after `npx tsc -p tsconfig.build.json`.
//
//   node scripts/check-linear.mjs [--size 10000] [--max-ratio 3]
// (splitSentences is measured at 10x the size: it is fast enough that small inputs time only noise.)
import { extract, splitSentences } from '../dist/extract/index.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const SIZE = arg('--size', 10_000);
const MAX_RATIO = arg('--max-ratio', 3);

/** Hostile inputs of about `n` characters. */
const INPUTS = {
  'one sentence, no full stop': (n) => 'word '.repeat(n / 5),
  'no spaces at all': (n) => 'x'.repeat(n),
  'abbreviations and acronyms': (n) => 'Mr. Smith of the U.S. met Gen. Lee on Jan. 5 at 3 p.m. in D.C. '.repeat(n / 64),
  'line breaks only': (n) => 'a\n'.repeat(n / 2),
  'blank lines and spaces': (n) => ' \n \r\n\t'.repeat(n / 6),
  'date-like tokens in one sentence': (n) => 'on Monday and 5 May 2015 and since 2013 and '.repeat(n / 45),
  'capitalised names': (n) => 'President Bashar al-Assad of Syria met U.N. envoy Staffan de Mistura, '.repeat(n / 70),
  'closing quotes and ellipses': (n) => '“Stop…” he said. ”Now!” » Then... '.repeat(n / 34),
  'weekday names in one sentence': (n) => 'Monday '.repeat(n / 7),
  'month names in one sentence': (n) => 'March '.repeat(n / 6),
  'distinct names in one sentence': (n) => Array.from({ length: n / 9 }, (_, i) => `Ab${i.toString(36)} and`).join(' '),
};

/** Median of up to 7 runs (fewer for slow ones: a quadratic path at 8N can take minutes). */
function timeMs(fn) {
  const samples = [];
  for (
    let i = 0;
    i < 7 && !(samples.length >= 1 && samples[0] > 1000) && !(samples.length >= 3 && samples[0] > 100);
    i++
  ) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[samples.length >> 1];
}

let worst = 0;
const rows = [];
for (const [name, make] of Object.entries(INPUTS)) {
  for (const [what, fn, size] of [
    ['extract', (t) => extract(t, { published: '2016-10-17' }), SIZE],
    ['splitSentences', (t) => splitSentences(t), SIZE * 10],
  ]) {
    const small = make(size);
    const large = make(size * 8);
    for (let i = 0; i < 3; i++) fn(small); // warm-up (JIT)
    const perSmall = timeMs(() => fn(small)) / small.length;
    const perLarge = timeMs(() => fn(large)) / large.length;
    const ratio = perLarge / perSmall;
    worst = Math.max(worst, ratio);
    rows.push({
      input: name,
      fn: what,
      chars: large.length,
      msAt8N: +(perLarge * large.length).toFixed(1),
      ratio: +ratio.toFixed(2),
    });
  }
}
console.table(rows);
console.log(
  JSON.stringify({ size: SIZE, worstRatio: +worst.toFixed(2), maxRatio: MAX_RATIO, linear: worst <= MAX_RATIO }),
);
process.exit(worst <= MAX_RATIO ? 0 : 1);
