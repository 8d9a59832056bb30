// npm run bench [-- --only extract|jsonl|render|size] [--sizes 100,1000] [--widgets news-timeline,vis-timeline] [--runs 5]: measures, prints a table, and
// writes bench/results.json. Not part of npm test: figures live here, not in timed tests.
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { run } from './lib/run.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--only');
const sizes = opt('--sizes')?.split(',').map(Number);
const widgets = opt('--widgets')?.split(',');
const runs = opt('--runs') ? Number(opt('--runs')) : undefined;
const want = (part) => !only || only === part;

if ((await run(process.execPath, ['scripts/build.mjs'])) !== 0) process.exit(1);

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: +(os.totalmem() / 2 ** 30).toFixed(0),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
const resultsPath = 'bench/results.json';
const results = existsSync(resultsPath) && only ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
if (!only || !results.machine) results.machine = machine; // a part run alone records its machine in its own entry
if (!only || !results.date) results.date = new Date().toISOString(); // a part run alone keeps its own date

const ok = (met) => (met ? 'yes' : '**no**');
const lines = [];

if (want('extract')) {
  const { benchExtract } = await import('../bench/extract-bench.mjs');
  const r = benchExtract();
  results.extract = r;
  lines.push(
    '### Extraction (Node)',
    '',
    '| text | chars | timexes | extract() MB/s | chrono.parse MB/s | extract / chrono |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of r.rows)
    lines.push(
      `| ${row.text} | ${row.chars} | ${row.timexes} | ${row.extractMBps} | ${row.chronoMBps} | ${row.ratio} |`,
    );
  lines.push(
    '',
    `Target: extract() at least 1/3 as fast as chrono.parse on every text: ${ok(r.target.met)}. Linearity (time per char at 1 MB / at 10 KB): ${r.linearity}.`,
    '',
  );
}

if (want('jsonl')) {
  const { benchJsonl } = await import('../bench/jsonl-bench.mjs');
  const r = benchJsonl();
  results.jsonl = { ...r, machine };
  lines.push(
    '### Archive scale: `--jsonl` with worker threads',
    '',
    `${r.input.articles} generated articles in ${r.input.stories} stories, ${r.input.MB} MB of JSON lines; each figure is the median of ${r.runs} runs of a fresh process. Load average when the runs began: ${r.loadAverage} on ${r.cores} cores.`,
    '',
    '| command | --jobs | seconds | MB/s |',
    '| --- | ---: | ---: | ---: |',
  );
  for (const row of r.rows) lines.push(`| ${row.command} --jsonl | ${row.jobs} | ${row.seconds} | ${row.MBps} |`);
  lines.push('');
}

if (want('size')) {
  const { benchSize } = await import('../bench/size-bench.mjs');
  const r = await benchSize();
  results.size = r;
  lines.push('### Size', '', '| bundle | min KB | gzip KB | target (gzip) |', '| --- | ---: | ---: | --- |');
  for (const row of r.rows)
    lines.push(
      `| ${row.bundle} | ${row.minKB} | ${row.gzipKB} | ${row.targetGzipKB ? `≤ ${row.targetGzipKB}: ${ok(row.met)}` : ''} |`,
    );
  lines.push('');
}

if (want('render')) {
  const { benchRender } = await import('../bench/render-bench.mjs');
  const r = await benchRender({ ...(sizes && { sizes }), ...(widgets && { widgets }), ...(runs && { runs }) });
  results.render = r;
  const cell = (m, key) => (m.error ? `error: ${m.error}` : key(m));
  lines.push(
    '### Rendering (headless Chromium, 1200 px wide)',
    '',
    `Each figure is the median of ${r.runs} runs (vis-timeline at 10,000 events and more: 1 run).`,
    '',
    '| events | widget | first render ms | zoomTo step median / p95 ms | wheel step median / p95 ms | DOM elements | JS heap MB |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of r.rows) {
    for (const [name, m] of [
      ['news-timeline', row.newsTimeline],
      ['vis-timeline', row.visTimeline],
    ]) {
      lines.push(
        `| ${row.events} | ${name} | ${cell(m, (x) => x.firstRender)} | ${cell(m, (x) => `${x.zoom.median} / ${x.zoom.p95}`)} | ${cell(m, (x) => `${x.wheel.median} / ${x.wheel.p95}`)} | ${cell(m, (x) => x.domNodes)} | ${cell(m, (x) => x.heapMB)} |`,
      );
    }
  }
  const at = (n) => r.rows.find((x) => x.events === n);
  const targets = [];
  const t10k = at(10_000)?.newsTimeline;
  const t100k = at(100_000)?.newsTimeline;
  const v10k = at(10_000)?.visTimeline;
  if (t10k && !t10k.error) {
    targets.push(`first render at 10,000 < 200 ms: ${t10k.firstRender} ms, ${ok(t10k.firstRender < 200)}`);
    targets.push(
      `zoom p95 at 10,000 < 16 ms: zoomTo ${t10k.zoom.p95} ms, wheel ${t10k.wheel.p95} ms, ${ok(Math.max(t10k.zoom.p95, t10k.wheel.p95) < 16)}`,
    );
    if (v10k && !v10k.error) {
      const speedup = v10k.zoom.median / t10k.zoom.median;
      targets.push(
        `≥ 20× faster than vis-timeline per zoom step at 10,000 (median): ${speedup.toFixed(1)}×, ${ok(speedup >= 20)}`,
      );
      r.speedupAt10k = +speedup.toFixed(1);
    }
  }
  if (t100k && !t100k.error)
    targets.push(
      `zoom p95 at 100,000 < 16 ms: zoomTo ${t100k.zoom.p95} ms, wheel ${t100k.wheel.p95} ms, ${ok(Math.max(t100k.zoom.p95, t100k.wheel.p95) < 16)}`,
    );
  lines.push('', ...targets.map((t) => `- ${t}`), '');
}

lines.push(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}.`,
);
writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
console.log(lines.join('\n'));
console.log(`\nwritten: ${resultsPath}`);
