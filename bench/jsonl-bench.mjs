// Archive throughput: MB/s of JSON-lines input through `news-timeline extract --jsonl` and
// `news-timeline story --jsonl` at 1, 2 and N (the machine's cores) worker threads, each run a fresh
// process (start-up included), as a map step would run it.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateArticle } from './lib/articles.mjs';

const BIN = fileURLToPath(new URL('../bin/news-timeline.js', import.meta.url));
const ARTICLES = 480;
const PER_STORY = 6;
const ARTICLE_CHARS = 8_000;
const RUNS = 3;

/** Generated articles, six to a story, dated a day apart. */
function archive() {
  const lines = [];
  for (let i = 0; i < ARTICLES; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      JSON.stringify({
        id: `a${i}`,
        story: `s${Math.floor(i / PER_STORY)}`,
        published: `2016-10-${day}`,
        text: generateArticle(ARTICLE_CHARS, 100 + i),
      }),
    );
  }
  return lines.join('\n') + '\n';
}

function timeRun(args, input) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { input, maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

export function benchJsonl() {
  const input = archive();
  const mb = Buffer.byteLength(input) / 1e6;
  const cores = availableParallelism();
  const jobs = [...new Set([1, 2, cores])];
  const rows = [];
  const load = loadavg()[0];
  for (const command of ['extract', 'story']) {
    for (const n of jobs) {
      const samples = [];
      for (let run = 0; run < RUNS; run++) samples.push(timeRun([command, '--jsonl', '--jobs', String(n)], input));
      const median = samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
      rows.push({ command, jobs: n, seconds: +(median / 1000).toFixed(2), MBps: +(mb / (median / 1000)).toFixed(2) });
    }
  }
  return {
    date: new Date().toISOString(),
    input: { articles: ARTICLES, stories: ARTICLES / PER_STORY, MB: +mb.toFixed(2) },
    cores,
    /** The machine's load average when the runs began: with more runnable threads than cores, more jobs cannot help. */
    loadAverage: +load.toFixed(2),
    runs: RUNS,
    rows,
  };
}
