// Rendering at scale in headless Chromium: <news-timeline> next to vis-timeline, same data, same run.
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from '../scripts/lib/find-chrome.mjs';
import { serve } from './lib/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [100, 1_000, 10_000, 100_000];
// Longest a page may take for one size. vis-timeline needs minutes at 10,000 items (a zoomed-out step
// re-stacks every item), so it gets up to 15 minutes there; at 100,000 it is stopped after 5 and the
// table says it did not finish.
const TIMEOUT_MS = 900_000;
const timeoutFor = (page, n) => (page.startsWith('vis') && n >= 100_000 ? 300_000 : TIMEOUT_MS);
const SETTLE_MS = 5_000;

async function runPage(browser, base, page, n) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  try {
    await tab.goto(`${base}/bench/pages/${page}`, { waitUntil: 'load' });
    await tab.waitForFunction('typeof window.bench === "function"', { timeout: 30_000 });
    let timer;
    const result = await Promise.race([
      tab.evaluate((count) => window.bench(count), n),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`did not finish in ${timeoutFor(page, n) / 1000} s`)),
          timeoutFor(page, n),
        );
      }),
    ]).finally(() => clearTimeout(timer)); // a pending timer would keep the process alive for 15 minutes
    await tab.evaluate(() => globalThis.gc?.());
    const { JSHeapUsedSize } = await tab.metrics();
    return { ...result, heapMB: +(JSHeapUsedSize / 1e6).toFixed(1) };
  } catch (err) {
    return { error: String(err.message ?? err).split('\n')[0], pageErrors: errors.slice(0, 3) };
  } finally {
    await tab.close().catch(() => {});
  }
}

/**
 * Runs per widget and size. One run's p95 is the second-worst of 24 steps, and on a shared 2-core machine
 * it moves by a factor of two from run to run: the table gives the median run of each figure, and
 * `runs` keeps every run's own figures. Five runs, not three: the median of three moved by 4 ms between
 * two full runs of code that differed only in where a cluster's badge is drawn (zoomTo p95 at 10,000
 * events: 14.7 and 18.5 ms, 2026-11-29).
 * vis-timeline at 10,000 events and more runs once (5 to 10 minutes a run).
 */
export const RUNS = 5;
const runsFor = (page, n, runs) => (page.startsWith('vis') && n >= 10_000 ? 1 : runs);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : +((sorted[mid - 1] + sorted[mid]) / 2).toFixed(2);
};

/** Each figure's median over the runs (an error in any run is the result); the runs' own figures kept. */
function combine(results) {
  const failed = results.find((r) => r.error);
  if (failed) return failed;
  const pick = (get) => median(results.map(get));
  const steps = (key) => ({
    median: pick((r) => r[key].median),
    p95: pick((r) => r[key].p95),
    max: pick((r) => r[key].max),
    steps: results[0][key].steps,
  });
  return {
    firstRender: pick((r) => r.firstRender),
    zoom: steps('zoom'),
    wheel: steps('wheel'),
    domNodes: pick((r) => r.domNodes),
    heapMB: pick((r) => r.heapMB),
    runs: results.map((r) => ({ firstRender: r.firstRender, zoomP95: r.zoom.p95, wheelP95: r.wheel.p95 })),
  };
}

export async function benchRender({ sizes = SIZES, widgets = ['news-timeline', 'vis-timeline'], runs = RUNS } = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const server = await serve(ROOT);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    protocolTimeout: TIMEOUT_MS + 60_000,
  });
  const rows = [];
  try {
    // A browser just launched is still starting its own pages for a few seconds (seen in traces: its
    // new-tab and omnibox renderers ran 150 ms of tasks during our first measurement on 2 cores).
    // Whichever widget ran first was charged for it: let it settle first.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (const n of sizes) {
      const skipped = { error: 'not run (--widgets)' };
      const ours = [];
      const vis = [];
      // Interleaved, so that a noisy minute does not fall on one widget only.
      for (let run = 0; run < runs; run++) {
        if (widgets.includes('news-timeline') && run < runsFor('news-timeline.html', n, runs))
          ours.push(await runPage(browser, server.url, 'news-timeline.html', n));
        if (widgets.includes('vis-timeline') && run < runsFor('vis-timeline.html', n, runs))
          vis.push(await runPage(browser, server.url, 'vis-timeline.html', n));
      }
      rows.push({
        events: n,
        newsTimeline: ours.length ? combine(ours) : skipped,
        visTimeline: vis.length ? combine(vis) : skipped,
      });
      console.error(`render: ${n} events done`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { rows, runs, browser: executablePath };
}
