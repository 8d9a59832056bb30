#!/usr/bin/env node
// Large hostile inputs (issue 17): the CLI reads a 5 MB file of each shape, end to end (read, extract,
// write the JSON), and each must finish in under 10 s. A benchmark, not a test: timings depend on the
// machine and on what else runs on it.
// Run after `npm run build`.
//
//   node scripts/check-large-input.mjs [--mb 5] [--limit-s 10] [--only weekdays,years]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const BYTES = Number(arg('--mb', 5)) * 1_000_000;
const LIMIT_S = Number(arg('--limit-s', 10));
const only = arg('--only', '')?.split(',').filter(Boolean);

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const repeat = (unit) => (n) => unit.repeat(Math.ceil(n / unit.length));
const SHAPES = {
  'weekdays, one sentence': repeat('Monday '),
  'weekdays, one a sentence': repeat('Monday. '),
  'years, one sentence': repeat('1999 '),
  'month names': repeat('March '),
  'dates in one sentence': repeat('on Monday and 5 May 2015 and since 2013 and '),
  'no sentence break': repeat('word '),
  'no spaces': repeat('x'),
  'line breaks': repeat('a\n'),
  abbreviations: repeat('Mr. Smith of the U.S. met Gen. Lee on Jan. 5 at 3 p.m. in D.C. '),
  'capitalised names': repeat('President Bashar al-Assad of Syria met U.N. envoy Staffan de Mistura, '),
  'news prose': repeat(
    'CAIRO (Reuters) - Talks failed on Saturday evening, officials said on Monday. Aid has flowed since mid-2013. ',
  ),
  'random printable text': (n) => {
    const next = random(17);
    let s = '';
    while (s.length < n) s += String.fromCharCode(32 + Math.floor(next() * 95));
    return s;
  },
  'random words and phrases': (n) => {
    const next = random(18);
    const parts = ['on Monday', 'last month', 'the 1990s', 'Q3 2023', '17/10/2016', 'U.S.', 'Mr.', '.', ', ', 'and',
      'President', 'Cairo', 'since mid-2013', 'a week later', '“', '”', '…', '\n', 'said', 'the army']; // prettier-ignore
    const out = [];
    let length = 0;
    while (length < n) {
      const part = parts[Math.floor(next() * parts.length)];
      out.push(part);
      length += part.length + 1;
    }
    return out.join(' ');
  },
};

const dir = mkdtempSync(join(tmpdir(), 'news-timeline-large-'));
const rows = [];
let worst = 0;
try {
  for (const [name, make] of Object.entries(SHAPES)) {
    if (only?.length && !only.some((o) => name.includes(o))) continue;
    const file = join(dir, 'input.txt');
    writeFileSync(file, make(BYTES).slice(0, BYTES));
    const out = join(dir, 'output.json');
    const started = performance.now();
    const r = spawnSync(
      'sh',
      ['-c', `exec "${process.execPath}" bin/news-timeline.js extract "${file}" --published 2016-10-17 > "${out}"`],
      { encoding: 'utf8' },
    );
    const seconds = (performance.now() - started) / 1000;
    worst = Math.max(worst, seconds);
    rows.push({
      input: name,
      MB: +(statSync(file).size / 1e6).toFixed(1),
      exit: r.status,
      seconds: +seconds.toFixed(2),
      outputMB: +(statSync(out).size / 1e6).toFixed(1),
      under: seconds < LIMIT_S ? 'yes' : 'NO',
      stderr: r.stderr.trim().slice(0, 80),
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
console.log(
  JSON.stringify({ bytes: BYTES, limitSeconds: LIMIT_S, worstSeconds: +worst.toFixed(2), ok: worst < LIMIT_S }),
);
process.exit(worst < LIMIT_S && rows.every((r) => r.exit === 0) ? 0 : 1);
