// Bundle size: the first load of news-timeline.bundle.js and the chunks it loads later, the one-file,
// element-only and editor builds, next to vis-timeline's standalone bundle and the floor of our own dependencies
// (lit + the d3 parts + chrono-node's English locale, bundled and minified alone). Sums add files
// gzipped one by one, as they travel.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { isChunkFile } from '../scripts/lib/chunks.mjs';

const kb = (n) => +(n / 1024).toFixed(1);
const measure = (buf) => ({ minKB: kb(buf.length), gzipKB: kb(gzipSync(buf, { level: 9 }).length) });

async function dependencyFloor() {
  mkdirSync(new URL('./tmp/', import.meta.url), { recursive: true });
  const entry = new URL('./tmp/floor-entry.mjs', import.meta.url);
  // Everything the element and extractor import from their dependencies, kept alive by an export.
  writeFileSync(
    entry,
    `export * as lit from 'lit';
export * as decorators from 'lit/decorators.js';
export * as scale from 'd3-scale';
export * as zoom from 'd3-zoom';
export * as selection from 'd3-selection';
export * as time from 'd3-time';
export * as timeFormat from 'd3-time-format';
export * as array from 'd3-array';
export * as chrono from 'chrono-node/en';
`,
  );
  const bundle = await rollup({ input: entry.pathname, plugins: [resolve({ browser: true })], onwarn: () => {} });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser({ module: true, format: { comments: false } })],
  });
  return Buffer.from(output[0].code);
}

const size = ({ minKB, gzipKB }) => ({ minKB, gzipKB });
const sum = (...parts) => ({
  minKB: +parts.reduce((n, p) => n + p.minKB, 0).toFixed(1),
  gzipKB: +parts.reduce((n, p) => n + p.gzipKB, 0).toFixed(1),
});

export async function benchSize() {
  const file = (name) => measure(readFileSync(`dist/${name}`));
  // The chunks' names carry their content's hash (scripts/lib/chunks.mjs): found by their name's start.
  const chunk = (name, bundle) => {
    const files = readdirSync('dist').filter((f) => isChunkFile(f) && f.startsWith(`news-timeline-${name}-`));
    const loaded = files.filter((f) => readFileSync(`dist/${bundle}`, 'utf8').includes(`"./${f}"`));
    if (loaded.length !== 1) throw new Error(`${bundle} should load one ${name} chunk, found ${loaded}`);
    return { file: loaded[0], ...file(loaded[0]) };
  };
  const first = file('news-timeline.bundle.js');
  const zoom = chunk('zoom', 'news-timeline.bundle.js');
  const extraction = chunk('extract', 'news-timeline.bundle.js');
  const coverage = chunk('coverage', 'news-timeline.bundle.js');
  const panels = chunk('panels', 'news-timeline.bundle.js');
  const reading = chunk('reading', 'news-timeline.bundle.js');
  const sourceMessages = chunk('source-messages', 'news-timeline.bundle.js');
  const validationMessages = chunk('validation-messages', 'news-timeline.bundle.js');
  const withZoom = sum(first, zoom, panels);
  const total = sum(first, zoom, panels, reading, extraction);
  const all = sum(first, zoom, panels, reading, extraction, coverage, validationMessages);
  const single = file('news-timeline.single.js');
  const element = file('news-timeline-element.bundle.js');
  const elementCoverage = chunk('coverage', 'news-timeline-element.bundle.js');
  const editor = file('news-timeline-editor.bundle.js');
  const vis = measure(readFileSync('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'));
  const floor = measure(await dependencyFloor());
  return {
    rows: [
      {
        bundle: 'news-timeline.bundle.js: first load (what a page with .data or src waits for)',
        ...first,
        targetGzipKB: 35,
        met: first.gzipKB <= 35,
      },
      {
        bundle: `${zoom.file}: chunk, d3-zoom (once the page is idle or the reader reaches for the chart)`,
        ...size(zoom),
      },
      {
        bundle: `${extraction.file}: chunk, extract() and extractStory() (the first time text arrives)`,
        ...size(extraction),
      },
      { bundle: `${coverage.file}: chunk, a story's view (the first time a story arrives)`, ...size(coverage) },
      {
        bundle: `${panels.file}: chunk, the list view and the keys' panel (idle after the first chart, or opened)`,
        ...size(panels),
      },
      {
        bundle: `${reading.file}: chunk, child articles' text and the worker's start (the first time text arrives)`,
        ...size(reading),
      },
      {
        bundle: `${sourceMessages.file}: chunk, the words of a src request's failure (when one fails)`,
        ...size(sourceMessages),
      },
      {
        bundle: `${validationMessages.file}: chunk, the words of a bad list, skipped items and unusable attributes (when there are some; every story)`,
        ...size(validationMessages),
      },
      { bundle: 'first load + d3-zoom and panels chunks (all a page with .data or src loads)', ...withZoom },
      {
        bundle: 'first load + d3-zoom, panels, reading and extraction chunks (a page given article text)',
        ...total,
        targetGzipKB: 60,
        met: total.gzipKB <= 60,
      },
      { bundle: 'first load + every chunk (a page given several child articles)', ...all },
      { bundle: 'news-timeline.single.js: all in one file', ...single },
      { bundle: 'news-timeline-element.bundle.js: without extraction (loads the d3-zoom chunk too)', ...element },
      { bundle: `${elementCoverage.file}: its chunk for a story's view`, ...size(elementCoverage) },
      { bundle: 'news-timeline-editor.bundle.js (editor, with extraction; not on reader pages)', ...editor },
      { bundle: 'dependency floor (lit + d3 parts + chrono-node en)', ...floor },
      { bundle: 'vis-timeline standalone (vis-timeline-graph2d.min.js)', ...vis },
    ],
  };
}
