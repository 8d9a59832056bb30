// Bundle size: our bundles next to vis-timeline's standalone bundle and the floor of our own
// dependencies (lit + the d3 parts + chrono-node's English locale, bundled and minified alone).
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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

export async function benchSize() {
  const full = measure(readFileSync('dist/news-timeline.bundle.js'));
  const element = measure(readFileSync('dist/news-timeline-element.bundle.js'));
  const editor = measure(readFileSync('dist/news-timeline-editor.bundle.js'));
  const vis = measure(readFileSync('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'));
  const floor = measure(await dependencyFloor());
  return {
    rows: [
      { bundle: 'news-timeline.bundle.js (element + extraction)', ...full, targetGzipKB: 60, met: full.gzipKB <= 60 },
      {
        bundle: 'news-timeline-element.bundle.js (element only)',
        ...element,
        targetGzipKB: 35,
        met: element.gzipKB <= 35,
      },
      { bundle: 'news-timeline-editor.bundle.js (editor, with extraction; not on reader pages)', ...editor },
      { bundle: 'dependency floor (lit + d3 parts + chrono-node en)', ...floor },
      { bundle: 'vis-timeline standalone (vis-timeline-graph2d.min.js)', ...vis },
    ],
  };
}
